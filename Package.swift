// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Truce",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "truce", targets: ["truce"]),
        .library(name: "TruceCore", targets: ["TruceCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(name: "CTruceZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CTruceSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CTruceCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CTruceMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The CSV scanner's SSE2/AVX2 fast path: Swift has no byte-compare-to-bitmask operation.
        .target(name: "CTruceCSV"),
        .target(
            name: "TruceCore",
            dependencies: [
                "CTruceZlib",
                "CTruceCrypto",
                "CTruceCSV",
                "CTruceSQLite",
                .target(name: "CTruceMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // mimalloc replaces glibc's malloc in every program that links TruceCore (truce,
            // truce-bench, the tests): reading and importing allocate and free a String per
            // field, and mimalloc's paths for that are shorter (6% fewer instructions reading
            // the CSV bench file). Linked here, not only through CTruceMimalloc's module map, so
            // it replaces malloc whether or not a program sets its options (`Memory`).
            // Debian: libmimalloc-dev, installed by scripts/setup.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "truce",
            dependencies: [
                "TruceCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "truce-bench",
            dependencies: ["TruceCore", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "TruceCoreTests",
            dependencies: ["TruceCore"]
        ),
    ]
)
