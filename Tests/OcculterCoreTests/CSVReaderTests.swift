import XCTest
@testable import OcculterCore

final class CSVReaderTests: XCTestCase {
    private func readAll(_ bytes: [UInt8]) throws -> (CSVReader, [[String]]) {
        let dir = TempDir()
        let reader = try CSVReader(path: dir.write("in.csv", bytes: bytes))
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row.values) }
        return (reader, rows)
    }

    private func readError(_ bytes: [UInt8]) -> OcculterError? {
        do { _ = try readAll(bytes); return nil } catch let error as OcculterError { return error } catch { return nil }
    }

    func testSemicolonUTF8WithBOMAndCRLF() throws {
        let (reader, rows) = try readAll([0xEF, 0xBB, 0xBF] + Array("a;b\r\n1;é\r\n".utf8))
        XCTAssertEqual(reader.header, ["a", "b"])
        XCTAssertEqual(rows, [["1", "é"]])
        XCTAssertEqual(reader.dialect.delimiter, UInt8(ascii: ";"))
        XCTAssertTrue(reader.dialect.hasBOM)
        XCTAssertEqual(reader.dialect.lineEnding, .crlf)
        XCTAssertEqual(reader.dialect.encoding, .utf8)
    }

    func testCommaQuotedMultiLine() throws {
        let (reader, rows) = try readAll(Array("\"id\",\"objet\"\n\"1\",\"ligne un\nligne \"\"deux\"\", fin\"\n".utf8))
        XCTAssertEqual(reader.dialect.delimiter, UInt8(ascii: ","))
        XCTAssertTrue(reader.dialect.quoteAll)
        XCTAssertEqual(rows, [["1", "ligne un\nligne \"deux\", fin"]])
    }

    func testTabDelimited() throws {
        let (reader, rows) = try readAll(Array("a\tb\n1\t2\n".utf8))
        XCTAssertEqual(reader.dialect.delimiter, 0x09)
        XCTAssertEqual(rows, [["1", "2"]])
    }

    func testWindows1252IsDecidedFromTheBytes() throws {
        // "Nature ;Montant " header, "Améthyste", "5 000 €" with a non-breaking space.
        let bytes: [UInt8] = Array("CODE;STRUCTURE;Nature ;Montant \r\n4861;Am".utf8) + [0xE9] + Array("thyste;F;5".utf8) + [0xA0]
            + Array("000 ".utf8) + [0x80] + Array("\r\n".utf8)
        let (reader, rows) = try readAll(bytes)
        XCTAssertEqual(reader.dialect.encoding, .windows1252)
        XCTAssertEqual(rows, [["4861", "Améthyste", "F", "5\u{A0}000 €"]])
    }

    func testMixedLineEndingsAreRead() throws {
        let (_, rows) = try readAll(Array("a;b\n1;2\r\n3;4\n".utf8))
        XCTAssertEqual(rows, [["1", "2"], ["3", "4"]])
    }

    func testHeaderOnlyIsValid() throws {
        let (reader, rows) = try readAll(Array("a;b\n".utf8))
        XCTAssertEqual(reader.header, ["a", "b"])
        XCTAssertTrue(rows.isEmpty)
    }

    func testTrailingEmptyFieldsAreToleratedAndCounted() throws {
        let (reader, rows) = try readAll(Array("a;b;\n1;2;;\n".utf8))
        XCTAssertEqual(rows, [["1", "2", ""]])
        XCTAssertEqual(reader.trimmedTrailingFieldRows, 1)
    }

    func testUnterminatedQuoteNamesTheLine() {
        let error = readError(Array("a;b\n1;2\n3;\"jamais fermé\n4;5\n".utf8))
        XCTAssertEqual(error?.kind, .input)
        XCTAssertEqual(error?.location?.line, 3)
        XCTAssertTrue(error?.message.contains("guillemet") ?? false)
    }

    func testRaggedRowNamesTheLine() {
        let error = readError(Array("a;b;c\n1;2;3\n4;5\n".utf8))
        XCTAssertEqual(error?.location?.line, 3)
        XCTAssertTrue(error?.message.contains("2 champs") ?? false)
    }

    func testNulByteIsAnError() {
        let error = readError(Array("a;b\n1;".utf8) + [0] + Array("2\n".utf8))
        XCTAssertEqual(error?.location?.line, 2)
        XCTAssertTrue(error?.message.contains("octet nul") ?? false)
    }

    func testBytesNeitherUTF8NorWindows1252() {
        // 0x81 is undefined in Windows-1252 and invalid as UTF-8.
        let error = readError(Array("a;b\n1;x".utf8) + [0x81] + Array("\n".utf8))
        XCTAssertEqual(error?.location?.line, 2)
        XCTAssertTrue(error?.message.contains("ni en UTF-8 ni en Windows-1252") ?? false)
    }

    func testEmptyFileIsAnError() {
        XCTAssertTrue(readError([])?.message.contains("vide") ?? false)
    }

    func testDuplicateHeaderIsAnError() {
        let error = readError(Array("a;b;a\n1;2;3\n".utf8))
        XCTAssertEqual(error?.location?.column, 3)
        XCTAssertTrue(error?.message.contains("deux fois") ?? false)
    }

    func testBOMInTheMiddleIsAnError() {
        let error = readError(Array("a;b\n1;2\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("a;b\n".utf8))
        XCTAssertEqual(error?.location?.line, 3)
        XCTAssertTrue(error?.message.contains("BOM") ?? false)
    }

    func testWriterKeepsTheDialect() throws {
        let dir = TempDir()
        let original: [UInt8] = Array("A;B\r\n".utf8) + [0xE9] + Array(";\"x;y\"\r\n".utf8)
        let reader = try CSVReader(path: dir.write("in.csv", bytes: original))
        let file = try AtomicFile(destination: dir.path("out.csv"))
        let writer = try CSVWriter(dialect: reader.dialect, file: file)
        try writer.write(reader.header)
        while let row = try reader.next() { try writer.write(row.values, encoding: row.encoding) }
        try writer.finish(finalLineEnding: reader.endsWithLineEnding)
        try file.commit()
        XCTAssertEqual(Array(FileManager.default.contents(atPath: dir.path("out.csv"))!), original)
    }
}
