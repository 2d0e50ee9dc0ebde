#!/usr/bin/env bash
# Builds what run.sh needs on a GPU machine that has no Java: a jlinked Java runtime, the agent jar
# and its runtime dependencies, into bench/gpu-validation/dist/ (git-ignored). Run it here, on a
# machine with JDK 17+ and the Maven repository, then copy bench/gpu-validation/ to the GPU box.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIST="$HERE/dist"
LIMIT_MB=60

cd "$ROOT"
# Through the reactor, never `install`: other work shares ~/.m2.
rm -rf "$DIST"
mkdir -p "$DIST/lib"
# One reactor run, so the agent's pool-wire dependency resolves to the reactor's jar.
./mvnw -o -B -q -pl pool-wire,agent package dependency:copy-dependencies -DskipTests \
  -DincludeScope=runtime -DexcludeGroupIds=io.computility -DoutputDirectory="$DIST/lib"
cp agent/target/computility-agent-*.jar pool-wire/target/computility-pool-wire-*.jar "$DIST/lib/"

JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# jdeps also names java.desktop (java.beans, for optional Jackson features the agent does not
# use: 14 MB); Jackson does need java.xml and java.sql at class-load time. SliceWorkload handles
# SIGTERM through sun.misc.Signal (jdk.unsupported).
MODULES="java.base,java.xml,java.sql,jdk.unsupported"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages \
  --no-header-files --compress=2 --output "$DIST/runtime"

SIZE_MB=$(du -sm "$DIST" | cut -f1)
echo "dist: $DIST ($SIZE_MB MB; modules $MODULES)"
"$DIST/runtime/bin/java" -cp "$DIST/lib/*" io.computility.agent.device.DeviceProbeCli 2>&1 | head -1 || true
if [ "$SIZE_MB" -ge "$LIMIT_MB" ]; then
  echo "dist is $SIZE_MB MB, over the $LIMIT_MB MB budget" >&2
  exit 1
fi
echo "{\"dist_mb\": $SIZE_MB, \"modules\": \"$MODULES\"}"
