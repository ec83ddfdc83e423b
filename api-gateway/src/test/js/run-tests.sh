#!/bin/sh
# The web UI's unit tests with Node's own test runner (node --test finds the *.test.js files here; no npm).
# ./mvnw verify runs this in api-gateway's test phase; without Node on the PATH the tests are skipped, loudly.
cd "${0%/*}" || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "[WARNING] Web UI tests SKIPPED: node is not on the PATH. Install Node.js 20 or newer to run them."
  exit 0
fi
echo "Web UI tests: node --test ($(node --version))"
exec node --test --test-reporter=spec
