/// Where published rows go. Nothing is visible at the destination before `commit()`.
protocol TableSink: AnyObject {
    func write(_ values: [String], row: Row) throws
    /// A pure row encoder workers may call in parallel, when the format has one (CSV).
    func rowEncoder() -> RowEncoder?
    /// Writes rows made by `rowEncoder()`, each preceded by its line ending.
    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>) throws
    /// Ends the dataset and returns its SHA-256; the file is still hidden.
    func seal() throws -> String
    /// Renames the sealed dataset into place.
    func commit() throws
    /// The sealed dataset's temporary file, when the format can be validated as a table (CSV).
    var sealedPath: String? { get }
}

extension TableSink {
    var sealedPath: String? { nil }
}

/// CSV in the input's dialect.
final class CSVSink: TableSink {
    let writer: CSVWriter
    let file: AtomicFile
    let reader: CSVReader

    init(reader: CSVReader, destination: String, header: [String]) throws {
        self.reader = reader
        file = try AtomicFile(destination: destination)
        writer = try CSVWriter(dialect: reader.dialect, file: file)
        try writer.write(header, line: 1)
    }

    /// The reader may decide the encoding late (a file ASCII until some row); rows written
    /// before were ASCII, identical in both encodings, so following the reader is exact.
    func write(_ values: [String], row: Row) throws {
        writer.dialect = reader.dialect
        try writer.write(values, line: row.line)
    }

    func rowEncoder() -> RowEncoder? { RowEncoder(dialect: reader.dialect, file: file.destination) }

    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>) throws {
        writer.dialect = reader.dialect
        try writer.writeEncodedRows(rows)
    }

    func seal() throws -> String {
        writer.dialect = reader.dialect
        try writer.finish()
        return try file.seal()
    }

    func commit() throws { try file.commit() }

    var sealedPath: String? { file.temporaryPath }
}

enum TableSinks {
    static func make(for source: TableSource, destination: String, header: [String]) throws -> TableSink {
        if let csv = source as? CSVReader {
            return try CSVSink(reader: csv, destination: destination, header: header)
        }
        if let json = source as? DECPJSONReader {
            return try DECPJSONSink(reader: json, destination: destination)
        }
        throw OcculterError(.input, "format d'entrée sans écrivain correspondant.", hint: "utilisez un fichier CSV ou JSON DECP.")
    }
}

enum TableSources {
    /// A CSV reader, or the DECP JSON reader when the file is JSON (by extension or first byte).
    static func open(path: String) throws -> TableSource {
        if path.lowercased().hasSuffix(".json") { return try DECPJSONReader(path: path) }
        let input = try ByteInput(path: path)
        try input.fill(minimum: 64)
        let firstByte = input.withUnread { $0.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } }
        if firstByte == UInt8(ascii: "{") { return try DECPJSONReader(input: input) }
        return try CSVReader(input: input)
    }
}
