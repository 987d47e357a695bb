# Shared by scripts/test.sh: installing and starting the real services the tests talk to.
# shellcheck shell=bash

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
TOTAL_PASSED=0
TOTAL_FAILED=0

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

RUN_STARTED=$(date +%s)
step() { printf '\n==> [%s, %dm%02ds in] %s\n' "$(date +%T)" $((($(date +%s) - RUN_STARTED) / 60)) $((($(date +%s) - RUN_STARTED) % 60)) "$*"; }

ensure_packages() {
  local need=()
  command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
  # The end-to-end tests drive Debian's Chromium; Playwright never downloads a browser here.
  [ -x /usr/bin/chromium ] || need+=(chromium)
  # The alert notification tests deliver e-mail to a real SMTP server.
  [ -x /usr/bin/aiosmtpd ] || need+=(python3-aiosmtpd)
  # The cluster tests run real Redis and a real nginx in front of two Gatehouse nodes.
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
  if [ ${#need[@]} -gt 0 ]; then
    step "Installing ${need[*]} (Debian packages)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# PostgreSQL refuses to run as root, so the Debian cluster runs as the postgres user.
start_postgres() {
  step "Starting PostgreSQL"
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    $SUDO pg_createcluster "$version" main >/dev/null
  fi
  $SUDO pg_ctlcluster "$version" main start 2>/dev/null || true
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  as_postgres psql -p "$port" -qtAc "SELECT 1 FROM pg_roles WHERE rolname='gatehouse'" | grep -q 1 \
    || as_postgres psql -p "$port" -qc "CREATE ROLE gatehouse LOGIN PASSWORD 'gatehouse' CREATEDB" >/dev/null
  export GATEHOUSE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=gatehouse;Password=gatehouse;Database=postgres"
  echo "PostgreSQL $version on port $port"
}

# One real SMTP sink per run (aiosmtpd writing a Maildir); the alert tests read what it received.
start_smtp_sink() {
  step "Starting the SMTP sink (aiosmtpd)"
  # A free port, not a fixed one: two test runs on one machine must not share (or fight over) a mailbox.
  local dir port
  port=$(free_port)
  dir=$(mktemp -d)
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/mail" &
  SMTP_SINK_PID=$!
  trap 'kill "$SMTP_SINK_PID" 2>/dev/null || true; stop_cluster_services' EXIT
  export GATEHOUSE_TEST_SMTP_PORT=$port GATEHOUSE_TEST_SMTP_MAILDIR="$dir/mail"
  echo "SMTP sink on port $port, Maildir $dir/mail"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# One Redis per run for the cluster tests: an unprivileged process on a free loopback port, nothing saved.
start_redis() {
  step "Starting Redis"
  local port
  port=$(free_port)
  SERVICES_DIR=${SERVICES_DIR:-$(mktemp -d)}
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$SERVICES_DIR" \
    --daemonize yes --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log"
  for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export GATEHOUSE_TEST_REDIS="127.0.0.1:$port"
  echo "Redis on port $port"
}

# nginx with docs/cluster/nginx-gatehouse.conf as it stands, in front of two node ports the cluster
# tests start Gatehouse on; runs unprivileged from a temporary prefix.
start_nginx() {
  step "Starting nginx (docs/cluster/nginx-gatehouse.conf)"
  local dir port node1 node2 nginx_bin
  SERVICES_DIR=${SERVICES_DIR:-$(mktemp -d)}
  dir="$SERVICES_DIR/nginx"
  mkdir -p "$dir/logs" "$dir/tmp"
  port=$(free_port); node1=$(free_port); node2=$(free_port)
  printf 'server 127.0.0.1:%s max_fails=1 fail_timeout=3s;\nserver 127.0.0.1:%s max_fails=1 fail_timeout=3s;\n' "$node1" "$node2" >"$dir/gatehouse-nodes.conf"
  printf 'listen 127.0.0.1:%s;\n' "$port" >"$dir/gatehouse-listen.conf"
  cat >"$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $PWD/docs/cluster/nginx-gatehouse.conf;
}
CONF
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -g 'worker_processes 1;'
  export GATEHOUSE_TEST_NGINX="http://127.0.0.1:$port" GATEHOUSE_TEST_CLUSTER_NODE_PORTS="$node1,$node2"
  echo "nginx on port $port for nodes on $node1 and $node2"
}

# Stops what start_redis and start_nginx started (by their pid files).
stop_cluster_services() {
  [ -n "${SERVICES_DIR:-}" ] || return 0
  [ -f "$SERVICES_DIR/nginx/nginx.pid" ] && kill "$(cat "$SERVICES_DIR/nginx/nginx.pid")" 2>/dev/null
  [ -f "$SERVICES_DIR/redis.pid" ] && kill "$(cat "$SERVICES_DIR/redis.pid")" 2>/dev/null
  return 0
}

# Runs one test project and adds its counts to the totals; a failure is remembered, not fatal,
# so every suite reports before the script fails.
run_dotnet_tests() {
  local project=$1 log status
  shift
  log=$(mktemp)
  set +e
  dotnet test "$project" --no-build --configuration Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  count_dotnet "$log" "$status" "$project"
  rm -f "$log"
}

# Adds the counts of a dotnet test log to the totals; a failing run with no failed test counts as one failure.
# A few failed tests are run once more, alone: one that then passes is reported as flaky (by name, in
# the summary), not hidden, and does not fail the run; one that fails again does. Many failures (more than three, unless within one or two test classes) are a
# real break and are not rerun.
count_dotnet() {
  local log=$1 status=$2 project=${3:-} line passed failed names classes
  line=$(grep -E 'Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1 || true)
  passed=$(echo "$line" | sed -nE 's/.*Passed: +([0-9]+).*/\1/p')
  failed=$(echo "$line" | sed -nE 's/.*Failed: +([0-9]+),.*/\1/p')
  TOTAL_PASSED=$((TOTAL_PASSED + ${passed:-0}))
  if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then TOTAL_FAILED=$((TOTAL_FAILED + 1)); return; fi
  if [ "${failed:-0}" -eq 0 ]; then return; fi
  # "  Failed Namespace.Class.Method(args) [12 s]": the method's full name, without a theory's arguments.
  names=$(sed -nE 's/^ +Failed ([A-Za-z0-9_.]+).*\[[0-9].*$/\1/p' "$log" | sort -u)
  # Failures within one or two test classes are rerun too (up to a dozen): a class shares one server,
  # and when that server stalls every test of the class fails with it.
  classes=$(echo "$names" | sed -E 's/\.[^.]+$//' | sort -u | wc -l)
  if [ -z "$project" ] || [ -z "$names" ] || { [ "$failed" -gt "$RERUN_AT_MOST" ] && { [ "$classes" -gt 2 ] || [ "$failed" -gt 12 ]; }; }; then
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    return
  fi
  rerun_failed "$project" "$failed" "$names"
}

RERUN_AT_MOST=3
FLAKY_TESTS=""

rerun_failed() {
  local project=$1 failed=$2 names=$3 filter log line again_passed again_failed status
  filter=$(echo "$names" | sed 's/^/FullyQualifiedName=/' | paste -sd '|')
  echo "==> Running the ${failed} failed test(s) of ${project} once more, alone"
  log=$(mktemp)
  set +e
  dotnet test "$project" --no-build --configuration Release --logger "console;verbosity=minimal" --filter "$filter" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  line=$(grep -E 'Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1 || true)
  again_passed=$(echo "$line" | sed -nE 's/.*Passed: +([0-9]+).*/\1/p')
  again_failed=$(echo "$line" | sed -nE 's/.*Failed: +([0-9]+),.*/\1/p')
  rm -f "$log"
  if [ "$status" -eq 0 ] && [ "${again_failed:-0}" -eq 0 ] && [ "${again_passed:-0}" -gt 0 ]; then
    TOTAL_PASSED=$((TOTAL_PASSED + again_passed))
    FLAKY_TESTS="${FLAKY_TESTS}${names}"$'\n'
  else
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
  fi
}

# npm ci, type check, unit tests (counted into the totals) and build of one Node project.
run_node_project() {
  local dir=$1 log
  log=$(mktemp)
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent typecheck)
  set +e
  (cd "$dir" && NO_COLOR=1 npx vitest run --coverage) 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  count_vitest "$log" "$status"
  (cd "$dir" && npm run --silent build >/dev/null)
  rm -f "$log"
}

# The server's line coverage from the Cobertura file coverlet wrote under the given folder; below the
# floor (the original request asks for 80 % of the logic covered) it counts as a failure.
report_server_coverage() {
  local dir=$1 floor=$2 file
  file=$(find "$dir" -name coverage.cobertura.xml -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -n 1 | cut -d' ' -f2-)
  if [ -z "$file" ]; then
    echo "No coverage file was written under $dir." >&2
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
    return
  fi
  python3 - "$file" "$floor" <<'PY' || TOTAL_FAILED=$((TOTAL_FAILED + 1))
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
covered, valid = int(root.get("lines-covered")), int(root.get("lines-valid"))
rate = 100.0 * covered / max(valid, 1)
print(f"Server line coverage: {rate:.1f} % ({covered} of {valid} lines; floor {sys.argv[2]} %)")
sys.exit(0 if rate >= float(sys.argv[2]) else 1)
PY
}

# Adds the counts of a Vitest log to the totals; a failing run with no failed test counts as one failure.
count_vitest() {
  local log=$1 status=$2 passed failed
  passed=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | sed -nE 's/.* ([0-9]+) passed.*/\1/p' | tail -n 1)
  failed=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | sed -nE 's/.* ([0-9]+) failed.*/\1/p' | tail -n 1)
  TOTAL_PASSED=$((TOTAL_PASSED + ${passed:-0}))
  TOTAL_FAILED=$((TOTAL_FAILED + ${failed:-0}))
  if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then TOTAL_FAILED=$((TOTAL_FAILED + 1)); fi
}

# The web's Vitest run in the background (start_web_tests), then its output, whose counts join the totals
# like the .NET suites' (finish_web_tests).
start_web_tests() {
  WEB_TESTS_LOG=$(mktemp)
  (cd web && npx vitest run --reporter=default --coverage) >"$WEB_TESTS_LOG" 2>&1 &
  WEB_TESTS_PID=$!
}

finish_web_tests() {
  local status=0
  wait "$WEB_TESTS_PID" || status=$?
  echo
  echo "--- The web component tests (Vitest) ---"
  cat "$WEB_TESTS_LOG"
  count_vitest "$WEB_TESTS_LOG" "$status"
  rm -f "$WEB_TESTS_LOG"
}

# The build regenerated docs/openapi.json: it must equal the committed one, and the committed
# TypeScript types must equal what openapi-typescript makes of it.
check_api_drift() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- docs/openapi.json; then
    git --no-pager diff --stat -- docs/openapi.json
    echo "docs/openapi.json changed with the server: commit it, then run 'npm run api:gen' in web/." >&2
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
  fi
  if ! (cd web && npm run --silent check:api); then TOTAL_FAILED=$((TOTAL_FAILED + 1)); fi
  # The .NET client's Kiota code is regenerated from the same document and must match what is committed.
  bash scripts/gen-client.sh
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
    && { ! git diff --quiet -- src/Gatehouse.Client/Generated || [ -n "$(git ls-files --others --exclude-standard -- src/Gatehouse.Client/Generated)" ]; }; then
    git --no-pager diff --stat -- src/Gatehouse.Client/Generated
    echo "src/Gatehouse.Client/Generated drifted from docs/openapi.json: run 'bash scripts/gen-client.sh' and commit it." >&2
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
  fi
}

print_summary() {
  echo
  if [ -n "$FLAKY_TESTS" ]; then
    echo "Flaky: failed, then passed when run again alone (each is a bug to find, in the test or the server):"
    printf '%s' "$FLAKY_TESTS" | sed '/^$/d; s/^/  /'
  fi
  echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed, $(printf '%s' "$FLAKY_TESTS" | sed '/^$/d' | wc -l) flaky ($((($(date +%s) - RUN_STARTED) / 60)) min)"
  [ "$TOTAL_FAILED" -eq 0 ]
}
