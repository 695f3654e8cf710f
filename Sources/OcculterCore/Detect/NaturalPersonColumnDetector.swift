import Foundation

/// A column whose whole value names a beneficiary or a holder: a natural person unless the
/// row carries a SIRET/RNA number or the name is a body's (association, company, place).
struct NaturalPersonColumnDetector: CellDetector {
    let identifierColumns: [String]
    /// It looks for a SIRET or RNA number in the row's other columns.
    var readsRow: Bool { true }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        let whole = 0..<cell.bytes.count
        var tokenized = Tokens()
        Tokenizer.tokenize(cell.bytes, into: &tokenized)
        let tokens = tokenized.items.filter(\.isWord)
        let folded = tokens.map { String(decoding: tokenized.folded[$0.folded], as: UTF8.self) }
        let words = context.words
        func has(_ set: ByteWordSet) -> Bool {
            tokens.indices.contains { start in
                (1...3).contains { length in
                    start + length <= tokens.count && set.contains(folded[start..<(start + length)].joined(separator: " "))
                }
            }
        }
        if has(words.bodies) { findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.association), evidence: "dénomination d'un organisme")); return }
        if has(words.legalEntities) { findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.legalEntity), evidence: "forme de personne morale")); return }
        if has(words.places) { findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.place), evidence: "établissement ou lieu")); return }
        if has(words.sectors) { findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.association), evidence: "secteur d'activité associatif")); return }
        if NaturalPersonColumnDetector.hasRNANumber(text) {
            findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.registeredBody), evidence: "numéro RNA dans la dénomination"))
            return
        }
        if NaturalPersonColumnDetector.organisationShape(folded, words: words) {
            findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.association), evidence: "forme d'un nom d'organisme (article pluriel, groupe de personnes)"))
            return
        }
        // `titulaires/*/id` means the identifier of the same holder as this cell.
        let position = cell.rawColumn.split(separator: "/").first { $0.allSatisfy(\.isNumber) }.map(String.init)
        let identifier = identifierColumns.lazy.compactMap { column in
            cell.lookup(position.map { column.replacingOccurrences(of: "*", with: $0) } ?? column)
        }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var nameDetector: [Finding] = []
        try PersonNameDetector().detect(cell, rule: rule, context: context, into: &nameDetector)
        let personShaped = nameDetector.contains { $0.verdict == .occult || $0.verdict == .uncertain }
            || (tokens.count >= 2 && tokens.count <= 4 && folded.contains { context.words.isFirstName($0) })
        if let identifier {
            // A registered identifier makes it a body, sole traders included (Sirene, D312-1-3 2°),
            // unless the SIREN is declared non-diffusible.
            let siren = String(identifier.filter(\.isNumber).prefix(9))
            if context.config.nonDiffusibleSirens.contains(siren) {
                findings.append(Finding(rule: rule, span: whole, verdict: .occult, evidence: "SIREN déclaré non diffusible"))
            } else {
                findings.append(Finding(rule: rule, span: whole, verdict: .exempt(.registeredBody),
                                        evidence: personShaped ? "nom de personne, mais immatriculé (entrepreneur individuel)" : "organisme immatriculé"))
            }
            return
        }
        if personShaped {
            findings.append(Finding(rule: rule, span: whole, verdict: .occult, evidence: "nom de personne physique sans SIRET ni RNA"))
        } else if looksLikeSurname(tokens, folded: folded, words: words) {
            findings.append(Finding(rule: rule, span: whole, verdict: .uncertain, evidence: "nom de famille possible, sans identifiant ni forme d'organisme"))
        }
        // Otherwise a name with no sign of a person ("Améthyste", "Les Zinzins du Forez") is
        // an organisation's name: nothing is found, nothing is occulted.
    }

    /// An RNA number (W + 9 digits, e.g. W423001234) written in the name cell.
    static func hasRNANumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return false }
        for start in 0...(scalars.count - 10) where scalars[start] == "W" || scalars[start] == "w" {
            let before = start == 0 ? nil : scalars[start - 1]
            let after = start + 10 < scalars.count ? scalars[start + 10] : nil
            guard before.map({ !CharacterSet.alphanumerics.contains($0) }) ?? true,
                  after.map({ !CharacterSet.alphanumerics.contains($0) }) ?? true else { continue }
            if scalars[(start + 1)..<(start + 10)].allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) { return true }
        }
        return false
    }

    /// The shapes of an organisation's name that no person's name takes: a plural article
    /// first (« Les Zinzins du Forez », « Aux Délices »), or a group of people (« Amis de… »,
    /// « Parents d'élèves… »). Particles (« de », « du ») are no sign: « LE GOFF DU PLESSIS »
    /// is a surname, and stays held.
    static func organisationShape(_ folded: [String], words: WordLists) -> Bool {
        guard folded.count >= 2 else { return false }
        if folded[0] == "les" || folded[0] == "aux" { return true }
        return folded.contains { ["amis", "amies", "copains", "membres", "usagers", "riverains", "habitants", "parents"].contains($0) }
    }

    /// "DUPONT", "MARTIN-LEROY", "Dupont Martin": a surname alone, or two capitalised words
    /// one of which is in capitals, with no common word.
    /// Particles of surnames (« LE GOFF DU PLESSIS », « DE LA ROCHE ») are set aside first:
    /// they are common words, but no sign of an organisation.
    private func looksLikeSurname(_ tokens: [Token], folded: [String], words: WordLists) -> Bool {
        let particles: Set<String> = ["de", "du", "des", "la", "le", "d", "l", "van", "von", "di", "da", "del"]
        let core = tokens.indices.filter { !particles.contains(folded[$0]) }
        guard !core.isEmpty, core.count <= 3, tokens.count <= 5 else { return false }
        if core.contains(where: { words.commonWords.contains(folded[$0]) }) { return false }
        return core.allSatisfy { tokens[$0].startsUpper } && core.contains { tokens[$0].allCaps }
    }
}
