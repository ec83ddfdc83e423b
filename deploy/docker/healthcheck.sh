#!/usr/bin/env bash
# Container health check: GET http://127.0.0.1:<port><path> and succeed only on an HTTP 200 answer.
# Plain bash (/dev/tcp), because the JRE base image is not guaranteed to ship curl or wget.
# Usage: trustpay-healthcheck [port (default 9090)] [path (default /actuator/health/readiness)]
set -uo pipefail
port="${1:-9090}"
path="${2:-/actuator/health/readiness}"
{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || exit 1
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "${path}" >&3 || exit 1
IFS= read -r -t 5 status <&3 || exit 1
case "${status}" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) exit 1 ;;
esac
