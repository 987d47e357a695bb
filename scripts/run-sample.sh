#!/usr/bin/env bash
# Starts Gatehouse (http://localhost:5000) and the sample site (http://localhost:5080) together:
# creates an API key with the site.tokens scope for the site, then runs both until Ctrl+C.
# Sign in to the site as alice, bob or carol with Site-Passw0rd!, and to the panel as owner@example.com / Owner-Passw0rd!1.
set -euo pipefail
cd "$(dirname "$0")/.."
GH=http://localhost:5000 SITE=http://localhost:5080
OWNER_EMAIL=owner@example.com OWNER_PASSWORD='Owner-Passw0rd!1'
(cd sdk && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build >/dev/null)
dotnet build samples/Gatehouse.SampleSite --verbosity quiet >/dev/null
dotnet run --project src/Gatehouse.Server -- --urls "$GH" --Gatehouse:DataDirectory=./data/sample \
  --Gatehouse:Owner:Email="$OWNER_EMAIL" --Gatehouse:Owner:Password="$OWNER_PASSWORD" \
  --Gatehouse:Site:AllowedOrigins:0="$SITE" &
gatehouse=$!
trap 'kill "$gatehouse" 2>/dev/null' EXIT
until curl -fs "$GH/healthz" >/dev/null; do sleep 1; done
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
access=$(curl -fs "$GH/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"$OWNER_EMAIL\",\"password\":\"$OWNER_PASSWORD\",\"refresh_in_body\":true}" | json "['access_token']")
key=$(curl -fs "$GH/api/v1/api-keys" -H "authorization: Bearer $access" -H 'content-type: application/json' \
  -d '{"name":"sample site","scopes":["site.tokens"]}' | json "['key']")
echo "Gatehouse panel: $GH   Sample site: $SITE"
dotnet run --no-build --project samples/Gatehouse.SampleSite -- --urls "$SITE" --Gatehouse:Url="$GH" --Gatehouse:ApiKey="$key"
