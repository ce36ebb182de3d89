#!/usr/bin/env bash
# Builds the Swift packages and runs their XCTest suites on Linux, against the library just built:
# bindings/swift (the generated bindings) and ios/ShikakuKit (the app's code that is not UIKit,
# SwiftUI, CoreNFC or Security). Swift 6 runs in the Debian trixie root of scripts/setup-swift.
# Also checks the iOS app's Info.plist and entitlements against the core (ios/scripts/check_app_config.py).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="$(mkdir -p "${CARGO_TARGET_DIR:-$root/target}" && cd "${CARGO_TARGET_DIR:-$root/target}" && pwd)"
cd "$root"

# Generation is part of the build: a bindgen failure fails CI here.
bindings/scripts/generate.sh debug >/dev/null
python3 ios/scripts/check_app_config.py

binds=(--bind "$root")
case "$target/" in "$root"/*) ;; *) binds+=(--bind "$target") ;; esac
lib="$target/debug"
# The generated module links libshikaku_ffi.so from the debug build; the tests load it from there.
# Debian's libswiftObservation.so references a symbol it does not export (swift::threading::fatal),
# so links that use Observation need --allow-shlib-undefined.
flags="-Xlinker -L$lib -Xlinker -rpath -Xlinker $lib -Xlinker -lshikaku_ffi -Xlinker --allow-shlib-undefined"
for package in bindings/swift ios/ShikakuKit; do
  echo "swift: $package"
  scripts/swift-root "${binds[@]}" -- sh -c \
    "cd '$root/$package' && swift build --build-tests -q $flags && swift test --skip-build --disable-swift-testing $flags"
done
