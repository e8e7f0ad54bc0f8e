#!/usr/bin/env bash
# Builds Eventline and runs it on this machine: a real Kafka broker and PostgreSQL (from Maven artifacts, no
# Docker), the three services, the seed articles ingested, the timeline printed, the gateway on :8080 until Ctrl-C.
# Options are passed to the launcher: --fresh (start from an empty .eventline-data/), --exit, --help.
# EVENTLINE_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")"
if [ "${EVENTLINE_SKIP_BUILD:-0}" != "1" ]; then
  echo "[eventline] building (./mvnw package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests
fi
exec java -jar stack/target/eventline-stack.jar "$@"
