import Foundation

/// A file designated by a surname in capitals ("Vente BENSAID", "c/ PONS"), and a private
/// surname propagated to its other mentions in the cell.
extension Scan {
    /// "Vente BENSAID", "Terrain GUERIN", "Affaire Commune c/ PONS": a file designated by a
    /// surname in capitals. Short surnames (four letters or fewer, like many acronyms) go to
    /// review.
    func handleDesignation(at index: Int, emit: Emit) -> Int? {
        // "SCI LA GRANGE NEUVE", "GAEC LA FERME DES PERRIER": the designation word is part of
        // a firm's registered name.
        if insideCompanyName(index) { return nil }
        // "chapelle funéraire FAURIEL": a family's chapel; not « Maison funéraire Saint-Lazare »
        // (a funeral home), nor a chapel listed as a historic monument.
        if self.is(tokens[index], "funeraire") {
            guard let chapel = word(index - 1), self.is(chapel, "chapelle"),
                  !tokens.contains(where: { $0.isWord && self.is($0, "historiques") }) else { return nil }
        }
        var next = index + 1
        if self.is(tokens[index], "c") {
            guard isPunct(next, "/") else { return nil }
            next += 1
        } else if let adjective = word(next), !adjective.startsUpper || shouting, Scan.fileAdjectives.contains(where: { self.is(adjective, $0) }) {
            // "Recours gracieux Picard", "Remise gracieuse DUPUY", "Régularisation foncière – X".
            next += 1
            if isPunct(next, "–") || isPunct(next, "-") || isPunct(next, ":"), word(next + 1)?.startsUpper == true { next += 1 }
        } else if isPunct(next, "."), fileReferenceEnd(from: next + 1) != nil {
            // "CONC.N°112/VIDALENC": the abbreviated file word, then its number.
            next += 1
        }
        // "Concession n°112 / VIDALENC", "Permis de construire PC 123 MOREAU": the file's
        // number stands between its word and the person it is named by. After it, a word in
        // capitals must be no French word (« Vente parcelle AB 12 LOTISSEMENT »).
        var referenced = false
        if let skipped = fileReferenceEnd(from: next) {
            next = skipped
            referenced = true
        }
        // "Achat de la maison Larribeau": a building word names a place unless the word after
        // it is in no list nor the lexicon, and then it is a person's only in a sale.
        var building = false
        for literal in Scan.strictDesignations where self.is(tokens[index], literal) { building = true }
        // "RÉGULARISATION DE L'EMPRISE": in capitals, these file words name a person only
        // after their number or adjective.
        let capitalsFile = self.is(tokens[index], .capitalsFile)
        let plainWord = capitalsFile && next == index + 1
        // "Loyer Durandeau", "dégrèvement Lacombe –": a rent or a relief names its person only
        // by a word in no list closed by a mark (not « abonnement STAS », « dégrèvement TLPE »).
        let tenancy = Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: Scan.tenancyDesignations)
        if !plainWord, !tenancy, let shouted = shoutedDesignation(after: next - 1) {
            let parts = Array(shouted.start..<shouted.end)
            guard !isOfficial(parts), !isPublicFigure(parts), !companyAfter(shouted.end) else { return nil }
            var weak = false
            for literal in Scan.weakDesignations where self.is(tokens[index], literal) { weak = true }
            let verdict: Verdict = weak && !referenced || building && !cellHasTransaction ? .uncertain : .occult
            emit(shouted.start, shouted.end, verdict, "mot de désignation suivi d'un nom absent du lexique français, objet en capitales")
            return coordinated(after: shouted.end, verdict: verdict, emit: emit)
        }
        // "bien" also heads a thing's own name in mixed case: only a surname in capitals
        // follows it ("bien DOS SANTOS").
        let capitalsOnly = capitalsFile || Scan.capitalsOnlyDesignations.contains { self.is(tokens[index], $0) }
        if !capitalsOnly, let mixed = mixedCaseDesignation(after: next - 1) {
            var weak = false
            for literal in Scan.weakDesignations where self.is(tokens[index], literal) { weak = true }
            let parts = Array(mixed.start..<mixed.end)
            // The lexicon is asked only when the answer matters.
            let unknown = !mixed.sure && isUnknownWord(tokens[mixed.start])
            // A building word ("maison Nicolas") names its owner in a sale, by a first name or a
            // word in no list nor the lexicon; a French word after it names the building
            // ("Maison Carrée").
            // "Acquisition de la maison Guerin, 18 Grande Rue": a house named, then its address,
            // is named by its owner (a monument would not be addressed so).
            let addressed = building && cellHasTransaction && addressEnd(after: mixed.end) != nil
                && !self.is(tokens[mixed.start], [.commonWord, .place, .body, .legalEntity])
            let sold = building && (unknown || isFirstName(tokens[mixed.start])) && cellHasTransaction
                || building && cellHasPropertyProcedure && !self.is(tokens[mixed.start], [.commonWord, .place, .body, .legalEntity])
                || addressed
            // "Dossier Ghazarian : …", "dossier Vartanian – 4 rue …": after a weak file word, a
            // word in no list nor the lexicon closed by a separator names the file's person (an
            // acronym's or a programme's name is listed, in capitals, or goes on).
            let closed = mixed.end >= tokens.count || isPunct(mixed.end, ":") || isPunct(mixed.end, "–") || isPunct(mixed.end, "-")
                || isPunct(mixed.end, "—") || isPunct(mixed.end, "/") || isPunct(mixed.end, ",") || isPunct(mixed.end, "(")
                || isPunct(mixed.end, ")") || isPunct(mixed.end, ";")
            if weak, !mixed.sure, unknown, closed, !isOfficial(parts), !isPublicFigure(parts), !companyAfter(mixed.end),
               contextBefore(mixed.start, allowTitleSkip: false) == nil, !namedElsewhereAsPlace(mixed.start) {
                emit(mixed.start, mixed.end, .occult, "mot de désignation suivi d'un nom absent du lexique français")
                return coordinated(after: mixed.end, verdict: .occult, emit: emit)
            }
            guard !tenancy, mixed.sure || !weak && (unknown || !building || sold), !isOfficial(parts), !isPublicFigure(parts), !companyAfter(mixed.end)
            else { return nil }
            if sold, !mixed.sure {
                emit(mixed.start, mixed.end, .occult, "mot de désignation d'un bien suivi d'un nom, dans un objet de vente")
                return coordinated(after: mixed.end, verdict: .occult, emit: emit)
            }
            if unknown, !mixed.sure {
                let verdict: Verdict = building && !cellHasTransaction ? .uncertain : .occult
                emit(mixed.start, mixed.end, verdict, "mot de désignation suivi d'un nom absent du lexique français")
                return coordinated(after: mixed.end, verdict: verdict, emit: emit)
            }
            let verdict: Verdict = mixed.sure ? .occult : .uncertain
            emit(mixed.start, mixed.end, verdict, mixed.sure ? "mot de désignation suivi d'un nom introduit comme tel"
                                                             : "mot de désignation suivi d'un nom en casse mixte")
            return coordinated(after: mixed.end, verdict: verdict, emit: emit)
        }
        if tenancy { return nil }
        // "AFFAIRE COMMUNE C/ BOUVERET ET SAUZET": in capitals, the party after "c/" is named
        // whatever its words, but those of the lists (a body, a company, a place).
        if shouting, self.is(tokens[index], "c"), civility(at: next) == nil, let party = word(next), party.allCaps, party.scalars >= 3,
           !self.is(party, Scan.listedClasses) || isFirstName(party), !context.words.communes.contains(key(party)) {
            var end = next + 1
            while let more = word(end), more.allCaps, !self.is(more, Scan.listedClasses) || isFirstName(more), end - next < 4 { end += 1 }
            emit(next, end, .occult, "partie adverse après « c/ », objet en capitales")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        // "ACHAT DE LA MAISON ROUSSEAU - 4 GRANDE RUE": in capitals, a house then its address
        // after a comma or a dash is named by its owner, whatever the word.
        if shouting, building, cellHasTransaction, civility(at: next) == nil, let party = word(next), party.allCaps, party.scalars >= 3,
           !self.is(party, Scan.listedClasses), isPunct(next + 1, ",") || isPunct(next + 1, "-") || isPunct(next + 1, "–"),
           addressEnd(after: next + 2) != nil {
            emit(next, next + 1, .occult, "mot de désignation d'un bien suivi d'un nom puis de son adresse, objet en capitales")
            return next + 1
        }
        guard !shouting, civility(at: next) == nil else { return nil }
        // "achat maison garnier", "contentieux commune c/ perrin": in lower case, words in no
        // list nor the lexicon right after the file word.
        if !capitalsOnly, let lower = word(next), !lower.startsUpper, let end = lowercaseUnknownName(from: next) {
            let verdict: Verdict = building && !cellHasTransaction ? .uncertain : .occult
            emit(next, end, verdict, "mot de désignation suivi d'un nom en minuscules absent du lexique français")
            return coordinated(after: end, verdict: verdict, emit: emit)
        }
        // "Vente LE GALL", "MAISON LE CORRE": an article in capitals opens the surname.
        let surnameStart = particlesAfter(next)
        // "propriété BOIS, 14 rue de la Gare", "Vente PETIT / MOULIN": in a mixed-case file about a
        // sale or a property, a common word in capitals after the file word is a surname.
        let file = !shouting && !referenced && (cellHasTransaction || cellHasPropertyProcedure)
        func surnameWord(_ token: Token) -> Bool {
            designationSurname(token) || file && token.allCaps && token.scalars >= 3 && self.is(token, .commonWord)
                && !self.is(token, [.place, .body, .legalEntity, .role, .civility, .designation, .link, .particle])
                && !key(token).contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        }
        guard let surname = word(surnameStart), surnameWord(surname) else { return nil }
        var end = surnameStart + 1
        while let more = word(end), surnameWord(more) { end += 1 }
        // "Achat parcelle BERNARD Michel": first names written after the surname in capitals.
        while end - surnameStart < 5, let first = word(end), first.startsUpper, !first.allCaps, isFirstName(first),
              !self.is(first, [.place, .body, .legalEntity, .role]) { end += 1 }
        if companyAfter(end) {
            emit(next, end, .exempt(.legalEntity), "mot de désignation suivi d'une raison sociale")
            return end
        }
        if isOfficial(Array(next..<end)) || isPublicFigure(Array(next..<end)) { return nil }
        let short = (next..<end).allSatisfy { tokens[$0].scalars <= 4 }
        // "Affaire n° 22LY01234 – CAA de Lyon": after a file's number, short capitals are a
        // court's or a body's acronym as often as a name.
        if referenced, short { return nil }
        // "Cession" and "Échange" also head a body's acronym ("Cession SAFER"):
        // after them a word in capitals is held for review, unless names are coordinated to it.
        var weak = false
        for literal in Scan.weakDesignations where self.is(tokens[index], literal) { weak = true }
        let coordinatedNames = weak && (isPunct(end, "/") || (word(end).map { self.is($0, .link) } ?? false))
            && (word(end + 1).map(surnameWord) ?? false)
        // "Maison SNCF": after a building word, capitals are a name only when in no list nor the
        // lexicon; with its article, when the whole is no place ("LE CORRE", not "LE MANS").
        if building {
            let unknown = surnameStart > next
                ? !context.words.isLexiconPhrase(next..<(surnameStart + 1), of: self)
                : (next..<end).contains(where: { isUnknownWord(tokens[$0]) })
            guard unknown || cellHasTransaction || cellHasPropertyProcedure else { return nil }
        }
        // "Affaire Commune c/ PONS": the other party of a lawsuit, short or not (an acronym
        // without vowel is no `designationSurname`).
        let litigation = self.is(tokens[index], "c")
        // After the file's number ("Concession n°112 VIDALENC"), capitals name its person.
        let verdict: Verdict = !litigation && (short || weak && !coordinatedNames && !referenced) ? .uncertain : .occult
        emit(next, end, verdict, litigation ? "partie adverse en capitales après « c/ »" : "mot de désignation suivi d'un nom en capitales")
        return coordinated(after: end, verdict: verdict, emit: emit)
    }

    /// Where the name after a file's number begins: "n°112 /", "PC 123", "2024-15 :", "ZB 45 :".
    /// Nil when no number follows the file word, or no capitalised word follows the number.
    /// After a parcel, a lieu-dit is usual ("parcelle ZB 112 - Kervénal", "AB 12 Chirongui"):
    /// only capitals, right after it or after « : » or « / », name a person.
    func fileReferenceEnd(from start: Int) -> Int? {
        var position: Int
        var parcel = false
        if let number = numberAfter(start), number > start || tokens[start].kind == .number {
            position = number + 1
            // "2024-15", "112/3", "2024/ADM/0457": a number of several parts.
            while isPunct(position, "-") || isPunct(position, "/"), position + 1 < tokens.count {
                if tokens[position + 1].kind == .number {
                    position += 2
                } else if let code = word(position + 1), code.allCaps, code.scalars <= 4,
                          isPunct(position + 2, "-") || isPunct(position + 2, "/"), position + 3 < tokens.count,
                          tokens[position + 3].kind == .number {
                    position += 4
                } else {
                    break
                }
            }
        } else if opensParcelReference(start), let reference = parcelReference(after: start) {
            position = reference.1
            parcel = true
        } else {
            return nil
        }
        if parcel {
            if isPunct(position, ":") || isPunct(position, "/") { position += 1 }
        } else {
            while isPunct(position, "/") || isPunct(position, "-") || isPunct(position, "–") || isPunct(position, ":") { position += 1 }
        }
        guard let name = word(position), parcel ? name.allCaps : name.startsUpper else { return nil }
        return position
    }

    /// "Dossier Michelet : avenant … du groupe scolaire Michelet": the word the file is named
    /// by names a place or a body elsewhere in the cell, so the file is that place's.
    func namedElsewhereAsPlace(_ index: Int) -> Bool {
        let name = key(tokens[index])
        return tokens.indices.contains { other in
            other != index && tokens[other].isWord && key(tokens[other]).elementsEqual(name)
                && contextBefore(other, allowTitleSkip: false) != nil
        }
    }

    /// Within a cell, a surname decided private is private wherever it appears again, unless a
    /// place or organisation context says otherwise ("propriété X … maison X").
    /// Whether a legal form (« SCI », « GAEC », « SARL ») opens the capitalised words that end at
    /// `index`, with at most an article between: the words are the firm's name.
    func insideCompanyName(_ index: Int) -> Bool {
        var position = index - 1
        while position >= max(0, index - 3), let token = word(position) {
            if token.allCaps, self.is(token, .legalEntity) { return true }
            guard token.startsUpper, self.is(token, [.particle, .titleArticle, .family]) else { return false }
            position -= 1
        }
        return false
    }

    func propagate(privateTokens: [Int], covered: [Range<Int>], emit: Emit) {
        for index in tokens.indices where tokens[index].isWord && tokens[index].startsUpper {
            guard !covered.contains(where: { $0.contains(index) }), !isFirstName(tokens[index]),
                  !self.is(tokens[index], [.commonWord, .place, .body, .legalEntity, .role, .civility, .particle]) else { continue }
            let candidate = key(tokens[index])
            guard let hidden = privateTokens.first(where: { key(tokens[$0]).elementsEqual(candidate) && !isFirstName(tokens[$0]) }) else { continue }
            // "Mme NOËL Suzanne … Colis de Noël", "M. Gérard SAINT-ANDRÉ … cimetière de
            // Saint-André": a name hidden in capitals that is also a French word or a commune
            // repeats only in capitals (as the cell decider and the run carry it).
            // After a preposition or an article only: "maison Bonnefond", "« Optique Léger »"
            // name the family's house or trade.
            if tokens[hidden].allCaps, !tokens[index].allCaps, let before = word(index - 1),
               Scan.bytes(key(before), isOneOf: Scan.placeComplementWords),
               context.words.isLexiconWord(candidate) || context.words.communes.contains(candidate) { continue }
            // Within one subject the same surname is the same family's ("maison GRANGEON"), even
            // after a place word; an organisation's name says otherwise ("SARL GRANGEON").
            // After a building or file word it is the family's ("maison GRANGEON"); after a street
            // or facility word, a place named like them ("rue Berlioz").
            let context = contextBefore(index, allowTitleSkip: false)
            guard context == nil || context == .place && namesAHouse(before: index) else { continue }
            emit(index, index + 1, .occult, "nom d'un particulier déjà occulté dans la cellule")
        }
    }
}
