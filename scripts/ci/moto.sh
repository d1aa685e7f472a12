#!/usr/bin/env bash
# Installs moto's server (S3 + Lambda + STS + IAM on loopback) into a cached venv for the publish
# tests, idempotently, and prints the venv's python path (use it as MOTO_PYTHON).
set -euo pipefail

MOTO_VERSION=5.2.5
CACHE="${LAMBDA_LAYER_CI_CACHE:-/var/cache/lambda-layer-ci}"
VENV="$CACHE/moto-venv"
PY="$VENV/bin/python"
BASE_PYTHON="${PYTHON:-python3}"

installed() {
  [ -x "$PY" ] && "$PY" - "$MOTO_VERSION" <<'PYEOF' 2>/dev/null
import sys
from importlib.metadata import version
import moto.server  # noqa: F401  (the [server] extra is importable)
import flask  # noqa: F401
sys.exit(0 if version("moto") == sys.argv[1] else 1)
PYEOF
}

if ! installed; then
  echo "installing moto[server]==$MOTO_VERSION into $VENV" >&2
  mkdir -p "$CACHE"
  rm -rf "$VENV"
  "$BASE_PYTHON" -m venv "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" >&2
  installed || { echo "moto[server]==$MOTO_VERSION did not install correctly in $VENV" >&2; exit 1; }
fi
echo "$PY"
