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
# The launcher's libraries are listed on the command line, not in its jar's manifest: a manifest Class-Path would
# put them on the classpath twice wherever the jar itself is a dependency (the end-to-end tests).
exec java -cp "stack/target/eventline-stack.jar:stack/target/lib/*" io.eventline.stack.Launcher "$@"
