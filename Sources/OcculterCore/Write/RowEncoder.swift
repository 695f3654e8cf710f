/// Encodes published CSV rows away from the writing thread: workers call it in parallel.
struct RowEncoder: Sendable {
    let dialect: CSVDialect
    let file: String

    /// A copy with a file name of its own for a worker (shared strings are shared reference counts).
    func unshared() -> RowEncoder { RowEncoder(dialect: dialect, file: String(decoding: Array(file.utf8), as: UTF8.self)) }

    /// Appends a line ending and a row of values, in the encoding its record was read in (a
    /// file may turn out to be Windows-1252 after an ASCII start: the record knows, the
    /// dialect at start did not).
    func append(_ values: [String], line: Int, encoding: TextEncoding, into out: inout [UInt8]) throws {
        var dialect = dialect
        dialect.encoding = encoding
        appendLineEnding(into: &out)
        try CSVWriter.encode(values, dialect: dialect, file: file, line: line, into: &out)
    }

    /// Appends a line ending and a record published as read, straight from its bytes: the
    /// same bytes `append(_:line:encoding:into:)` gives for its decoded values (same quoting
    /// rule), without making a String. Inlined into the workers' loop: called there for
    /// every published record.
    @inline(__always)
    func append(raw: RawRecord, into out: inout [UInt8]) {
        appendLineEnding(into: &out)
        for index in raw.ends.indices {
            if index > 0 { out.append(dialect.delimiter) }
            CSVWriter.appendField(raw.field(index), dialect: dialect, into: &out)
        }
    }

    /// Byte by byte: `LineEnding.bytes` makes an array at every call.
    @inline(__always)
    private func appendLineEnding(into out: inout [UInt8]) {
        if dialect.lineEnding == .crlf { out.append(0x0D) }
        out.append(0x0A)
    }
}
