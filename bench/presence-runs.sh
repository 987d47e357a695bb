#!/usr/bin/env bash
# Runs the presence bench several times per connection count, each on a freshly started server
# (so its memory reading starts from the same place), and prints the median of each figure.
# usage: bench/presence-runs.sh <runs> <connections>... (e.g. bench/presence-runs.sh 3 1000 10000)
# Each run also leaves its timeline (one line per measured change: when sent, ack, slowest delivery) beside its JSON
# and, with GATEHOUSE_BENCH_GC=1, the server's garbage collections (presence-<n>-<run>.gc.csv, see bench/gc-tail.py).
# env: GATEHOUSE_BENCH_RATE (changes/s, 200), GATEHOUSE_BENCH_DURATION (s, 20), GATEHOUSE_BENCH_PORT (5080),
#      GATEHOUSE_BENCH_DATA (/tmp/gatehouse-bench, kept across runs so the users exist once), GATEHOUSE_BENCH_OUT
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; shift
OUT=${GATEHOUSE_BENCH_OUT:-/tmp/gatehouse-bench-results}
mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)"
dotnet build bench/Gatehouse.Bench -c Release --verbosity quiet >/dev/null
source bench/gc-watch.sh
for n in "$@"; do
  for run in $(seq 1 "$RUNS"); do
    data=${GATEHOUSE_BENCH_DATA:-/tmp/gatehouse-bench}
    port=${GATEHOUSE_BENCH_PORT:-5080}
    rm -f "$data/server.pid"
    GATEHOUSE_BENCH_DATA=$data GATEHOUSE_BENCH_PORT=$port setsid bash bench/presence-server.sh >"$OUT/server-$n-$run.log" 2>&1 &
    for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
    pid=$(cat "$data/server.pid")
    gc_watch_start "$pid" "$OUT/presence-$n-$run.gc.csv"
    dotnet bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll presence --url "http://127.0.0.1:$port" --connections "$n" \
      --token-cache "$data/bench-tokens.json" \
      --rate "${GATEHOUSE_BENCH_RATE:-200}" --duration "${GATEHOUSE_BENCH_DURATION:-20}" --server-pid "$pid" \
      --json "$OUT/presence-$n-$run.json" --timeline "$OUT/presence-$n-$run.timeline.csv" | tee "$OUT/presence-$n-$run.log"
    gc_watch_stop
    kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  done
  python3 bench/medians.py "presence N=$n rate=${GATEHOUSE_BENCH_RATE:-200}/s" $(seq -f "$OUT/presence-$n-%g.json" 1 "$RUNS")
done
