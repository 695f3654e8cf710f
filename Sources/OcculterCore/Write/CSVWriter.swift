/// Writes rows in the input's dialect (delimiter, encoding, BOM, line ending, quoting).
public final class CSVWriter {
    /// Updated by the sink as the reader learns more (encoding decided late, final line ending).
    var dialect: CSVDialect
    let file: AtomicFile
    private var wroteRow = false

    public init(dialect: CSVDialect, file: AtomicFile) throws {
        self.dialect = dialect
        self.file = file
        if dialect.hasBOM { try file.write([0xEF, 0xBB, 0xBF]) }
    }

    public func write(_ values: [String], line: Int? = nil) throws {
        try writeEncoded(try CSVWriter.encode(values, dialect: dialect, file: file.destination, line: line))
    }

    /// Writes a row already encoded by `encode` (workers encode rows in parallel).
    func writeEncoded(_ row: [UInt8]) throws {
        if wroteRow { try file.write(dialect.lineEnding.bytes) }
        wroteRow = true
        try file.write(row)
    }

    /// Ends the file as the input ended (with or without a final line ending).
    public func finish() throws {
        if wroteRow, dialect.finalLineEnding { try file.write(dialect.lineEnding.bytes) }
    }

    /// One row's bytes, without line ending. Pure: safe to call from several workers.
    static func encode(_ values: [String], dialect: CSVDialect, file: String, line: Int?) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.reduce(values.count) { $0 + $1.utf8.count } + 8)
        let quote = UInt8(ascii: "\"")
        let delimiter = dialect.delimiter
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(delimiter) }
            var value = value
            // On the UTF-8 bytes directly: the generic `utf8` view was 8 % of a run.
            let needsQuotes = dialect.quoteAll || value.withUTF8 { bytes in
                CSVReader.firstStop(in: bytes, delimiter, quote, 0x0A, 0x0D) < bytes.count
            }
            if needsQuotes { out.append(quote) }
            let start = out.count
            if dialect.encoding == .utf8 {
                value.withUTF8 { out.append(contentsOf: $0) }
            } else if let bad = dialect.encoding.encode(value, into: &out) {
                throw OcculterError(.write, at: SourceLocation(file: file, line: line, column: index + 1),
                                    "le caractère « \(bad) » ne peut pas être écrit en \(dialect.encoding.rawValue).",
                                    hint: "relancez avec une sortie UTF-8 ou corrigez le remplacement configuré.")
            }
            if needsQuotes {
                // Double the quotes inside the field (RFC 4180).
                if out[start...].contains(quote) {
                    let field = out[start...].flatMap { $0 == quote ? [quote, quote] : [$0] }
                    out.removeSubrange(start...)
                    out.append(contentsOf: field)
                }
                out.append(quote)
            }
        }
        return out
    }
}
