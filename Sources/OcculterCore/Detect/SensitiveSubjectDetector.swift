/// The subject of a contract or deliberation that concerns defence, public security, the
/// security of information systems or sensitive sites (CRPA L311-5 2°). Occulting the matched
/// words alone would leave the rest of the subject (the site, the network, the equipment), so
/// the whole cell is held for the DPO, occulted meanwhile.
struct SensitiveSubjectDetector: CellDetector {
    /// The pack's vocabulary, with its keyword prefilter: most subjects skip the regex.
    let pattern: PatternDetector
    var keywordSets: [Keywords] { pattern.keywordSets }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        var matches: [Finding] = []
        try pattern.detect(cell, rule: rule, context: context, into: &matches)
        guard !matches.isEmpty else { return }
        findings.append(Finding(rule: rule, span: 0..<cell.bytes.count, verdict: .uncertain,
                                evidence: "vocabulaire de la défense, de la sécurité publique, de la sécurité des systèmes d'information ou des sites sensibles (liste du jeu de règles)"))
    }
}
