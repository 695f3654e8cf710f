/// The conformity section of the Markdown and HTML reports (publication obligation, schema
/// conformance of the published file, state of the legal catalogue) and the bases of each
/// decision, as Mustache sees them.
extension ReportViewModel {
    /// Breaches listed one by one in the reports; the others are counted by kind.
    static let listedSchemaErrors = 100

    var conformityView: [String: Any] {
        var view: [String: Any] = [:]
        if let obligation = report.publicationObligation {
            view["obligation"] = ["statement": obligation.statement, "verdict": obligation.verdict.rawValue,
                                  "applies": obligation.verdict == .applies, "exempt": obligation.verdict == .exempt,
                                  "unknown": obligation.verdict == .unknown]
        }
        view["hasSchema"] = report.schemaConformance != nil
        if let schema = report.schemaConformance {
            let listed = schema.errors.prefix(ReportViewModel.listedSchemaErrors)
            view["schema"] = [
                "name": schema.schema, "version": schema.version, "valid": schema.valid, "total": schema.errorsTotal,
                "counts": schema.errorCounts.sorted { $0.key < $1.key }.map { code, count -> [String: Any] in
                    ["code": code, "label": SchemaErrorCode(rawValue: code)?.label ?? code, "count": count]
                },
                "errors": listed.map { issue -> [String: Any] in
                    ["line": issue.line, "column": issue.column, "code": issue.code.rawValue,
                     "explanation": schema.explanations["\(issue.code.rawValue)|\(issue.column)"] ?? issue.code.label]
                },
                "truncated": schema.errorsTotal > listed.count, "hidden": schema.errorsTotal - listed.count,
            ]
        } else {
            view["noSchemaReason"] = report.output == nil
                ? "aucun jeu publiable n'a été écrit (analyse seule) : la conformité au schéma n'a pas été vérifiée."
                : "aucun schéma Table Schema officiel n'est livré pour le jeu « \(report.dataset.pack) » (voir Rules/schemas/SOURCE.md), ou le format publié n'est pas un CSV."
        }
        let unverified = report.legalBases.filter { !$0.verified }.map(\.id)
        let uncertain = report.legalBases.filter { $0.uncertainty != nil }.map(\.id)
        view["catalogue"] = ["cited": report.legalBases.count, "unverified": unverified.joined(separator: ", "),
                             "hasUnverified": !unverified.isEmpty, "uncertain": uncertain.joined(separator: ", "),
                             "hasUncertain": !uncertain.isEmpty]
        return view
    }

    /// The bases of one decision, each with its article, for a link to the cited text.
    func decisionBases(_ decision: Decision) -> [[String: Any]] {
        decision.bases.enumerated().map { index, id in
            let basis = report.legalBases.first { $0.id == id }
            return ["id": id, "article": basis?.article ?? id, "sep": index + 1 < decision.bases.count ? " ; " : "",
                    "unverified": basis.map { !$0.verified } ?? false]
        }
    }
}
