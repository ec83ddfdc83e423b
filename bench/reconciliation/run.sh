#!/usr/bin/env bash
# Reconciles 1,000,000 escrows (both sides each) with 0.1 % injected mismatches in reconciliation-service's matching
# engine and prints the time and heap. Usage: bench/reconciliation/run.sh [escrows] [rounds]; SKIP_BUILD=1 reuses
# the last build; MAVEN_ARGS passes options to Maven; BENCH_HEAP sets -Xmx (default 4g).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MAVEN_ARGS:-} -pl reconciliation-service -am install -DskipTests -Dspotless.check.skip=true \
    -Djacoco.skip=true
fi
module=reconciliation-service/target
exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-4g}" -XX:+UseParallelGC -cp "$module/classes:$module/test-classes" \
  com.trustpay.reconciliation.bench.EngineBench "${1:-1000000}" "${2:-3}"
