/// A rule ready to run: its detector as the run calls it (per cell, or per row), and the
/// action the run applies (the pack's, or the DPO's choice from the configuration).
struct CompiledRule: Sendable {
    var rule: Rule
    /// Called in place for each cell of the rule's columns (one dynamic call per rule and cell).
    var detector: (any CellDetector)?
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
        detector = rule.detector as? any CellDetector
        rowDetector = rule.detector as? any RowDetector
    }
}
