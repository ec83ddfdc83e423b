#!/usr/bin/env bash
# Benchmark of webhook-ingest: builds the service, starts an in-process Kafka, a fresh database on the local
# PostgreSQL and the service jar, then runs WebhookBench.java (fixed arrival rates, then bare limits) and prints
# a table. Not part of ./mvnw verify. Stops only the processes it started.
#
# Environment: JAVA_HOME (default temurin 25), PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/postgres),
# BENCH_PORT (18083; its actuator on BENCH_MANAGEMENT_PORT, 19083), RATES (500,1000,2000,3000,4000), SECONDS_PER_RATE (15), CONNECTIONS (64), DB_POOL_SIZE (16),
# WARMUP_SECONDS (20, full speed) and WARMUP_OPEN_SECONDS (90, at 1,000/s), MAX_SECONDS (10, each bare limit),
# SKIP_BUILD=1 to reuse the last build, SERVER_CPUS (e.g. "0" to pin the service to one core with taskset);
# the service's own settings pass through, e.g. WEBHOOK_WRITER_THREADS and WEBHOOK_WRITER_MAX_BATCH. The build
# also builds the modules webhook-ingest depends on (-am), so it works from a fresh clone; MAVEN_ARGS passes
# options to Maven (e.g. -Dmaven.repo.local=...).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/webhook-ingest"
MODULE="$ROOT/webhook-ingest"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
PORT=${BENCH_PORT:-18083}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19083}
DB=trustpay_webhook_bench
RATE_LIMIT=1000000   # per source IP; the generator is one IP, so the default 2,000/s would throttle it
WORK="$MODULE/target/bench"
mkdir -p "$WORK"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "Building webhook-ingest and the modules it depends on (tests skipped)..."
    # Every module of the reactor writes its own target/bench-classpath.txt; webhook-ingest's is the one used.
    (cd "$ROOT" && ./mvnw -B -q -pl webhook-ingest -am -DskipTests -Djacoco.skip=true package \
        dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt)
fi
JAR=$(ls "$MODULE"/target/webhook-ingest-*-exec.jar)
CLASSPATH_FILE="$MODULE/target/bench-classpath.txt"

# The bench probes are test classes (kept out of the service's jar): only they go on the jar's loader path.
PROBES="$WORK/probes"
rm -rf "$PROBES" && mkdir -p "$PROBES/com/trustpay/webhook/bench"
cp "$MODULE"/target/test-classes/com/trustpay/webhook/bench/BenchProbes*.class "$PROBES/com/trustpay/webhook/bench/"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
# The insert probe's table: the bench's own, outside the service's schema (Flyway manages public only).
psql -q -d $DB -c "CREATE SCHEMA bench" \
    -c "CREATE TABLE bench.probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body bytea NOT NULL)"

rm -f "$WORK/kafka.txt"
"$JAVA" -Xmx768m -cp "$MODULE/target/test-classes:$(cat "$CLASSPATH_FILE")" \
    com.trustpay.webhook.bench.StandaloneKafka "$WORK/kafka.txt" >"$WORK/kafka.log" 2>&1 &
KAFKA_PID=$!
PIDS+=($KAFKA_PID)
for _ in $(seq 120); do [[ -s "$WORK/kafka.txt" ]] && break; sleep 0.5; done
KAFKA=$(cat "$WORK/kafka.txt")
echo "Kafka at $KAFKA"

PIN=()
[[ -n "${SERVER_CPUS:-}" ]] && PIN=(taskset -c "$SERVER_CPUS")
# The sandbox profile: the webhook secrets are the sandbox's (WebhookBench signs with them).
SPRING_PROFILES_ACTIVE=sandbox SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT \
MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
KAFKA_BOOTSTRAP_SERVERS=$KAFKA DB_POOL_SIZE=${DB_POOL_SIZE:-16} \
WEBHOOK_RATE_LIMIT_PER_SECOND=$RATE_LIMIT WEBHOOK_RATE_LIMIT_BURST=$RATE_LIMIT \
    "${PIN[@]}" "$JAVA" -Xms512m -Xmx1g -XX:+UseParallelGC -Dloader.path="$PROBES" \
    -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher --webhook.bench-probes.enabled=true \
    --server.tomcat.max-keep-alive-requests=-1 --logging.level.root=WARN >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
PIDS+=($SERVICE_PID)
for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null || { echo "service did not start"; tail -50 "$WORK/service.log"; exit 1; }
echo "webhook-ingest up on $PORT (rate limit $RATE_LIMIT/s per IP, pool ${DB_POOL_SIZE:-16}, PostgreSQL synchronous_commit=$(psql -Atc 'show synchronous_commit'))"

"$JAVA" -Xmx2g "$HERE/WebhookBench.java" url="http://127.0.0.1:$PORT" management="http://127.0.0.1:$MANAGEMENT_PORT" rates="${RATES:-500,1000,2000,3000,4000}" \
    seconds="${SECONDS_PER_RATE:-15}" connections="${CONNECTIONS:-64}" out="$WORK/results.txt" \
    warmup="${WARMUP_SECONDS:-20}" warmup-open="${WARMUP_OPEN_SECONDS:-90}" max-seconds="${MAX_SECONDS:-10}" \
    service-pid=$SERVICE_PID kafka-pid=$KAFKA_PID db=$DB \
    fsync-file="$(dirname "$(psql -Atc 'SHOW data_directory')")/trustpay_bench_fsync_probe"

# Every ACCEPTED answer must be a committed row; the relay must have published every receipt.
for _ in $(seq 60); do
    [[ $(psql -d $DB -Atc "SELECT count(*) FROM outbox_message WHERE published_at IS NULL") == 0 ]] && break; sleep 1
done
echo "Rows: $(psql -d $DB -Atc "SELECT count(*) FROM webhook_receipt") receipts (warm-up included)," \
     "$(psql -d $DB -Atc "SELECT count(*) FROM outbox_message WHERE published_at IS NULL") outbox messages unpublished"
