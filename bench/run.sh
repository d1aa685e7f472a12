#!/usr/bin/env bash
# npm run bench: all five layers of examples/poetry-extras (python3.12 x86_64), built by AWS SAM CLI
# (sam build + the zip sam package makes), the seed method (bench/seed.sh) and this project in each
# mode, in interleaved rounds; then sizes, import checks, cold import times and byte-identity, written
# by bench/summarize.py to bench/RESULTS.md.
#   npm run bench                 # full: BENCH_ROUNDS (3) rounds, every tool and mode
#   npm run bench -- --quick      # CI: this project only, examples/uv-project, one round (about a minute)
# Caches: BENCH_CACHE (default ~/.cache/lambda-layer-bench) holds SAM's virtualenv (aws-sam-cli
# pinned), the SDK set for import checks, and warm state; nothing in the repository is written
# except bench/RESULTS.md (full mode).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUICK=0; [ "${1:-}" = --quick ] && QUICK=1
ROUNDS="${BENCH_ROUNDS:-3}"; [ $QUICK = 1 ] && ROUNDS=1
CACHE="${BENCH_CACHE:-$HOME/.cache/lambda-layer-bench}"
SAM_VERSION=1.170.0
PY312="${BENCH_PYTHON312:-$(ls -d /root/.pyenv/versions/3.12.*/bin/python3.12 2>/dev/null | tail -1)}"
PY312="${PY312:-$(command -v python3.12 || true)}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lambda-layer-bench-XXXX")"
trap '[ "${BENCH_KEEP:-}" = 1 ] && echo "kept $WORK" >&2 || rm -rf "$WORK"' EXIT
RESULTS="$WORK/runs.jsonl"; : >"$RESULTS"
# A copy of the bundled CLI: rebuilding dist/ while the benchmark runs changes nothing here.
mkdir -p "$WORK/cli" && cp -r "$REPO/dist/cli/." "$WORK/cli/"
CLI=(node "$WORK/cli/index.js")
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
mkdir -p "$CACHE"

# timed TOOL MODE ROUND ZIPDIR -- command...: wall seconds and peak RSS of the command (and children).
timed() {
  local tool="$1" mode="$2" round="$3" zips="$4"; shift 5
  local t="$WORK/time.txt" start end
  # Each command starts with nothing of the one before left to write back: on a small disk the
  # previous command's writes would otherwise land in this one's time.
  sync
  start=$(date +%s.%N)
  /usr/bin/time -o "$t" -f '%M' "$@" >"$WORK/last.log" 2>&1 || { tail -20 "$WORK/last.log" >&2; log "FAILED: $tool $mode"; return 1; }
  end=$(date +%s.%N)
  local seconds; seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') # 0.85, never .85 (JSON)
  printf '{"tool":"%s","mode":"%s","round":%s,"seconds":%s,"rssKb":%s,"zips":"%s"}\n' \
    "$tool" "$mode" "$round" "$seconds" "$(tail -1 "$t")" "$zips" >>"$RESULTS"
  log "$tool $mode round $round: $seconds s"
}

# --- this project -------------------------------------------------------------------------------
PROJECT_A="$WORK/project"; PROJECT_B="$WORK/project-changed"
EXAMPLE=poetry-extras; [ $QUICK = 1 ] && EXAMPLE=uv-project
for p in "$PROJECT_A" "$PROJECT_B"; do
  cp -r "$REPO/examples/$EXAMPLE" "$p"; rm -rf "$p/lambda-layers" "$p/dist"
done
if [ $QUICK = 1 ]; then
  sed -i '0,/^version = "6.0.4"/s//version = "6.0.3"/' "$PROJECT_B/uv.lock" # pyyaml, one small package
  # The lock's wheel names still say 6.0.4; uv refuses such an entry unless told to skip the check.
  export UV_SKIP_WHEEL_FILENAME_CHECK=1
else
  sed -i '0,/^version = "0.8.0"/s//version = "0.7.0"/' "$PROJECT_B/poetry.lock" # annotated-types
fi
TOOLS_SEED="$CACHE/tools-seed"   # pinned tools, installed once (the "tools kept" state)
ours() { # ours MODE ROUND PROJECT CACHEDIR
  local out="$WORK/out/ours-$1-$2"
  timed ours "$1" "$2" "$out" -- "${CLI[@]}" build -p "$3" -a x86_64 --verify none -o "$out" --cache-dir "$4"
  cp "$out/lambda-layer-report.json" "$WORK/report-ours-$1-$2.json"
}
ours_round() {
  local r="$1" warm="$CACHE/ours-warm"
  # fully cold: no tools, no downloads, no results (full mode only)
  if [ $QUICK = 0 ]; then
    rm -rf "$WORK/c-full"; mkdir -p "$WORK/c-full"
    ours fully-cold "$r" "$PROJECT_A" "$WORK/c-full"; rm -rf "$WORK/c-full"
  fi
  # cold: tools kept, nothing else
  rm -rf "$WORK/c-cold"; mkdir -p "$WORK/c-cold"; cp -a "$TOOLS_SEED" "$WORK/c-cold/tools"
  ours cold "$r" "$PROJECT_A" "$WORK/c-cold"; rm -rf "$WORK/c-cold"
  # warm: tools and the installer's downloads kept; no finished layers, no per-file results
  mkdir -p "$warm"; [ -d "$warm/tools" ] || cp -a "$TOOLS_SEED" "$warm/tools"
  rm -rf "$warm/layers" "$warm/files"
  ours warm "$r" "$PROJECT_A" "$warm"
  # unchanged: everything kept
  ours unchanged "$r" "$PROJECT_A" "$warm"
  # one package changed: a small pinned package at another version; everything else kept
  ours one-changed "$r" "$PROJECT_B" "$warm"
}
if [ ! -d "$TOOLS_SEED" ]; then
  log "installing the pinned tools once into $TOOLS_SEED (uv, poetry with its export plugin)"
  rm -rf "$WORK/seed-cache"; mkdir -p "$WORK/seed-cache"
  "${CLI[@]}" build -p "$REPO/examples/poetry-extras" -l nodeps -a x86_64 --verify none \
    -o "$WORK/seed-out" --cache-dir "$WORK/seed-cache" --no-cache >"$WORK/tools.log" 2>&1 || { cat "$WORK/tools.log" >&2; exit 1; }
  cp -a "$WORK/seed-cache/tools" "$TOOLS_SEED"
fi

if [ $QUICK = 1 ]; then
  ours_round 1
  python3 "$REPO/bench/summarize.py" --quick "$RESULTS" "$WORK"
  exit 0
fi

# --- AWS SAM CLI ----------------------------------------------------------------------------------
[ -n "$PY312" ] || { echo "bench: no python3.12 (pyenv or PATH); set BENCH_PYTHON312" >&2; exit 1; }
SAM="$CACHE/sam-$SAM_VERSION/bin/sam"
if [ ! -x "$SAM" ]; then
  log "installing aws-sam-cli $SAM_VERSION into $CACHE/sam-$SAM_VERSION"
  python3 -m venv "$CACHE/sam-$SAM_VERSION"
  "$CACHE/sam-$SAM_VERSION/bin/pip" install -q --disable-pip-version-check "aws-sam-cli==$SAM_VERSION"
fi
POETRY_PY="$(ls -d "$TOOLS_SEED"/poetry/*/bin/python | tail -1)"
export POETRY="$POETRY_PY -m poetry" PYTHON312="$PY312"
LAYERS=(base parquet sql xarray nodeps)
SAMDIR="$WORK/sam"; mkdir -p "$SAMDIR"
{
  echo 'AWSTemplateFormatVersion: "2010-09-09"'
  echo 'Transform: AWS::Serverless-2016-10-31'
  echo 'Resources:'
  for l in "${LAYERS[@]}"; do
    cat <<YAML
  Layer${l^}:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layers/$l
      CompatibleRuntimes: [python3.12]
      CompatibleArchitectures: [x86_64]
    Metadata:
      BuildMethod: python3.12
      BuildArchitecture: x86_64
YAML
  done
} >"$SAMDIR/template.yaml"
for l in "${LAYERS[@]}"; do
  mkdir -p "$SAMDIR/layers/$l"
  if [ "$l" = nodeps ]; then
    cp -r "$PROJECT_A/src/weather_tools" "$SAMDIR/layers/$l/"
  else
    extras=(); [ "$l" != base ] && extras=(--extras "$l")
    (cd "$PROJECT_A" && $POETRY export -f requirements.txt --without-hashes --only main "${extras[@]}" -o "$SAMDIR/layers/$l/requirements.txt")
  fi
done
sam_build() { # sam_build MODE ROUND [--cached]
  local out="$WORK/out/sam-$1-$2"; mkdir -p "$out"
  local script="$WORK/sam-$1.sh"
  cat >"$script" <<SH
set -e
cd "$SAMDIR"
PATH="$(dirname "$PY312"):\$PATH" SAM_CLI_TELEMETRY=0 "$SAM" build --build-dir "$WORK/sam-build" --cache-dir "$WORK/sam-cache" ${3:-} >/dev/null
for l in ${LAYERS[*]}; do
  d="$WORK/sam-build/Layer\${l^}"
  python3 "$REPO/bench/sam-zip.py" "\$d" "$out/\$l.zip"
done
SH
  timed sam "$1" "$2" "$out" -- env PIP_CACHE_DIR="$WORK/sam-pip" bash "$script"
}
seed_build() {
  local out="$WORK/out/seed-cold-$1"; mkdir -p "$out"
  local script="$WORK/seed.sh"
  printf 'set -e\nfor l in %s; do bash "%s" "%s" "$l" "%s/$l.zip"; done\n' "${LAYERS[*]}" "$REPO/bench/seed.sh" "$PROJECT_A" "$out" >"$script"
  rm -rf "$WORK/seed-pip"
  timed seed cold "$1" "$out" -- env PIP_CACHE_DIR="$WORK/seed-pip" bash "$script"
}

for r in $(seq 1 "$ROUNDS"); do
  log "round $r of $ROUNDS"
  rm -rf "$WORK/sam-build" "$WORK/sam-cache" "$WORK/sam-pip"
  sam_build cold "$r"
  sam_build cached "$r" --cached
  seed_build "$r"
  ours_round "$r"
done

# --- this project with the python-sources rule (off by default): sizes and imports only ----------
log "this project with the python-sources rule (untimed: sizes, import checks, cold import times)"
"${CLI[@]}" build -p "$PROJECT_A" -a x86_64 --verify none -o "$WORK/out/ours-python-sources" \
  --cache-dir "$CACHE/ours-warm" \
  --slim tests,docs,sources,stubs,other-platforms,scripts,dist-info,strip,python-sources \
  >"$WORK/python-sources.log" 2>&1 || { cat "$WORK/python-sources.log" >&2; exit 1; }

# --- the changed project built in full, for the byte identity of the updated zips ---------------
log "the changed project built in full (untimed: the one-changed zips must be the same bytes)"
"${CLI[@]}" build -p "$PROJECT_B" -a x86_64 --verify none -o "$WORK/out/ours-changed-full" \
  --cache-dir "$CACHE/ours-warm" --no-cache \
  >"$WORK/changed-full.log" 2>&1 || { cat "$WORK/changed-full.log" >&2; exit 1; }

# --- the SDK set the runtime provides, for the import checks ------------------------------------
SDK="$CACHE/sdk-python3.12"
if [ ! -d "$SDK/boto3" ]; then
  "$PY312" -m pip install -q --disable-pip-version-check -t "$SDK" boto3
fi
log "import checks and cold import times"
python3 "$REPO/bench/summarize.py" --full "$RESULTS" "$WORK" "$PY312" "$SDK" "$REPO/bench/RESULTS.md" "$SAM_VERSION"
