#!/usr/bin/env bash
# Generates the Kotlin and Swift bindings from the built library (UniFFI library mode), with the
# bindgen built from the same pinned uniffi. Run from anywhere; never edit the output by hand.
#   bindings/scripts/generate.sh [debug|release]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
profile="${1:-debug}"
target="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"   # inside the workspace, so each crate's uniffi.toml is found through cargo metadata

flag=""; [ "$profile" = release ] && flag="--release"
# One build of the workspace members we need: building uniffi-bindgen on its own afterwards would
# recompile the shared crates with other features.
cargo build --locked $flag -p shikaku-ffi -p uniffi-bindgen

lib="$target/$profile/libshikaku_ffi.so"
[ -f "$lib" ] || lib="$target/$profile/libshikaku_ffi.dylib"
bindgen="$target/$profile/uniffi-bindgen"

rm -rf bindings/kotlin/generated
"$bindgen" generate --no-format --library "$lib" --language kotlin --out-dir bindings/kotlin/generated
swift=bindings/swift
rm -rf "$swift/Sources/ShikakuPocket" "$swift/Headers"
"$bindgen" generate --no-format --library "$lib" --language swift --out-dir "$swift/generated"
# Swift package layout: both generated files (the core's types and the API) form the one Swift
# module ShikakuPocket; the C headers and one module map go into the xcframework
# (bindings/scripts/build-xcframework.sh) that the module links.
mkdir -p "$swift/Sources/ShikakuPocket" "$swift/Headers"
mv "$swift/generated/"*.swift "$swift/Sources/ShikakuPocket/"
mv "$swift/generated/"*.h "$swift/Headers/"
cat "$swift/generated/"*.modulemap > "$swift/Headers/module.modulemap"
rm -rf "$swift/generated"
echo "generated: bindings/kotlin/generated, $swift/Sources, $swift/Headers"
