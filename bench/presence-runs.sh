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
  python3 - "$OUT" "$n" "$RUNS" <<'PY'
import json, statistics, sys
out, n, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
rs = [json.load(open(f"{out}/presence-{n}-{i}.json")) for i in range(1, runs + 1)]
med = lambda f: statistics.median(f(r) for r in rs)
print(f"N={n} medians of {runs} runs: latency p50 {med(lambda r: r['latency_ms']['p50']):.1f} ms, p95 {med(lambda r: r['latency_ms']['p95']):.1f} ms, "
      f"p99 {med(lambda r: r['latency_ms']['p99']):.1f} ms, max {med(lambda r: r['latency_ms']['max']):.1f} ms; "
      f"connect p50 {med(lambda r: r['connect_ms']['p50']):.1f} ms, p99 {med(lambda r: r['connect_ms']['p99']):.1f} ms; "
      f"server {med(lambda r: r['server_kb_per_connection']):.1f} KB/connection; lost {sum(r['deliveries_lost'] for r in rs)} of {sum(r['deliveries_expected'] for r in rs)}")
PY
done
