#!/usr/bin/env bash
# Start-up and first PDF (see docs/performance.md, "Start-up and the first PDF"): from `java -jar` to the first 200
# of GET / on a new data directory with the demonstration data, then RUNS times on that existing directory; the same
# with the jar extracted and a shared class archive (docs/deployment.md); README's `./mvnw spring-boot:run` on that
# directory (from the command typed, Maven's up-to-date checks included); then a report published and, after a fresh
# start, the time of its first PDF and of the next ones.
#
#   bench/startup-benchmark.sh [RUNS=5]
#
# Environment: JAVA_HOME, JAR (target/kuzet.jar, built by `./mvnw -q -B -DskipTests package`), PORT (8096).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-8096}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=${JAR:-target/kuzet.jar}
DIR=$(mktemp -d)
LOG=$DIR/server.log
SERVER=
trap '[[ -n $SERVER ]] && kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT

# starts Kuzet and waits for its first 200; SECONDS_TO_SERVE says how long that took
start() {
    local t0 t1
    t0=$(date +%s.%N)
    KUZET_DATA_DIR=$DIR/data "$JAVA" ${JVM_OPTIONS:-} -jar "$RUN_JAR" --server.port="$PORT" "$@" > "$LOG" 2>&1 &
    SERVER=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        kill -0 $SERVER 2>/dev/null || { tail -20 "$LOG"; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s.%N)
    SECONDS_TO_SERVE=$(echo "$t1 - $t0" | bc)
}

stop() {
    kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
RUN_JAR=$JAR
start --kuzet.demo=true
echo "new data directory with --kuzet.demo=true: $SECONDS_TO_SERVE s"
stop
for run in $(seq 1 "$RUNS"); do
    start
    echo "existing data directory, run $run: $SECONDS_TO_SERVE s"
    stop
done

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" > /dev/null
RUN_JAR=$DIR/app/$(basename "$JAR")
JVM_OPTIONS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$DIR/app/kuzet.jsa"
start
echo "extracted, first start (writes the class archive at exit): $SECONDS_TO_SERVE s"
stop
for run in $(seq 1 "$RUNS"); do
    start
    echo "extracted with the class archive, run $run: $SECONDS_TO_SERVE s"
    stop
done
JVM_OPTIONS=
RUN_JAR=$JAR

# README's first command, on the same data directory: Maven checks the build is current, then forks the application
for run in $(seq 1 "$RUNS"); do
    t0=$(date +%s.%N)
    KUZET_DATA_DIR=$DIR/data ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=--server.port="$PORT" > "$LOG" 2>&1 &
    SERVER=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        kill -0 $SERVER 2>/dev/null || { tail -20 "$LOG"; exit 1; }
        sleep 0.05
    done
    elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
    until grep -q 'process running for' "$LOG"; do sleep 0.05; done
    echo "./mvnw spring-boot:run, run $run: $elapsed s" \
        "(the application's own: $(grep -o 'process running for [0-9.]*' "$LOG" | cut -d' ' -f4) s)"
    pkill -P $SERVER -f 'spring-boot' 2>/dev/null || true
    pkill -f "server.port=$PORT" 2>/dev/null || true
    wait $SERVER 2>/dev/null || true; SERVER=
    while curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
done

KUZET_DATA_DIR=$DIR/data KUZET_PASSWORD='bench password 123' "$JAVA" -jar "$JAR" create-user bench-editor editor \
    > /dev/null 2>&1
# an editor's script signs with a token (a password alone opens the API only to roles without a second factor)
TOKEN=$(KUZET_DATA_DIR=$DIR/data "$JAVA" -jar "$JAR" token-create bench-editor startup-bench 2>/dev/null \
    | grep -o 'kuzet_[A-Za-z0-9_-]*' | head -1)
start
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
    -X POST "http://127.0.0.1:$PORT/api/v1/reports/2024-03/publish"
stop
start
echo "after a start ($SECONDS_TO_SERVE s), published report 2024-03:"
sleep 2   # the time a first visitor takes to find the link; the PDF renderer warms meanwhile
for lang in ru ru kk en; do
    curl -s -o /dev/null -w "  PDF in $lang: %{http_code} in %{time_total} s\n" \
        "http://127.0.0.1:$PORT/api/v1/reports/2024-03.pdf?lang=$lang"
done
stop
