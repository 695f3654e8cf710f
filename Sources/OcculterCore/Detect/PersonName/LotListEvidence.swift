/// « VENTE DE BOIS (AFFOUAGE) – LOTS ATTRIBUES : LOT 1 PIETRI A. ; LOT 2 LECA J.-F. », « ADJUDICATION
/// DES POSTES DE TIR : LOT 1 ARRAMBIDE TXOMIN 1 200 € »: in a subject that attributes lots, the
/// words right after a lot's number name the one it goes to when initials, a first name or a
/// second word of no list follow the first (a public contract's lots go to firms named by one
/// word, « LOT 2 EUROVIA », and such a subject is not read here at all).
extension Scan {
    static let attributionWords: [StaticString] = ["attribue", "attribues", "attribuee", "attribuees", "attribution", "attributions",
                                                   "attributaire", "attributaires", "adjudication", "adjudications", "adjuge", "adjuges",
                                                   "adjugee", "adjugees", "adjudicataire", "adjudicataires"]
    static let lotWords: [StaticString] = ["lot", "lots", "poste", "postes", "emplacement", "emplacements"]
    static let procurementWords: [StaticString] = ["marche", "marches", "travaux", "offres", "mapa", "consultation", "entreprise",
                                                   "entreprises", "societe", "societes", "prestataire", "prestataires", "fourniture",
                                                   "fournitures", "avenant", "avenants", "candidat", "candidats", "candidature"]

    func attributedLots(covered: [Range<Int>], emit: Emit) {
        // A lot's word before a number first: rare, and cheaper to look for than the other lists.
        guard tokens.indices.contains(where: { lotNumber(at: $0) != nil }),
              tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.attributionWords) }),
              !tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.procurementWords) }) else { return }
        for index in tokens.indices {
            guard let number = lotNumber(at: index) else { continue }
            var start = number + 1
            if isPunct(start, ":") || isPunct(start, "-") || isPunct(start, "–") { start += 1 }
            guard let first = word(start), first.startsUpper, civility(at: start) == nil, !covered.contains(where: { $0.contains(start) }),
                  !self.is(first, [.place, .body, .legalEntity, .role, .particle, .titleArticle]),
                  !Scan.bytes(key(first), isOneOf: Scan.legalForms) else { continue }
            var end = start + 1
            var closed = false
            var unknownWords = isUnknownWord(first) && !context.words.isLexiconWord(keyWithoutElision(first)) ? 1 : 0
            while end - start < 5 {
                if let initial = initialEnd(at: end) {
                    end = initial
                    // "J.-F.": two initials joined by a hyphen.
                    if isPunct(end, "-"), let second = initialEnd(at: end + 1) { end = second }
                    closed = true
                    continue
                }
                if let more = word(end), more.startsUpper, !covered.contains(where: { $0.contains(end) }), isFirstName(more) || isUnknownWord(more) {
                    end += 1
                    if isFirstName(more) { closed = true } else { unknownWords += 1 }
                    continue
                }
                break
            }
            guard closed || unknownWords >= 2 else { continue }
            emit(start, end, .occult, "attributaire d'un lot, nommé après son numéro")
        }
    }

    /// The number of the lot whose word stands at `index` (« LOT 1 », « lot n° 3 »), or nil.
    private func lotNumber(at index: Int) -> Int? {
        guard let lot = word(index), Scan.bytes(key(lot), isOneOf: Scan.lotWords) else { return nil }
        return numberAfter(index + 1)
    }
}
