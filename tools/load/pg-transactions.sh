#!/usr/bin/env bash
# Transactions and WAL syncs per submission on PostgreSQL, two builds side by side (docs/benchmarks.md, "Seventh
# look"): for each run a fresh demo database, the app on it, 30 s of submission at RATE/s (default 10), then
# pg_stat_database.xact_commit over the run and pg_stat_wal. Needs the local cluster, a role anzuo/anzuo allowed to
# create databases through `su postgres`, and the simulations compiled with their class path (see compare.sh).
#   tools/load/pg-transactions.sh <before.jar> <after.jar> [rounds]
# SIM=BrowsingSimulation USERS=20 counts the same for the browsing pages ("Ninth look") instead of submission.
set -uo pipefail
cd "$(dirname "$0")/../.."
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d); key=$(head -c 32 /dev/urandom | base64)
for round in $(seq 1 "${3:-2}"); do
  for jar in "$1" "$2"; do
    su postgres -c "psql -q -c 'drop database if exists anzuo_side' -c 'create database anzuo_side owner anzuo'" 2>/dev/null
    (cd "$work" && ANZUO_DB_URL="jdbc:postgresql://localhost:5432/anzuo_side" ANZUO_DB_USERNAME=anzuo \
        ANZUO_DB_PASSWORD=anzuo ANZUO_CRYPTO_KEY=$key "$java" -jar "$jar" --spring.profiles.active=postgres \
        --anzuo.demo.enabled=true --anzuo.demo.simulator.enabled=false --server.port=18080 --anzuo.mqtt.port=18081 \
        > "$work/app.log" 2>&1 &)
    until curl -fs -o /dev/null http://localhost:18080/login; do sleep 1; done; sleep 10
    su postgres -c "psql -q -c \"select pg_stat_reset_shared('wal')\"" > /dev/null
    count="select xact_commit from pg_stat_database where datname = 'anzuo_side'"
    s0=$(su postgres -c "psql -tAc \"$count\"")
    out=$("$java" -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp "target/test-classes:$(cat cp.txt)" \
        -Danzuo.url=http://localhost:18080 -Dload.rate="${RATE:-10}" -Dload.users="${USERS:-20}" -Dload.seconds=30 \
        io.gatling.app.Gatling -s "cn.anzuo.load.${SIM:-PermitSubmissionSimulation}" -rf "$work/gatling" 2>&1 \
        | sed -n '/Global Information/,$p' | awk -F'|' '/request count|50th|95th|99th/ {gsub(/[ ,]/,"",$3); printf "%s ", $3}')
    sleep 3
    s1=$(su postgres -c "psql -tAc \"$count\"")
    wal=$(su postgres -c "psql -tAc 'select wal_records, wal_sync from pg_stat_wal'")
    ok=${out%% *}
    echo "$(basename "$jar") round $round: OK/p50/p95/p99 $out| transactions $((s1 - s0)) ($(awk "BEGIN {printf \"%.2f\", $((s1 - s0)) / $ok}") per OK) | WAL records|syncs $wal"
    pkill -f 'server.port=18080'; while pgrep -f 'server.port=18080' > /dev/null; do sleep 1; done
  done
done
