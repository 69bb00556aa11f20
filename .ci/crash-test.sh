#!/usr/bin/env bash
# Crash safety: concurrent writes, kill -9, restart on the same data, every acknowledged write must be
# there once (see .ci/CrashTest.java). Usage:
#   .ci/crash-test.sh h2          # the embedded default (H2 file in target/crash-test/h2/data)
#   .ci/crash-test.sh postgres    # needs ANZUO_DB_URL, ANZUO_DB_USERNAME, ANZUO_DB_PASSWORD (an empty database)
# Uses the jar in target/ (built once with `./mvnw -B -ntp package -DskipTests`). Loopback only; stops
# by itself (bounded loops, and `timeout` as a last resort).
set -euo pipefail
cd "$(dirname "$0")/.."

db=${1:-h2}
jar=target/anzuo-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ]; then
  ./mvnw -B -ntp package -DskipTests
fi
dir=target/crash-test/$db
rm -rf "$dir"
mkdir -p "$dir"
limit=${CRASH_TEST_TIMEOUT:-420}

case "$db" in
  h2)
    timeout --kill-after=10 "$limit" java .ci/CrashTest.java --jar="$jar" --dir="$dir" --rounds=2
    ;;
  postgres)
    : "${ANZUO_DB_URL:?set ANZUO_DB_URL to an empty PostgreSQL database}"
    SPRING_PROFILES_ACTIVE=postgres \
    ANZUO_ADMIN_USERNAME=crash-admin ANZUO_ADMIN_PASSWORD=crash-admin-password \
    ANZUO_CRYPTO_KEY="${ANZUO_CRYPTO_KEY:-$(head -c 32 /dev/urandom | base64)}" \
    ANZUO_TOKEN_SECRET="${ANZUO_TOKEN_SECRET:-$(head -c 32 /dev/urandom | base64)}" \
      timeout --kill-after=10 "$limit" java .ci/CrashTest.java --jar="$jar" --dir="$dir" --rounds=2 \
        --user=crash-admin --password=crash-admin-password
    ;;
  *)
    echo "usage: $0 h2|postgres" >&2
    exit 2
    ;;
esac
