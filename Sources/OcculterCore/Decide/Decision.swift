/// Where a decision stands.
public enum DecisionStatus: String, Sendable, Codable {
    /// The rule's action was applied.
    case applied = "appliquee"
    /// Kept under an exemption (a deliberate non-decision, justified like the others).
    case exempt = "exemption"
    /// Uncertain: occulted in the output until the DPO decides.
    case pending = "en-attente"
    /// The DPO decided to keep it (decisions file).
    case reviewedKeep = "revue-conserve"
    /// The DPO decided to occult it (decisions file).
    case reviewedOccult = "revue-occulte"

    public var label: String {
        switch self {
        case .applied: return "appliquée"
        case .exempt: return "exemption"
        case .pending: return "en attente de revue"
        case .reviewedKeep: return "conservé par le DPO"
        case .reviewedOccult: return "occulté par le DPO"
        }
    }
}

/// One decision of the audit report. It never holds the detected value: only where it was,
/// what was done, and on which legal bases.
public struct Decision: Sendable, Codable, Equatable {
    /// 1-based data row number in the input.
    public var row: Int
    /// Physical line of the row in the input.
    public var line: Int
    /// The row's key (e.g. DELIB_ID), or a hash of the row when the dataset has none.
    public var rowKey: String
    public var column: String
    public var rule: String
    public var action: Action
    public var status: DecisionStatus
    public var exemption: Exemption?
    public var bases: [String]
    public var justification: String
    /// Detector's evidence (trigger, exemption considered), without the value.
    public var evidence: String?
    /// Stable id used by the decisions file: keyed hash (HMAC) of rule, column, row key and
    /// normalised value. Confidential renderings only: never encoded in a public report.
    public var fingerprint: String = ""
    /// The DPO's review, when a decisions file settled it.
    public var review: ReviewRecord?
    /// Byte span in the original cell (confidential report only; not encoded).
    public var span: Range<Int>? = nil

    enum CodingKeys: String, CodingKey {
        case row, line, rowKey = "row_key", column, rule, action, status, exemption, bases, justification, evidence
        case review
    }
}

/// Who settled a held item, when and why.
public struct ReviewRecord: Sendable, Codable, Equatable {
    public var decision: ReviewChoice
    public var reviewer: String
    public var date: String
    public var comment: String?
    /// The automatic status this decision overturned (`appliquee` or `exemption`); nil when
    /// it settled a pending item. Set by the decider, never read from the decisions file.
    public var overturned: DecisionStatus? = nil
    /// True for a span the DPO occulted by hand (`add` entry): no detector had found it.
    public var added: Bool? = nil

    public init(decision: ReviewChoice, reviewer: String, date: String, comment: String? = nil) {
        self.decision = decision
        self.reviewer = reviewer
        self.date = date
        self.comment = comment
    }
}

public enum ReviewChoice: String, Sendable, Codable, CaseIterable {
    case keep
    case occult
}
