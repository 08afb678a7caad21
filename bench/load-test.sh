#!/usr/bin/env bash
# The load test of issue 8 (not part of the normal test suite): Kuzet on a random loopback port with a throw-away
# database, CLIENTS concurrent clients (default 50) mixing reads and writes for SECONDS seconds (default 60), then
# every acknowledged write is checked in the database. Prints requests, req/s, latency percentiles, errors, writes
# verified and the load average. Exit code 1 on any error or lost write.
#   bench/load-test.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/load-test.classpath \
    -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/load-test.classpath)" \
    org.kuzet.reliability.LoopbackLoad "${1:-50}" "${2:-60}"
