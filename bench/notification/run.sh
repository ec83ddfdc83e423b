#!/usr/bin/env bash
# Benchmark of notification-service: builds it (and what it depends on) with its test classes, then runs
# com.trustpay.notification.bench.NotificationBench (a test class, never in the service's jar) in one JVM with the
# service, real PostgreSQL (TEST_PG_URL, else embedded) and an in-process Kafka (TEST_KAFKA_BOOTSTRAP, else
# in-process). Prints (1) events -> notifications per second, (2) committed -> delivered on open streams at a fixed
# rate, (3) memory with many open streams. The service runs as its own process from its exec jar (SERVICE_JAR, by
# default the one built here; SERVICE_XMX its heap, 256m), so its RSS is its own; SERVICE_JAR= (empty) runs it inside
# the bench's JVM instead. Not part of ./mvnw verify.
#
# Arguments (all optional): EVENTS (20000) RATE (200) SECONDS (15) STREAMS (5000). SKIP_BUILD=1 reuses the last
# build; MAVEN_ARGS passes options to Maven (e.g. -Dmaven.repo.local=...).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MODULE="$ROOT/notification-service"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export TEST_PG_URL=${TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "Building notification-service and the modules it depends on (tests skipped)..."
    (cd "$ROOT" && ./mvnw -B -q -pl notification-service -am -DskipTests -Djacoco.skip=true package \
        dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt)
fi
export SERVICE_JAR=${SERVICE_JAR-$(ls "$MODULE"/target/notification-service-*-exec.jar)}
cd "$ROOT"
CP="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench-classpath.txt")"
# 5,000 streams need 5,000 sockets for the clients and as many for the server, in this one process.
ulimit -n 65536 2>/dev/null || true
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" com.trustpay.notification.bench.NotificationBench "$@"
