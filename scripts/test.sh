#!/usr/bin/env bash
# The whole Gatehouse test suite, from a fresh Debian machine with the .NET SDK and Node:
# installs what it needs (PostgreSQL), starts it, then runs every check CI enforces.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh

ensure_packages
start_postgres

step "Site SDK: type check, unit tests, build"
run_node_project sdk

step "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore Gatehouse.slnx --verbosity quiet

step "Checking formatting (dotnet format)"
dotnet format Gatehouse.slnx --verify-no-changes --no-restore

step "Building (warnings are errors)"
dotnet build Gatehouse.slnx --no-restore --configuration Release --verbosity quiet -p:GatehouseSkipWeb=true

step "Running the .NET test suite against SQLite and PostgreSQL"
run_dotnet_tests tests/Gatehouse.Tests

print_summary
