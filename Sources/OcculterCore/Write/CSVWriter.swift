/// Writes rows in the input's dialect (delimiter, encoding, BOM, line ending, quoting).
public final class CSVWriter {
    /// Delimiter, BOM, line ending and quoting; the encoding of each row is its record's.
    let dialect: CSVDialect
    let file: AtomicFile
    private var wroteRow = false

    public init(dialect: CSVDialect, file: AtomicFile) throws {
        self.dialect = dialect
        self.file = file
        if dialect.hasBOM { try file.write([0xEF, 0xBB, 0xBF]) }
    }

    /// Writes one row (workers' rows come by blocks: `writeEncodedRows`).
    public func write(_ values: [String], line: Int? = nil, encoding: TextEncoding? = nil) throws {
        var row: [UInt8] = []
        if wroteRow { row.append(contentsOf: dialect.lineEnding.bytes) }
        var dialect = dialect
        if let encoding { dialect.encoding = encoding }
        try CSVWriter.encode(values, dialect: dialect, file: file.destination, line: line, into: &row)
        wroteRow = true
        try file.write(row)
    }

    /// Writes rows made by `RowEncoder.append`, each preceded by its line ending (the one
    /// before the first row of the file is dropped).
    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>) throws {
        guard !rows.isEmpty else { return }
        if wroteRow {
            try file.write(rows)
        } else {
            try file.write(UnsafeBufferPointer(rebasing: rows[min(rows.count, dialect.lineEnding.bytes.count)...]))
        }
        wroteRow = true
    }

    /// Ends the file as the input ended (with or without a final line ending).
    public func finish(finalLineEnding: Bool? = nil) throws {
        if wroteRow, finalLineEnding ?? dialect.finalLineEnding { try file.write(dialect.lineEnding.bytes) }
    }

    /// Appends one row's bytes, without line ending, to `out`. Pure: safe to call from
    /// several workers.
    static func encode(_ values: [String], dialect: CSVDialect, file: String, line: Int?, into out: inout [UInt8]) throws {
        var encoded: [UInt8] = []
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(dialect.delimiter) }
            var value = value
            if dialect.encoding == .utf8 {
                value.withUTF8 { appendField($0, dialect: dialect, into: &out) }
                continue
            }
            encoded.removeAll(keepingCapacity: true)
            if let bad = dialect.encoding.encode(value, into: &encoded) {
                throw OcculterError(.write, at: SourceLocation(file: file, line: line, column: index + 1),
                                    "le caractère « \(bad) » ne peut pas être écrit en \(dialect.encoding.rawValue).",
                                    hint: "relancez avec une sortie UTF-8 ou corrigez le remplacement configuré.")
            }
            encoded.withUnsafeBufferPointer { appendField($0, dialect: dialect, into: &out) }
        }
    }

    /// Appends one field's bytes (already in the output encoding), between quotes when the
    /// dialect quotes everything or the field holds the delimiter, a quote or a line break;
    /// quotes inside are doubled (RFC 4180). The one quoting rule of every CSV row written.
    static func appendField(_ field: UnsafeBufferPointer<UInt8>, dialect: CSVDialect, into out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        // Eight bytes at a time: a closure per byte was 8 % of a run.
        guard dialect.quoteAll || CSVReader.firstStop(in: field, dialect.delimiter, quote, 0x0A, 0x0D) < field.count else {
            out.append(contentsOf: field)
            return
        }
        out.append(quote)
        for byte in field {
            out.append(byte)
            if byte == quote { out.append(quote) }
        }
        out.append(quote)
    }
}
