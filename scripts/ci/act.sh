#!/usr/bin/env bash
# Installs nektos/act (a local GitHub Actions runner) at a pinned version into the CI cache
# folder, idempotently, and prints its path. Tests run workflows with it on the host
# (-P ubuntu-latest=-self-hosted), with act's own cache and artifact servers on loopback.
set -euo pipefail

ACT_VERSION=v0.2.87
CACHE="${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}"
BIN="$CACHE/act-$ACT_VERSION/act"

if [ ! -x "$BIN" ]; then
  echo "installing nektos/act $ACT_VERSION into $(dirname "$BIN")" >&2
  mkdir -p "$(dirname "$BIN")"
  GOBIN="$(dirname "$BIN")" go install "github.com/nektos/act@$ACT_VERSION" >&2
fi
echo "$BIN"
