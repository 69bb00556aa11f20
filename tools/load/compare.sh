#!/usr/bin/env bash
# Side-by-side load comparison of two builds of the app (docs/benchmarks.md "Load"): for each round and each jar, a
# fresh app on the embedded default with the demo data, a 20 s warm-up, then the browsing simulation at 100 and 200
# users; prints Gatling's percentiles and the app's CPU per answered page (user + system time from /proc).
#   tools/load/compare.sh <before.jar> <after.jar> [rounds]
# Needs the simulations compiled (./mvnw -Pload test-compile) and their class path written once:
#   ./mvnw -Pload dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
# SIM=PermitSubmissionSimulation LOADS="50" compares submission at 50/s instead; OPTS_BEFORE / OPTS_AFTER add JVM
# options to each side (the same jar twice with -XX:+UseG1GC and -XX:+UseZGC compares collectors). JAVA_HOME: JDK 21+.
# DB_BEFORE / DB_AFTER: an H2 file for each side (path without .mv.db; two copies of the bulk generator's file) instead
# of fresh demo data, and PEOPLE the simulation's people there (export the generator's ANZUO_CRYPTO_KEY as well):
#   PEOPLE="-Dload.leader=bulk-001-leader -Dload.approver=bulk-001-approver -Dload.officer=bulk-001-approver \
#           -Dload.site=S1 -Danzuo.password=bulk-password"
# WARM / WARM_SECONDS: the warm-up before the measured runs (default 50 users, or 20 submissions/s, for 20 s); the JIT
# needs about a minute at 100 users: WARM=100 WARM_SECONDS=60 LOADS="200 200" measures the steady state at 200 users.
# APP_ARGS: more arguments for both apps; a bulk file written by an older build needs
#   APP_ARGS="--spring.flyway.out-of-order=true --spring.flyway.validate-on-migrate=false"
set -euo pipefail
cd "$(dirname "$0")/../.."
before=$1; after=$2; rounds=${3:-2}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
sim=${SIM:-BrowsingSimulation}; loads=${LOADS:-"100 200"}
warm=${WARM:-50}; [ "$sim" = PermitSubmissionSimulation ] && warm=${WARM:-20}
work=$(mktemp -d)

stop_app() { pkill -f "server.port=18080" || true; while pgrep -f "server.port=18080" >/dev/null; do sleep 1; done; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(pgrep -f 'server.port=18080' | head -1)/stat"; }
gatling() { # <simulation> <load> <seconds>
  local knob=-Dload.users=$2; [ "$1" = PermitSubmissionSimulation ] && knob=-Dload.rate=$2
  "$java" -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -cp "target/test-classes:$(cat cp.txt)" \
      -Danzuo.url=http://localhost:18080 "$knob" -Dload.seconds="$3" ${PEOPLE:-} io.gatling.app.Gatling -s "cn.anzuo.load.$1" \
      -rf "$work/gatling" 2>&1 | sed -n '/Global Information/,$p' || true # a missed assertion is a result here
}
trap stop_app EXIT
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    if [ $side = before ]; then jar=$before; opts=${OPTS_BEFORE:-}; db=${DB_BEFORE:-}
    else jar=$after; opts=${OPTS_AFTER:-}; db=${DB_AFTER:-}; fi
    stop_app; rm -rf "$work/data"
    if [ -n "$db" ]; then
      export ANZUO_DB_URL="jdbc:h2:file:$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=131072"
    else
      unset ANZUO_DB_URL
    fi
    # shellcheck disable=SC2086
    (cd "$work" && "$java" $opts -jar "$jar" --server.port=18080 --anzuo.mqtt.port=18081 ${APP_ARGS:-} \
        > "$work/app.log" 2>&1 &)
    until curl -fs -o /dev/null http://localhost:18080/login; do
      sleep 1
      if ! pgrep -f "server.port=18080" > /dev/null; then
        echo "the $side app did not start:"; grep -m1 -A1 "APPLICATION FAILED\|Application run failed" "$work/app.log" || true
        grep "Caused by" "$work/app.log" | tail -1 || true; exit 1
      fi
    done
    sleep 15
    echo "== $side: $(basename "$jar") $opts, round $round (load average $(cut -d' ' -f1 /proc/loadavg))"
    gatling "$sim" "$warm" "${WARM_SECONDS:-20}" > /dev/null
    for load in $loads; do
      t0=$(cpu_ticks); out=$(gatling "$sim" "$load" 60); t1=$(cpu_ticks)
      ok=$(echo "$out" | awk -F'|' '/request count/ {gsub(/[ ,]/, "", $3); print $3}')
      echo "$out" | grep -E '50th|95th|99th' | sed "s/^/  $load: /; s/  */ /g"
      echo "  $load: OK $ok, app CPU $(echo "scale=2; ($t1 - $t0) * 1000 / $(getconf CLK_TCK) / $ok" | bc) ms each"
    done
  done
done
