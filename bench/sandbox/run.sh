#!/usr/bin/env bash
# Benchmark of the sandbox: builds it (with the modules it depends on, so it works from a fresh clone), starts its
# jar on its own port, runs SandboxBench.java against it and stops it. Not part of ./mvnw verify. Stops only the
# process it started.
#
# Environment: JAVA_HOME (default temurin 25), BENCH_PORT (18089), BENCH_SECONDS (20), CLIENTS (32), SKIP_BUILD=1 to
# reuse the last build; MAVEN_ARGS passes options to Maven (e.g. -Dmaven.repo.local=...).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${BENCH_PORT:-18089}
WORK="$ROOT/sandbox/target/bench"
mkdir -p "$WORK"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "Building the sandbox (tests skipped)..."
    (cd "$ROOT" && ./mvnw -B -q -pl sandbox -am -DskipTests -Djacoco.skip=true package)
fi
JAR=$(ls "$ROOT"/sandbox/target/sandbox-*-exec.jar)

SERVICE_PID=
cleanup() { [[ -n "$SERVICE_PID" ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true; }
trap cleanup EXIT

SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT "$JAVA" -jar "$JAR" --logging.level.root=WARN >"$WORK/sandbox.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$PORT/sandbox/faults" >/dev/null 2>&1 && break; sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/sandbox/faults" >/dev/null || { echo "sandbox did not start"; tail -50 "$WORK/sandbox.log"; exit 1; }
echo "sandbox up on $PORT"

"$JAVA" "$ROOT/bench/sandbox/SandboxBench.java" "http://127.0.0.1:$PORT" "${BENCH_SECONDS:-20}" "${CLIENTS:-32}"
