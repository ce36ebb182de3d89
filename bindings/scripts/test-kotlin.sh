#!/usr/bin/env bash
# Compiles the generated Kotlin bindings and the JUnit 4 suites with kotlinc, then runs them on the
# JVM against the real host library through JNA. Needs scripts/setup once.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
KOTLIN_VERSION=2.4.20
kotlin_home="${SHIKAKU_TOOLS:-$HOME/.cache/shikaku-tools}/kotlinc-$KOTLIN_VERSION"
if [ ! -x "$kotlin_home/bin/kotlinc" ]; then
  echo "kotlinc $KOTLIN_VERSION not found in $kotlin_home: run scripts/setup first" >&2
  exit 1
fi

"$root/bindings/scripts/generate.sh" debug >/dev/null

build="$root/bindings/kotlin/build"
rm -rf "$build" && mkdir -p "$build"
coroutines="${SHIKAKU_TOOLS:-$HOME/.cache/shikaku-tools}/kotlinx-coroutines-core-jvm-1.10.2.jar"
cp=/usr/share/java/jna.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:$coroutines
# kotlinc needs about 600 MB of heap for the generated sources.
JAVA_OPTS="-Xmx1g" "$kotlin_home/bin/kotlinc" -nowarn \
  -cp "$cp" -d "$build/tests.jar" \
  "$root/bindings/kotlin/generated" "$root/bindings/kotlin/tests"
java -Djna.library.path="$target/debug" -Dshikaku.fixtures="$root/core/tests/fixtures" \
  -cp "$build/tests.jar:$cp:$kotlin_home/lib/kotlin-stdlib.jar" \
  app.shikaku.RunTestsKt
