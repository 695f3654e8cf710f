/// What a row rule finds: a whole cell or the whole row to withhold, or an item to hold for
/// the DPO. The decider makes the decision (fingerprint, the DPO's decisions, bases).
struct RowFinding {
    /// The input column (`suppressRow` names the column that showed it).
    var column: Int
    /// `suppressCell`, `suppressRow` or `review`.
    var action: Action
    var evidence: String
    /// Added to the rule's justification (a warning about this very case).
    var justificationSuffix: String? = nil
    /// What the DPO's `occult` does to a held item.
    var onOccult: Action = .suppressRow
}

/// A detector kind that acts on whole rows (listed in `table_rules`).
protocol RowDetector: DetectorKind {
    /// The row's findings, in the order their decisions are reported. `table` gives the
    /// columns (input, canonical) and the run's inputs (pack, secrets file).
    func findings(in row: Row, key: RowKey, table: RowProcessor, context: DetectionContext,
                  into findings: inout [RowFinding], matchedSecrets: inout [String]) throws
}

extension RowDetector {
    static var scope: DetectorScope { .row }
}
