/// Evidence from the French lexicon (`lexique.txt`, branch `names6`): a capitalised word
/// that is no French word, no first name, no commune and no word of the lists is likely a
/// surname ("Achat terrain Gondonneau", "MAISON AUDIC", "legs fait par Magloire Fabrègue").
/// Alone it decides nothing: it strengthens a candidate that a trigger, a file word or a word
/// for a person by trade or situation already put forward.
extension Scan {
    /// The classes of a word that is part of the scan's own grammar or of a list: never an
    /// unknown word, whatever the lexicon says.
    static let listedClasses: PersonNameDetector.WordClass = [
        .place, .body, .legalEntity, .role, .rolePlural, .civility, .family, .designation, .particle, .link, .commonWord,
        .titleArticle, .personNoun, .transaction, .naming, .birthName, .cultural, .session, .firstName, .placeAdjective,
    ]

    /// Whether a capitalised word is in no list and no French word: evidence of a surname.
    /// A compound ("Castagnié-Roubaud") counts when one of its parts is such a word and none
    /// is "saint" ("Saint-Rémy") nor a first name's part of a place ("Port-Vendres" is a
    /// commune of the list).
    ///
    /// A commune's name, or a part of one, counts as unknown too, except where a place can
    /// stand (`inPlaceSlot`): many are surnames ("Lagarde", "Ferrand", "Besson"), and
    /// "à Limoux" or "EPF d'Occitanie" say the place, "consorts LAGARDE" the family. A whole
    /// compound commune name ("Boën-sur-Lignon") is a place wherever it stands.
    func isUnknownWord(_ token: Token, anyCase: Bool = false) -> Bool {
        guard token.isWord, token.startsUpper || anyCase, token.scalars >= 3, !self.is(token, Scan.listedClasses),
              !self.is(token, [.place, .body, .legalEntity, .commonWord, .role], bare: true) else { return false }
        let bare = keyWithoutElision(token)
        guard !context.words.communes.contains(key(token)), !context.words.communes.contains(bare) else { return false }
        if !context.gazetteer.isEmpty, context.gazetteer.contains(bare) { return false }
        let compound = bare.contains(UInt8(ascii: "-"))
        if compound, context.words.communeWords.contains(bare) { return false }
        var unknownPart = false
        var partStart = 0
        for position in 0...bare.count where position == bare.count || bare[position] == UInt8(ascii: "-") {
            let part = UnsafeBufferPointer(rebasing: bare[partStart..<position])
            partStart = position + 1
            guard part.count >= 3 else { continue }
            if Scan.isSaintWord(part) { return false }
            if Scan.hasVowel(part), !context.words.frenchWords.contains(part), !context.words.firstNames.contains(part),
               !context.words.communeWords.contains(part) || !inPlaceSlot(token) {
                unknownPart = true
            }
        }
        return unknownPart
    }

    /// Words after which a place name can stand ("à Limoux", "sur Loire", "près Albi"):
    /// not « du », « des », « les », which open family names as often.
    static let placePrepositions: [StaticString] = ["a", "de", "d'", "sur", "sous", "en", "au", "aux", "pres", "vers", "depuis", "entre"]

    /// Whether a word stands where a place name can: after a place preposition (the tokenizer
    /// splits « d' » off a capital) or a postcode, or with an elided « d' » still attached
    /// ("d'arette"). Asked only for a commune's name, so the word's index is found then, by
    /// bisection over the tokens' byte ranges (in order), rather than stored for every word.
    func inPlaceSlot(_ token: Token) -> Bool {
        let whole = key(token)
        if whole.count > 2, whole[0] == UInt8(ascii: "d"), whole[1] == UInt8(ascii: "'") { return true }
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < token.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low > 0, low < tokens.count, tokens[low].range.lowerBound == token.range.lowerBound else { return false }
        let previous = tokens[low - 1]
        if previous.kind == .number { return previous.folded.count == 5 }
        return previous.isWord && Scan.bytes(key(previous), isOneOf: Scan.placePrepositions)
    }

    /// "consorts irigoin", "famille etchart-lasserre": after a family word, in lower case,
    /// one or two words in no list nor the lexicon. Returns the name's end.
    func lowercaseUnknownName(from start: Int, firstNames: Bool = false) -> Int? {
        // "famille da silva pereira", "consorts dos santos": after a particle no French word
        // begins with, the next word is the surname whatever the lexicon says.
        if let particle = word(start - 1), !particle.startsUpper, Scan.bytes(key(particle), isOneOf: Scan.foreignParticles),
           let first = word(start), !first.startsUpper, first.scalars >= 3, !self.is(first, [.link, .commonWord, .role, .place]) {
            var end = start + 1
            if let second = word(end), !second.startsUpper, second.scalars >= 3, isUnknownWord(second, anyCase: true) || isFirstName(second)
                || context.words.isLexiconWord(key(second)) && !self.is(second, [.link, .commonWord, .role, .place, .transaction, .designation]) { end += 1 }
            return end
        }
        guard let first = word(start), !first.startsUpper,
              isUnknownWord(first, anyCase: true)
                || firstNames && isFirstName(first) && first.scalars >= 3 && !self.is(first, [.commonWord, .place, .body, .legalEntity, .role])
        else { return nil }
        var end = start + 1
        if let second = word(end), !second.startsUpper, isUnknownWord(second, anyCase: true) || isFirstName(second) { end += 1 }
        return end
    }

    /// A first name of the list that is no common word ("bertrand", not "rose" nor "pierre").
    func isPlainFirstName(_ token: Token) -> Bool {
        isFirstName(token) && token.scalars >= 3 && !self.is(token, [.commonWord, .place, .body, .legalEntity, .role])
            && !context.words.isLexiconWord(key(token))
    }

    /// "vente parcelle à jean dupuis", "cession à marie-claude le bihan": in lower case, right
    /// after a trigger, a first name of the list then a word in no list nor the lexicon (or
    /// another first name) is a private person's name.
    func handleLowercaseTriggered(at index: Int, emit: Emit) -> Int? {
        // "pour leur fils liam": a first name alone after a word of kinship.
        if admitsAnyCaseTrigger, let token = word(index), !token.startsUpper, token.scalars >= 3, isPlainFirstName(token), kinBefore(index),
           !(word(index + 1).map { !$0.startsUpper && isUnknownWord($0, anyCase: true) } ?? false) {
            emit(index, index + 1, .occult, "prénom en minuscules après un mot de parenté")
            return coordinatedFirstNames(after: index + 1, emit: emit)
        }
        // Only in a cell the prefilter lets in whatever its capitals.
        // The cheap checks first: a lower-case word after it, then a trigger before it; the
        // lexicon last.
        guard admitsAnyCaseTrigger, let token = word(index), !token.startsUpper, token.scalars >= 3,
              let next = word(index + 1), !next.startsUpper, next.scalars >= 2,
              // "vente d'un garage communal à lecomte ghislaine": or a sale a few words before.
              triggerBefore(index) || fileWordBefore(index) || distantTrigger(index),
              isUnknownWord(next, anyCase: true) || isPlainFirstName(next) || isParticle(next) && (word(index + 2).map { !$0.startsUpper && isUnknownWord($0, anyCase: true) } ?? false)
                // "vente a michel raymond": two first names of the list, the second a surname too.
                || isFirstName(token) && !self.is(token, [.commonWord, .link, .place, .role])
                    && isFirstName(next) && next.scalars >= 3 && !self.is(next, [.commonWord, .link, .place, .role])
        else { return nil }
        var end = index + 2
        if isParticle(next) { end += 1 }
        while end - index < 4, let more = word(end), !more.startsUpper, isUnknownWord(more, anyCase: true) { end += 1 }
        emit(index, end, .occult, "prénom en minuscules suivi d'un nom absent du lexique français, après un mot déclencheur")
        return coordinated(after: end, verdict: .occult, emit: emit)
    }

    static func hasVowel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
            default: continue
            }
        }
        return false
    }

    static func isSaintWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { self.bytes(bytes, isOneOf: saintWords) }

    /// Whether folded bytes begin with `prefix` (ASCII).
    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        bytes.count >= prefix.utf8CodeUnitCount && (0..<prefix.utf8CodeUnitCount).allSatisfy { bytes[$0] == prefix.utf8Start[$0] }
    }

    /// Whether folded bytes spell one of `literals` (ASCII).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, isOneOf literals: [StaticString]) -> Bool {
        for literal in literals where bytes.count == literal.utf8CodeUnitCount {
            if (0..<bytes.count).allSatisfy({ bytes[$0] == literal.utf8Start[$0] }) { return true }
        }
        return false
    }

    /// Whether the cell holds a word the prefilter admits it on, whatever its case (family,
    /// file, naming or person word): a finding started from any other word would escape the
    /// prefilter, so the scan never finds more than it lets in.
    var admitsAnyCaseTrigger: Bool { presentClasses & PersonNameDetector.WordClass.anyCaseTriggers.rawValue != 0 }

    /// A sale, payment or contract in the subject: a head word of a trigger phrase, or a
    /// one-word trigger ("préemption", "délaissement").
    var cellHasTransaction: Bool {
        if cellHas(.transaction) { return true }
        for token in tokens where token.isWord && token.scalars >= 6 {
            if context.words.triggers.contains(keyWithoutElision(token)) { return true }
        }
        return false
    }

    /// A procedure on a private property: peril, ruin, abandonment, insalubrity ("Maison X –
    /// mise en sécurité de l'immeuble menaçant ruine"): the house is named by its owner.
    var cellHasPropertyProcedure: Bool {
        tokens.contains { token in
            // "d'abandon", "l'insalubrité": the word without its elided article.
            token.isWord && Scan.bytes(keyWithoutElision(token), isOneOf: Scan.propertyProcedureWords)
        }
    }

    /// "Legs fait par Magloire Fabrègue", "Échange de parcelles avec les Castagnié-Roubaud",
    /// "indemnisation de Gaëtan Kerbrat": right after a trigger (or a linking word in a
    /// subject about a sale or a payment), capitalised words in mixed case of which one is no
    /// French word nor a list's word are a private person's name, even with a first name
    /// missing from the list.
    func handleTriggeredUnknown(at index: Int, emit: Emit) -> Int? {
        guard !shouting, admitsAnyCaseTrigger, let token = word(index), !token.allCaps else { return nil }
        // "avec les Castagnié-Roubaud": the plural article of a family.
        var before = index
        if let article = word(index - 1), self.is(article, "les") { before = index - 1 }
        // Every trigger ends with a lower-case word: most capitalised words follow another
        // capital or open the cell, and are left before any lexicon lookup.
        guard let previous = word(before - 1), !previous.startsUpper else { return nil }
        // "legs de Reine Daviaud": a capitalised French word may open the name when the word
        // after it is in no list nor the lexicon.
        guard isUnknownWord(token) || !self.is(token, Scan.listedClasses) && token.scalars >= 3
                && (word(index + 1).map { $0.startsUpper && !$0.allCaps && isUnknownWord($0) } ?? false)
        else { return nil }
        guard triggerBefore(before) || distantTrigger(before) || fileWordBefore(before) else { return nil }
        var end = index + 1
        while end - index < 4, let more = word(end), more.startsUpper, !more.allCaps || end > index,
              isUnknownWord(more) || isFirstName(more) || more.allCaps && designationSurname(more) {
            end += 1
        }
        let parts = Array(index..<end)
        // "une maison à Lannivrec", "auprès de Jean Briand à Trevoureg": one word after "à"
        // right behind a thing or a person's name is where it lies or where they live.
        if end == index + 1, let at = word(before - 1), self.is(at, "a") || self.is(at, "au"), let behind = word(before - 2),
           behind.startsUpper || self.is(behind, [.place, .designation], bare: true) { return nil }
        // "parcelle AW 84 à Javouhey", "la RD 9 à Allègre": one word after « à » right behind a
        // parcel's or a road's reference is where it lies (a buyer has a civility or a first name).
        if end == index + 1, !isFirstName(token), let at = word(before - 1), self.is(at, "a"), before >= 3, tokens[before - 2].kind == .number,
           opensParcelReference(before - 3) || word(before - 3).map({ Scan.bytes(key($0), isOneOf: ["rd", "rn", "vc", "cr"]) }) == true {
            return nil
        }
        // "situé Terrasse de Bellecroix": a place word (not a file word) and "de" before it.
        // "Tunnel Ferroviaire de Lajout": one capitalised adjective may follow the place word.
        // "cabane pastorale de Lhers": or one lower-case adjective; "cayolar d'Ahusquy": the
        // article elided into the name.
        let elided = keyWithoutElision(token).count < key(token).count
        if elided || word(index - 1).map({ self.is($0, .titleArticle) }) == true,
           let near = word(elided ? index - 1 : index - 2) {
            let head = !self.is(near, .place, bare: true) ? word(elided ? index - 2 : index - 3) : near
            if let head, self.is(head, .place, bare: true), !self.is(head, .designation, bare: true) { return nil }
        }
        // "convention avec le GAEC de Kerveur", "bail à l'EARL d'Arvor": the words after a firm's
        // legal form and « de » are the firm's name.
        if let link = word(index - 1), elided || self.is(link, "de") || self.is(link, "du") || self.is(link, "des"),
           let form = word(elided ? index - 1 : index - 2), self.is(form, .legalEntity, bare: true) { return nil }
        // "terrain de Kerarvily", "cale de Kerity": one word of the Breton hamlet's form (« Ker »
        // and a name) after « de » is a place.
        if end == index + 1, before == index, token.scalars >= 6, word(index - 1).map({ self.is($0, "de") }) == true,
           Scan.startsWith(key(token), "ker") { return nil }
        // "cayolar d'Elhurrea", "alpage de Roselend", "éleveurs d'Iraty": one word after "de"
        // that complements a plain noun (no sale, file, family nor person word) names where the
        // thing lies or whom it gathers; a person's name comes after the word of the act itself.
        if end == index + 1, before == index, let head = complementedNoun(before: index),
           !self.is(head.token, [.transaction, .designation, .family, .personNoun, .civility, .naming, .birthName], bare: true),
           !triggerBefore(head.index + 1) { return nil }
        // "avec le soutien de Lannion-Trégor Communauté": a body word after it names the body.
        if let after = word(end), self.is(after, .body) { return nil }
        guard !isCommune(around: index, end: end), !namedCommuneBefore(index), contextBefore(index, allowTitleSkip: false) == nil, !companyAfter(end),
              !professionAfter(end), !isOfficial(parts), !isPublicFigure(parts), !roleNear(start: index, end: end) else { return nil }
        let stop = addressEnd(after: end) ?? end
        // "Festival … – contrats de cession : concerts de Zaz": a cession of a show, whose
        // artists are the programme's.
        if !triggerBefore(before), culturalContext(before: index) || culturalSubject(before: index), !ownSituation(index, end) {
            emit(index, end, .exempt(.culturalProgramme), "nom absent du lexique français ; artiste ou lauréat d'une programmation culturelle")
            return coordinated(after: end, verdict: .exempt(.culturalProgramme), emit: emit)
        }
        // One word alone may be a company's or a brand's ("Vente à Nexity"): held for review.
        // Two (a first name missing from the list, a compound surname) or a family's plural
        // article ("avec les X") make a person's name.
        let sure = end - index >= 2 || before < index
        let verdict: Verdict = sure ? .occult : .uncertain
        emit(index, stop, verdict, sure ? "nom absent du lexique français après un mot déclencheur"
                                                     : "mot absent du lexique français après un mot déclencheur, seul")
        return coordinated(after: stop, verdict: verdict, emit: emit)
    }

    /// "Legs fait par X", "Abandon de terrain par X": a linking word right before the name,
    /// and a file word ("legs", "terrain", "vente") a few words before it.
    /// The lower-case noun that "de" (or an elided "d'") at `index` complements ("cayolar
    /// d'Elhurrea" → "cayolar"), with its index.
    func complementedNoun(before index: Int) -> (token: Token, index: Int)? {
        guard let token = word(index) else { return nil }
        var headIndex = index - 1
        if keyWithoutElision(token).count == key(token).count {
            guard let link = word(index - 1), self.is(link, "de") || self.is(link, "du") || self.is(link, "d'") else { return nil }
            headIndex = index - 2
        }
        guard let head = word(headIndex), !head.startsUpper, head.scalars >= 3 else { return nil }
        return (head, headIndex)
    }

    func fileWordBefore(_ start: Int) -> Bool {
        // Within three words of the link ("legs fait par", "abandon de terrain par"); "remise en
        // service", "remise en état" are works, not a file.
        linkedAfter(start, window: 5) { self.is(tokens[$0], .designation, bare: true) && !(self.is(tokens[$0], "remise") && followedByEn($0)) }
    }

    /// "l'instituteur Pierre Bezia", "le locataire Mme…" (the civility starts its own finding),
    /// "candidat Roquefort François", "le boulanger Kerjean": after a word that designates a
    /// private person by trade or situation, a capitalised name in mixed case that holds a
    /// first name or a word in no list is that person's.
    func handlePersonNoun(at index: Int, emit: Emit) -> Int? {
        guard !shouting else { return nil }
        // "Rue Sœur Théophane", "place du Docteur X": a kin or trade word in a place's name.
        if let before = word(index - 1), self.is(before, .place, bare: true) { return nil }
        // "l'association Saisonniers Tarentaise Solidaires": the noun opens a body's name.
        if let before = word(index - 1), Scan.bytes(keyWithoutElision(before), isOneOf: Scan.privateBodies) || self.is(before, .body, bare: true) {
            return nil
        }
        // "Accord-cadre de signalisation – attributaire : Signaux Girod": a public contract's
        // awardee is a firm as often as not (`awardedContract`).
        if Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: Scan.awardeeNouns),
           tokens.contains(where: { $0.isWord && Scan.bytes(key($0), isOneOf: Scan.contractWords) }) { return nil }
        var next = index + 1
        if isPunct(next, ":") || isPunct(next, "-") { next += 1 }
        // "l'instituteur retraité Duvernois": one qualifier between the noun and the name.
        if let qualifier = word(next), !qualifier.startsUpper, Scan.personQualifiers.contains(where: { self.is(qualifier, $0) }) { next += 1 }
        // "du boulanger FOURNIAL": capitals after the noun are a surname unless a list's word.
        guard civility(at: next) == nil, let first = word(next), first.startsUpper, !first.allCaps || designationSurname(first) else { return nil }
        let name = consumeName(from: next, afterCivility: true)
        guard !name.parts.isEmpty else { return nil }
        // A first name, a word in no list nor the lexicon, or capitals make the name sure; a
        // lone capitalised French word ("l'ancien instituteur Mas") goes to review.
        let sure = name.parts.contains { isFirstName(tokens[$0]) || isUnknownWord(tokens[$0]) || tokens[$0].allCaps && designationSurname(tokens[$0]) }
        // After a dash or a colon a capitalised word may open another clause ("Indemnisation des
        // commerçants - Versement à…"): only a sure name is taken there.
        guard sure || next == index + 1 && name.parts.count == 1 && !self.is(tokens[next], [.place, .body, .legalEntity, .role], bare: true)
        else { return nil }
        // "pâtures louées à BERGER Marc": in mixed case, the noun in capitals right before a
        // first name is the surname written first.
        let nounIsSurname = tokens[index].allCaps && tokens[index].scalars >= 3 && next == index + 1 && isFirstName(first) && !first.allCaps
            && surnameFirstSlot(before: index)
        let start = nounIsSurname ? index : name.parts[0]
        guard !isCommune(around: start, end: name.end), !companyAfter(name.end), !isPublicFigure(name.parts), !isOfficial(name.parts) else {
            return nil
        }
        if commemorated(before: index), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.publicFigure), "mot qui désigne une personne ; personne commémorée par un monument ou un hommage")
            return name.end
        }
        let end = addressEnd(after: name.end) ?? name.end
        let verdict: Verdict = sure ? .occult : .uncertain
        emit(start, end, verdict, sure ? "nom après un mot qui désigne un particulier par son métier ou sa situation"
                                       : "mot à majuscule après un mot qui désigne un particulier par son métier ou sa situation")
        return coordinated(after: end, verdict: verdict, emit: emit)
    }

    /// "MAISON AUDIC – Rue des TILLEULS", "VENTE LE CORRE": in a subject written in capitals,
    /// after a file word, a word that is no French word nor a list's word (a particle may open
    /// it) is a surname. Returns its span.
    func shoutedDesignation(after index: Int) -> (start: Int, end: Int)? {
        guard shouting else { return nil }
        let start = index + 1
        let position = particlesAfter(start)
        guard let surname = word(position), surname.allCaps, surname.scalars >= 4 else { return nil }
        // "LE CORRE": with its article, a name is unknown when the whole is no place of the
        // lexicon ("Le Mans"), even if the word alone is one (Corre, Haute-Saône).
        // "CESSION DU DÉLAISSÉ": after "du", "de", "des", the article is grammar; the word
        // alone must be unknown.
        let grammatical = position > start && (self.is(tokens[start], "du") || self.is(tokens[start], "de") || self.is(tokens[start], "des"))
        let unknown = position > start && !grammatical
            ? !self.is(surname, Scan.listedClasses) && !context.words.isLexiconPhrase(start..<(position + 1), of: self)
            : isUnknownWord(surname)
        // "TERRAIN GUIBERT – ACCEPTATION DE LA DONATION": a first name of the list (no common
        // word) names the party of a transaction.
        let firstNameParty = !unknown && position == start && isFirstName(surname) && !self.is(surname, Scan.listedClasses.subtracting(.firstName))
            && !self.is(surname, .commonWord) && cellHasTransaction
        guard unknown || firstNameParty else { return nil }
        var end = position + 1
        while let more = word(end), more.allCaps, more.scalars >= 3, isUnknownWord(more) || isFirstName(more), end - start < 4 { end += 1 }
        return (start, end)
    }
}
