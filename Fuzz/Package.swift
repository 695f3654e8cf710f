// swift-tools-version:6.0
// Fuzz targets (libFuzzer) for Occulter's readers, rule packs and person-name detector. A
// separate package so that libFuzzer's `main` never meets the `occulter` executable: each
// target is compiled with `-parse-as-library` (no Swift `main`) and linked with
// `-sanitize=fuzzer`, which brings libFuzzer's own `main`. Build and run with `Fuzz/run.sh` (or `make fuzz`).
import Foundation
import PackageDescription

// The main package is `..`; SwiftPM names a path dependency after its folder, which is
// `main` here but may differ in another clone.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

func fuzzer(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "OcculterCore", package: mainPackage)],
        path: "Sources/\(name)",
        swiftSettings: fuzzerSettings
    )
}

let package = Package(
    name: "OcculterFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        fuzzer("FuzzCSVReader"),
        fuzzer("FuzzDECPJSONReader"),
        fuzzer("FuzzRulePack"),
        fuzzer("FuzzPersonNames"),
    ]
)
