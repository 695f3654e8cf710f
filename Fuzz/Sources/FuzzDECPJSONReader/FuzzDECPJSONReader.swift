// libFuzzer target: `DECPJSONReader` (and its strict JSON parser) on arbitrary bytes.
// A thrown `OcculterError` is a normal outcome; a crash, a hang, a sanitizer report or any
// other error type is a finding.
import Foundation
import OcculterCore

/// The fuzz input is written to this file (one per process, rewritten for every input).
private let inputPath: String = {
    let directory = NSTemporaryDirectory() + "occulter-fuzz-json-\(getpid())"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/entree.json"
}()

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
    writeInput(data, size, to: inputPath)
    do {
        let reader = try DECPJSONReader(path: inputPath)
        let header = reader.header
        var rows = 0
        while let row = try reader.next() {
            rows += 1
            precondition(row.values.count == header.count, "marché \(row.number) : \(row.values.count) valeurs pour \(header.count) colonnes")
        }
        _ = reader.description
        _ = reader.inputSHA256()
    } catch let error as OcculterError {
        if verbose { FileHandle.standardError.write(Data("OcculterError : \(error)\n".utf8)) }
        // Refused with a French message: the expected outcome for bad input.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
