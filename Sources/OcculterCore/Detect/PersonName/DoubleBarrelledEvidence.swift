/// Two surnames joined by a hyphen in a register typed all in capitals ("ECH. COMMUNE/LE
/// BOUCHER-TANGUY", "ACQ. ZA 15 / BARBIER-DE KERANFLECH"): a married couple's names or a
/// double-barrelled name, told from a place's compound by its words and from a venue's or a
/// firm's by where it stands.
extension Scan {
    /// Words that name a place when they open a compound ("LA VILLE-JEGU", "CLOS-MARIE", "LE
    /// VAU-GUILLAUME"), or join its parts ("SAINT-BRIEUC", "PONT-SUR-YONNE").
    static let toponymParts: [StaticString] = ["ville", "villes", "lande", "landes", "croix", "clos", "pre", "pres", "bas", "basse",
                                               "haut", "haute", "hauts", "vau", "val", "fontaine", "bois", "mont", "champ", "champs",
                                               "pont", "port", "moulin", "ker", "lann", "goas", "roche", "motte", "mare", "plessis",
                                               "bourg", "bec", "cap", "puy", "fond", "fonds", "plan", "coat", "coet", "pen", "pors",
                                               "porz", "loc", "lez", "les", "sur", "sous", "en", "et", "aux", "des", "saint", "sainte",
                                               "st", "ste", "san", "santa", "chateau", "cote", "grange", "ferme", "maison", "mas",
                                               "domaine", "rue", "route", "chemin", "place", "quartier", "hameau", "vieux", "vieille",
                                               "neuf", "neuve", "nord", "sud", "est", "ouest"]
    /// A compound whose first part names a place ("VILLE-JEGU", "CLOS-MARIE").
    func placeCompound(_ token: Token) -> Bool {
        let whole = key(token)
        guard let hyphen = whole.firstIndex(of: UInt8(ascii: "-")) else { return false }
        return Scan.bytes(UnsafeBufferPointer(rebasing: whole[..<hyphen]), isOneOf: Scan.toponymParts)
    }

    /// A particle that ends a compound surname's first part ("BIGOT-LE MEUR", "BARBIER-DE KERANFLECH").
    static let compoundParticles: [StaticString] = ["le", "la", "de", "du", "l"]

    /// "ECH. COMMUNE/LE BOUCHER-TANGUY", "ACQ. ZA 15 / BARBIER-DE KERANFLECH", "PRENEURS
    /// NGOMA-BERTIN ET LE VAILLANT": in capitals, two surnames joined by a hyphen name a person
    /// (a married couple's names, a double-barrelled name). A place joins its words so too, but
    /// with a word of places or grammar ("LA VILLE-JEGU", "PONT-SUR-YONNE") or after a place's
    /// article (« AU PRE-NICOLAS », « DE LA VILLE-GUY »); a commune, a first name ("ANNE-SOPHIE")
    /// or a word of the lists is none. One part at least is no French word. Returns the name's
    /// range, its particles and first names or initials after it included.
    /// (The word at `index` has the shape: `shoutedSurnameShape`, asked once by `run`.)
    func handleDoubleBarrelled(at index: Int, emit: Emit) -> Int? {
        guard shouting else { return nil }
        let token = tokens[index]
        let whole = key(token)
        guard whole.contains(UInt8(ascii: "-")), !isFirstName(token), !context.words.communeWords.contains(whole) else { return nil }
        var parts: [UnsafeBufferPointer<UInt8>] = []
        var partStart = 0
        for position in 0...whole.count where position == whole.count || whole[position] == UInt8(ascii: "-") {
            parts.append(UnsafeBufferPointer(rebasing: whole[partStart..<position]))
            partStart = position + 1
        }
        guard parts.count >= 2, parts.count <= 3 else { return nil }
        var end = index + 1
        // "BIGOT-LE MEUR": the particle closing the token opens the next word.
        if let last = parts.last, Scan.bytes(last, isOneOf: Scan.compoundParticles) {
            guard let next = word(index + 1), shoutedSurnameShape(next) else { return nil }
            parts.removeLast()
            end += 1
        }
        var foreign = false
        for part in parts {
            guard part.count >= 2, Scan.hasVowel(part), !Scan.bytes(part, isOneOf: Scan.toponymParts), !Scan.isSaintWord(part),
                  context.nameLexicon.value(part) & (C.place.rawValue | C.body.rawValue | C.legalEntity.rawValue | C.role.rawValue
                                                     | C.link.rawValue | C.titleArticle.rawValue) == 0 else { return nil }
            if !context.words.frenchWords.contains(part) || context.words.firstNames.contains(part) { foreign = true }
        }
        // ("PETIT-LE NORMAND": a place joins all its words with hyphens, « PLESSIS-LE-ROI ».)
        if end > index + 1 { foreign = true }
        guard foreign else { return nil }
        // (« AU PRE-NICOLAS », « DE LA VILLE-GUY », « DES HAUTS-BLEUETS »: a place's article.)
        if let article = word(index - 1), Scan.bytes(keyWithoutElision(article), isOneOf: ["la", "les", "du", "des", "au", "aux"]) { return nil }
        let start = particlesBefore(index)
        guard !isOfficial(Array(index..<end)), !isPublicFigure(Array(index..<end)), !isCommune(around: start, end: end),
              !companyAfter(end) else { return nil }
        // "PECHEUR ERWANN", "LE GRAND-KERVELLA S.": the first names or the initials after it.
        let nameEnd = end
        while end - index < 4, let given = word(end), given.allCaps, isFirstName(given), !self.is(given, .commonWord) { end += 1 }
        if let initials = initialEnd(at: end), civility(at: end) == nil {
            end = initials
            if let more = initialEnd(at: end) { end = more }
        }
        // Where it stands says a party: between the slashes of a deed, after a deed's head, a
        // party's preposition or a word for its holder, or with its first names. A venue, a
        // firm or a lieu-dit is written so too (« COLLEGE JEAN-ROSTAND », « SCP X-Y », « LD
        // BELLE-ROSE »): a word of the lists before it, or a first name opening it, says so.
        // ("PROP. MERCIER-BELLEC": past the abbreviation's dot.)
        let before = isPunct(start - 1, ".") ? word(start - 2) : word(start - 1)
        if let before, self.is(before, [.place, .body, .legalEntity, .cultural, .role], bare: true) { return nil }
        let given = end > nameEnd
        // (Only a cell the prefilter lets in: a word of its table, or the initial after the name.)
        guard admitsScanStart || initialEnd(at: end - 2) == end && tokens[end - 2].scalars <= 2 else { return nil }
        if !given, context.words.firstNames.contains(parts[0]) { return nil }
        let slot = given
            || deedInCell && (isPunct(start - 1, "/") || isPunct(nameEnd, "/"))
            || (before.map { self.is($0, [.deedHead, .designation, .family], bare: true) || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.holderWords) } ?? false)
            || deedInCell && partyPreposition(start - 1)
        guard slot else { return nil }
        let clue = "deux noms joints par un trait d'union dans un registre en capitales"
        emit(start, end, .occult, clue)
        // "NGOMA-BERTIN ET LE VAILLANT": the other parties, the register's way (« ET ACQ. » is
        // another deed, not a party).
        while let (link, strong) = linkAfterParty(end), strong {
            let surnameAt = particlesAfter(link)
            guard let party = word(surnameAt), shoutedSurnameShape(party), isUnknownWord(party) || surnameAt > link else { break }
            emit(link, surnameAt + 1, .occult, clue)
            end = surnameAt + 1
        }
        return end
    }
}
