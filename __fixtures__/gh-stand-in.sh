#!/bin/sh
# Stand-in for the GitHub CLI in the release-tag workflow test: GitHub's releases API exists only
# on GitHub. Records each call (one line of arguments) in $GH_STAND_IN_LOG, checks that a token is
# given and that every file it is asked to upload exists, and answers "release view" with "not
# found" until "release create" has run for that tag.
set -eu
printf '%s\n' "$*" >>"$GH_STAND_IN_LOG"
[ -n "${GH_TOKEN:-}" ] || { echo 'gh stand-in: no GH_TOKEN' >&2; exit 4; }
case "$1 $2" in
  'release view') grep -qx "release create $3 .*" "$GH_STAND_IN_LOG" || exit 1 ;;
  'release upload')
    shift 3
    for file; do
      case "$file" in --*) ;; *) [ -f "$file" ] || { echo "gh stand-in: no file $file" >&2; exit 1; } ;; esac
    done
    ;;
esac
