// swift-tools-version:5.9
// ShikakuKit: the iPhone app's code that needs no UIKit, SwiftUI, CoreNFC or Security, so that it
// builds and is tested on Linux CI (bindings/scripts/test-swift.sh) as well as on a Mac: the
// platform services as small protocols, the effect router, notification planning, the card link
// bridge and the observable app store. The app target (ios/App) supplies the Apple adapters.
import PackageDescription

let package = Package(
    name: "ShikakuKit",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "ShikakuKit", targets: ["ShikakuKit"]),
    ],
    dependencies: [
        .package(path: "../../bindings/swift"),
    ],
    targets: [
        .target(name: "ShikakuKit", dependencies: [.product(name: "ShikakuPocket", package: "swift")]),
        .testTarget(name: "ShikakuKitTests", dependencies: [
            "ShikakuKit", .product(name: "ShikakuPocketTestSupport", package: "swift"),
        ]),
    ]
)
