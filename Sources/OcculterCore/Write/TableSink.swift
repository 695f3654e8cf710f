/// Where published rows go. Nothing is visible at the destination before `commit()`. A sink
/// is made from an `OutputFormat`, given once: it never reads the reader, which runs on
/// another thread.
protocol TableSink: AnyObject {
    func write(_ values: [String], row: Row) throws
    /// A pure row encoder workers may call in parallel, when the format has one (CSV).
    func rowEncoder() -> RowEncoder?
    /// Writes rows made by `rowEncoder()`, each preceded by its line ending; `noted`, what a
    /// worker read of them for the propagation index (`OutputWordIndex.noted`), if it did.
    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>, noted: OutputWordIndex.Noted?) throws
    /// Ends the dataset (as the input ended: with a final line ending or not) and returns its
    /// SHA-256 ("" when made without digest); the file is still hidden.
    func seal(finalLineEnding: Bool) throws -> String
    /// Renames the sealed dataset into place.
    func commit() throws
    /// The sealed dataset's temporary file, when the format can be validated as a table (CSV).
    var sealedPath: String? { get }
    /// The words of written rows for the propagation, noted by the sink (CSV, with a person rule).
    /// A requirement, not only an extension member: called on a `TableSink`, the extension's nil
    /// was always taken, and the writing thread read every block itself (5.1 k instructions a
    /// row on délibérations, serial with two jobs) instead of the workers.
    var wordScanner: OutputScanner? { get }
}

extension TableSink {
    var sealedPath: String? { nil }
    var wordScanner: OutputScanner? { nil }
}

/// CSV in the input's dialect; each row in the encoding of its record.
final class CSVSink: TableSink {
    let writer: CSVWriter
    /// The file rows are written to; replaced when a rewrite (`rewrite`) made a new one.
    private(set) var file: AtomicFile
    private let digest: Bool
    private var finished = false
    /// Notes the words of the rows written, for the run's propagation (set by the pipeline).
    var index: OutputWordIndex?

    init(dialect: CSVDialect, destination: String, header: [String], digest: Bool) throws {
        file = try AtomicFile(destination: destination, digest: digest)
        self.digest = digest
        writer = try CSVWriter(dialect: dialect, file: file)
        try writer.write(header, line: 1)
    }

    /// Ends the rows, then lets `body` read the written file (its path) and write a new one in
    /// its place; `body` returns false when it wrote nothing and the file stands as written.
    /// Either way nothing is visible before `commit()`.
    func rewrite(finalLineEnding: Bool, _ body: (String, AtomicFile) throws -> Bool) throws {
        try writer.finish(finalLineEnding: finalLineEnding)
        finished = true
        try file.flushForReading()
        let replacement = try AtomicFile(destination: file.destination, digest: digest)
        do {
            if try body(file.temporaryPath, replacement) {
                file.discard()
                file = replacement
            } else {
                replacement.discard()
            }
        } catch {
            replacement.discard()
            throw error
        }
    }

    func write(_ values: [String], row: Row) throws {
        guard index != nil else { return try writer.write(values, line: row.line, encoding: row.encoding) }
        // The same bytes as the writer's, preceded by the line ending, for the index.
        var bytes: [UInt8] = []
        try RowEncoder(dialect: writer.dialect, file: file.destination).append(values, line: row.line, encoding: row.encoding, into: &bytes)
        try bytes.withUnsafeBufferPointer { try writeEncodedRows($0, noted: nil) }
    }

    func rowEncoder() -> RowEncoder? { RowEncoder(dialect: writer.dialect, file: file.destination) }

    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>, noted: OutputWordIndex.Noted?) throws {
        let offset = file.size
        try writer.writeEncodedRows(rows)
        index?.note(rows, at: offset, noted: noted)
    }

    var wordScanner: OutputScanner? { index?.scanner }

    func seal(finalLineEnding: Bool) throws -> String {
        if !finished { try writer.finish(finalLineEnding: finalLineEnding) }
        finished = true
        return try file.seal()
    }

    func commit() throws { try file.commit() }

    var sealedPath: String? { file.temporaryPath }
}

enum TableSinks {
    /// Without `digest`, `seal` returns "" instead of the SHA-256 (a run without reports).
    static func make(_ format: OutputFormat, destination: String, header: [String], digest: Bool = true) throws -> TableSink {
        switch format {
        case .csv(let dialect): return try CSVSink(dialect: dialect, destination: destination, header: header, digest: digest)
        case .decpJSON(let frame): return try DECPJSONSink(frame: frame, destination: destination, digest: digest)
        }
    }
}

enum TableSources {
    /// A CSV reader, or the DECP JSON reader when the file is JSON (by extension or first byte).
    /// With `forWriting`, DECP rows carry their contract's JSON for the writer. Without
    /// `digests`, a CSV input is not hashed (its `inputSHA256()` is ""); a DECP document always
    /// is: its second pass checks that the file did not change.
    static func open(path: String, forWriting: Bool = false, digests: Bool = true) throws -> TableSource {
        if path.lowercased().hasSuffix(".json") { return try decp(DECPJSONReader(path: path), forWriting) }
        let input = try ByteInput(path: path, hashing: digests)
        try input.fill(minimum: 64)
        let firstByte = input.withUnread { $0.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } }
        if firstByte == UInt8(ascii: "{") {
            input.startHashing()
            return try decp(DECPJSONReader(input: input), forWriting)
        }
        return try CSVReader(input: input)
    }

    private static func decp(_ reader: DECPJSONReader, _ forWriting: Bool) -> DECPJSONReader {
        reader.keepsOriginals = forWriting
        return reader
    }
}
