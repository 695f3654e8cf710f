/// Names typed all in lower case by a hurried clerk, outside any list or trigger: « le
/// déplacement de kenza amrani aux championnats », « projet porté par inès ferhat, chloé da
/// costa et moussa kanté ». A first name of the list (no common word) followed by a word that
/// no lexicon knows (nor a commune) reads as « prénom nom » whatever the case, and such a word
/// before one as « nom prénom » (« tournier jerome »); not after a
/// place's or a body's word (« école jean jaures »), nor a public figure's name. The prefilter
/// reads lower-case first names for this (`TriggerProbe.isLowercaseName`).
extension Scan {
    /// The token range of a lower-case « prénom nom » starting at `index`, or nil.
    func lowercaseFullName(at index: Int) -> Range<Int>? {
        guard !shouting, let first = word(index), !first.startsUpper else { return nil }
        // « tournier jerome et lefevre amandine », « petrosyan anahit »: surname first, a word no
        // lexicon knows then a first name that is no common word.
        if !isFirstName(first), first.scalars >= 3, let given = word(index + 1), !given.startsUpper, isPlainFirstName(given),
           !self.is(first, [.link, .particle, .civility, .titleArticle, .designation, .transaction]), isUnknownWord(first, anyCase: true),
           !namesCommune(first) {
            return plainContext(index, end: index + 2) ? index..<(index + 2) : nil
        }
        guard let given = word(index), isFirstName(given),
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
        return plainContext(index, end: end) ? index..<end : nil
    }

    /// Whether a lower-case name at `index..<end` stands where a private person's would: not an
    /// artist of a programme, a place's eponym, a civility's or an office's name, a public figure.
    private func plainContext(_ index: Int, end: Int) -> Bool {
        // (« la chanteuse annie ebrel », « la soprano élise kerbrat »: an artist of a programme.)
        if artistBefore(index) { return false }
        // (« école jean jaures », « rue victor hugo », « saint jean », « école demandée : rené
        // goscinny »: a place's eponym, within three tokens.)
        func eponym(_ position: Int) -> Bool { word(position).map { self.is($0, [.place, .body, .designation]) || isSaint($0) } ?? false }
        if eponym(index - 1) { return false }
        if isPunct(index - 1, ":") || isPunct(index - 1, "-") || isPunct(index - 1, "–"), eponym(index - 2) || eponym(index - 3) { return false }
        // (« me cédric ah-sing, commissaire de justice », « la 3e adjointe, odile x »: a civility's
        // or an office's name, which their own readers decide.)
        if let before = word(index - 1), self.is(before, .civility) || civility(at: index - 1) != nil { return false }
        if isPunct(index - 1, ","), let office = word(index - 2), self.is(office, .role, bare: true) { return false }
        return !isPublicFigure(Array(index..<end))
    }
}
