import Foundation

/// The context around a name: a place, body or company word before it, kin, a company or a
/// profession after it, a transaction or trigger phrase before it.
extension Scan {
    // MARK: Context

    /// A place, body or company word right before the name ("rue", "OCCE", "SARL"). With
    /// `throughNames`, the walk also crosses the articles inside a proper name ("Fédération des
    /// Villes de Lazare de Schwendi"), but only when a capitalised word of that name was crossed
    /// too: "Terrain de Jean DURAND" is a file about a person, not a named place.
    ///
    /// With `complements` (a name in mixed case), the walk also crosses the lower-case
    /// complement of a facility word ("Centre de loisirs Marie Laurencin", "salle de sport
    /// Jean Petit"), never a preposition right before the name ("maison à Marie Petit").
    func contextBefore(_ start: Int, allowTitleSkip: Bool, throughNames: Bool = false, complements: Bool = false) -> Exemption? {
        var position = start - 1
        var steps = 0
        var crossedArticle = false, crossedName = false, crossedComplement = false
        while position >= 0, steps < 4 {
            if crossedArticle && !crossedName {
                // An article right after the head word: the head does not name a place here.
                if let token = word(position), self.is(token, [.place, .body, .legalEntity], bare: true) { return nil }
            }
            for length in (1...min(3, position + 1)).reversed() {
                let indices = (position - length + 1)..<(position + 1)
                guard indices.allSatisfy({ tokens[$0].isWord }) else { continue }
                // "l'OCCE", "d'Amis" : the elided article is not part of the context word.
                if length == 1 {
                    // One word: its classes without article say it (the lexicon holds every entry).
                    let token = tokens[position]
                    if self.is(token, .place, bare: true) { return .place }
                    if self.is(token, .body, bare: true) { return .association }
                    // "associés MM. X et Y": partners named after the word, not a firm's name.
                    if self.is(token, .legalEntity, bare: true), !Scan.bytes(key(token), isOneOf: Scan.partnerWords) { return .legalEntity }
                    continue
                }
                // A phrase of these lists starts with the first word of one of their entries of
                // several words: when this one is none, the three phrases are not even joined
                // (they were most of this walk, run for every name).
                guard context.contextPhraseHeads.contains(keyWithoutElision(tokens[indices.lowerBound])) else { continue }
                if phrase(indices, in: context.words.places, withoutElision: true) { return .place }
                if phrase(indices, in: context.words.bodies, withoutElision: true) { return .association }
                if phrase(indices, in: context.words.legalEntities, withoutElision: true) { return .legalEntity }
            }
            // An opening quote between the head and the name ("Dojo « Cathy Fleury »").
            if steps == 0, isOpeningQuote(position) {
                position -= 1
                steps += 1
                continue
            }
            guard let token = word(position) else { return nil }
            if complements, !shouting, steps < 3, !token.startsUpper {
                if isComplement(token) || crossedComplement && self.is(token, .titleArticle) {
                    crossedComplement = true
                    position -= 1
                    steps += 1
                    continue
                }
            }
            // "SUBVENTION AU CLUB ATHLETIQUE JOSEPH GUETAT", "ASSOCIATION SPORTIVE ARAM X": in
            // capitals, one or two adjectives between a body's word and its eponym.
            if shouting, steps < 2, !isFirstName(token), isComplement(token) {
                var head = position - 1
                if let second = word(head), steps == 0, !isFirstName(second), isComplement(second), !self.is(second, .body, bare: true) { head -= 1 }
                if let body = word(head), self.is(body, .body, bare: true) { return .association }
            }
            let nameOfVenue = !shouting && token.startsUpper && !token.allCaps && !self.is(token, [.civility, .family, .designation, .role])
            if self.is(token, .placeAdjective, bare: true) || (allowTitleSkip && self.is(token, .titleArticle)) || nameOfVenue && steps < 3 {
                if nameOfVenue { crossedName = true }
                position -= 1
                steps += 1
                continue
            }
            // "avenue de L'Abbé Paul Parguel": the head's particle before a title in capitals.
            if crossedName, steps < 3, self.is(token, .particle) {
                position -= 1
                steps += 1
                continue
            }
            // "Club de l'Amitié Lucien Rose": two articles may stand between the head and the name.
            if throughNames, !shouting, self.is(token, .titleArticle), let previous = word(position - 1),
               previous.startsUpper || self.is(previous, .titleArticle) && (word(position - 2)?.startsUpper ?? false) {
                crossedArticle = true
                position -= previous.startsUpper ? 1 : 2
                steps += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// A lower-case word that can complement a facility word ("loisirs", "sport", "fêtes"):
    /// not a grammar word of the scan nor a preposition.
    func isComplement(_ token: Token) -> Bool {
        guard token.scalars >= 3, !self.is(token, [.particle, .titleArticle, .link, .residence, .civility, .family, .designation,
                                                   .role, .transaction, .birthName, .place, .body, .legalEntity]) else { return false }
        for literal in Scan.prepositions where self.is(token, literal) { return false }
        return true
    }

    /// « , " or “ at `index`.
    func isOpeningQuote(_ index: Int) -> Bool {
        isPunct(index, "«") || isPunct(index, "\"") || isPunct(index, "“")
    }

    /// The start of a surname that opens the subject right before the first name at `start`,
    /// the name being followed by a colon or a dash: capitalised words and particles, one of
    /// them in no list nor the lexicon.
    func headingSurnameFirst(before start: Int, end: Int) -> Int? {
        guard start >= 1, start <= 5, isPunct(end, ":") || isPunct(end, "-") || isPunct(end, "–") || isPunct(end, "—") else { return nil }
        var unknown = false
        for index in 0..<start {
            if let token = word(index) {
                if isUnknownWord(token) { unknown = true; continue }
                guard isParticle(token), index > 0 else { return nil }
            } else if !(isPunct(index, "-") && index > 0 && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound) {
                return nil
            }
        }
        return unknown ? 0 : nil
    }

    /// « père », « mère », « oncle »… count as kin only after a possessive (« son père Joseph »,
    /// « leur grand-mère », « sa grand mère ») — not « le père Noël », « la Mère Poulard ».
    func possessedKin(at index: Int) -> Bool {
        guard let kin = word(index), Scan.bytes(keyWithoutElision(kin), isOneOf: Scan.possessedKinWords) else { return true }
        let before = word(index - 1).map { self.is($0, "grand") || self.is($0, "grande") || self.is($0, "arriere") } == true ? index - 2 : index - 1
        return word(before).map { Scan.bytes(key($0), isOneOf: Scan.possessives) } ?? false
    }

    /// « le jeune », « la jeune », « du jeune » in lower case right before `start` (not « Foyer
    /// des Jeunes Travailleurs », « Carte Jeune »: a capital, or no article).
    func youngBefore(_ start: Int) -> Bool {
        // (« le petit Tiago », « la petite Fatou »: a child too.)
        guard let young = word(start - 1), !young.startsUpper, self.is(young, "jeune") || self.is(young, "petit") || self.is(young, "petite"),
              let article = word(start - 2) else { return false }
        return Scan.bytes(key(article), isOneOf: ["le", "la", "du", "au"])
    }

    /// A word of kinship right before `start` ("leur fils", "ses frères", "petits-enfants"),
    /// or "parents de": the person named next is a relative.
    func kinBefore(_ start: Int) -> Bool {
        guard let kin = word(start - 1) else { return false }
        let bare = keyWithoutElision(kin)
        if Scan.bytes(bare, isOneOf: Scan.kinWords) {
            // "Frères", "Sœurs" also close a firm's or a congregation's name: only after a
            // possessive or an article in lower case.
            guard Scan.bytes(bare, isOneOf: Scan.ambiguousKin) else { return true }
            // (« le père Jacques », « la mère X »: a priest's, a nun's title.)
            if Scan.bytes(bare, isOneOf: Scan.possessedKinWords) { return possessedKin(at: start - 1) }
            // "leur grand pere joseph": « grand » written apart.
            let before = word(start - 2).map { self.is($0, "grand") || self.is($0, "grande") || self.is($0, "arriere") } == true ? start - 3 : start - 2
            return word(before).map { Scan.bytes(key($0), isOneOf: Scan.possessives) || self.is($0, "les") || self.is($0, "des") } ?? false
        }
        guard self.is(kin, "de") || self.is(kin, "d'"), let parents = word(start - 2) else { return false }
        return self.is(parents, "parents") || self.is(parents, "parent")
    }

    /// Lone first names coordinated after a relative's ("Enzo et Nolann", "Fanta et
    /// d'Ibrahim", "Lola, Timeo"); returns where the list ends.
    func coordinatedFirstNames(after end: Int, emit: Emit) -> Int {
        var position = end
        while position < tokens.count {
            var next = position
            if isPunct(next, ",") || isPunct(next, "&") { next += 1 }
            if let link = word(next), self.is(link, .link) { next += 1 }
            if let de = word(next), self.is(de, "de") || self.is(de, "d'") { next += 1 }
            guard next > position, let first = word(next), isFirstName(first), !self.is(first, .commonWord) || first.startsUpper,
                  civility(at: next) == nil, !(word(next + 1)?.startsUpper ?? false) else { break }
            emit(next, next + 1, .occult, "prénom coordonné au prénom d'un particulier")
            position = next + 1
        }
        return position
    }

    /// "et Fils", "& Associés", "Frères" after a name make it a company name.
    func companyAfter(_ end: Int) -> Bool {
        // "Kaufman & Broad": two names joined by an ampersand name a firm.
        // "GRUNENWALD Joseph & WALTHER Christiane": a surname and a first name after it are a
        // second person.
        if isPunct(end, "&"), let next = word(end + 1), next.startsUpper, civility(at: end + 1) == nil {
            guard let second = word(end + 2), second.startsUpper else { return true }
            return !(isPlainFirstName(second) || isPlainFirstName(next))
        }
        for length in 1...2 where end + length <= tokens.count {
            if phrase(end..<(end + length), in: context.words.legalEntities) { return true }
        }
        return false
    }

    /// A profession right after the name (", notaire", "avocat au barreau").
    func professionAfter(_ end: Int) -> Bool {
        // A phrase of the list starts with its head word: without one in the cell, none follows
        // the name (and the sole-trader check, 0.2 k instructions, is not needed).
        guard cellHas(.professionHead) else { return false }
        // "M. X, paysagiste auto-entrepreneur": a sole trader is a party, not a professional.
        if soleTraderAfter(end) { return false }
        var position = end
        if isPunct(position, ",") { position += 1 }
        for length in 1...3 where position + length <= tokens.count {
            let slice = position..<(position + length)
            guard slice.allSatisfy({ tokens[$0].isWord }) else { break }
            // ("M. X, historien amateur": a hobby, not a profession.)
            if phrase(slice, in: context.words.professions) { return !amateur(at: position + length) }
        }
        return false
    }

    /// « amateur », « retraité » right after a trade: practised for pleasure or no longer.
    func amateur(at index: Int) -> Bool {
        word(index).map { Scan.bytes(key($0), isOneOf: ["amateur", "amatrice", "amateurs", "amatrices", "retraite", "retraitee", "retraites"]) } ?? false
    }

    /// "Vente de terrain à M. X, conseiller municipal": the name buys or rents what a sale or a
    /// lease earlier in its clause gives ("à", not "par": "représentée par M. X, maire"; not a
    /// medal or a motion "remise à M. Y, député").
    ///
    /// "Location du presbytère à l'abbé X, curé": a title with its elided article may stand
    /// between. "Échange de terrains entre la commune et M. X, conseiller délégué": the other
    /// party of an exchange.
    func recipientOfTransaction(_ start: Int) -> Bool {
        var link = start - 1
        if let title = word(link), keyWithoutElision(title).count < key(title).count { link -= 1 }
        guard let previous = word(link) else { return false }
        if self.is(previous, "et"), let other = word(link - 1), self.is(other, "commune") || self.is(other, "ville"),
           let article = word(link - 2), self.is(article, "la"), let between = word(link - 3), self.is(between, "entre") {
            return clauseHas(Scan.saleWords + ["echange", "echanges"], before: link)
        }
        guard self.is(previous, "a") || self.is(previous, "au") || self.is(previous, "aux") else { return false }
        return clauseHas(Scan.saleWords, before: link)
    }

    /// « Vente de la parcelle ZK 9 à M. X, conseiller municipal »: the official the commune sells
    /// to, a party of their own; not the one empowered to sign (« autorisation donnée à M. X, maire,
    /// de signer l'acte », « pouvoir donné à Mme Y »).
    func officialBuys(_ start: Int) -> Bool {
        guard recipientOfTransaction(start) else { return false }
        let clause = clauseBounds(around: start)
        for index in stride(from: start - 1, through: clause.lowerBound, by: -1) {
            guard let token = word(index) else { continue }
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.saleWords) { return true }
            if Scan.bytes(keyWithoutElision(token), isOneOf: ["donne", "donnee", "autorisation", "autorise", "autorisee", "pouvoir", "pouvoirs", "mandat",
                                                               "delegation", "signer", "signature"]) { return false }
        }
        return true
    }

    /// A trigger phrase right before `start` ("vente à", "au profit de").
    func triggerBefore(_ start: Int) -> Bool {
        for length in 1...4 where start - length >= 0 {
            let slice = (start - length)..<start
            guard slice.allSatisfy({ tokens[$0].isWord }) else { continue }
            // A phrase of several words is joined only when its first word starts a trigger of
            // several words (`triggerHeads`): most words before a name start none.
            if length > 1, !context.triggerHeads.contains(key(tokens[slice.lowerBound])) { continue }
            if phrase(slice, in: context.words.triggers) { return true }
        }
        return false
    }
}
