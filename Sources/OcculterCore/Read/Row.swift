/// One record of a dataset, as the pipeline sees it.
public struct Row: Sendable {
    /// 1-based position among data rows (the header is not counted).
    public var number: Int
    /// Physical line where the record starts in the input (1-based), for messages and reports.
    public var line: Int
    /// Column names, shared by every row of a CSV table (copy-on-write: no copy per row).
    public var columns: [String]
    public var values: [String]
    /// The encoding the record was read in, which the output keeps (a CSV file may turn out to
    /// be Windows-1252 after an ASCII start: the record knows, the dialect at start did not).
    public var encoding: TextEncoding
    /// The record as the source wrote it, when the writer rebuilds the document around it (a
    /// DECP contract's JSON): it travels with the row, not through the reader.
    public var original: [UInt8]?

    public init(number: Int, line: Int, columns: [String], values: [String], encoding: TextEncoding = .utf8, original: [UInt8]? = nil) {
        self.number = number
        self.line = line
        self.columns = columns
        self.values = values
        self.encoding = encoding
        self.original = original
    }

    public subscript(column: String) -> String? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        return values[index]
    }
}

/// What the pipeline reads rows from: a CSV file or a DECP JSON document.
public protocol TableSource: AnyObject {
    /// Column names (for JSON: the union of flattened paths seen, in first-seen order).
    var header: [String] { get }
    /// Facts about the input for the report.
    var description: InputDescription { get }
    /// The next data row, or nil at the end.
    func next() throws -> Row?
    /// SHA-256 of every byte read; complete once `next()` has returned nil.
    func inputSHA256() -> String
    /// Bytes of the input read so far, for progress reports.
    var bytesRead: Int { get }
    /// How the published dataset is written: known once the header is read, and given to the
    /// writer then, once (the writer never reads the reader).
    var outputFormat: OutputFormat { get }
    /// Whether the input ended with a line ending: known once every row was read.
    var endsWithLineEnding: Bool { get }
}

/// The published dataset's format, decided from the input.
public enum OutputFormat: Sendable {
    /// CSV in the input's dialect (delimiter, BOM, line ending, quoting); each row keeps the
    /// encoding of its record.
    case csv(CSVDialect)
    /// The DECP document around its contracts.
    case decpJSON(DECPFrame)
}

/// The input as the report describes it.
public struct InputDescription: Sendable, Codable, Equatable {
    public var file: String
    public var format: String
    public var encoding: String?
    public var delimiter: String?
    public var lineEnding: String?
    public var bom: Bool?
}
