import Foundation

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
        if appendUnquoted(raw: raw, into: &out) { return }
        for index in raw.ends.indices {
            if index > 0 { out.append(dialect.delimiter) }
            CSVWriter.appendField(raw.field(index), dialect: dialect, into: &out)
        }
    }

    /// Appends a line ending and a record none of whose fields needs quotes, and returns true;
    /// returns false, having appended the line ending only, for any other record.
    @inline(__always)
    private func appendUnquoted(raw: RawRecord, into out: inout [UInt8]) -> Bool {
        appendLineEnding(into: &out)
        // Most records need no quotes: their bytes, delimiters included, are the row to
        // write. One test over the whole record, one copy (a test and an append per field
        // were 3 % of a run, for every published record).
        if !dialect.quoteAll, !raw.ends.isEmpty, !RowEncoder.holdsStop(raw),
           raw.isJoined(by: dialect.delimiter) {
            out.append(contentsOf: raw.bytes)
            return true
        }
        return false
    }

    /// Appends a line ending and a UTF-8 record with the fields `changed` taken from `values`
    /// and the others as read: the same bytes as `append(_:line:encoding:into:)` gives for the
    /// whole decoded row (same quoting rule, and a checked UTF-8 field decodes to the same
    /// bytes). The record is copied whole as `append(raw:into:)` does, then each changed field
    /// is put in place of its bytes: a field at a time cost as much as encoding the row.
    func append(raw: RawRecord, replacing values: [String], changed: (Int) -> Bool, into out: inout [UInt8]) {
        let start = out.count + (dialect.lineEnding == .crlf ? 2 : 1)
        guard appendUnquoted(raw: raw, into: &out) else {
            for index in raw.ends.indices {
                if index > 0 { out.append(dialect.delimiter) }
                if changed(index) {
                    var value = values[index]
                    value.withUTF8 { CSVWriter.appendField($0, dialect: dialect, into: &out) }
                } else {
                    CSVWriter.appendField(raw.field(index), dialect: dialect, into: &out)
                }
            }
            return
        }
        var field: [UInt8] = []
        // From the last field, so that the places of the earlier ones do not move.
        for index in raw.ends.indices.reversed() where changed(index) {
            let from = start + raw.start(of: index), to = start + raw.ends[index]
            field.removeAll(keepingCapacity: true)
            var value = values[index]
            value.withUTF8 { CSVWriter.appendField($0, dialect: dialect, into: &field) }
            out.replaceSubrange(from..<to, with: field)
        }
    }

    /// Whether the record holds a quote, a line feed or a carriage return. A plain record
    /// (`RawRecord.plain`) holds no line ending: only its quotes are looked for, with `memchr`.
    @inline(__always)
    private static func holdsStop(_ raw: RawRecord) -> Bool {
        guard let base = raw.bytes.baseAddress else { return false }
        if raw.plain { return memchr(base, Int32(UInt8(ascii: "\"")), raw.bytes.count) != nil }
        return CSVReader.firstStop(in: raw.bytes, UInt8(ascii: "\""), 0x0A, 0x0D, 0x0D) != raw.bytes.count
    }

    /// Byte by byte: `LineEnding.bytes` makes an array at every call.
    @inline(__always)
    private func appendLineEnding(into out: inout [UInt8]) {
        if dialect.lineEnding == .crlf { out.append(0x0D) }
        out.append(0x0A)
    }
}
