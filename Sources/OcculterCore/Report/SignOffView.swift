/// The sign-off parts of report.html as Mustache sees them: the mayor's one-page summary,
/// the DPO's decisions (who, when, what was overturned), what the tool did not examine, and
/// the signature block bound to the output's and the decisions file's SHA-256.
extension ReportViewModel {
    var signOffView: [String: Any] {
        let summary = report.summary
        let signOff = report.signOff
        let occulted = Action.allCases.filter { $0 != .keep }.compactMap { action -> [String: Any]? in
            guard let count = summary.byAction[action.rawValue], count > 0 else { return nil }
            return ["label": action.label, "count": count]
        }
        let publishable = report.output != nil && summary.pendingReview == 0
        let verdict: String
        if report.output == nil {
            verdict = "Non : analyse seule (scan), aucun jeu publiable n'a été écrit."
        } else if summary.pendingReview > 0 {
            verdict = "Non, pas encore : \(summary.pendingReview) élément(s) attendent la décision du DPO (occultés en attendant)."
        } else {
            verdict = "Oui : aucun élément n'attend de décision ; le jeu publié est celui dont l'empreinte figure ci-dessous."
        }
        let reviewed = report.decisions.filter { $0.review != nil }.map { decision -> [String: Any] in
            let review = decision.review!
            var what = review.decision == .keep ? "publier" : "occulter"
            if review.added == true { what = "occulter (passage ajouté par le DPO)" }
            return ["line": decision.line, "rowKey": PublicRowKey.shown(decision.rowKey), "column": decision.column, "rule": decision.rule,
                    "decision": what, "reviewer": review.reviewer, "date": review.date, "comment": review.comment ?? "",
                    "overturned": review.overturned.map { "oui (décision automatique : \($0.label))" } ?? "non",
                    "isOverturned": review.overturned != nil]
        }
        let overturned = reviewed.filter { $0["isOverturned"] as? Bool == true }.count
        return [
            "publishable": publishable,
            "verdict": verdict,
            "occulted": occulted,
            "hasOcculted": !occulted.isEmpty,
            "reviewed": reviewed,
            "hasReviewed": !reviewed.isEmpty,
            "reviewedCount": reviewed.count,
            "overturnedCount": overturned,
            "hasDecisionsFile": signOff?.decisionsFile != nil,
            "decisionsFile": signOff?.decisionsFile.map { ["file": $0.file, "sha256": $0.sha256, "entries": $0.entries] } ?? [:],
            "notScanned": (signOff?.notScanned ?? []).map { column -> [String: Any] in
                ["name": column.name, "policy": column.policy == "drop" ? "jamais publiée" : "publiée sans analyse du texte",
                 "reason": column.reason ?? ""]
            },
            "hasNotScanned": !(signOff?.notScanned ?? []).isEmpty,
            "linkColumns": signOff?.linkColumns ?? [],
            "hasLinkColumns": !(signOff?.linkColumns ?? []).isEmpty,
            "limits": (signOff?.detectorLimits ?? []).map { ["rules": $0.rules.joined(separator: ", "), "detector": DetectorRegistry.frenchLabel(kind: $0.detector), "limit": $0.limit] },
        ]
    }
}
