import Foundation

/// `review.json`: what the DPO's workbench (`occulter review`) needs to show and settle a run,
/// written beside review.html and, like it, confidential (0600): it holds the original values,
/// their rows and the fingerprints. It also records how the run was made, so that the
/// workbench can run it again with the decisions.
public struct ReviewJSON: Codable, Sendable {
    public static let formatVersion = "occulter-review-1"

    public var format = ReviewJSON.formatVersion
    public var run: ReviewContext.Invocation?
    public var dataset: Report.Dataset
    public var organisation: String?
    public var runDate: String
    public var summary: Report.Summary
    public var header: [String]
    public var outputHeader: [String]
    public var columns: [Report.ColumnEntry]
    public var legalBases: [LegalBasis]
    public var rows: [RowEntry]
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
        case format, run, dataset, organisation, runDate = "run_date", summary, header, outputHeader = "output_header"
        case columns, legalBases = "legal_bases", rows, items
    }

    public struct RowEntry: Codable, Sendable {
        public var row: Int
        public var before: [String]
        public var after: [String]?
    }

    /// One decision with its value. `id` is its fingerprint: the decisions file's key.
    public struct Item: Codable, Sendable {
        public var id: String
        public var row: Int
        public var line: Int
        public var rowKey: String
        public var column: String
        public var rule: String
        public var action: Action
        public var status: DecisionStatus
        public var exemption: Exemption?
        public var bases: [String]
        public var justification: String
        public var evidence: String?
        public var review: ReviewRecord?
        /// The detected value and its cell; `start`/`end` are UTF-16 offsets in `cell` (what
        /// a browser's strings count), so that the page highlights without converting.
        public var value: String
        public var cell: String
        public var start: Int
        public var end: Int
        /// Whether a decisions file entry can settle it: only cell rules of a scanned column
        /// read the decisions file (row and table rules follow the configuration and secrets).
        public var decidable: Bool

        enum CodingKeys: String, CodingKey {
            case id, row, line, rowKey = "row_key", column, rule, action, status, exemption, bases, justification
            case evidence, review, value, cell, start, end, decidable
        }
    }

    public init(result: RunResult) {
        let report = result.report
        let context = result.review
        run = context.invocation
        dataset = report.dataset
        organisation = report.organisation
        runDate = report.run.date
        summary = report.summary
        header = context.header
        outputHeader = context.outputHeader
        columns = report.columns
        legalBases = report.legalBases
        rows = context.rows.keys.sorted().map { RowEntry(row: $0, before: context.rows[$0]!.before, after: context.rows[$0]!.after) }
        let cellRules = Set(report.columns.filter { $0.policy == "scan" }.flatMap { column in column.rules.map { column.name + "\u{1F}" + $0 } })
        var items: [Item] = []
        for decision in report.decisions {
            let cell = context.cells[ReviewContext.Key(row: decision.row, column: decision.column)] ?? ""
            let bytes = Array(cell.utf8)
            let span = decision.span.map { min($0.lowerBound, bytes.count)..<min($0.upperBound, bytes.count) } ?? 0..<bytes.count
            let prefix = String(decoding: bytes[..<span.lowerBound], as: UTF8.self)
            let value = String(decoding: bytes[span], as: UTF8.self)
            items.append(Item(id: decision.fingerprint, row: decision.row, line: decision.line, rowKey: decision.rowKey,
                              column: decision.column, rule: decision.rule, action: decision.action, status: decision.status,
                              exemption: decision.exemption, bases: decision.bases, justification: decision.justification,
                              evidence: decision.evidence, review: decision.review, value: value, cell: cell,
                              start: prefix.utf16.count, end: prefix.utf16.count + value.utf16.count,
                              decidable: cellRules.contains(decision.column + "\u{1F}" + decision.rule)))
        }
        // Pending first (what the DPO must do), then in row order.
        self.items = items.enumerated().sorted {
            ($0.element.status == .pending ? 0 : 1, $0.offset) < ($1.element.status == .pending ? 0 : 1, $1.offset)
        }.map(\.element)
    }

    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Writes `review.json` into the report folder, 0600 from its creation.
    static func write(_ result: RunResult, to path: String) throws {
        _ = try AtomicFile.write(try ReviewJSON(result: result).encoded(), to: path, audience: .confidential)
    }
}
