#!/usr/bin/env bash
# The whole set of issue 15's figures in one go, then one table (bench/whole-set-table.py):
#   presence and the raw relay at 10 changes/s (1,000 connections), 200 and 2,000 changes/s
#   (10,000 connections), each pair back to back so the relay is the yardstick of the same minutes,
#   and at 200 changes/s the bare SignalR relay too (relay-runs.sh with GATEHOUSE_RELAY_SIGNALR=1) and the raw relay
#   with SignalR's keep-alive traffic (GATEHOUSE_RELAY_KEEPALIVE=1); at 200 and 2,000 changes/s the servers' garbage
#   collections are recorded (GATEHOUSE_BENCH_GC=1) and lined up with the tail (bench/gc-tail.py);
#   then Gatehouse.ApiBench: member search term classes and the mixed load (100k members, SQLite), and the same mix
#   against the bare ASP.NET Core + SQLite yardstick (`api-yardstick`).
# Loopback only; every step runs under `timeout`, so the whole set is bounded (~40 min with 3 runs).
# usage: bench/whole-set.sh [runs]      (runs per figure, default 3; 1 for a quick look)
# env: GATEHOUSE_BENCH_DURATION (s per presence run, 20), GATEHOUSE_BENCH_FAST_DURATION (s per run at 2,000
#      changes/s, 60), GATEHOUSE_BENCH_PORT, GATEHOUSE_BENCH_DATA
#      (see presence-runs.sh), GATEHOUSE_WHOLE_SET_OUT (/tmp/gatehouse-whole-set), GATEHOUSE_WHOLE_SET_SKIP
#      (words among "presence api" to leave out), GATEHOUSE_API_RATES (mixed-load rates, "500"),
#      GATEHOUSE_WHOLE_SET_N / GATEHOUSE_WHOLE_SET_LIGHT_N (connections: 10000 / 1000; smaller for a smoke run),
#      GATEHOUSE_WHOLE_SET_NO_BUILD=1 (use the build that is there).
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
OUT=${GATEHOUSE_WHOLE_SET_OUT:-/tmp/gatehouse-whole-set}
SKIP=${GATEHOUSE_WHOLE_SET_SKIP:-}
rm -rf "$OUT"; mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)"

if [[ -z "${GATEHOUSE_WHOLE_SET_NO_BUILD:-}" ]]; then
  dotnet build Gatehouse.slnx -c Release -p:GatehouseSkipWeb=true --verbosity quiet >"$OUT/build.log" 2>&1 \
    || { echo "build failed: $OUT/build.log"; exit 1; }
fi
N=${GATEHOUSE_WHOLE_SET_N:-10000}
LIGHT_N=${GATEHOUSE_WHOLE_SET_LIGHT_N:-1000}

# The servers run the build made above, as it is (presence-server.sh would rebuild before each run).
export GATEHOUSE_BENCH_SERVER_DLL=${GATEHOUSE_BENCH_SERVER_DLL:-$PWD/src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll}

# One step: its own output directory, the load average before it, and a time limit.
step() {
  local name=$1 limit=$2; shift 2
  mkdir -p "$OUT/$name"
  echo "$(date -u +%H:%M:%S) $name: load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/steps.txt"
  cut -d' ' -f1-3 /proc/loadavg >"$OUT/$name/load"
  GATEHOUSE_BENCH_OUT="$OUT/$name" timeout --kill-after=30 "$limit" "$@" >"$OUT/$name/console.log" 2>&1 \
    || echo "  $name: ended with status $? (see $OUT/$name/console.log)" | tee -a "$OUT/steps.txt"
}

# Minutes per presence step: per run ~1 min of connecting, warming up and measuring, plus the server's start.
limit=$(( RUNS * 240 ))
if [[ " $SKIP " != *" presence "* ]]; then
  for pair in "10 $LIGHT_N" "200 $N" "2000 $N"; do
    set -- $pair
    gc=0; [[ $1 != 10 ]] && gc=1
    # At 2,000 changes/s a run lasts a minute: the server's gen2 (background) collections come every minute or so
    # there, each holding the changes of ~200 ms, so whether one fell inside a 20 s window decided its p99
    # (bench/README.md, "A gen2 collection in the window").
    seconds=${GATEHOUSE_BENCH_DURATION:-20}; [[ $1 == 2000 ]] && seconds=${GATEHOUSE_BENCH_FAST_DURATION:-60}
    GATEHOUSE_BENCH_DURATION=$seconds GATEHOUSE_BENCH_GC=$gc GATEHOUSE_BENCH_RATE=$1 step "presence-$1" "$limit" bash bench/presence-runs.sh "$RUNS" "$2"
    GATEHOUSE_BENCH_DURATION=$seconds GATEHOUSE_BENCH_GC=$gc GATEHOUSE_BENCH_RATE=$1 step "relay-$1" "$limit" bash bench/relay-runs.sh "$RUNS" "$2"
    if [[ $1 == 200 ]]; then
      GATEHOUSE_BENCH_GC=1 GATEHOUSE_RELAY_KEEPALIVE=1 GATEHOUSE_BENCH_RATE=$1 step "relay-keep-alive-$1" "$limit" bash bench/relay-runs.sh "$RUNS" "$2"
      GATEHOUSE_BENCH_GC=1 GATEHOUSE_RELAY_SIGNALR=1 GATEHOUSE_BENCH_RATE=$1 step "relay-signalr-$1" "$limit" bash bench/relay-runs.sh "$RUNS" "$2"
    fi
  done
fi
if [[ " $SKIP " != *" api "* ]]; then
  step api $(( RUNS * 600 )) dotnet bench/Gatehouse.ApiBench/bin/Release/net10.0/Gatehouse.ApiBench.dll \
    --users 100000 --requests 200 --class-requests 100 --rates "${GATEHOUSE_API_RATES:-500}" --seconds 20 --runs "$RUNS"
  # The API's yardstick: the same mix against a bare server, so the mixed load has its own "relay" beside it.
  step api-yardstick $(( RUNS * 300 )) dotnet bench/Gatehouse.ApiBench/bin/Release/net10.0/Gatehouse.ApiBench.dll \
    api-yardstick --users 100000 --rates "${GATEHOUSE_API_RATES:-500}" --seconds 20 --runs "$RUNS"
fi
echo "$(date -u +%H:%M:%S) done: load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/steps.txt"
python3 bench/whole-set-table.py "$OUT" | tee "$OUT/table.md"
