#!/usr/bin/env bash
# scripts/bench/run.sh - compiles the layer benchmark (and the src files it imports) with the repo's
# TypeScript into a scratch folder, then runs it. Prints markdown tables on stdout, progress on stderr.
#   scripts/bench/run.sh               # BENCH_RUNS=3 runs of each zip variant
#   BENCH_RUNS=5 scripts/bench/run.sh
# Needs: npm ci done, zip/unzip, python3 with pip, network to the package index (pip baseline).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${BENCH_OUT:-${TMPDIR:-/tmp}/lambda-layer-bench}"
rm -rf "$OUT"
mkdir -p "$OUT"
cd "$REPO"
# The repo's compiler settings (tsconfig.json), on just these entry points and what they import
# (and the deflate worker, which pool.ts starts as a file, not an import).
# Type errors (say, from a half-finished edit in src/) are reported, and the emitted code still runs.
if ! node_modules/.bin/tsc --outDir "$OUT" --rootDir . --module nodenext --moduleResolution nodenext \
  --target es2022 --strict --noUncheckedIndexedAccess --esModuleInterop --resolveJsonModule \
  --skipLibCheck --types node scripts/bench/layer.ts scripts/bench/zip-child.ts \
  src/package/deflate/worker.ts >&2; then
  echo "run.sh: warning: tsc reported errors (above); running the emitted JavaScript anyway" >&2
fi
[[ -f "$OUT/scripts/bench/layer.js" ]] || { echo "run.sh: compilation produced nothing" >&2; exit 1; }
# The compiled files are ES modules outside the repo: say so, and let them find its node_modules.
echo '{ "type": "module" }' >"$OUT/package.json"
ln -s "$REPO/node_modules" "$OUT/node_modules"
exec node "$OUT/scripts/bench/layer.js" "$REPO"
