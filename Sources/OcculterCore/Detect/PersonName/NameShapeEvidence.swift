/// Evidence added after the one measurement of the fourth frozen split (branch `names5`):
/// the surname written before the first name in mixed case, a person commemorated, a file
/// designated by a surname in mixed case. Each check runs only on a candidate name, after the
/// prefilter; each looks at one or two words next to it.
extension Scan {
    /// Words of a commemoration: the person honoured ("monument à la mémoire de M. X",
    /// "statue à M. X", "hommage à X") is a public memory, not a party to the decision.
    static let commemorations: [StaticString] = ["memoire", "monument", "statue", "stele", "buste", "centenaire", "bicentenaire",
                                                 "cinquantenaire", "commemoration", "commemorations", "natale", "natal"]
    /// A statue or a monument is raised to a public figure; a tribute or a stele may honour a
    /// private person (named with a civility).
    static let monuments: [StaticString] = ["monument", "statue", "buste", "centenaire", "bicentenaire", "cinquantenaire"]
    /// Words allowed between a commemoration word and the name ("centenaire de la naissance de X").
    static let commemorationJoiners: [StaticString] = ["a", "au", "de", "du", "la", "l'", "en", "aux", "d'", "naissance", "mort", "deces",
                                                       "disparition",
                                                       "resistant", "resistante", "deporte", "deportee", "soldat", "poilu", "heros",
                                                       "heroine", "martyr", "fusille", "aviateur", "aviatrice"]

    /// Whether the subject names the war dead: « mort(s) pour la France », or names inscribed on
    /// the « monument aux morts » (a ceremony at the monument names living people: « dépôt de
    /// gerbe au monument aux morts … lecture par M. X, collégien »).
    var honoursWarDead: Bool {
        guard mentionsDeath else { return false }
        for index in tokens.indices where tokens[index].isWord {
            let token = tokens[index]
            guard self.is(token, "mort") || self.is(token, "morts") || self.is(token, "morte") || self.is(token, "mortes") else { continue }
            if let by = word(index + 1), self.is(by, "pour"), let article = word(index + 2), self.is(article, "la"),
               let country = word(index + 3), self.is(country, "france") { return true }
        }
        return namesWarMemorial && tokens.contains { $0.isWord && keyWithoutElision($0).starts(with: "inscri".utf8) }
    }

    /// Whether the subject names a « monument aux morts ».
    var namesWarMemorial: Bool {
        tokens.indices.contains { index in
            word(index).map { self.is($0, "morts") } == true && word(index - 1).map { self.is($0, "aux") } == true
                && word(index - 2).map { self.is($0, "monument") || self.is($0, "monuments") } == true
        }
    }

    /// "Bail Chouvel Mathieu", "compteur Bouvier Gérard – dégrèvement": a capitalised word in
    /// mixed case, of no list, before the first name at `start` that closes the name (end,
    /// mark or lower case next), with no capitalised word of a denomination before it, in a
    /// subject that designates a file or a transaction. Returns the surname's index.
    func fileSurnameFirst(before start: Int, end: Int) -> Int? {
        // (`isUnknownWord` refuses first names, saints, communes and every listed class.)
        guard !shouting, let previous = word(start - 1), !previous.allCaps, !(word(end)?.startsUpper ?? false),
              isUnknownWord(previous) else { return nil }
        // What stands before the surname: a mark, a word in lower case or a file word; not a
        // capitalised word that would make the pair a denomination's ("Stade Lagrange Léo").
        // Nor an article or a preposition: « au Crêt Julien », « d'une Renault Zoé », « de Kery
        // James » name a place, a thing or an artist (a surname after « à », « de » is read by
        // `surnameFirstAfterLink`); nor an opening quote (« Team Saïd »).
        if let before = word(start - 2) {
            if before.startsUpper && !self.is(before, .designation, bare: true) || Scan.bytes(keyWithoutElision(before), isOneOf: Scan.articlesAndLinks) { return nil }
        } else if start >= 2, isOpeningQuote(start - 2) { return nil }
        let fileWord = (max(0, start - 6)..<(start - 1)).contains { tokens[$0].isWord && self.is(tokens[$0], .designation, bare: true) }
        guard fileWord || cellHasTransaction, contextBefore(start - 1, allowTitleSkip: false) == nil,
              !isCommune(around: start - 1, end: end) else { return nil }
        let parts = Array((start - 1)..<end)
        guard !isPublicFigure(parts), !isOfficial(parts), !companyAfter(end) else { return nil }
        return start - 1
    }

    /// "inscription de Fillet Baptiste", "pour Capis Jean", "candidat Roquefort François": in
    /// mixed-case text, a capitalised word that is no common word, first name, place, body or
    /// commune, between a linking preposition (or a word that designates a private person)
    /// and a first name, is the surname written first.
    func surnameFirstAfterLink(before start: Int) -> Bool {
        // In capitals ("À MARCHETTI ANTOINE") the surname must be in no list nor the lexicon.
        guard let previous = word(start - 1), previous.startsUpper, previous.scalars >= 3, !isFirstName(previous),
              shouting ? previous.allCaps && isUnknownWord(previous) : !previous.allCaps && nameLike(previous),
              !self.is(previous, [.role, .civility, .particle, .link, .family, .designation, .titleArticle, .birthName])
        else { return false }
        // "Subvention pour l'achat d'un vélo - Pereira Joaquim": after a dash or a colon in a
        // subject about a payment, a surname in no list nor the lexicon.
        let afterPunctuation = (isPunct(start - 2, "-") || isPunct(start - 2, ":") || isPunct(start - 2, "–")) && isUnknownWord(previous)
            && cellHasTransaction
        var linked = afterPunctuation
        if !linked, let link = word(start - 2) {
            for literal in Scan.linkingWords where self.is(link, literal) { linked = true }
            if !linked, self.is(link, .personNoun, bare: true) { linked = true }
        }
        guard linked, !context.words.communes.contains(key(previous)) else { return false }
        // "l'école de Lagarde Jules Ferry", "rue de X Jean": a place, body or company word
        // before the preposition makes the words a denomination.
        // Only through "de": "terrain à Laborde Jean-Claude" names a buyer.
        if let head = word(start - 3), let link = word(start - 2), self.is(link, "de") || self.is(link, "d'") || self.is(link, "du"),
           self.is(head, [.place, .body, .legalEntity]) || self.is(head, [.place, .body, .legalEntity], bare: true) {
            return false
        }
        return contextBefore(start - 1, allowTitleSkip: false) == nil && !isCommune(around: start - 1, end: start + 1)
    }

    /// "à la mémoire de M. X", "statue à M. X", "en hommage à X": a commemoration word a few
    /// words before the name, with only articles and prepositions between, and no transaction
    /// in the subject (a statue sold to someone names a buyer).
    /// "Citoyenneté d'honneur à titre posthume à X": an honour to the dead, in a subject with
    /// no sale nor payment, names a public memory (as the war dead's, `honoursWarDead`).
    var honoursPosthumously: Bool {
        !cellHas(.transaction) && tokens.contains { $0.isWord && (self.is($0, "posthume") || self.is($0, "posthumes")) }
    }

    func commemorated(before start: Int, monumentsOnly: Bool = false) -> Bool {
        // "inscrire sur le monument aux morts les noms de X et Y, Morts pour la France": the war
        // dead are a public memory, wherever their names stand in the subject.
        // (A name without civility in such a subject is the dead's, even when a relative's
        // request, « à la demande de son petit-neveu M. X », reads as a file.)
        // (Not a grave granted to the family: « concession gratuite accordée à la famille du
        // sergent X, mort pour la France ».)
        let warDead = honoursWarDead
        if warDead, civility(at: start) == nil,
           !tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.burialFiles) }) { return true }
        if warDead || namesAddedToMonument && civility(at: start) == nil { return !cellHas(.transaction) }
        var position = start - 1
        var steps = 0
        while position >= 0, steps < 6 {
            guard let token = word(position) else { return false }
            for literal in monumentsOnly ? Scan.monuments : Scan.commemorations where self.is(token, literal) {
                // "concession cinquantenaire à Mme X": a grave's term, not an anniversary.
                if let grave = word(position - 1), self.is(grave, "concession") || self.is(grave, "concessions") { return false }
                return !cellHas(.transaction)
            }
            if monumentsOnly {
                guard Scan.commemorationJoiners.contains(where: { self.is(token, $0) }) || self.is(token, "memoire") else { return false }
                position -= 1
                steps += 1
                continue
            }
            // "en hommage à X", "un quartier au nom de X": an honour, unless the subject is about
            // the person's estate or a file ("Hommage à X et affectation de son legs").
            // "concession au nom de Mme X": a civility says whose name a deed bears, not an honour.
            if self.is(token, "hommage") || self.is(token, "nom") && civility(at: start) == nil
                && (word(position - 1).map { self.is($0, "au") || self.is($0, "du") } ?? false) {
                return !cellHas(.transaction) && !cellHas(.designation) && !cellHas(.family)
            }
            guard Scan.commemorationJoiners.contains(where: { self.is(token, $0) }) else { return false }
            position -= 1
            steps += 1
        }
        return false
    }

    /// "l'affaire dite Marchand", "Achat terrain Gondonneau": after a designation word, "dit"
    /// or "dite" introduces a name whatever its words (occulted); a capitalised word in mixed
    /// case that is no common word, first name, place, body or commune is likely a surname
    /// (held for review: a lieu-dit reads the same). Returns the span and whether it is sure.
    func mixedCaseDesignation(after index: Int) -> (start: Int, end: Int, sure: Bool)? {
        guard !shouting else { return nil }
        var next = index + 1
        // "legs « Bernard »": a name in quotes after the file word.
        if isOpeningQuote(next) { next += 1 }
        var named = false
        if let dite = word(next), self.is(dite, "dite") || self.is(dite, "dit") {
            named = true
            next += 1
        }
        // A lone first name is a surname here ("maison Nicolas"); one before another
        // capitalised word is left to the other shapes.
        let loneFirstName = isFirstName(word(next) ?? tokens[index]) && !(word(next + 1)?.startsUpper ?? false)
        guard civility(at: next) == nil, let surname = word(next), surname.startsUpper, !surname.allCaps,
              !isFirstName(surname) || loneFirstName,
              !self.is(surname, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .particle, .link]),
              !context.words.communes.contains(key(surname)) else { return nil }
        if !named {
            guard surname.scalars >= 4, nameLike(surname), !isSaint(surname) else { return nil }
            // Followed by a first name or another capitalised word: left to the other shapes;
            // not by a parcel's section ("Terrain Nowak ZE 33", "pré Schaeffer AB14").
            if let after = word(next + 1), after.startsUpper, !opensParcelReference(next + 1) { return nil }
        }
        var end = next + 1
        while named, let more = word(end), more.startsUpper, !more.allCaps, end - next < 3 { end += 1 }
        return (next, end, named)
    }
}
