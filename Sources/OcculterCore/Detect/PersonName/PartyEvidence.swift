/// A party set against the commune by a slash, the way litigation and land files are titled:
/// « Dossier Bertrand / Commune », « Échange foncier commune / Lefranc », « Affaire Ville /
/// DUPUY ». The other side of the slash is a person when its words are a first name, a word
/// in no list nor the lexicon, or capitals in a mixed-case subject; a body, a company or a
/// place in the lists ("Commune / État", "Ville / SCI Les Cèdres") is not.
extension Scan {
    /// Called on "commune" or "ville"; emits the party on the other side of a slash and
    /// returns the index to go on from, or nil.
    func handleCommuneParty(at index: Int, covered: [Range<Int>], emit: Emit) -> Int? {
        guard isPunct(index + 1, "/") || isPunct(index - 1, "/"), !namesAQuarter(index), isPartyFile else { return nil }
        if isPunct(index + 1, "/"), civility(at: index + 2) == nil, let end = partyEnd(from: index + 2) {
            emit(index + 2, end, .occult, "partie opposée à la commune, après « / »")
            return end
        }
        // (« AU LIEU-DIT LA VILLE-JEGU / COMMUNE »: a place's compound.)
        if isPunct(index - 1, "/"), let start = partyStart(before: index - 1), !covered.contains(where: { $0.contains(start) }),
           !(start == index - 2 && placeCompound(tokens[start])) {
            emit(start, index - 1, .occult, "partie opposée à la commune, avant « / »")
        }
        return nil
    }

    /// "Coudert/Tixier", "concession AYDIN/YILMAZ", "vente lots – benali / mekki": in a file
    /// between parties, two parties set against each other by a slash, neither of them the
    /// commune. Both sides must read as persons (`isPartyWord`), and not both as communes
    /// ("Lyon/Villeurbanne"), nor where a place stands ("à Châtillon/Cluses"). A file word
    /// (« vente », « concession », « mariage »…) must be in the cell: the prefilter admits it
    /// on that word, not on the slash.
    /// Called on the word before a slash; emits both sides and returns the index to go on from.
    func handlePartyPair(at index: Int, covered: [Range<Int>], emit: Emit) -> Int? {
        guard isPunct(index + 1, "/"), let right = word(index + 2), !self.is(right, "commune"), !self.is(right, "ville"),
              !inPlaceSlot(tokens[index]), !covered.contains(where: { $0.contains(index) }), isPartyWord(tokens[index]),
              civility(at: index + 2) == nil, cellHas(.designation), !insideCompanyName(index),
              let end = partyEnd(from: index + 2),
              partyStart(before: index + 1) != nil else { return nil }
        // "l'angle Coppée/Richepin": two streets at a corner; "NPNRU Beaulieu / Montchovet": a
        // programme's quarters (an acronym in a mixed-case subject names the programme).
        if let before = word(index - 1), self.is(before, [.place, .body, .legalEntity], bare: true)
            || before.allCaps && !shouting && !self.is(before, [.designation, .transaction]) { return nil }
        if namesCommune(tokens[index]), namesCommune(right) { return nil }
        // "BAFA / BAFD", "SNCF/RFF": in a mixed-case subject, four capitals or fewer are an
        // acronym's, not a surname's.
        func acronym(_ token: Token) -> Bool { token.allCaps && token.scalars <= 4 }
        if !shouting, acronym(tokens[index]) || acronym(right) { return nil }
        let evidence = "parties d'une affaire séparées par « / »"
        emit(index, index + 1, .occult, evidence)
        emit(index + 2, end, .occult, evidence)
        // "Ferreira / Gonçalves / Da Cruz": the list goes on, slash after slash.
        var last = end
        while isPunct(last, "/"), civility(at: last + 1) == nil, let more = partyEnd(from: last + 1) {
            emit(last + 1, more, .occult, evidence)
            last = more
        }
        return last
    }

    /// A file between parties (a case, a land deal), not an agreement with an organisation
    /// ("Convention commune / Enedis"): a file or transaction word, or "dossier", "protocole".
    private var isPartyFile: Bool {
        if cellHas(.designation) || cellHas(.transaction) { return true }
        return tokens.contains { $0.isWord && (self.is($0, "dossier") || self.is($0, "protocole") || self.is($0, "requete")
                                                || self.is($0, "contentieux") || self.is($0, "litige") || self.is($0, "affaire")) }
    }

    /// "Centre Ville/Thubaneau", "Hôtel de Ville", "Haute Ville": the word is a place's.
    private func namesAQuarter(_ index: Int) -> Bool {
        var before = index - 1
        if let article = word(before), self.is(article, "de") { before -= 1 }
        guard let previous = word(before) else { return false }
        // "Place Ville", "Hôtel de Ville": a capitalised place word; not "vente terrain commune / X".
        if self.is(previous, .place), previous.startsUpper { return true }
        return Scan.quarterAdjectives.contains { self.is(previous, $0) }
    }

    static let quarterAdjectives: [StaticString] = ["centre", "hotel", "haute", "basse", "vieille", "bonne", "neuve", "grande"]

    private func isPartyWord(_ token: Token) -> Bool {
        // "donation lagarrigue / commune": in lower case, a word in no list nor the lexicon.
        if !token.startsUpper { return isUnknownWord(token, anyCase: true) }
        guard !self.is(token, [.role, .civility, .link, .particle, .family, .designation]) else { return false }
        if isFirstName(token) { return !self.is(token, [.place, .body, .legalEntity]) }
        if token.allCaps, !shouting, token.scalars >= 3 { return !self.is(token, Scan.listedClasses) }
        return isUnknownWord(token)
    }

    private func partyEnd(from start: Int) -> Int? {
        var end = start
        while end - start < 4, let token = word(end), isPartyWord(token) { end += 1 }
        guard end > start, !companyAfter(end) else { return nil }
        return end
    }

    private func partyStart(before slash: Int) -> Int? {
        var start = slash
        while slash - start < 4, let token = word(start - 1), isPartyWord(token) { start -= 1 }
        guard start < slash else { return nil }
        // "SCI Les Cèdres / Commune": a company word before the party names a company.
        if let before = word(start - 1), self.is(before, [.legalEntity, .body, .place]) { return nil }
        // "Convention CACEM / Ville de Schœlcher": in a mixed-case subject, a word in capitals
        // right after the name of an agreement is the other body's acronym.
        if !shouting, start == slash - 1, tokens[start].allCaps, tokens[start].scalars <= 6, let before = word(start - 1),
           Scan.bytes(key(before), isOneOf: ["convention", "conventions", "contrat", "accord", "avenant", "protocole", "partenariat"]) { return nil }
        return start
    }
}
