#!/usr/bin/env bash
# Starts or stops a throw-away Mosquitto on 127.0.0.1:1884 for the external-broker test (no systemd).
#   .ci/mosquitto.sh start   → users anzuo/anzuo (the Anzuo nodes) and gateway/gateway (the publishing test)
#   .ci/mosquitto.sh stop
set -euo pipefail
cd "$(dirname "$0")"
dir=/tmp/anzuo-mosquitto
case "${1:-}" in
  start)
    mkdir -p "$dir"
    rm -f "$dir/passwd"
    mosquitto_passwd -b -c "$dir/passwd" anzuo anzuo
    mosquitto_passwd -b "$dir/passwd" gateway gateway
    chmod 0700 "$dir"; chmod 0600 "$dir/passwd"
    chown -R mosquitto "$dir" 2>/dev/null || true
    mosquitto -c "$PWD/mosquitto/mosquitto.conf" >"$dir/log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/1884) 2>/dev/null && exit 0; sleep 0.1; done
    echo "Mosquitto did not start:" >&2; cat "$dir/log" >&2; exit 1 ;;
  stop)
    [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid" ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
