/// `cadastral-parcel`: cadastral parcel references cited in free text (« section AB n° 123 »,
/// « parcelle cadastrée ZC 45 », « parcelles AT 180, 183 et 184 »). Matched with the land
/// register, a parcel names its owner (CADA, avis 20220192): an organisation that withholds its
/// address file's parcels (`cad_parcelles.suppress`, the `enabled_by` switch) withholds those
/// its deliberations cite too, or the same link is published next door. The span is the
/// reference (section and numbers), never the word that introduces it.
struct CadastralParcelDetector: CellDetector, DetectorKind {
    static let kind = "cadastral-parcel"
    static let frenchLabel = "références cadastrales"
    static let limitFrench = "Reconnaît une référence cadastrale introduite par « parcelle », « cadastré » ou « section » et suivie de sa section et de ses numéros : une référence écrite sans ces mots, ou abrégée autrement, n'est pas vue."
    static let keys = ["enabled_by"]

    /// An introducing word, optional « cadastrée » and « section », then the section (one or
    /// two capitals, or a digit and a capital) and one or more plot numbers (« n° » optional,
    /// « , » and « et » between them). `\K` starts the span at the section.
    static let pattern = #"(?i:\b(?:parcelles?|cadastr[ée]e?s?|section))(?:\s+(?i:cadastr[ée]e?s?))?(?:\s+(?i:section))?\s+\K(?:[A-Z]{1,2}|0[A-Z])\s*(?:(?i:n[°o]s?)\.?\s*)?\d{1,4}\b(?:\s*(?:,|(?i:et))\s*(?:(?i:n[°o]s?)\.?\s*)?\d{1,4}\b)*"#
    static let triggers = Keywords(["parcel", "cadastr", "section"])!

    let regex: PCRE2Regex
    let enabledBy: ConfigSwitch?
    var keywordSets: [Keywords] { [CadastralParcelDetector.triggers] }

    static func parse(_ yaml: DetectorYAML) throws -> CadastralParcelDetector {
        CadastralParcelDetector(regex: try yaml.compile(pattern, caseless: false),
                                enabledBy: try yaml.optionalEnum("enabled_by", ConfigSwitch.self))
    }

    func forWorker() -> CadastralParcelDetector { CadastralParcelDetector(regex: regex.recompiled(), enabledBy: enabledBy) }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        if let enabledBy, !enabledBy.isOn(context.config) { return }
        guard cell.facts.digits > 0, cell.mayHold(CadastralParcelDetector.triggers) else { return }
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch) { range in
            findings.append(Finding(rule: rule, span: range, verdict: .occult, evidence: "référence cadastrale (section et numéro de parcelle)"))
        }
    }
}
