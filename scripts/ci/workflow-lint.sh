#!/usr/bin/env bash
# Lints the GitHub workflows (.github/workflows) with actionlint and zizmor at pinned versions,
# each installed once into the CI cache folder (actionlint from its Go module, zizmor from PyPI).
set -euo pipefail
cd "$(dirname "$0")/../.."

ACTIONLINT_VERSION=v1.7.12
ZIZMOR_VERSION=1.32.0
CACHE="${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}"
ACTIONLINT="$CACHE/actionlint-$ACTIONLINT_VERSION/actionlint"
ZIZMOR_VENV="$CACHE/zizmor-$ZIZMOR_VERSION"
ZIZMOR="$ZIZMOR_VENV/bin/zizmor"

if [ ! -x "$ACTIONLINT" ]; then
  echo "installing actionlint $ACTIONLINT_VERSION into $(dirname "$ACTIONLINT")" >&2
  mkdir -p "$(dirname "$ACTIONLINT")"
  GOBIN="$(dirname "$ACTIONLINT")" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
fi
if [ ! -x "$ZIZMOR" ]; then
  echo "installing zizmor $ZIZMOR_VERSION into $ZIZMOR_VENV" >&2
  rm -rf "$ZIZMOR_VENV"
  "${PYTHON:-python3}" -m venv "$ZIZMOR_VENV"
  "$ZIZMOR_VENV/bin/pip" install --quiet --disable-pip-version-check "zizmor==$ZIZMOR_VERSION" >&2
fi

# actionlint checks the shell in run: blocks with shellcheck when it is on PATH.
"$ACTIONLINT" -no-color .github/workflows/*.yml
# Offline: no GitHub API here, so the audits that query it are left out.
"$ZIZMOR" --offline --no-progress --config .github/zizmor.yml .github/workflows
# No workflow expression expanded straight into a script: values reach run: through env:.
awk '
  function indent(line) { match(line, /^ */); return RLENGTH }
  inrun && (/^ *$/ || indent($0) > runindent) {
    if (/\$\{\{/) { print FILENAME ":" FNR ": ${{ }} inside run: (pass it through env:)"; bad = 1 }
    next
  }
  { inrun = 0 }
  /^ *(- )?run:/ {
    rest = $0; sub(/^ *(- )?run: */, "", rest)
    if (rest ~ /\$\{\{/) { print FILENAME ":" FNR ": ${{ }} inside run: (pass it through env:)"; bad = 1 }
    if (rest ~ /^[|>]/) { inrun = 1; runindent = indent($0) + ($0 ~ /^ *- / ? 2 : 0) }
  }
  END { exit bad }
' .github/workflows/*.yml
echo "actionlint $ACTIONLINT_VERSION and zizmor $ZIZMOR_VERSION: no findings in .github/workflows"
