// libFuzzer target: the person-name detector (`PersonNameDetector` and its evidence:
// context, shape, linked street, party, tokenizer), reached through the public pipeline only.
// The fuzz bytes, decoded as UTF-8 (invalid sequences replaced), become the DELIB_OBJET of a
// délibérations CSV (properly quoted), written three times: as given, upper-cased and
// lower-cased (the detector reads capitals). The real « deliberations » pack of `Rules/` is
// loaded once. A thrown `OcculterError` is a normal outcome; a crash (index out of range,
// reversed range…), a hang, a sanitizer report or any other error type is a finding, as is an
// output whose row count differs from the input's.
import Foundation
import OcculterCore

/// `Rules/`: `OCCULTER_RULES` if set (run.sh sets it), else the repository's, found from
/// this source file.
private let rulesDirectory: String = {
    if let explicit = ProcessInfo.processInfo.environment["OCCULTER_RULES"], !explicit.isEmpty { return explicit }
    return URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules").path
}()

/// One folder per process; the input and output files are rewritten for every input.
private let workDirectory: String = {
    let directory = NSTemporaryDirectory() + "occulter-fuzz-names-\(getpid())"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
}()
private let inputPath = workDirectory + "/deliberations.csv"
private let outputPath = workDirectory + "/publie.csv"

/// The pipeline, its library (catalogue, word lists) and the pack are loaded once:
/// `RuleLibrary` caches the pack by path, so every run reuses it.
nonisolated(unsafe) private var pipeline: Pipeline?

/// Fixed in memory: no key file is read or created.
private let fingerprintKey = FingerprintKey(bytes: Array("occulter : clé du fuzzing, 32 o.".utf8))

/// Two declared officials (invented), so that the officials' path of the detector runs too.
private let config: OcculterConfig = {
    var config = OcculterConfig()
    config.officials = ["Hélène MANDROUX", "Jean-Pierre BERGER"]
    return config
}()

/// The header of the SCDL « Délibérations » schema (as in the tests' `delibHeader`).
private let header = "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_MATIERE_NOM;DELIB_OBJET;BUDGET_ANNEE;BUDGET_NOM;PREF_ID;PREF_DATE;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;VOTE_ABSTENTION;DELIB_URL"

private func row(_ id: String, _ subject: String) -> String {
    "Ville de Test;21420218600016;\(id);2024-03-12;3.2;Domaine et patrimoine;\"\(subject.replacingOccurrences(of: "\"", with: "\"\""))\";2024;Budget principal;042;2024-03-20;33;30;28;1;1;https://ville-test.fr/deliberations"
}

private func writeFile(_ text: String, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "écriture de l'entrée de fuzzing impossible : \(path)")
    defer { close(fd) }
    var bytes = Array(text.utf8)
    let size = bytes.count
    bytes.withUnsafeMutableBufferPointer { buffer in
        var written = 0
        while written < size {
            let count = write(fd, buffer.baseAddress! + written, size - written)
            precondition(count > 0, "écriture de l'entrée de fuzzing impossible : \(path)")
            written += count
        }
    }
}

/// `OCCULTER_FUZZ_VERBOSE=1` prints each refusal, and the published subjects (to see, when
/// replaying an input, what the detector did).
private let verbose = ProcessInfo.processInfo.environment["OCCULTER_FUZZ_VERBOSE"] == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if pipeline == nil {
        do {
            let library = try RuleLibrary(directory: rulesDirectory)
            _ = try library.pack("deliberations")
            pipeline = Pipeline(library: library)
        } catch {
            fatalError("Rules/ illisible (\(rulesDirectory)) : \(error)")
        }
    }
    let subject = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let subjects = [subject, subject.uppercased(), subject.lowercased()]
    let csv = ([header] + subjects.enumerated().map { row("F\($0.offset + 1)", $0.element) }).joined(separator: "\n") + "\n"
    writeFile(csv, to: inputPath)
    defer { unlink(outputPath) }
    // As the command line runs it (`occulter apply`), on one thread.
    var options = RunOptions(mode: .apply, input: inputPath, output: outputPath, pack: "deliberations", config: config, jobs: 1)
    options.fingerprintKey = fingerprintKey
    options.keepsDigests = false
    options.keepsReviewContext = false
    do {
        _ = try pipeline!.run(options)
        let reader = try CSVReader(path: outputPath)
        let column = reader.header.firstIndex(of: "DELIB_OBJET")
        var rows = 0
        while let published = try reader.next() {
            rows += 1
            if verbose, let column { FileHandle.standardError.write(Data("publié : \(published.values[column])\n".utf8)) }
        }
        precondition(rows == subjects.count, "\(rows) lignes publiées pour \(subjects.count) lues")
    } catch let error as OcculterError {
        if verbose { FileHandle.standardError.write(Data("OcculterError : \(error)\n".utf8)) }
        // Refused with a French message: an expected outcome.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
