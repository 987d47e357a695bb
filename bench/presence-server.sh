#!/usr/bin/env bash
# Starts a Release Gatehouse server configured for the presence bench (see bench/README.md):
# loopback only, its own data directory, cheap password hashing and no login rate limit so the
# bench can sign in thousands of users, and a token lifetime longer than a bench session.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${GATEHOUSE_BENCH_DATA:-/tmp/gatehouse-bench}
PORT=${GATEHOUSE_BENCH_PORT:-5080}
mkdir -p "$DATA"
# GATEHOUSE_BENCH_SERVER_DLL runs another build (an A/B against a baseline built elsewhere) as it is.
SERVER_DLL=${GATEHOUSE_BENCH_SERVER_DLL:-src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll}
[[ -n "${GATEHOUSE_BENCH_SERVER_DLL:-}" ]] || dotnet build src/Gatehouse.Server -c Release --verbosity quiet -p:GatehouseSkipWeb=true >/dev/null
# Each connection is a file descriptor: take the hard limit (raise it first for 50k connections).
ulimit -n "$(ulimit -Hn)"
export ASPNETCORE_URLS="http://127.0.0.1:${PORT}"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Gatehouse__DataDirectory="$DATA"
export Gatehouse__Owner__Email=owner@bench.test
export Gatehouse__Owner__Password=Bench-Owner-Passw0rd!
export Gatehouse__Security__Argon2MemoryKb=1024
export Gatehouse__Security__Argon2Iterations=1
export Gatehouse__Security__LoginAttemptsPerIpPerMinute=100000000
export Gatehouse__Security__AccessTokenLifetime=03:00:00
# exec keeps this shell's pid: the pid file names the server process itself.
echo $$ > "$DATA/server.pid"
# GATEHOUSE_BENCH_SERVER_ENV ("NAME=value ...") sets variables for the server alone, not the bench client
# (an A/B of a runtime setting such as DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1).
# shellcheck disable=SC2086
exec env ${GATEHOUSE_BENCH_SERVER_ENV:-} dotnet "$SERVER_DLL"
