#!/usr/bin/env bash
# The README's ./run in its Spring AOT mode (ADR 0096): it builds the jar with -Paot, trains the JVM's cache, starts
# the AOT-processed application on a fresh data folder and serves /login; and AotWiringGuard refuses a start whose
# settings differ from the build's (here a PostgreSQL URL), naming the switch. Loopback only; bounded by timeouts.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
port=${AOT_TEST_PORT:-18180}
dir=$here/target/aot-start-test
rm -rf "$dir"
mkdir -p "$dir/app" "$dir/refused"

(cd "$dir/app" && exec timeout --kill-after=10 600 "$here/run" --server.port=$port --anzuo.mqtt.port=$((port + 1)) \
  > "$dir/app.log" 2>&1) &
app=$!
for _ in $(seq 1 540); do
  curl -fs -o /dev/null "http://localhost:$port/login" && break
  kill -0 $app 2>/dev/null || { echo "FAIL: ./run stopped before serving /login"; tail -40 "$dir/app.log"; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "http://localhost:$port/login" || { echo "FAIL: no /login"; tail -40 "$dir/app.log"; exit 1; }
grep -q "Starting AOT-processed AnzuoApplication" "$dir/app.log" \
  || { echo "FAIL: ./run did not use the Spring AOT wiring"; exit 1; }
echo "ok: ./run served /login from the AOT-processed application"
pkill -f -- "--server.port=$port" || true
wait $app 2>/dev/null || true

set +e
(cd "$dir/refused" && ANZUO_DB_URL=jdbc:postgresql://localhost:5432/anzuo_aot_refused \
  timeout --kill-after=10 120 "$here/run" --server.port=$port --anzuo.mqtt.port=$((port + 1)) > "$dir/refused.log" 2>&1)
rc=$?
set -e
if [ $rc -eq 0 ] || [ $rc -eq 124 ] || ! grep -q "spring.datasource.url was (not PostgreSQL) at build time" "$dir/refused.log"; then
  echo "FAIL: a PostgreSQL start on the embedded default's AOT wiring was not refused (exit $rc)"; tail -40 "$dir/refused.log"
  exit 1
fi
echo "ok: AotWiringGuard refused a start with a PostgreSQL URL (exit $rc)"
