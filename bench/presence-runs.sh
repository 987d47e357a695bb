#!/usr/bin/env bash
# Runs the presence bench several times per connection count, each on a freshly started server
# (so its memory reading starts from the same place), and prints the median of each figure.
# usage: bench/presence-runs.sh <runs> <connections>... (e.g. bench/presence-runs.sh 3 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; shift
OUT=${GATEHOUSE_BENCH_OUT:-/tmp/gatehouse-bench-results}
mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)"
dotnet build bench/Gatehouse.Bench -c Release --verbosity quiet >/dev/null
for n in "$@"; do
  for run in $(seq 1 "$RUNS"); do
    data=/tmp/gatehouse-bench
    rm -f "$data/server.pid"
    GATEHOUSE_BENCH_DATA=$data setsid bash bench/presence-server.sh >"$OUT/server-$n-$run.log" 2>&1 &
    for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5080/healthz >/dev/null && break; sleep 1; done
    pid=$(cat "$data/server.pid")
    dotnet bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll presence --connections "$n" \
      --rate "${GATEHOUSE_BENCH_RATE:-200}" --duration "${GATEHOUSE_BENCH_DURATION:-20}" --server-pid "$pid" \
      --json "$OUT/presence-$n-$run.json" | tee "$OUT/presence-$n-$run.log"
    kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  done
  python3 bench/medians.py "presence N=$n rate=${GATEHOUSE_BENCH_RATE:-200}/s" $(seq -f "$OUT/presence-$n-%g.json" 1 "$RUNS")
done
