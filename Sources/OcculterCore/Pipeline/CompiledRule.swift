/// A rule ready to run: its detector as the run calls it (per cell, or per row), and the
/// action the run applies (the pack's, or the DPO's choice from the configuration).
struct CompiledRule: Sendable {
    var rule: Rule
    /// Called for each cell of the rule's columns (one dynamic call per rule and cell).
    var detector: CellDetectorBox?
    /// Called for each row, for rules listed in `table_rules`.
    var rowDetector: (any RowDetector)?
    var scope: DetectorScope
    var action: Action
    var reviewKeep: Outcome

    init(rule: Rule, config: OcculterConfig, reviewKeep: Outcome) {
        self.rule = rule
        self.reviewKeep = reviewKeep
        action = config.actions[rule.id] ?? rule.action
        scope = type(of: rule.detector).scope
        detector = (rule.detector as? any CellDetector).map(CellDetectorBox.init)
        rowDetector = rule.detector as? any RowDetector
    }
}

/// A cell detector behind a class reference. Called from an array of rules, an existential
/// held in the array was copied out for every call (its fields retained through value
/// witnesses: 1.8 % of a run's instructions on délibérations, 12 copies a row); a `let` in a
/// final class is called in place.
final class CellDetectorBox: Sendable {
    let base: any CellDetector
    let readsRow: Bool
    let keywordSets: [Keywords]

    init(_ base: any CellDetector) {
        self.base = base
        readsRow = base.readsRow
        keywordSets = base.keywordSets
    }

    @inline(__always)
    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        try base.detect(cell, rule: rule, context: context, into: &findings)
    }
}
