// libFuzzer target: `CSVReader` on arbitrary bytes.
// A thrown `OcculterError` is a normal outcome (the input was refused with a message);
// a crash, a hang, a sanitizer report or any other error type is a finding.
import Foundation
import OcculterCore

/// The fuzz input is written to this file (one per process, rewritten for every input):
/// `CSVReader` reads from a path.
private let inputPath: String = {
    let directory = NSTemporaryDirectory() + "occulter-fuzz-csv-\(getpid())"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/entree.csv"
}()

/// Writes `size` bytes at `data` to `path`, replacing the file.
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

/// `CSVReader` reads its file in chunks of 1 MiB (`ByteInput.chunkSize`, internal), far
/// beyond libFuzzer's inputs (4 KiB by default), so the refill paths (unread tail moved to the
/// front, buffer grown, a quoted field, a CRLF or a UTF-8 sequence cut by a read) are never
/// reached by small files. With `OCCULTER_FUZZ_LIMITE=1` every input is laid across that
/// boundary: byte `k`, then the rest split in two halves; the file is the first half, `x`
/// bytes of padding, then the second half, placed so that the chunk boundary falls `k` bytes
/// into it. Each run then parses 1 MiB (about a second in a debug build with ASan): a mode
/// for short dedicated runs (`OCCULTER_FUZZ_LIMITE=1 Fuzz/run.sh 300 FuzzCSVReader`).
private let chunkSize = 1 << 20
private let boundaryMode = ProcessInfo.processInfo.environment["OCCULTER_FUZZ_LIMITE"] == "1"
nonisolated(unsafe) private var padded: [UInt8] = []

private func writeBoundaryInput(_ data: UnsafePointer<UInt8>, _ size: Int, to path: String) {
    let offset = size > 0 ? Int(data[0]) : 0
    let body = UnsafeBufferPointer(start: data + min(size, 1), count: max(0, size - 1))
    let half = body.count / 2
    padded.removeAll(keepingCapacity: true)
    padded.append(contentsOf: body[..<half])
    padded.append(contentsOf: repeatElement(UInt8(ascii: "x"), count: max(0, chunkSize - half - offset)))
    padded.append(contentsOf: body[half...])
    padded.withUnsafeBufferPointer { writeInput($0.baseAddress!, $0.count, to: path) }
}

/// `OCCULTER_FUZZ_VERBOSE=1` prints each refusal (to see, when replaying an input, why it
/// was refused).
private let verbose = ProcessInfo.processInfo.environment["OCCULTER_FUZZ_VERBOSE"] == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if boundaryMode {
        writeBoundaryInput(data, size, to: inputPath)
    } else {
        writeInput(data, size, to: inputPath)
    }
    do {
        let reader = try CSVReader(path: inputPath)
        let header = reader.header
        precondition(!header.isEmpty, "en-tête vide accepté")
        var rows = 0
        while let row = try reader.next() {
            rows += 1
            // The contract of `next()`: every row has exactly the header's width.
            precondition(row.values.count == header.count, "ligne \(row.line) : \(row.values.count) valeurs pour \(header.count) colonnes")
            precondition(row.number == rows, "numéro de ligne incohérent")
        }
        _ = reader.description
        _ = reader.dialect
        _ = reader.inputSHA256()
    } catch let error as OcculterError {
        if verbose { FileHandle.standardError.write(Data("OcculterError : \(error)\n".utf8)) }
        // Refused with a French message: the expected outcome for bad input.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
