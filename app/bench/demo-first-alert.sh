#!/bin/sh
# Measures `./echowatch run --demo`: seconds from launch to the first alert on /api/alerts (signed
# in), seconds to readiness, the process RSS once the demo has settled, and the time a clean stop
# (SIGTERM: ingest, streams, indexer, broker in turn) takes.
#
# Usage: app/bench/demo-first-alert.sh            (from any directory; builds the jar if stale)
# Knobs: HTTP_PORT (18080), MANAGEMENT_PORT (19464), KAFKA_PORT (19092), SETTLE (60 s after the
#        first alert), TIMEOUT (300 s), KEEP_LOG (a path to copy the process log to),
#        JAVA_HOME / ECHOWATCH_JAVA_OPTS as for ./echowatch.
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd -P)
http_port=${HTTP_PORT:-18080}
mgmt_port=${MANAGEMENT_PORT:-19464}
kafka_port=${KAFKA_PORT:-19092}
settle=${SETTLE:-60}
timeout=${TIMEOUT:-300}
work=$(mktemp -d)
password="bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
jar="$here/app/target/echowatch.jar"

# Build first, so the timing covers the start of the command and not a Maven build.
"$here/echowatch" --version >/dev/null

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.1f", $2 - $1}'; }

start=$(now)
ECHOWATCH_DATA_DIR="$work/data" ECHOWATCH_HTTP_PORT=$http_port ECHOWATCH_MANAGEMENT_PORT=$mgmt_port \
  ECHOWATCH_EMBEDDED_KAFKA_PORT=$kafka_port ECHOWATCH_ADMIN_PASSWORD=$password \
  "$here/echowatch" run --demo >"$work/echowatch.log" 2>&1 &
pid=$!
# shellcheck disable=SC2317
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -n "${KEEP_LOG:-}" ]; then cp "$work/echowatch.log" "$KEEP_LOG"; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

ready=""
first=""
while [ -z "$first" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "echowatch exited early; log:" >&2; tail -n 40 "$work/echowatch.log" >&2; exit 1
  fi
  t=$(now)
  if [ "$(elapsed "$start" "$t" | cut -d. -f1)" -ge "$timeout" ]; then
    echo "no alert within $timeout s; log tail:" >&2; tail -n 40 "$work/echowatch.log" >&2; exit 1
  fi
  if [ -z "$ready" ] && curl -sf -o /dev/null "http://127.0.0.1:$mgmt_port/health/ready"; then
    ready=$(elapsed "$start" "$(now)")
  fi
  if curl -sf -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$password\"}" "http://127.0.0.1:$http_port/api/login"; then
    count=$(curl -sf -b "$work/cookies" "http://127.0.0.1:$http_port/api/alerts?limit=50" | jq '.alerts | length' 2>/dev/null || echo 0)
    if [ "${count:-0}" -gt 0 ]; then
      first=$(elapsed "$start" "$(now)")
    fi
  fi
  sleep 0.5
done
echo "first alert after ${first} s (ready after ${ready:-?} s; load average: $(cut -d" " -f1-3 /proc/loadavg))"

sleep "$settle"
alerts=$(curl -sf -b "$work/cookies" "http://127.0.0.1:$http_port/api/alerts?limit=500" | jq '.alerts | length')
rss=$(ps -o rss= -p "$pid" | tr -d ' ')
echo "after ${settle} s more: ${alerts} alerts, RSS $((rss / 1024)) MiB (ps -o rss, pid $pid)"

t0=$(now)
kill -TERM "$pid"
wait "$pid" || true
echo "clean stop took $(elapsed "$t0" "$(now)") s; stop sequence:"
grep -E 'stopping|stopped in' "$work/echowatch.log" | sed 's/^/  /'
