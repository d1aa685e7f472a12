#!/usr/bin/env bash
# The seed method, as the project's Makefile did it, for one layer of a Poetry project:
# poetry export (with the layer's extras) -> pip install --no-compile -t python/lib/python3.12/site-packages
# with the manylinux platform tags -> delete __pycache__, tests and the runtime's SDK -> strip shared
# objects except libgfortran/libnetcdf/libgdal/libhdf5/libproj -> zip -qr9.
#   bench/seed.sh PROJECT LAYER OUT.zip   (LAYER: base, nodeps, or an extra's name)
# Environment: POETRY (command, may hold spaces), PYTHON312 (a python3.12 with pip), PIP_CACHE_DIR.
set -euo pipefail
project="$(cd "$1" && pwd)"; layer="$2"; out="$(realpath -m "$3")"
work="$(mktemp -d "${TMPDIR:-/tmp}/seed-XXXX")"
trap 'rm -rf "$work"' EXIT
site="$work/python/lib/python3.12/site-packages"
mkdir -p "$site"
platforms=()
for tag in manylinux_2_34 manylinux_2_28 manylinux_2_27 manylinux_2_26 manylinux_2_24 manylinux_2_17 manylinux2014; do
  platforms+=(--platform "${tag}_x86_64")
done
pip_install=("$PYTHON312" -m pip install --quiet --disable-pip-version-check --no-compile -t "$site"
  --implementation cp --python-version 3.12 --only-binary=:all: "${platforms[@]}")
if [ "$layer" = nodeps ]; then
  (cd "$project" && $POETRY build --format wheel --output "$work/dist" >/dev/null)
  "${pip_install[@]}" --no-deps "$work"/dist/*.whl
else
  extras=()
  [ "$layer" != base ] && extras=(--extras "$layer")
  (cd "$project" && $POETRY export -f requirements.txt --without-hashes --only main "${extras[@]}" -o "$work/req.txt")
  "${pip_install[@]}" -r "$work/req.txt"
fi
find "$site" -type d -name __pycache__ -prune -exec rm -rf {} +
find "$site" -type d \( -name tests -o -name test \) -prune -exec rm -rf {} +
for sdk in boto3 botocore s3transfer jmespath dateutil six.py urllib3; do rm -rf "${site:?}/$sdk"; done
find "$site" -maxdepth 1 -type d \( -name 'boto3-*' -o -name 'botocore-*' -o -name 's3transfer-*' -o -name 'jmespath-*' \
  -o -name 'python_dateutil-*' -o -name 'six-*' -o -name 'urllib3-*' \) -exec rm -rf {} +
find "$site" -name '*.so*' -type f ! -name 'libgfortran*' ! -name 'libnetcdf*' ! -name 'libgdal*' \
  ! -name 'libhdf5*' ! -name 'libproj*' -exec strip {} + 2>/dev/null || true
rm -f "$out"
(cd "$work" && zip -qr9 "$out" python)
