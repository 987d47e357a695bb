#!/usr/bin/env bash
# Before/after of server builds under the API benchmark: each round runs every build once, alternated, each on a
# freshly started server with 100k members (Gatehouse.ApiBench), so drift of the machine falls on both alike.
# Then bench/api-ab-medians.py <outdir> prints the medians per request kind.
# usage: bench/api-ab.sh <outdir> <label>=<Gatehouse.Server.dll> [<label>=<dll> …]
# env: ROUNDS (3), RATES (mixed-load rates, "300"), BYKIND (each kind alone at this rate, 100; 0 for none),
#      POSTGRES (a connection string without a database: run on PostgreSQL), ENV_<label> (variables for that build's
#      server alone, "NAME=value …", as GATEHOUSE_BENCH_SERVER_ENV).
# Copy each build out of bin/ first (cp -r src/Gatehouse.Server/bin/Release/net10.0 /tmp/build-a): a build between
# rounds would change it. Loopback only; each run is bounded by `timeout`.
set -uo pipefail
out=$1; shift
mkdir -p "$out"
cd "$(dirname "$0")/.."
for round in $(seq 1 "${ROUNDS:-3}"); do
  for pair in "$@"; do
    label=${pair%%=*}; dll=${pair#*=}
    envvar="ENV_$label"
    echo "$(date -u +%T) round $round $label: load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/steps.txt"
    extra=(); [[ -n "${POSTGRES:-}" ]] && extra=(--postgres "$POSTGRES")
    GATEHOUSE_BENCH_SERVER_ENV="${!envvar:-}" timeout --kill-after=30 900 dotnet bench/Gatehouse.ApiBench/bin/Release/net10.0/Gatehouse.ApiBench.dll \
      --users 100000 --rates "${RATES:-300}" --seconds 15 --runs 1 --mixed-only --warmup 60 --by-kind "${BYKIND:-100}" \
      --server "$dll" "${extra[@]}" >"$out/$label-$round.log" 2>&1 || echo "  $label round $round: status $?" | tee -a "$out/steps.txt"
  done
done
echo "$(date -u +%T) done: load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/steps.txt"
python3 bench/api-ab-medians.py "$out"
