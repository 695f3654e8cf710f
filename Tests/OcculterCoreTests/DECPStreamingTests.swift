import Foundation
import XCTest
@testable import OcculterCore

/// The DECP reader reads the file twice, a contract at a time, and the writer writes each
/// contract as it comes: the output must be the bytes the whole-document writer wrote.
final class DECPStreamingTests: XCTestCase {
    // MARK: Helpers

    /// Runs the pipeline on `text` with the marchés publics pack; returns the output's bytes.
    private func apply(_ text: String, in dir: TempDir, secrets: String? = nil, jobs: Int = 1,
                       input: String? = nil) throws -> (RunResult, [UInt8]?) {
        let path = input ?? dir.write("marches.json", text)
        let output = dir.path("sortie.json")
        let options = RunOptions(mode: .apply, input: path, output: output, pack: "marches-publics", secretsFile: secrets, jobs: jobs)
        let result = try Pipeline(library: try Repo.library()).run(options)
        return (result, FileManager.default.contents(atPath: output).map { [UInt8]($0) })
    }

    /// What the whole-document writer writes for `document`.
    private func written(_ document: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONWriter.write(document, into: &bytes)
        bytes.append(0x0A)
        return bytes
    }

    private func parsed(_ text: String) throws -> JSONValue {
        var parser = JSONStreamParser(bytes: Array(text.utf8), file: "test")
        return try parser.parseValue()
    }

    /// Line and column the whole-document parser gave for an error at the end of `text`.
    private func endPosition(of text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in text.utf8 {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private static let paths2017 = ["marches"]
    private static let paths2022 = ["marches", "marche"]

    /// A document of either format around `contracts`, with members before and after them.
    private func document(_ contracts: JSONValue, format2022: Bool) -> JSONValue {
        format2022
            ? .object([("marches", .object([("version", .string("2022")), ("marche", contracts), ("total", .number("2"))])),
                       ("source", .string("test"))])
            : .object([("source", .string("test")), ("marches", contracts), ("fin", .array([.number("1"), .object([])]))])
    }

    private static let sample = """
    {"marches": [
     {"id": "M1", "nature": "Marché", "objet": "Travaux chez M. Paul RENARD", "titulaires": [{"typeIdentifiant": "SIRET", "id": "73282932000074", "denominationSociale": "EUROVIA SAS"}], "offreTechnique": "secret"},
     {"id": "M2", "nature": "Marché de défense ou de sécurité", "objet": "Vidéoprotection", "montant": 1},
     {"id": "M3", "nature": "Marché", "objet": "Entretien", "titulaires": [{"denominationSociale": "Sophie VIGNAL"}]}
    ], "apres": [1, 2.50]}
    """

    private static let sample2022 = """
    {"marches": {"marche": [
     {"id": "M1", "nature": "Marché", "objet": "Travaux chez M. Paul RENARD", "titulaires": [{"typeIdentifiant": "SIRET", "id": "73282932000074", "denominationSociale": "EUROVIA SAS"}], "offreTechnique": "secret"},
     {"id": "M2", "nature": "Marché de défense ou de sécurité", "objet": "Vidéoprotection", "montant": 1},
     {"id": "M3", "nature": "Marché", "objet": "Entretien", "titulaires": [{"denominationSociale": "Sophie VIGNAL"}]}
    ], "version": "2022"}}
    """

    // MARK: Byte identity

    func testBothFormatsRoundTripByteIdenticallyWhenNothingIsOcculted() throws {
        let contracts: JSONValue = .array([
            .object([("id", .string("2024-001")), ("nature", .string("Marché")),
                     ("objet", .string("Fourniture de papier recyclé — lot n° 2 « A4 »")), ("montant", .number("1200.50")),
                     ("titulaires", .array([.object([("typeIdentifiant", .string("SIRET")), ("id", .string("73282932000074")),
                                                     ("denominationSociale", .string("PAPETERIES DU FOREZ SAS"))])])),
                     ("modifications", .array([])), ("lieuExecution", .object([])), ("ccag", .bool(true)), ("note", .null)]),
            .object([("id", .string("2024-002")), ("objet", .string("Nettoyage des \"locaux\"\tsportifs 🚀")), ("montant", .number("3e4"))]),
        ])
        for format2022 in [false, true] {
            let dir = TempDir()
            let bytes = written(document(contracts, format2022: format2022))
            let (result, output) = try apply(String(decoding: bytes, as: UTF8.self), in: dir)
            XCTAssertEqual(result.report.summary.rowsPublished, 2)
            XCTAssertEqual(output, bytes, "format 2022 : \(format2022)")
        }
        // Another layout comes out as the whole-document writer writes it.
        let minified = #"{"marches":{"marche":[{"id":"A","objet":"Caf\u00e9 \/ th\u00e9","montant":1.0,"v":[[],{}]}],"n":[]},"z":null}"#
        let dir = TempDir()
        XCTAssertEqual(try apply(minified, in: dir).1, written(try parsed(minified)))
    }

    func testAnOccultedFieldAndAWithheldContractComeOutAsTheWholeDocumentWriterWritesThem() throws {
        for (text, path) in [(DECPStreamingTests.sample, DECPStreamingTests.paths2017), (DECPStreamingTests.sample2022, DECPStreamingTests.paths2022)] {
            let dir = TempDir()
            let secrets = dir.write("secrets.csv", "id;champs;motif\nM1;offreTechnique;Savoir-faire du titulaire\n")
            let (result, output) = try apply(text, in: dir, secrets: secrets)
            XCTAssertEqual(result.report.summary.rowsSuppressed, 1)
            let original = try parsed(text)
            let contracts: [JSONValue]
            switch path.count == 1 ? original["marches"] : original["marches"]?["marche"] {
            case let .array(items)?: contracts = items
            default: return XCTFail("pas de liste de marchés")
            }
            var first = DECPJSONSink.replacing(contracts[0], at: ["objet"], with: .string("Travaux chez M. [nom occulté]"))
            first = DECPJSONSink.replacing(first, at: ["offreTechnique"], with: nil)
            let third = DECPJSONSink.replacing(contracts[2], at: ["titulaires", "0", "denominationSociale"], with: .string("[personne physique]"))
            let expected = DECPJSONSink.replacing(original, at: path[...], with: .array([first, third]))
            XCTAssertEqual(output.map { String(decoding: $0, as: UTF8.self) }, String(decoding: written(expected), as: UTF8.self))
        }
    }

    func testEveryContractWithheldLeavesAnEmptyArray() throws {
        for (text, path) in [(#"{"a": 1, "marches": [{"id": "M2", "nature": "Marché de défense ou de sécurité"}], "b": {}}"#, DECPStreamingTests.paths2017),
                             (#"{"marches": {"marche": [{"id": "M2", "nature": "Marché de défense ou de sécurité"}], "b": [2]}}"#, DECPStreamingTests.paths2022),
                             (#"{"marches": []}"#, DECPStreamingTests.paths2017)] {
            let dir = TempDir()
            let (_, output) = try apply(text, in: dir)
            let expected = DECPJSONSink.replacing(try parsed(text), at: path[...], with: .array([]))
            XCTAssertEqual(output, written(expected), text)
            XCTAssertTrue(String(decoding: output ?? [], as: UTF8.self).contains("[]"))
        }
    }

    func testOutputDoesNotDependOnTheNumberOfJobs() throws {
        // More contracts than two chunks of RowRunner, so that reading, processing and writing
        // overlap; some are withheld, some occulted.
        var contracts: [String] = []
        for index in 0..<4500 {
            let nature = index % 7 == 3 ? "Marché de défense ou de sécurité" : "Marché"
            let objet = index % 5 == 0 ? "Travaux chez M. Paul RENARD n° \(index)" : "Entretien n° \(index)"
            let holder = index % 11 == 0 ? #"{"denominationSociale": "Sophie VIGNAL"}"# : #"{"typeIdentifiant": "SIRET", "id": "73282932000074", "denominationSociale": "EUROVIA SAS"}"#
            contracts.append(#"{"id": "M\#(index)", "nature": "\#(nature)", "objet": "\#(objet)", "titulaires": [\#(holder)]}"#)
        }
        let text = "{\"marches\": [\n" + contracts.joined(separator: ",\n") + "\n]}\n"
        let dir = TempDir()
        let input = dir.write("marches.json", text)
        var outputs: [[UInt8]] = []
        for jobs in [1, 2, 3] {
            let (result, output) = try apply(text, in: dir, jobs: jobs, input: input)
            XCTAssertEqual(result.report.summary.rowsSuppressed, (0..<4500).filter { $0 % 7 == 3 }.count)
            outputs.append(try XCTUnwrap(output))
        }
        XCTAssertEqual(outputs[0], outputs[1])
        XCTAssertEqual(outputs[0], outputs[2])
        let published = try XCTUnwrap(try parsed(String(decoding: outputs[0], as: UTF8.self))["marches"])
        guard case let .array(items) = published else { return XCTFail("pas de liste") }
        XCTAssertEqual(items.count, 4500 - (0..<4500).filter { $0 % 7 == 3 }.count)
        XCTAssertFalse(String(decoding: outputs[0], as: UTF8.self).contains("RENARD"))
    }

    // MARK: Errors

    func testTruncatedFileGivesItsLineAndLeavesNoOutput() throws {
        let dir = TempDir()
        let text = "{\n  \"marches\": [\n    {\"id\": \"M1\", \"objet\": \"Voirie\"},\n    {\"id\": \"M2\", \"objet\": \"Écl"
        XCTAssertThrowsError(try apply(text, in: dir)) { error in
            let error = error as? OcculterError
            XCTAssertEqual(error?.location?.file, dir.path("marches.json"))
            XCTAssertEqual(error?.location?.line, 4)
            XCTAssertEqual(error?.location?.column, endPosition(of: text).column)
            XCTAssertTrue(error?.message.contains("non terminée") ?? false, "\(String(describing: error))")
            XCTAssertTrue(error?.hint?.contains("tronqué") ?? false)
        }
        XCTAssertEqual(dir.listing(), ["marches.json"], "aucun fichier de sortie")
    }

    func testErrorsFarIntoALargeFileNameTheirLineAndColumn() throws {
        // Several chunks of input before the error: lines and columns are counted across them.
        let contract = #"{"id": "M", "objet": "Entretien des espaces verts — été", "montant": 12000}"#
        let head = "{\"marches\": [\n" + Array(repeating: contract, count: 30_000).joined(separator: ",\n") + ",\n    "
        let dir = TempDir()
        for (tail, message) in [(#"{"id": "X", "objet": "Écl"#, "non terminée"), (#"{"id": "X"; "objet": "y"}]}"#, "« , » ou « } »")] {
            let text = head + tail
            let path = dir.write("grand.json", text)
            XCTAssertThrowsError(try DECPJSONReader(path: path)) { error in
                let error = error as? OcculterError
                // The error is at the end of the text, or on the ";".
                let before = tail.contains(";") ? head + #"{"id": "X""# : text
                let expected = endPosition(of: before)
                XCTAssertEqual(error?.location?.line, expected.line)
                XCTAssertEqual(error?.location?.column, expected.column)
                XCTAssertTrue(error?.message.contains(message) ?? false, "\(String(describing: error))")
            }
        }
    }

    func testAFileChangedBetweenThePassesIsRefused() throws {
        let dir = TempDir()
        // Larger than what the first read of the second pass takes in.
        let contract = #"{"id": "M1", "objet": "Entretien des espaces verts", "montant": 12000}"#
        let text = "{\"marches\": [\n" + Array(repeating: contract, count: 40_000).joined(separator: ",\n") + "\n]}\n"
        let path = dir.write("marches.json", text)
        let reader = try DECPJSONReader(path: path)
        // Changed in place after the first pass, same length, near the end.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(text.utf8.count - 20))
        try handle.write(contentsOf: Data("9".utf8))
        try handle.close()
        XCTAssertThrowsError(try { while try reader.next() != nil {} }()) { error in
            XCTAssertTrue((error as? OcculterError)?.message.contains("modifié") ?? false, "\(error)")
        }
    }

    // MARK: Inputs read once

    func testAPipeIsCopiedForTheSecondPassAndGivesTheSameOutput() throws {
        let dir = TempDir()
        let (_, expected) = try apply(DECPStreamingTests.sample, in: dir)
        let fifo = dir.path("tube.json")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let bytes = Data(DECPStreamingTests.sample.utf8)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(bytes)
                try? handle.close()
            }
        }
        writer.start()
        let (result, output) = try apply("", in: dir, input: fifo)
        XCTAssertEqual(output, expected)
        XCTAssertEqual(result.report.input.sha256, StreamingSHA256.hex(of: [UInt8](bytes)))
    }

    func testAScanKeepsNoContractForAWriter() throws {
        let dir = TempDir()
        let reader = try DECPJSONReader(path: dir.write("marches.json", DECPStreamingTests.sample2022))
        var rows = 0
        while let row = try reader.next() {
            rows += 1
            XCTAssertEqual(row.values.count, reader.header.count)
            XCTAssertNil(row.original, "un examen ne garde aucun marché pour un écrivain")
        }
        XCTAssertEqual(rows, 3)
        XCTAssertFalse(reader.keepsOriginals)
        XCTAssertEqual(reader.header.first, "id")
        XCTAssertTrue(reader.header.contains("titulaires/0/denominationSociale"))
    }
}
