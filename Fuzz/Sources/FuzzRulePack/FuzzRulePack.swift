// libFuzzer target: the rule-pack loader (`RuleLibrary.pack(_:)`) on a YAML file written
// from arbitrary bytes, with the real `Rules/` folder (catalogue, word lists, packs that a
// fuzzed pack may `include`). A thrown `OcculterError` is a normal outcome; a crash, a hang,
// a sanitizer report or any other error type is a finding. When a pack loads, its rules'
// examples also go through the pipeline, as `occulter rules test` runs them.
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

private let workDirectory: String = {
    let directory = NSTemporaryDirectory() + "occulter-fuzz-pack-\(getpid())"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
}()

/// The library is loaded once (catalogue and word lists are large). `RuleLibrary` caches
/// packs by path, so every input gets its own file name, and the library is reloaded after
/// each pack that loads, so that the cache never grows.
nonisolated(unsafe) private var library: RuleLibrary?
nonisolated(unsafe) private var counter = 0

private func writeInput(_ data: UnsafePointer<UInt8>, _ size: Int, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "écriture de l'entrée de fuzzing impossible : \(path)")
    defer { close(fd) }
    var written = 0
    while written < size {
        let count = write(fd, data + written, size - written)
        precondition(count > 0, "écriture de l'entrée de fuzzing impossible : \(path)")
        written += count
    }
}

/// `OCCULTER_FUZZ_VERBOSE=1` prints each refusal (to see, when replaying an input, why it
/// was refused).
private let verbose = ProcessInfo.processInfo.environment["OCCULTER_FUZZ_VERBOSE"] == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if library == nil {
        do {
            library = try RuleLibrary(directory: rulesDirectory)
        } catch {
            fatalError("Rules/ illisible (\(rulesDirectory)) : \(error)")
        }
    }
    counter += 1
    let path = workDirectory + "/pack-\(counter).yaml"
    writeInput(data, size, to: path)
    defer { unlink(path) }
    do {
        let loaded = library!
        let pack = try loaded.pack(path)
        library = nil
        // The pack's examples go through the real pipeline, as `occulter rules test` runs them
        // (PCRE2 with the production limits); a failed example is the pack's fault, not a finding.
        _ = try RuleExamples(library: loaded).run(pack: pack)
    } catch let error as OcculterError {
        if verbose { FileHandle.standardError.write(Data("OcculterError : \(error)\n".utf8)) }
        // Refused with a French message: the expected outcome for a bad pack.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
