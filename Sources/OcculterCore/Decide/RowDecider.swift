/// Row rules' findings become decisions here, beside the cells': the same keyed fingerprint,
/// and the DPO's decisions apply to them as to any finding.
extension CellDecider {
    /// The decision on one row finding, and the decisions-file entry it matched.
    func decide(_ finding: RowFinding, rule ruleIndex: Int, row: Row, key: RowKey, header: [String])
        -> (decision: Decision, matchedReview: String?) {
        let rule = rules[ruleIndex].rule
        let column = finding.column
        var justification = rule.occult.justification
        if let suffix = finding.justificationSuffix, !suffix.isEmpty { justification += " " + suffix }
        // A withheld row (defence contract, contract secret as a whole) is not named in the
        // public report: its key is itself a value of the row.
        var decision = Decision(
            row: row.number, line: row.line, rowKey: finding.action == .suppressRow ? RowKey.withheld : key.published,
            column: header[column], rule: rule.id, action: finding.action, status: .applied, exemption: nil,
            bases: rule.occult.bases, justification: justification, evidence: finding.evidence,
            // The column as the input names it, as for a cell's findings (and as the decision shows it).
            fingerprint: Fingerprint.make(key: fingerprints, rule: rule.id, column: header[column], rowKey: key.stable, value: row.values[column]),
            review: nil, span: 0..<row.values[column].utf8.count)
        if finding.action == .review {
            decision.status = .pending
            if let review = rule.review { decision.bases = review.bases; decision.justification = review.justification }
        }
        guard var record = reviews.entries[decision.fingerprint] else { return (decision, nil) }
        if decision.status == .applied, record.decision == .keep { record.overturned = .applied }
        decision.review = record
        switch record.decision {
        case .keep:
            decision.action = .keep
            decision.status = .reviewedKeep
            decision.bases = rules[ruleIndex].reviewKeep.bases
            decision.justification = rules[ruleIndex].reviewKeep.justification
        case .occult:
            if decision.action == .review { decision.action = finding.onOccult }
            decision.status = .reviewedOccult
            if decision.action == .suppressRow { decision.rowKey = RowKey.withheld }
        }
        return (decision, decision.fingerprint)
    }

    /// A whole-table rule's decision (the first-name threshold's groups), with the same keyed
    /// fingerprint over the column as the input names it. The DPO's decisions do not apply:
    /// the group's figures are already summed (a kept rare name would un-sum them).
    func decide(tableRule ruleIndex: Int, action: Action, row: Int, line: Int, rowKey: String, stableKey: String,
                column: String, value: String, justification: String, evidence: String) -> Decision {
        let rule = rules[ruleIndex].rule
        return Decision(row: row, line: line, rowKey: rowKey, column: column, rule: rule.id, action: action, status: .applied,
                        exemption: nil, bases: rule.occult.bases, justification: justification, evidence: evidence,
                        fingerprint: Fingerprint.make(key: fingerprints, rule: rule.id, column: column, rowKey: stableKey, value: value),
                        review: nil, span: nil)
    }
}
