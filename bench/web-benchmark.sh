#!/usr/bin/env bash
# The web benchmark (issue 5, item 5): server time per page at p50/p95 with N incidents, and the throughput of the
# public incident list with 50 concurrent clients (wrk). Loopback only; every step is bounded. See docs/performance.md.
#
#   bench/web-benchmark.sh [INCIDENTS=100000] [REQUESTS_PER_PAGE=200] [WRK_SECONDS=30]
#
# Environment: DATA_DIR (target/web-bench), PORT (8089), JAVA_HOME, JAR (target/kuzet.jar), SKIP_BUILD=1 to reuse
# the built jar and classes, SKIP_LOAD=1 when DATA_DIR already holds the data, SKIP_PAGES=1 for wrk only,
# PAGES="list list-q ..." to time only some pages (names as in url() below), WRK_WARMUP (10) seconds of unmeasured
# load before each wrk run.
# Needs curl and wrk (Debian: apt-get install -y wrk). The data dir is kept, so a second run skips the load.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
REQS=${2:-200}
WRK_SECONDS=${3:-30}
WRK_WARMUP=${WRK_WARMUP:-10}
DATA_DIR=${DATA_DIR:-target/web-bench}
PORT=${PORT:-8089}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=${JAR:-target/kuzet.jar}
BASE=http://127.0.0.1:$PORT
OUT=${OUT:-target/web-bench-results}
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    ./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi

if [[ "${SKIP_LOAD:-}" != 1 ]]; then
    echo "== data: $N incidents in $DATA_DIR (generated and COPY-loaded once, then reused)"
    timeout 1800 "$JAVA" -Xmx2g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
        org.kuzet.bench.WebBenchData "$N" "$DATA_DIR" > "$OUT/load.log" 2>&1 || { tail -20 "$OUT/load.log"; exit 1; }
    grep -E "^(load|index|reusing|published_at)" "$OUT/load.log" || true
fi

echo "== staff account"
KUZET_PASSWORD=bench-password-123 timeout 300 "$JAVA" -jar "$JAR" create-user bench editor \
    --kuzet.db.data-dir="$DATA_DIR" > "$OUT/user.log" 2>&1 || grep -qi exist "$OUT/user.log" || true

# the benchmark's editor signs in with a password only: no role requires a second factor here
echo "== start Kuzet on $BASE (API rate limit raised for the benchmark)"
"$JAVA" -Xmx1g -jar "$JAR" --kuzet.db.data-dir="$DATA_DIR" --server.port="$PORT" \
    --server.address=127.0.0.1 --kuzet.two-factor.required-roles= \
    --kuzet.rate-limit.api.capacity=1000000 --kuzet.rate-limit.api.per-minute=1000000 > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$BASE/" && break
    kill -0 $SERVER 2>/dev/null || { tail -30 "$OUT/server.log"; exit 1; }
    sleep 1
done

# the staff session: the login form with its CSRF token
COOKIES=$OUT/cookies.txt
rm -f "$COOKIES"
CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -1)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=bench" \
    --data-urlencode "password=bench-password-123" --data-urlencode "_csrf=$CSRF" "$BASE/login"

# published incident ids and the inputs that vary from request to request
IDS=($(curl -s "$BASE/incidents?page=3" "$BASE/incidents?page=40" "$BASE/incidents?page=400" \
    | grep -o 'href="/incidents/[0-9]*"' | grep -o '[0-9]*' | sort -u))
REGIONS=(kz-almaty kz-astana kz-shymkent kz-almaty-region kz-karaganda-region kz-abai-region kz-aktobe-region
    kz-atyrau-region kz-west-kazakhstan-region kz-pavlodar-region kz-kostanay-region kz-turkistan-region)
GROUP_CODES=(rights_violations access_to_information legal_claims)
NAMES=(Niyazov Tokpanov Saparov Kasymov Ospanov Ibrayev Omarov Tsoi Sadykov Muratov Bazhkenov Zhumabayev)
# отказ, иск, угрозы, journalist, lawsuit, блокировка (percent-encoded: curl sends the path as given)
WORDS=(%D0%BE%D1%82%D0%BA%D0%B0%D0%B7 %D0%B8%D1%81%D0%BA %D1%83%D0%B3%D1%80%D0%BE%D0%B7%D1%8B journalist lawsuit
    %D0%B1%D0%BB%D0%BE%D0%BA%D0%B8%D1%80%D0%BE%D0%B2%D0%BA%D0%B0)

url() { # page kind, request number -> a path
    local r=$2
    case $1 in
        home) echo "/" ;;
        list) echo "/incidents" ;;
        list-q) echo "/incidents?q=${NAMES[r % ${#NAMES[@]}]}" ;;
        list-region) echo "/incidents?region=${REGIONS[r % ${#REGIONS[@]}]}" ;;
        list-group) echo "/incidents?group=${GROUP_CODES[r % 3]}" ;;
        list-month) echo "/incidents?month=$((2015 + r % 11))-$(printf %02d $((1 + r % 12)))" ;;
        list-page50) echo "/incidents?page=50" ;;
        list-year) echo "/incidents?year=$((2015 + r % 11))" ;;
        list-range) echo "/incidents?from=$((2015 + r % 10))-$(printf %02d $((1 + r % 12)))-01&to=$((2016 + r % 10))-06-30" ;;
        list-regions) echo "/incidents?region=${REGIONS[r % ${#REGIONS[@]}]}&region=${REGIONS[(r + 5) % ${#REGIONS[@]}]}&year=$((2015 + r % 11))" ;;
        list-kazakh) echo "/incidents?q=${NAMES[r % ${#NAMES[@]}]}%D1%82%D1%8B%D2%A3" ;;
        charts-filtered) echo "/charts?region=${REGIONS[r % ${#REGIONS[@]}]}&group=${GROUP_CODES[r % 3]}" ;;
        charts-data-filtered) echo "/charts/data.json?year=$((2015 + r % 11))&region=${REGIONS[r % ${#REGIONS[@]}]}" ;;
        charts-csv) echo "/charts/months.csv?region=${REGIONS[r % ${#REGIONS[@]}]}" ;;
        map) echo "/map" ;;
        map-filtered) echo "/map?year=$((2015 + r % 11))&group=${GROUP_CODES[r % 3]}" ;;
        embed-count) echo "/embed/count?region=${REGIONS[r % ${#REGIONS[@]}]}&lang=ru" ;;
        embed-latest) echo "/embed/latest?year=$((2015 + r % 11))&n=10" ;;
        embed-chart) echo "/embed/chart/categories?region=${REGIONS[r % ${#REGIONS[@]}]}&lang=kk" ;;
        incident) echo "/incidents/${IDS[r % ${#IDS[@]}]}" ;;
        actor) echo "/actors/$((1 + (r * 37) % 800))" ;;
        charts) echo "/charts" ;;
        charts-data) echo "/charts/data.json" ;;
        csv-region) echo "/incidents.csv?region=${REGIONS[r % ${#REGIONS[@]}]}" ;;
        feed) echo "/feed.atom" ;;
        reports) echo "/reports" ;;
        api-incidents) echo "/api/v1/incidents?place=${REGIONS[r % ${#REGIONS[@]}]}&page=$((r % 5))" ;;
        api-search) echo "/api/v1/search?q=${WORDS[r % ${#WORDS[@]}]}" ;;
        staff) echo "/staff" ;;
        staff-incidents) echo "/staff/incidents?state=$([[ $((r % 2)) == 0 ]] && echo in_review || echo draft)" ;;
        staff-incident) echo "/staff/incidents/${IDS[r % ${#IDS[@]}]}" ;;
        staff-actor) echo "/staff/actors/$((1 + (r * 37) % 800))" ;;
        list-word) echo "/incidents?q=${WORDS[r % ${#WORDS[@]}]}" ;;
    esac
}

# CPU seconds used so far by the Kuzet JVM and its PostgreSQL (postmaster and backends): on a shared machine the
# wall clock says little, the CPU per request says what a request costs and so what two free cores would serve.
cpu_seconds() {
    local dir pids=" $SERVER " pid
    dir=$(readlink -f "$DATA_DIR")
    for pid in /proc/[0-9]*; do
        { tr '\0' ' ' < "$pid/cmdline"; } 2>/dev/null | grep -q "postgres.*$dir" && pids+="${pid#/proc/} "
    done
    # processes end while we read: cat's complaint must not end the script (set -e, pipefail)
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pids="$pids" '{
        # after the command in parentheses: state, ppid, ..., utime (12th), stime (13th)
        split(substr($0, match($0, /\) [A-Za-z] /) + 2), g, " ")
        if (index(pids, " " $1 " ") || index(pids, " " g[2] " ")) t += g[12] + g[13]
    } END { printf "%.2f", t / 100 }'
}

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR+0.999999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }

if [[ "${SKIP_PAGES:-}" != 1 ]]; then
echo "== server time per page: $REQS requests each, one at a time (time to first byte; total for the CSV)"
printf "%-16s %6s %9s %9s %9s %10s\n" page status p50_ms p95_ms max_ms bytes | tee "$OUT/pages.txt"
for page in ${PAGES:-home list list-q list-region list-group list-month list-page50 list-word list-year list-range \
        list-regions list-kazakh incident actor charts charts-data charts-filtered charts-data-filtered charts-csv map map-filtered embed-count embed-latest embed-chart csv-region feed reports api-incidents api-search staff staff-incidents staff-incident staff-actor}; do
    : > "$OUT/$page.times"
    for r in $(seq 1 5); do curl -s -o /dev/null -b "$COOKIES" "$BASE$(url $page $r)"; done   # warm-up
    for r in $(seq 1 "$REQS"); do
        curl -s -o /dev/null -b "$COOKIES" --max-time 30 -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
            "$BASE$(url $page $r)" >> "$OUT/$page.times"
    done
    field=2; [[ $page == csv-region ]] && field=3
    status=$(awk '{print $1}' "$OUT/$page.times" | sort | uniq -c | sort -rn | awk '{printf "%s%s", sep, $2; sep="/"}')
    printf "%-16s %6s %9s %9s %9s %10s\n" "$page" "$status" \
        "$(awk -v f=$field '{print $f}' "$OUT/$page.times" | pct 50)" \
        "$(awk -v f=$field '{print $f}' "$OUT/$page.times" | pct 95)" \
        "$(awk -v f=$field '{print $f}' "$OUT/$page.times" | pct 100)" \
        "$(awk '{s+=$4} END {printf "%d", s/NR}' "$OUT/$page.times")" | tee -a "$OUT/pages.txt"
done

fi

echo "== throughput: wrk -t2 -c50 -d${WRK_SECONDS}s"
for path in "/incidents" "/incidents?region=kz-almaty-region"; do
    echo "-- $path"
    # a fresh JVM compiles its hot code during the first seconds of load: warm up first, so that the measured run
    # shows the steady state (the warm-up's numbers are not reported)
    timeout $((WRK_WARMUP + 30)) wrk -t2 -c50 -d"${WRK_WARMUP}s" "$BASE$path" > /dev/null
    before=$(cpu_seconds)
    timeout $((WRK_SECONDS + 30)) wrk -t2 -c50 -d"${WRK_SECONDS}s" --latency "$BASE$path" | tee "$OUT/wrk-$(echo "$path" | tr -c 'a-z0-9' '_').txt" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
    after=$(cpu_seconds)
    total=$(grep -oE "^ +[0-9]+ requests" "$OUT/wrk-$(echo "$path" | tr -c 'a-z0-9' '_').txt" | grep -oE "[0-9]+")
    awk -v a="$after" -v b="$before" -v n="$total" 'BEGIN { ms = (a - b) * 1000 / n;
        printf "    CPU (JVM + PostgreSQL) per request: %.2f ms => %.0f requests/s on 2 free cores\n", ms, 2000 / ms }'
done
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
