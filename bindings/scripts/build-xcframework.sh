#!/usr/bin/env bash
# macOS only: builds ShikakuPocketRust.xcframework (device, simulator and macOS static libraries
# with the generated C headers) for the Swift package in bindings/swift, then runs its tests and
# those of ios/ShikakuKit. The Swift sources and headers are generated here (never committed).
# Linux CI builds and tests the same packages against the debug .so instead (test-swift.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
[ "$(uname)" = Darwin ] || { echo "build-xcframework.sh needs macOS with Xcode" >&2; exit 1; }

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin)
rustup target add "${targets[@]}"
for target in "${targets[@]}"; do
  cargo build --locked --release -p shikaku-ffi --target "$target"
done
bindings/scripts/generate.sh release   # Swift sources and headers from the same code, not from git

out="$root/target/xcframework"
rm -rf "$out" && mkdir -p "$out/sim"
lipo -create target/aarch64-apple-ios-sim/release/libshikaku_ffi.a \
             target/x86_64-apple-ios/release/libshikaku_ffi.a \
     -output "$out/sim/libshikaku_ffi.a"
swift=bindings/swift
rm -rf "$swift/ShikakuPocketRust.xcframework"
xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/release/libshikaku_ffi.a -headers "$swift/Headers" \
  -library "$out/sim/libshikaku_ffi.a" -headers "$swift/Headers" \
  -library target/aarch64-apple-darwin/release/libshikaku_ffi.a -headers "$swift/Headers" \
  -output "$swift/ShikakuPocketRust.xcframework"
(cd "$swift" && swift test)
(cd ios/ShikakuKit && swift test)
