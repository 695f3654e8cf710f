/// One record of a dataset, as the pipeline sees it.
public struct Row: Sendable {
    /// 1-based position among data rows (the header is not counted).
    public var number: Int
    /// Physical line where the record starts in the input (1-based), for messages and reports.
    public var line: Int
    /// Column names, shared by every row of a CSV table (copy-on-write: no copy per row).
    public var columns: [String]
    public var values: [String]

    public init(number: Int, line: Int, columns: [String], values: [String]) {
        self.number = number
        self.line = line
        self.columns = columns
        self.values = values
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
