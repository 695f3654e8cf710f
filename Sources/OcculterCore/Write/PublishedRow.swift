extension RowEncoder {
    /// Encodes a processed row unless it is withheld, and marks it written: the sink then
    /// receives it with its block (workers call this in parallel; `RowRunner` only schedules).
    @inline(__always)
    func appendPublished(_ result: inout RowProcessor.Result, line: Int, encoding: TextEncoding, into out: inout [UInt8]) throws {
        guard !result.suppressed else { return }
        try append(result.values, line: line, encoding: encoding, into: &out)
        result.written = true
    }
}
