#!/usr/bin/env bash
# Start-time benchmark of the portal (issue 2 targets: first embedded start under a minute; production jar ~10 s).
#
#   bench/start-time.sh            # builds the jar if missing, then measures the three ways to start it
#
# Each start gets an empty H2 data folder (the first start: Flyway migrates, reference data loads, demo accounts are
# created) and is timed from `java` to the first HTTP 200 of /login, plus Spring's own "Started Application in".
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18080}"
jar=$(ls target/consumption-aid-portal-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -B -q -DskipTests package
    jar=$(ls target/consumption-aid-portal-*.jar | head -1)
fi
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

measure() { # label, then the java arguments
    local label=$1; shift
    rm -rf "$work/data"
    local start end pid
    start=$(date +%s%N)
    PORT=$PORT PORTAL_DATA_DIR="$work/data" "$JAVA" "$@" >"$work/app.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
        sleep 0.1
    done
    end=$(date +%s%N)
    printf '%-34s login page after %5.1f s   (%s)\n' "$label" "$(echo "($end - $start) / 1000000000" | bc -l)" \
        "$(grep -oE 'Started Application in [0-9.]+ seconds' "$work/app.log" || echo 'did not start')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted="$work/extracted/$(basename "$jar")"
(cd "$work" && PORTAL_DATA_DIR="$work/training" "$JAVA" -XX:AOTCacheOutput="$work/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$extracted" >"$work/training.log" 2>&1)

echo "$(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
measure "fat jar (java -jar)" -jar "$jar"
measure "extracted jar" -jar "$extracted"
measure "extracted jar + AOT cache (Docker)" -XX:AOTCache="$work/app.aot" -jar "$extracted"
