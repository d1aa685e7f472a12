#!/usr/bin/env bash
# Benchmark (on demand, not a test): the action through nektos/act on the parquet layer of
# examples/poetry-extras, run twice with nothing changed. The first run starts from empty
# caches (its own XDG cache folder, act cache server and artifact store); the second should be
# served from the layer cache. Prints wall seconds per run and the ratio. Target: <= 10 %.
set -euo pipefail
cd "$(dirname "$0")/../.."
ACT="${ACT_BIN:-$(scripts/ci/act.sh)}"
RUNS="${BENCH_RUNS:-3}"
work="$(mktemp -d /tmp/lambda-layer-bench-act-XXXX)"
trap '[ "${BENCH_KEEP:-}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

run_act() { # $1: state folder, $2: expected cache hit
  local start end port
  port=$(free_port)
  start=$(date +%s.%N)
  XDG_CACHE_HOME="$1/xdg" "$ACT" push -W .github/workflows/action-test.yml -P ubuntu-latest=-self-hosted \
    --artifact-server-path "$1/artifacts" --artifact-server-addr 127.0.0.1 --artifact-server-port "$port" \
    --cache-server-path "$1/caches" --cache-server-addr 127.0.0.1 \
    --env XDG_CACHE_HOME="$1/xdg" \
    --var PROJECT_DIRECTORY=examples/poetry-extras --var LAYERS=parquet --var ARCHITECTURES=x86_64 --var EXPECT_CACHE_HIT="$2" \
    >"$1/act-$2.log" 2>&1 || { tail -30 "$1/act-$2.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "| round | first run (empty caches) s | second run (nothing changed) s | second / first |"
echo "| --- | --- | --- | --- |"
ratios=()
for round in $(seq 1 "$RUNS"); do
  state="$work/round-$round"
  mkdir -p "$state"
  first=$(run_act "$state" false)
  second=$(run_act "$state" true)
  ratio=$(echo "scale=4; $second / $first" | bc)
  ratios+=("$ratio")
  printf '| %s | %.1f | %.1f | %.1f %% |\n' "$round" "$first" "$second" "$(echo "$ratio * 100" | bc)"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf '\nmedian second/first: %.1f %% (target <= 10 %%): %s\n' "$(echo "$median * 100" | bc)" \
  "$(echo "$median <= 0.10" | bc | sed 's/1/PASS/;s/0/FAIL/')"
