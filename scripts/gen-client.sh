#!/usr/bin/env bash
# Regenerates the .NET client's generated code (src/Gatehouse.Client/Generated) from docs/openapi.json
# with Kiota (docs/adr/client-library-generator.md). The test script runs it and fails on any drift.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(/api/v1/users /api/v1/users/** /api/v1/roles /api/v1/roles/** /api/v1/presence /api/v1/sanctions
  /api/v1/webhooks /api/v1/webhooks/** /api/v1/site-tokens)
args=()
for p in "${paths[@]}"; do args+=(--include-path "$p"); done
KIOTA_OFFLINE_ENABLED=true dotnet kiota generate --language CSharp --openapi docs/openapi.json \
  --output src/Gatehouse.Client/Generated --class-name GatehouseApiClient --namespace-name Gatehouse.Client.Generated \
  --exclude-backward-compatible --clean-output --log-level Error "${args[@]}" >/dev/null
