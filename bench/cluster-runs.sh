#!/usr/bin/env bash
# Presence delivery in cluster mode: N Gatehouse nodes on one PostgreSQL database and one Redis,
# the gateway connections spread over the nodes, the observers on the first node, so most changes
# cross Redis before they are seen. Run with 1 node and 2 nodes to compare (both on PostgreSQL +
# Redis, so the difference is the second node and the cross-node hop); prints the medians and what
# a connection costs in Redis memory. Needs PostgreSQL and redis-server (scripts/lib/services.sh).
# usage: bench/cluster-runs.sh <runs> <nodes> <connections>... (e.g. bench/cluster-runs.sh 3 2 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; NODES=${2:-2}; shift 2
OUT=${GATEHOUSE_BENCH_OUT:-/tmp/gatehouse-bench-results}
mkdir -p "$OUT"
source scripts/lib/services.sh
start_postgres >/dev/null
ulimit -n "$(ulimit -Hn)"
dotnet build bench/Gatehouse.Bench -c Release --verbosity quiet >/dev/null
dotnet build src/Gatehouse.Server -c Release --verbosity quiet -p:GatehouseSkipWeb=true >/dev/null

# One database kept across runs (the bench users are created once); Redis started fresh per run.
port=$(pg_lsclusters -h | awk '$2=="main" {print $3}' | head -n 1)
as_postgres psql -p "$port" -qtAc "SELECT 1 FROM pg_database WHERE datname='gatehouse_bench'" | grep -q 1 \
  || as_postgres psql -p "$port" -qc "CREATE DATABASE gatehouse_bench OWNER gatehouse" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Gatehouse__Mode=Cluster Gatehouse__Database__Provider=Postgres
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Username=gatehouse;Password=gatehouse;Database=gatehouse_bench"
export Gatehouse__Audit__Key=${GATEHOUSE_BENCH_AUDIT_KEY:-YmVuY2gtYXVkaXQta2V5LWZvci1jbHVzdGVyLXJ1bnMhIQ==}
export Gatehouse__Owner__Email=owner@bench.test Gatehouse__Owner__Password='Bench-Owner-Passw0rd!'
export Gatehouse__Security__Argon2MemoryKb=1024 Gatehouse__Security__Argon2Iterations=1
export Gatehouse__Security__LoginAttemptsPerIpPerMinute=100000000 Gatehouse__Security__AccessTokenLifetime=03:00:00

for n in "$@"; do
  for run in $(seq 1 "$RUNS"); do
    dir=$(mktemp -d)
    redis_port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    pids=(); urls=()
    for node in $(seq 1 "$NODES"); do
      node_port=$((5090 + node))
      Gatehouse__Cluster__Redis="127.0.0.1:$redis_port" Gatehouse__Cluster__NodeId="bench-$node" \
        Gatehouse__DataDirectory="$dir/node-$node" ASPNETCORE_URLS="http://127.0.0.1:$node_port" \
        setsid dotnet src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll >"$OUT/cluster-node$node-$n-$run.log" 2>&1 &
      pids+=($!); urls+=("http://127.0.0.1:$node_port")
      for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$node_port/readyz" >/dev/null && break; sleep 1; done
    done
    dotnet bench/Gatehouse.Bench/bin/Release/net10.0/Gatehouse.Bench.dll presence --url "${urls[0]}" \
      --gateway-urls "$(IFS=,; echo "${urls[*]}")" --connections "$n" --redis "127.0.0.1:$redis_port" \
      --server-pid "$(IFS=,; echo "${pids[*]}")" --token-cache /tmp/gatehouse-bench-cluster-tokens.json \
      --rate "${GATEHOUSE_BENCH_RATE:-200}" --duration "${GATEHOUSE_BENCH_DURATION:-20}" \
      --json "$OUT/cluster-$NODES-$n-$run.json" | tee "$OUT/cluster-$NODES-$n-$run.log"
    for pid in "${pids[@]}"; do kill "$pid"; done
    for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 1; done; done
    redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
  python3 bench/medians.py "cluster nodes=$NODES N=$n rate=${GATEHOUSE_BENCH_RATE:-200}/s" $(seq -f "$OUT/cluster-$NODES-$n-%g.json" 1 "$RUNS")
done
