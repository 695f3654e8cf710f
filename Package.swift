// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Occulter",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OcculterCore", targets: ["OcculterCore"]),
        .executable(name: "occulter", targets: ["occulter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // PCRE2 through the system library (Debian: libpcre2-dev), used with JIT.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // jemalloc for the command-line tool only (Debian: libjemalloc-dev). Workers allocate
        // rows that the writing thread frees; glibc's malloc served that pattern through its
        // arena locks, and two jobs ran 2.5 to 3.1 s on the 100 MB benchmark against 1.85 to
        // 1.90 s with jemalloc (one job: 3.03 s against 2.90 s). See Benchmarks/RESULTS.md.
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .target(
            name: "OcculterCore",
            dependencies: [
                "CPCRE2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The DPO's workbench (`occulter review`): a loopback HTTP server, kept out of OcculterCore.
        .target(
            name: "OcculterWorkbench",
            dependencies: [
                "OcculterCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "occulter",
            dependencies: [
                "OcculterCore",
                "OcculterWorkbench",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OcculterCoreTests",
            dependencies: [
                "OcculterCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
