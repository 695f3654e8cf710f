/// Row rules' findings become decisions here, beside the cells': the same keyed fingerprint,
/// and the DPO's decisions apply to them as to any finding.
extension CellDecider {
    /// The decision on one row finding, and the decisions-file entry it matched.
    func decide(_ finding: RowFinding, rule ruleIndex: Int, row: Row, key: RowKey, header: [String], canonical: [String])
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
            fingerprint: Fingerprint.make(key: fingerprints, rule: rule.id, column: canonical[column], rowKey: key.stable, value: row.values[column]),
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
}
