#!/usr/bin/env bash
# The whole Gatehouse test suite, from a fresh Debian machine with the .NET SDK and Node:
# installs what it needs (PostgreSQL, Chromium), starts it, then runs every check CI enforces.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh

ensure_packages
start_postgres
start_smtp_sink
start_redis
start_nginx

step "Site SDK: type check, unit tests, build"
run_node_project sdk

step "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore Gatehouse.slnx --verbosity quiet
(cd web && npm ci --no-audit --no-fund --loglevel=error)

# Two cores, each stage keeping both busy. Code style is checked by the build (EnforceCodeStyleInBuild, warnings as
# errors: the analyzers `dotnet format` would run), whitespace by `dotnet format whitespace` without a compilation
# (seconds, where the full `dotnet format` compiled the solution once more: 2.5 minutes).
step "Checking C# whitespace, building the server (its analyzers check code style), checking the web app (Prettier, tsc, ESLint, translations), and beside them the web component tests (Vitest)"
start_web_tests
dotnet format whitespace --folder --verify-no-changes
# The server build writes docs/openapi.json; the web app is built once, below.
dotnet build Gatehouse.slnx --no-restore --configuration Release --verbosity quiet -p:GatehouseSkipWeb=true
(cd web && npx prettier --check . --log-level warn && npm run --silent typecheck && npm run --silent lint \
  && npm run --silent check:i18n)

step "Checking the OpenAPI document and the web app's API types for drift"
check_api_drift

step "Building the web app (the prerendered shells' server build, then vite build)"
(cd web && npm run --silent build:shell && npx vite build --logLevel warn)
finish_web_tests

# Tiered PGO instruments hot methods to recompile them later, which pays off in a long-running server and not in
# test processes that start hundreds of hosts and server processes (they inherit this). Measured on two cores with
# the Roles and Audit tests (88), twice in each order: 15-17 % less CPU, 13-15 % less wall time.
export DOTNET_TieredPGO=0
# One suite after the other: each keeps both cores busy on its own. Side by side, measured on this machine, they took
# 26.5 minutes together against 10 + 11.7 one after the other (the contention costs more than it overlaps).
step "Running the .NET test suite against SQLite and PostgreSQL"
coverage_dir=$(mktemp -d)
run_dotnet_tests tests/Gatehouse.Tests --collect:"XPlat Code Coverage" \
  --settings tests/Gatehouse.Tests/coverage.runsettings --results-directory "$coverage_dir"
report_server_coverage "$coverage_dir" 80

step "Running the end-to-end tests in Chromium (Playwright + axe-core)"
run_dotnet_tests tests/Gatehouse.E2E

print_summary
