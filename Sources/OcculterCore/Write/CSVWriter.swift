/// Writes rows in the input's dialect (delimiter, encoding, BOM, line ending, quoting).
public final class CSVWriter {
    /// Updated by the sink as the reader learns more (encoding decided late, final line ending).
    var dialect: CSVDialect
    let file: AtomicFile
    private var wroteRow = false
    private var scratch: [UInt8] = []

    public init(dialect: CSVDialect, file: AtomicFile) throws {
        self.dialect = dialect
        self.file = file
        if dialect.hasBOM { try file.write([0xEF, 0xBB, 0xBF]) }
    }

    public func write(_ values: [String], line: Int? = nil) throws {
        scratch.removeAll(keepingCapacity: true)
        if wroteRow { scratch.append(contentsOf: dialect.lineEnding.bytes) }
        wroteRow = true
        for (index, value) in values.enumerated() {
            if index > 0 { scratch.append(dialect.delimiter) }
            try appendField(value, column: index + 1, line: line)
        }
        try file.write(scratch)
    }

    /// Ends the file as the input ended (with or without a final line ending).
    public func finish() throws {
        if wroteRow, dialect.finalLineEnding { try file.write(dialect.lineEnding.bytes) }
    }

    private func appendField(_ value: String, column: Int, line: Int?) throws {
        let quote = UInt8(ascii: "\"")
        let needsQuotes = dialect.quoteAll || value.utf8.contains {
            $0 == dialect.delimiter || $0 == quote || $0 == 0x0A || $0 == 0x0D
        }
        if needsQuotes { scratch.append(quote) }
        let start = scratch.count
        if let bad = dialect.encoding.encode(value, into: &scratch) {
            throw OcculterError(.write, at: SourceLocation(file: file.destination, line: line, column: column),
                                "le caractère « \(bad) » ne peut pas être écrit en \(dialect.encoding.rawValue).",
                                hint: "relancez avec une sortie UTF-8 ou corrigez le remplacement configuré.")
        }
        if needsQuotes {
            // Double the quotes inside the field (RFC 4180).
            var index = start
            while index < scratch.count {
                if scratch[index] == quote { scratch.insert(quote, at: index); index += 1 }
                index += 1
            }
            scratch.append(quote)
        }
    }
}
