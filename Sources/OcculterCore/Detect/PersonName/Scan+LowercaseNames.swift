/// Names typed all in lower case by a hurried clerk, outside any list or trigger: « le
/// déplacement de kenza amrani aux championnats », « projet porté par inès ferhat, chloé da
/// costa et moussa kanté ». A first name of the list (no common word) followed by a word that
/// no lexicon knows (nor a commune) reads as « prénom nom » whatever the case; not after a
/// place's or a body's word (« école jean jaures »), nor a public figure's name. The prefilter
/// lets a cell without any capital reach the scan for this; in a cell with capitals, the pair
/// is read when another word already opened the scan.
extension Scan {
    /// The token range of a lower-case « prénom nom » starting at `index`, or nil.
    func lowercaseFullName(at index: Int) -> Range<Int>? {
        guard !shouting, let given = word(index), !given.startsUpper, isFirstName(given),
              !self.is(given, [.commonWord, .place, .body, .legalEntity, .role, .link, .particle, .civility, .titleArticle, .designation]),
              !namesCommune(given) else { return nil }
        var end = index + 1
        // "chloé da costa": a particle opens the surname (which may then spell a commune).
        var particled = false
        if let particle = word(end), !particle.startsUpper, isParticle(particle), let after = word(end + 1), !after.startsUpper {
            end += 1
            particled = true
        }
        // ("inès ferhat": a surname that is also a first name, when no lexicon knows it.)
        guard let surname = word(end), !surname.startsUpper, surname.scalars >= 3,
              isUnknownWord(surname, anyCase: true) || isFirstName(surname) && !self.is(surname, .commonWord) && !context.words.isLexiconWord(key(surname)),
              particled || !namesCommune(surname), !self.is(surname, [.place, .body, .legalEntity, .role, .link, .civility, .transaction]) else { return nil }
        end += 1
        // (« la chanteuse annie ebrel », « la soprano élise kerbrat »: an artist of a programme.)
        if artistBefore(index) { return nil }
        // (« école jean jaures », « rue victor hugo », « saint jean », « école demandée : rené
        // goscinny »: a place's eponym, within three tokens.)
        func eponym(_ position: Int) -> Bool { word(position).map { self.is($0, [.place, .body, .designation]) || isSaint($0) } ?? false }
        if eponym(index - 1) { return nil }
        if isPunct(index - 1, ":") || isPunct(index - 1, "-") || isPunct(index - 1, "–"), eponym(index - 2) || eponym(index - 3) { return nil }
        // (« me cédric ah-sing, commissaire de justice », « la 3e adjointe, odile x »: a civility's
        // or an office's name, which their own readers decide.)
        if let before = word(index - 1), self.is(before, .civility) || civility(at: index - 1) != nil { return nil }
        if isPunct(index - 1, ","), let office = word(index - 2), self.is(office, .role, bare: true) { return nil }
        if isPublicFigure(Array(index..<end)) { return nil }
        return index..<end
    }
}

extension Scan {
    /// "(12/03/1925)": a date in parentheses right after a name, a birth date.
    func birthDateAfter(_ end: Int) -> Bool {
        isPunct(end, "(") && end + 3 < tokens.count && tokens[end + 1].kind == .number && isPunct(end + 2, "/")
    }

    /// "Centenaire de M. X", "noces d'or de M. et Mme Y", "la doyenne Mme Z": a private
    /// celebration before the civility.
    func celebrationBefore(_ start: Int) -> Bool {
        let celebrations: [StaticString] = ["centenaire", "anniversaire", "noces", "doyen", "doyenne", "centenaires", "doyens", "doyennes"]
        if let noun = word(start - 1), Scan.bytes(key(noun), isOneOf: celebrations) { return true }
        guard let of = word(start - 1), self.is(of, "de") || self.is(of, "d'") else { return false }
        var position = start - 2
        // (« noces d'or de », « noces de diamant de »: the metal between.)
        if let metal = word(position), Scan.bytes(keyWithoutElision(metal), isOneOf: ["or", "diamant", "platine", "argent", "palissandre"]) {
            position -= 1
            if let link = word(position), self.is(link, "de") { position -= 1 }
        }
        return word(position).map { Scan.bytes(keyWithoutElision($0), isOneOf: celebrations) } ?? false
    }
}
