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

/// Known findings, skipped when `OCCULTER_FUZZ_SAUTER_CONNUS=1` so that a campaign looks
/// past them until they are fixed (their regression inputs are in
/// Tests/OcculterCoreTests/Fixtures/fuzz-regressions/). Off by default: `make fuzz` keeps
/// reporting them.
private let skipKnown = ProcessInfo.processInfo.environment["OCCULTER_FUZZ_SAUTER_CONNUS"] == "1"

/// `FuzzDECPJSONReader-surrogate-underflow`: `\uD8xx` followed by `\uXXXX` below `DC00`
/// traps on `low - 0xDC00` (JSONValue.swift, JSONParser.parseString).
private func hitsKnownFinding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func hex(_ index: Int) -> UInt32? {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        return UInt32(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16)
    }
    var index = 0
    while index + 12 <= bytes.count {
        if let high = hex(index), high >= 0xD800, high < 0xDC00, let low = hex(index + 6), low < 0xDC00 { return true }
        index += 1
    }
    return false
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if skipKnown, hitsKnownFinding(UnsafeBufferPointer(start: data, count: size)) { return -1 }
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
    } catch is OcculterError {
        // Refused with a French message: the expected outcome for bad input.
    } catch {
        fatalError("erreur inattendue (pas une OcculterError) : \(type(of: error)) \(error)")
    }
    return 0
}
