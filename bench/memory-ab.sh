#!/usr/bin/env bash
# Memory per idle gateway connection, builds interleaved: each run starts a fresh server of one build
# (bench/presence-server.sh), opens 10,000 connections at 10 changes/s and prints the bench's "server RSS" line.
# usage: bench/memory-ab.sh <rounds> <label>=<path to Gatehouse.Server.dll> ...
set -u
cd "$(dirname "$0")/.."
DATA=${GATEHOUSE_BENCH_DATA:-/tmp/gatehouse-bench}
PORT=${GATEHOUSE_BENCH_PORT:-5080}
BENCH=bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll
[[ -f $BENCH ]] || dotnet build bench/Gatehouse.Bench -c Release --verbosity quiet >/dev/null
rounds=$1; shift
for r in $(seq 1 "$rounds"); do
  for pair in "$@"; do
    label=${pair%%=*}; dll=${pair#*=}
    rm -f "$DATA/server.pid"
    GATEHOUSE_BENCH_SERVER_DLL=$dll setsid bash bench/presence-server.sh > "/tmp/memory-ab-server-$label.log" 2>&1 &
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
    pid=$(cat "$DATA/server.pid")
    dotnet "$BENCH" presence --url "http://127.0.0.1:$PORT" --connections 10000 --token-cache "$DATA/bench-tokens.json" \
      --rate 10 --duration 5 --server-pid "$pid" ${GATEHOUSE_MEMORY_HOLD:+--hold "$GATEHOUSE_MEMORY_HOLD"} > "/tmp/memory-ab-$label-$r.log" 2>&1 &
    bench=$!
    if [[ -n ${GATEHOUSE_MEMORY_HOLD:-} ]]; then
      # Held: a gcdump of the live heap while the connections are open (dotnet tool install -g dotnet-gcdump).
      until grep -q "deliveries expected" "/tmp/memory-ab-$label-$r.log"; do sleep 2; done
      sleep 5
      ~/.dotnet/tools/dotnet-gcdump collect -p "$pid" -o "/tmp/memory-ab-$label-$r.gcdump" > /dev/null 2>&1
      ~/.dotnet/tools/dotnet-gcdump report "/tmp/memory-ab-$label-$r.gcdump" > "/tmp/memory-ab-$label-$r.gcreport" 2>&1
      heap="live heap $(head -1 "/tmp/memory-ab-$label-$r.gcreport" | tr -s ' ' | cut -d' ' -f2) bytes;"
    fi
    wait $bench
    echo "$label round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg): ${heap:-} $(grep 'server RSS' "/tmp/memory-ab-$label-$r.log")"
    kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  done
done
