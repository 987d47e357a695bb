#!/usr/bin/env bash
# One `analytics` run with dotnet-counters (System.Runtime) on the server it starts, summed over the run:
# allocated bytes, gen0/gen1/gen2 collections, GC pause, CPU, lock contentions (load-independent A/B figures).
# usage: bench/analytics-gc.sh <label> <Gatehouse.Server.dll> [extra analytics args]; needs ~/.dotnet/tools/dotnet-counters
set -u
label=$1; dll=$2; shift 2
cd "$(dirname "$0")/.."
out=${GATEHOUSE_BENCH_OUT:-/tmp}/analytics-gc-$label
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$out.txt"
dotnet bench/Gatehouse.ApiBench/bin/Release/net10.0/Gatehouse.ApiBench.dll analytics --rate 20000 --batch 100 --seconds 10 --runs 1 --server "$dll" "$@" >> "$out.txt" 2>&1 &
bench=$!
pid=""
for _ in $(seq 1 600); do pid=$(pgrep -P $bench -f Gatehouse.Server.dll | head -1); [ -n "$pid" ] && break; sleep 0.1; done
~/.dotnet/tools/dotnet-counters collect -p "$pid" --counters System.Runtime --format csv -o "$out.csv" > /dev/null 2>&1 &
counters=$!
wait $bench
kill $counters 2>/dev/null; wait $counters 2>/dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out.txt"
python3 bench/counters-sum.py "$out.csv" >> "$out.txt"
grep -E "^  ingest n|load|gc:|exceptions" "$out.txt"
