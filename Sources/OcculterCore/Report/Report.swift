/// The audit report, one model for every rendering (JSON, Markdown, HTML). It never holds an
/// occulted value: the confidential review report adds them from `ReviewContext` separately.
public struct Report: Sendable, Codable {
    /// Version of the report.json schema (`Reports/report.schema.json`).
    public static let schemaVersion = "2.0"

    public var schemaVersion = Report.schemaVersion
    public var tool: Tool
    public var run: Run
    public var organisation: String?
    public var dataset: Dataset
    public var input: Input
    public var output: Output?
    public var packs: [PackIdentity]
    public var catalogue: CatalogueIdentity
    /// The configuration, as far as it is public by nature (see `PublicConfig`).
    public var config: PublicConfig
    public var summary: Summary
    public var columns: [ColumnEntry]
    /// The decisions, in row order. After a pipeline run this lists up to 2,000 decisions per
    /// rule (what the Markdown and HTML reports show); `report.json` written by the run lists
    /// every one, and `summary` counts them all.
    public var decisions: [Decision]
    /// Entries of the decisions file that matched nothing (listed, with their fingerprints, in
    /// the confidential review only).
    public var staleReviewDecisions: Int
    public var unmatchedSecrets: [UnmatchedSecret]
    public var notes: [String]
    public var legalBases: [LegalBasis]
    /// Whether the published file conforms to the pack's official Table Schema (apply only).
    public var schemaConformance: SchemaConformance? = nil
    /// Whether CRPA L312-1-1 obliges the collectivité to publish (config population, agents).
    public var publicationObligation: PublicationObligation? = nil
    /// Sign-off material: decisions file digest, what was not examined (`SignOff.swift`).
    public var signOff: SignOff? = nil

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", tool, run, organisation, dataset, input, output, packs, catalogue, config
        case summary, columns, decisions, staleReviewDecisions = "stale_review_decisions"
        case unmatchedSecrets = "unmatched_secrets", notes, legalBases = "legal_bases"
        case schemaConformance = "schema_conformance", publicationObligation = "publication_obligation", signOff = "sign_off"
    }

    public struct Tool: Sendable, Codable { public var name: String; public var version: String }

    public struct Run: Sendable, Codable {
        /// ISO 8601, UTC; fixed by SOURCE_DATE_EPOCH for reproducible reports.
        public var date: String
        /// `apply` or `scan`.
        public var mode: String
    }

    public struct Dataset: Sendable, Codable {
        public var pack: String
        public var title: String
        public var version: String
    }

    public struct Input: Sendable, Codable {
        public var file: String
        public var format: String
        public var encoding: String?
        public var delimiter: String?
        public var lineEnding: String?
        public var bom: Bool?
        public var sha256: String
        public var rows: Int
        public var blankLinesSkipped: Int
        public var rowsWithTrailingEmptyFields: Int

        enum CodingKeys: String, CodingKey {
            case file, format, encoding, delimiter, lineEnding = "line_ending", bom, sha256, rows
            case blankLinesSkipped = "blank_lines_skipped", rowsWithTrailingEmptyFields = "rows_with_trailing_empty_fields"
        }
    }

    public struct Output: Sendable, Codable {
        public var file: String
        public var sha256: String
        public var rows: Int
    }

    public struct CatalogueIdentity: Sendable, Codable {
        public var version: String
        public var sha256: String
    }

    public struct Summary: Sendable, Codable {
        public var rowsRead: Int
        public var rowsPublished: Int
        public var rowsSuppressed: Int
        public var rowsAggregated: Int
        public var decisions: Int
        public var pendingReview: Int
        public var byAction: [String: Int]
        public var byRule: [String: Int]
        public var byColumn: [String: Int]

        enum CodingKeys: String, CodingKey {
            case rowsRead = "rows_read", rowsPublished = "rows_published", rowsSuppressed = "rows_suppressed"
            case rowsAggregated = "rows_aggregated", decisions, pendingReview = "pending_review"
            case byAction = "by_action", byRule = "by_rule", byColumn = "by_column"
        }
    }

    public struct ColumnEntry: Sendable, Codable {
        public var name: String
        /// `scan`, `keep` or `drop`.
        public var policy: String
        public var rules: [String]
        public var reason: String?
        /// The pack column it was read as, when the header differs (alias, configuration…).
        public var mappedTo: String?
        /// How the header was matched (`ColumnMatch`): `inconnue` columns come first.
        public var match: String?
        /// Legal bases of a drop that is not the pack's own column policy (unknown columns).
        public var bases: [String]?

        enum CodingKeys: String, CodingKey {
            case name, policy, rules, reason, mappedTo = "mapped_to", match, bases
        }
    }

    /// A secrets-file entry that matched no contract: only its line in that confidential file
    /// (the contract's id would say that a secret contract exists).
    public struct UnmatchedSecret: Sendable, Codable {
        public var line: Int
    }
}
