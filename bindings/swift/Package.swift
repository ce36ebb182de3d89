// swift-tools-version:5.9
// The Shikaku Pocket core for iOS: the generated UniFFI bindings over the Rust library, which
// bindings/scripts/build-xcframework.sh builds into ShikakuPocketRust.xcframework (macOS only).
import PackageDescription

let package = Package(
    name: "ShikakuPocket",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "ShikakuPocket", targets: ["ShikakuPocket"]),
    ],
    targets: [
        .binaryTarget(name: "ShikakuPocketRust", path: "ShikakuPocketRust.xcframework"),
        .target(name: "ShikakuPocket", dependencies: ["ShikakuPocketRust"], path: "Sources/ShikakuPocket"),
        .testTarget(name: "ShikakuPocketTests", dependencies: ["ShikakuPocket"], path: "Tests/ShikakuPocketTests"),
    ]
)
