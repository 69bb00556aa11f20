#!/usr/bin/env bash
# Start-up and memory of the embedded default (issue 16 item 1): time from launching the JVM to the first 200 from
# /login, on a fresh data folder (first start: migrations and demo seeding) and on the same folder again (second
# start), and the resident set size after a minute idle. Usage:
#   bench/startup.sh <label> <repeats> [java options…]      e.g. bench/startup.sh default 3
# Needs target/anzuo-*.jar (./mvnw -Dmaven.test.skip package). ANZUO_LAUNCH overrides how the app is launched
# (default: java <options> -jar <jar>). Prints one line per start: label, start, seconds, RSS MB after idle.
set -euo pipefail
cd "$(dirname "$0")/.."
label=$1; repeats=$2; shift 2
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls "$PWD"/target/anzuo-*.jar | head -1)
PORT=${PORT:-18080}
IDLE=${IDLE:-60}
APP_ARGS="--server.port=$PORT --anzuo.mqtt.port=$((PORT + 1))"
launch() { # in the data folder's parent; JVM options as arguments
  if [ -n "${ANZUO_LAUNCH:-}" ]; then eval "$ANZUO_LAUNCH"; else "$JAVA" "$@" -jar "$JAR" $APP_ARGS; fi
}
for run in $(seq 1 "$repeats"); do
  work=$(mktemp -d /tmp/anzuo-start.XXXX)
  for start in first second; do
    (cd "$work" && launch "$@" > "$work/$start.log" 2>&1) &
    t0=$(date +%s.%N)
    until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
      sleep 0.1
      if ! kill -0 $! 2>/dev/null; then echo "crashed: $work/$start.log" >&2; exit 1; fi
    done
    t1=$(date +%s.%N)
    pid=$(pgrep -f -- "--server.port=$PORT" | head -1)
    rss=""
    if [ "$start" = second ] && [ "$IDLE" -gt 0 ]; then
      sleep "$IDLE"; rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
    fi
    printf '%s\t%s\t%.1f\t%s\n' "$label" "$start" "$(echo "$t1 - $t0" | bc)" "$rss"
    kill "$pid"; wait 2>/dev/null || true
  done
  [ -n "${KEEP:-}" ] && echo "logs: $work" >&2 || rm -rf "$work"
done
