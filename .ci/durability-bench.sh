#!/usr/bin/env bash
# What durable commits cost on the embedded default: the same write load (POST /api/v1/sites over
# loopback, 4 concurrent clients) against H2 with its old default WRITE_DELAY=500 and with the
# shipped WRITE_DELAY=0, each on a fresh database; a warm-up batch, then REPEATS batches of WRITES
# writes; min / median / max writes per second. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/anzuo-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -B -ntp package -DskipTests
dir=target/durability-bench
rm -rf "$dir"
mkdir -p "$dir"
base='MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE'
timeout --kill-after=10 900 java .ci/CrashTest.java --bench --jar="$jar" --dir="$dir" \
  --repeats="${REPEATS:-5}" --writes="${WRITES:-400}" --threads=4 \
  --url="jdbc:h2:file:./delay-500/anzuo;$base;WRITE_DELAY=500" \
  --url="jdbc:h2:file:./delay-0/anzuo;$base;WRITE_DELAY=0"

# The same question without HTTP: single-row commits on H2 alone, alternating the two settings.
h2=$(jar tf "$jar" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')
(cd "$dir" && jar xf "../../$jar" "$h2")
java -cp "$dir/$h2" .ci/CommitBench.java "$dir/commits" "${COMMITS:-5000}" "${REPEATS:-5}"
