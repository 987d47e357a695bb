#!/usr/bin/env bash
# The yardstick for bench/presence-runs.sh: the same measurement against a raw WebSocket relay
# (Gatehouse.Bench relay-server, Kestrel and nothing else), each run on a freshly started relay.
# usage: bench/relay-runs.sh <runs> <connections>... (e.g. GATEHOUSE_BENCH_RATE=10 bench/relay-runs.sh 3 1000)
# GATEHOUSE_RELAY_SIGNALR=1: through the relay server's bare SignalR hub instead (what SignalR alone costs).
# GATEHOUSE_RELAY_KEEPALIVE=1: the raw relay with SignalR's keep-alive traffic (a frame from each client every 15 s,
#   from the server every 15 s).
# Each run leaves its timeline (<mode>-<n>-<run>.timeline.csv) and, with GATEHOUSE_BENCH_GC=1, the server's garbage
# collections (<mode>-<n>-<run>.gc.csv, see bench/gc-tail.py).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; shift
OUT=${GATEHOUSE_BENCH_OUT:-/tmp/gatehouse-bench-results}
PORT=${GATEHOUSE_RELAY_PORT:-5090}
mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)"
dotnet build bench/Gatehouse.Bench -c Release --verbosity quiet >/dev/null
BENCH=bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll
MODE=relay; FLAG=()
if [ "${GATEHOUSE_RELAY_SIGNALR:-0}" = 1 ]; then MODE=relay-signalr; FLAG=(--signalr); fi
if [ "${GATEHOUSE_RELAY_KEEPALIVE:-0}" = 1 ]; then MODE=relay-keep-alive; FLAG=(--keep-alive); fi
source bench/gc-watch.sh
for n in "$@"; do
  for run in $(seq 1 "$RUNS"); do
    # Server GC, like an ASP.NET Core app's default: the yardstick is a stock Kestrel server.
    DOTNET_gcServer=1 dotnet "$BENCH" relay-server --port "$PORT" "${FLAG[@]}" >"$OUT/$MODE-server-$n-$run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
    gc_watch_start "$pid" "$OUT/$MODE-$n-$run.gc.csv"
    dotnet "$BENCH" relay "${FLAG[@]}" --url "http://127.0.0.1:$PORT" --connections "$n" \
      --rate "${GATEHOUSE_BENCH_RATE:-200}" --duration "${GATEHOUSE_BENCH_DURATION:-20}" --server-pid "$pid" \
      --json "$OUT/$MODE-$n-$run.json" --timeline "$OUT/$MODE-$n-$run.timeline.csv" | tee "$OUT/$MODE-$n-$run.log"
    gc_watch_stop
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  python3 bench/medians.py "$MODE N=$n rate=${GATEHOUSE_BENCH_RATE:-200}/s" $(seq -f "$OUT/$MODE-$n-%g.json" 1 "$RUNS")
done
