#!/usr/bin/env bash
# Second start of several builds or JVM option sets, alternated in one run (docs/benchmarks.md "Start-up", sixth
# look): the JVM alone, without ./run's shell, from `java` to the first 200 from /login, polled every 50 ms, and the
# process's CPU time at that moment. Each variant is a folder prepared as ./run does (extracted jar, Spring AOT on,
# AOT cache trained up to onRefresh):
#   bench/start-variants.sh prepare <folder> <jar>             e.g. prepare /tmp/v/head target/anzuo-0.1.0-SNAPSHOT.jar
#   bench/start-variants.sh compare <rounds> <name>:<folder>[:<JVM option>,<JVM option>…] …
# The first compare seeds one data folder (a first start with the demo data) in /tmp/start-variants-seed and every
# start gets a fresh copy of it. JDK 25 (JAVA_HOME or the Temurin 25 under /usr/lib/jvm).
set -euo pipefail
JAVA=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}/bin/java
OPTS=(-XX:+UseSerialGC -Xms48m -Xmn24m -Xmx512m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -Xss512k
      -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true -XX:+UseCompactObjectHeaders)
PORT=${PORT:-18150}
SEED=/tmp/start-variants-seed

launch() { # <folder> [JVM options…]: in the current directory
  local dir=$1; shift
  exec "$JAVA" "${OPTS[@]}" -XX:AOTCache="$dir/anzuo.aot" "$@" -jar "$dir/anzuo.jar" \
      --server.port="$PORT" --anzuo.mqtt.port=$((PORT + 1))
}

case $1 in
  prepare)
    dir=$2; jar=$(readlink -f "$3")
    rm -rf "$dir"; "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" --force > /dev/null
    mv "$dir/$(basename "$jar")" "$dir/anzuo.jar"
    scratch=$(mktemp -d)
    (cd "$scratch" && "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$dir/anzuo.aot" -Dspring.context.exit=onRefresh \
        -jar "$dir/anzuo.jar" --server.port=0 --anzuo.mqtt.port=0 > "$dir/training.log" 2>&1)
    rm -rf "$scratch"; ls -l "$dir/anzuo.aot" ;;
  compare)
    rounds=$2; shift 2
    if [ ! -d "$SEED/data" ]; then
      first=${1#*:}; first=${first%%:*}
      mkdir -p "$SEED"; (cd "$SEED" && launch "$first" > seed.log 2>&1) & pid=$!
      until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.2; done
      sleep 5; kill $pid; wait $pid || true
    fi
    for round in $(seq 1 "$rounds"); do
      for variant in "$@"; do
        name=${variant%%:*}; rest=${variant#*:}; dir=${rest%%:*}; extra=""
        [ "$rest" != "$dir" ] && extra=${rest#*:}
        work=$(mktemp -d); cp -r "$SEED/data" "$work/"
        t0=$(date +%s.%N)
        # shellcheck disable=SC2086
        (cd "$work" && launch "$dir" ${extra//,/ } > "$work/log" 2>&1) & pid=$!
        until curl -fs -o /dev/null "http://localhost:$PORT/login"; do sleep 0.05; done
        t1=$(date +%s.%N); cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        printf '%s\t%.2f\tcpu %.2f\n' "$name" "$(echo "$t1 - $t0" | bc)" "$(echo "$cpu / $(getconf CLK_TCK)" | bc -l)"
        kill $pid; wait $pid 2>/dev/null || true; rm -rf "$work"
      done
    done ;;
  *) echo "usage: $0 prepare <folder> <jar> | compare <rounds> <name>:<folder>[:<options>] …" >&2; exit 2 ;;
esac
