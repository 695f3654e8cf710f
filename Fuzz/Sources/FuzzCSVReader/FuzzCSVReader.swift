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
/// beyond libFuzzer's inputs (4 KiB by default). An input that starts with 0x01 is laid
/// across that boundary: 0x01, one byte `k`, then bytes split in two halves; the file is
/// the first half, `x` bytes of padding, and the second half, placed so that the chunk
/// boundary falls `k` bytes into the second half (a quoted field, a CRLF or a UTF-8
/// sequence cut by the read; the tail moved to the front of the buffer).
private let chunkSize = 1 << 20
nonisolated(unsafe) private var padded: [UInt8] = []

private func writeBoundaryInput(_ data: UnsafePointer<UInt8>, _ size: Int, to path: String) {
    let offset = Int(data[1])
    let body = UnsafeBufferPointer(start: data + 2, count: size - 2)
    let half = body.count / 2
    padded.removeAll(keepingCapacity: true)
    padded.append(contentsOf: body[..<half])
    padded.append(contentsOf: repeatElement(UInt8(ascii: "x"), count: max(0, chunkSize - half - offset)))
    padded.append(contentsOf: body[half...])
    padded.withUnsafeBufferPointer { writeInput($0.baseAddress!, $0.count, to: path) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if size >= 2, data[0] == 0x01 {
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
    } catch is OcculterError {
        // Refused with a French message: the expected outcome for bad input.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
