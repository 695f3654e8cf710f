/// Encodes published CSV rows away from the writing thread: workers call it in parallel.
struct RowEncoder: Sendable {
    let dialect: CSVDialect
    let file: String

    /// A copy with a file name of its own for a worker (shared strings are shared reference counts).
    func unshared() -> RowEncoder { RowEncoder(dialect: dialect, file: String(decoding: Array(file.utf8), as: UTF8.self)) }

    /// A row of values, in the encoding its record was read in (a file may turn out to be
    /// Windows-1252 after an ASCII start: the record knows, the dialect at start did not).
    func encode(_ values: [String], line: Int, encoding: TextEncoding) throws -> [UInt8] {
        var dialect = dialect
        dialect.encoding = encoding
        return try CSVWriter.encode(values, dialect: dialect, file: file, line: line)
    }

    /// A record published as read, straight from its bytes: the same bytes `encode` gives for
    /// its decoded values (same quoting rule), without making a String.
    func encode(raw: RawRecord) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.bytes.count + raw.ends.count + 8)
        raw.bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for (index, end) in raw.ends.enumerated() {
                if index > 0 { out.append(dialect.delimiter) }
                CSVWriter.appendField(UnsafeBufferPointer(rebasing: buffer[start..<end]), dialect: dialect, into: &out)
                start = end
            }
        }
        return out
    }
}
