/// The report as Mustache sees it: plain dictionaries and lists, French labels, numbers
/// formatted. With a `ReviewContext` (confidential report only) each decision also carries
/// its original cell, split around the occulted span.
struct ReportViewModel {
    let report: Report
    let review: ReviewContext?

    /// Detailed decisions listed per rule in Markdown/HTML; report.json always lists them all.
    static let listedPerRule = RunState.listedPerRule

    var dictionary: [String: Any] {
        let summary = report.summary
        let maxRule = summary.byRule.values.max() ?? 1
        let basesByID = Dictionary(uniqueKeysWithValues: report.legalBases.map { ($0.id, $0) })
        var decisionsByRule: [String: [Decision]] = [:]
        var ruleOrder: [String] = []
        for decision in report.decisions {
            if decisionsByRule[decision.rule] == nil { ruleOrder.append(decision.rule) }
            decisionsByRule[decision.rule, default: []].append(decision)
        }
        ruleOrder.sort()
        let rules: [[String: Any]] = ruleOrder.map { rule in
            let decisions = decisionsByRule[rule]!
            let bases = Array(Set(decisions.flatMap(\.bases))).sorted().compactMap { basesByID[$0] }
            let listed = decisions.prefix(ReportViewModel.listedPerRule)
            let total = max(summary.byRule[rule] ?? 0, decisions.count)
            return [
                "id": rule,
                "count": total,
                // Mustache has no "last item" test here: each basis carries its separator.
                "bases": bases.enumerated().map { index, item in
                    basis(item).merging(["sep": index + 1 < bases.count ? " ; " : ""]) { current, _ in current }
                },
                "decisions": listed.map(decisionView),
                "truncated": total > listed.count,
                "hidden": total - listed.count,
            ]
        }
        let chartRules = summary.byRule.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let barHeight = 22
        let bars: [[String: Any]] = chartRules.enumerated().map { index, entry in
            [
                "rule": entry.key, "count": entry.value,
                "y": index * barHeight, "textY": index * barHeight + 15,
                "width": max(2, Int(Double(entry.value) / Double(maxRule) * 330)),
                "labelX": max(2, Int(Double(entry.value) / Double(maxRule) * 330)) + 256,
            ]
        }
        let pending = report.decisions.filter { $0.status == .pending }
        return [
            "confidential": review != nil,
            "organisation": report.organisation ?? "",
            "hasOrganisation": report.organisation != nil,
            "dataset": ["pack": report.dataset.pack, "title": report.dataset.title, "version": report.dataset.version],
            "tool": ["name": report.tool.name, "version": report.tool.version],
            "run": ["date": report.run.date, "mode": report.run.mode],
            "input": [
                "file": report.input.file, "format": report.input.format, "encoding": report.input.encoding ?? "—",
                "delimiter": report.input.delimiter ?? "—", "lineEnding": report.input.lineEnding ?? "—",
                "bom": report.input.bom == true ? "oui" : "non", "sha256": report.input.sha256, "rows": report.input.rows,
                "blankLines": report.input.blankLinesSkipped, "trailing": report.input.rowsWithTrailingEmptyFields,
                "isCSV": report.input.delimiter != nil,
            ],
            "hasOutput": report.output != nil,
            "output": report.output.map { ["file": $0.file, "sha256": $0.sha256, "rows": $0.rows] } ?? [:],
            "packs": report.packs.map { ["name": $0.name, "version": $0.version, "file": $0.file, "sha256": $0.sha256] },
            "catalogue": ["version": report.catalogue.version, "sha256": report.catalogue.sha256],
            "config": configLines,
            "summary": [
                "rowsRead": summary.rowsRead, "rowsPublished": summary.rowsPublished, "rowsSuppressed": summary.rowsSuppressed,
                "rowsAggregated": summary.rowsAggregated, "decisions": summary.decisions, "pending": summary.pendingReview,
            ],
            "hasPending": summary.pendingReview > 0,
            "pending": pending.prefix(ReportViewModel.listedPerRule).map(decisionView),
            "byAction": Action.allCases.compactMap { action -> [String: Any]? in
                guard let count = summary.byAction[action.rawValue] else { return nil }
                return ["action": action.rawValue, "label": action.label, "count": count]
            },
            "byRule": chartRules.map { ["rule": $0.key, "count": $0.value] },
            "byColumn": summary.byColumn.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ["column": $0.key, "count": $0.value] },
            "chart": ["height": max(barHeight, bars.count * barHeight), "bars": bars],
            "columns": report.columns.map { column -> [String: Any] in
                // The reason follows the rules, when both are given (an alias of a scanned column).
                ["name": column.name + (column.mappedTo.map { " → \($0)" } ?? ""), "policy": policyLabel(column.policy),
                 "rules": column.rules.joined(separator: ", "),
                 "reason": (column.rules.isEmpty || column.reason == nil ? "" : " ") + (column.reason ?? "")]
            },
            "rules": rules,
            "hasStale": report.staleReviewDecisions > 0,
            "staleCount": report.staleReviewDecisions,
            // The fingerprints themselves are for the confidential review only.
            "stale": review?.staleFingerprints ?? [],
            "hasUnmatchedSecrets": !report.unmatchedSecrets.isEmpty,
            "unmatchedSecrets": report.unmatchedSecrets.map { ["line": $0.line] },
            "notes": report.notes,
            "hasNotes": !report.notes.isEmpty,
            "legalBases": report.legalBases.map(basis),
            "conformity": conformityView,
            "signOff": signOffView,
        ]
    }

    private var configLines: [[String: Any]] {
        let config = report.config
        var lines: [[String: Any]] = []
        lines.append(["key": "Seuil des prénoms", "value": String(config.firstNameThreshold)])
        lines.append(["key": "Élus déclarés", "value": config.officials.isEmpty ? "aucun" : "\(config.officials.count)"])
        if !config.emailDomains.isEmpty { lines.append(["key": "Domaines de messagerie de la collectivité", "value": config.emailDomains.joined(separator: ", ")]) }
        for (rule, action) in config.actions.sorted(by: { $0.key < $1.key }) {
            lines.append(["key": "Action choisie pour \(rule)", "value": action.label])
        }
        if config.nonDiffusibleSirens > 0 { lines.append(["key": "SIREN non diffusibles (nombre)", "value": "\(config.nonDiffusibleSirens)"]) }
        if config.suppressCadastralParcels { lines.append(["key": "Parcelles cadastrales", "value": "retirées"]) }
        return lines
    }

    private func policyLabel(_ policy: String) -> String {
        switch policy {
        case "scan": return "analysée"
        case "keep": return "sans analyse de texte"
        default: return "jamais publiée"
        }
    }

    private func basis(_ basis: LegalBasis) -> [String: Any] {
        ["id": basis.id, "title": basis.title, "article": basis.article, "text": basis.text, "url": basis.url,
         "unverified": !basis.verified]
    }

    private func decisionView(_ decision: Decision) -> [String: Any] {
        var view: [String: Any] = [
            "row": decision.row, "line": decision.line, "rowKey": review == nil ? PublicRowKey.shown(decision.rowKey) : decision.rowKey,
            "column": decision.column,
            "rule": decision.rule, "action": decision.action.rawValue, "actionLabel": decision.action.label,
            "status": decision.status.rawValue, "statusLabel": decision.status.label,
            "exemption": decision.exemption?.rawValue ?? "", "bases": decision.bases.joined(separator: ", "),
            "basesCited": decisionBases(decision),
            "justification": decision.justification, "evidence": decision.evidence ?? "",
            "isPending": decision.status == .pending,
            // "conservé (exemption)" already says it: the status line is shown for the others.
            "showStatus": decision.status != .exempt && decision.status != .applied,
            "hasReview": decision.review != nil,
        ]
        if let review = decision.review {
            view["review"] = ["decision": review.decision == .keep ? "conserver" : "occulter", "reviewer": review.reviewer,
                              "date": review.date, "comment": review.comment ?? ""]
        }
        // Only the confidential rendering gets the value, the fingerprint and the context.
        if let review, let cell = review.cells[ReviewContext.Key(row: decision.row, column: decision.column)] {
            let bytes = Array(cell.utf8)
            let span = decision.span.map { min($0.lowerBound, bytes.count)..<min($0.upperBound, bytes.count) } ?? 0..<bytes.count
            view["fingerprint"] = decision.fingerprint
            view["before"] = String(decoding: bytes[..<span.lowerBound], as: UTF8.self)
            view["value"] = String(decoding: bytes[span], as: UTF8.self)
            view["after"] = String(decoding: bytes[span.upperBound...], as: UTF8.self)
            view["yaml"] = """
              - fingerprint: "\(decision.fingerprint)"
                decision:          # à choisir : keep (publier) ou occult (occulter)
                reviewer: ""       # obligatoire : nom et fonction de qui décide
                date: "AAAA-MM-JJ"
                comment: "Motif de la décision"
            """
        }
        return view
    }
}
