#!/usr/bin/env bash
# One write at a time on an idle PostgreSQL-backed server: 60 `POST /users`, then a `PATCH` of each, 50 ms apart, and
# the latency of each as the client sees it (the first 10 of each are left out: the server is still compiling).
# What a single write waits for on PostgreSQL: its round trips, the commit-order lock, the commit.
# usage: bench/postgres-writes.sh <Gatehouse.Server.dll> [label]
# env: GATEHOUSE_BENCH_POSTGRES (connection string without a database; the server creates its own, dropped after),
#      GATEHOUSE_BENCH_PORT (5998). Needs PostgreSQL running (scripts/lib/services.sh: start_postgres).
set -euo pipefail
dll=$1; label=${2:-$(basename "$(dirname "$dll")")}
port=${GATEHOUSE_BENCH_PORT:-5998}
pg=${GATEHOUSE_BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=gatehouse;Password=gatehouse}
db=gh_writes_$RANDOM$RANDOM
dir=$(mktemp -d)
env ASPNETCORE_ENVIRONMENT=Production Gatehouse__DataDirectory="$dir" Gatehouse__Owner__Email=owner@bench.test \
  Gatehouse__Owner__Password=Bench-Password-2026 Gatehouse__Database__Provider=Postgres "ConnectionStrings__Postgres=$pg;Database=$db" \
  Logging__LogLevel__Default=Warning dotnet "$dll" --urls "http://127.0.0.1:$port" >"$dir/server.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  PGPASSWORD=gatehouse psql -q -h 127.0.0.1 -U gatehouse -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
python3 - "$port" "$label" <<'PY'
import json, statistics, sys, time, urllib.request
port, label = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}/api/v1"
def call(method, path, body, token=None):
    headers = {"content-type": "application/json"} | ({"authorization": f"Bearer {token}"} if token else {})
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method, headers=headers)
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        data = response.read()
    return (time.perf_counter() - started) * 1000, json.loads(data)
_, login = call("POST", "/auth/login", {"email": "owner@bench.test", "password": "Bench-Password-2026", "refresh_in_body": True})
token = login["access_token"]
posts, patches, ids = [], [], []
for i in range(60):
    ms, member = call("POST", "/users", {"username": f"writer{i}", "email": f"writer{i}@bench.test", "display_name": f"Writer {i}"}, token)
    posts.append(ms); ids.append(member["id"]); time.sleep(0.05)
for i, member in enumerate(ids):
    ms, _ = call("PATCH", f"/users/{member}", {"display_name": f"Writer {i} renamed"}, token)
    patches.append(ms); time.sleep(0.05)
def summary(xs):
    xs = sorted(xs[10:])
    return f"p50 {statistics.median(xs):.1f} p90 {xs[int(len(xs) * 0.9)]:.1f} max {xs[-1]:.1f} ms"
print(f"{label}: POST /users {summary(posts)} | PATCH /users/{{id}} {summary(patches)}")
PY
