import Foundation
import XCTest
@testable import OcculterCore

/// Paths of the repository, found from this file (tests never read ../shared).
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var rules: String { root.appendingPathComponent("Rules").path }
    static var templates: String { root.appendingPathComponent("Reports/templates").path }
    static var fixtures: URL { root.appendingPathComponent("Tests/OcculterCoreTests/Fixtures") }
    static var binary: String { root.appendingPathComponent(".build/debug/occulter").path }

    nonisolated(unsafe) private static var cachedLibrary: RuleLibrary?
    static func library() throws -> RuleLibrary {
        if let cachedLibrary { return cachedLibrary }
        let library = try RuleLibrary(directory: rules)
        cachedLibrary = library
        return library
    }
}

/// A temporary folder removed at the end of the test.
final class TempDir {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("occulter-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let path = path(name)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let path = path(name)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// Files left in the folder (to check that no temporary or partial file remains).
    func listing() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.sorted() ?? [] }
}

/// Runs the real `occulter` executable.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil, cwd: String? = nil) throws -> CLIRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["OCCULTER_RULES"] = Repo.rules
        env["SOURCE_DATE_EPOCH"] = "1767225600"
        env.removeValue(forKey: "OCCULTER_KEY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Runs the library pipeline on text written to a temporary file.
func runPipeline(_ csv: String, pack: String = "deliberations", config: OcculterConfig = OcculterConfig(),
                 in dir: TempDir, mode: RunOptions.Mode = .apply, reports: Bool = false,
                 decisions: String? = nil, keyFile: String? = nil, jobs: Int = 1) throws -> (RunResult, String?) {
    let input = dir.write("input.csv", csv)
    let output = dir.path("output.csv")
    var options = RunOptions(mode: mode, input: input, output: mode == .apply ? output : nil, pack: pack, config: config,
                             reportDirectory: reports ? dir.path("reports") : nil, decisionsFile: decisions,
                             keyFile: keyFile, jobs: jobs)
    options.fingerprintKey = testFingerprintKey
    let result = try Pipeline(library: try Repo.library()).run(options)
    return (result, dir.read("output.csv"))
}

/// The decision-fingerprint key of the tests (a DPO's is random, created on first use).
let testFingerprintKey = FingerprintKey(bytes: Array("occulter : clé des tests, 32 oct.".utf8))

let delibHeader = "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_MATIERE_NOM;DELIB_OBJET;BUDGET_ANNEE;BUDGET_NOM;PREF_ID;PREF_DATE;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;VOTE_ABSTENTION;DELIB_URL"

/// One délibération row with the given subject (quoted, so it may hold `;` and newlines).
func delibRow(_ id: String, _ subject: String) -> String {
    "Ville de Test;21420218600016;\(id);2024-03-12;3.2;Domaine et patrimoine;\"\(subject.replacingOccurrences(of: "\"", with: "\"\""))\";2024;Budget principal;042;2024-03-20;33;30;28;1;1;https://ville-test.fr/deliberations"
}

/// A seeded generator (SplitMix64), so that random texts are the same on every run and a
/// failure can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The published DELIB_OBJET of each subject, run through the whole pipeline with an empty
/// configuration (no officials listed), one délibération row per subject.
func publishedSubjects(_ subjects: [String], idPrefix: String) throws -> [String] {
    try runSubjects(subjects, idPrefix: idPrefix).published
}

/// The same, with the run's result, its number of jobs and its reports (in `dir`).
func runSubjects(_ subjects: [String], idPrefix: String, jobs: Int = 1, reports: Bool = false,
                 in dir: TempDir = TempDir()) throws -> (published: [String], result: RunResult) {
    let csv = ([delibHeader] + subjects.enumerated().map { delibRow("\(idPrefix)\($0.offset + 1)", $0.element) })
        .joined(separator: "\n") + "\n"
    let (result, _) = try runPipeline(csv, config: OcculterConfig(), in: dir, reports: reports, jobs: jobs)
    let reader = try CSVReader(path: dir.path("output.csv"))
    let column = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_OBJET"))
    var values: [String] = []
    while let row = try reader.next() { values.append(row.values[column]) }
    return (values, result)
}
