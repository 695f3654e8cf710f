import Foundation

/// Context of cultural programmes and grants, the shapes of designated and coordinated names,
/// saints, communes and named places, public figures and the configuration's officials.
extension Scan {
    /// A cultural programme before the name in the cell ("Concert de …", "Prix … remis à …",
    /// "exposition de …").
    func culturalContext(before start: Int) -> Bool {
        // Each way to `true` below needs a word of the cultural class (as written or without
        // its elided article): without one in the cell, false at once. `noProgramme` walked the
        // whole cell first (2.4 k instructions a call, for most names of most cells).
        guard cellHas(.cultural) else { return false }
        if noProgramme(before: start) || youngTalent(before: start) { return false }
        // "aux collégiens lauréats X et Y": pupils, whatever the prize.
        for index in max(0, start - 4)..<start where tokens[index].isWord {
            if Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: Scan.pupilWords) { return false }
        }
        // A sale, a payment or a contract in the same subject is not a programme ("prix de vente").
        // "Contrat avec l'orchestre de M. X", "pour le spectacle de X": a programme word (not
        // "prix") right before the name says it whatever the contract.
        // "Bénévoles du festival : défraiement de M. X", "remboursement place de spectacle –
        // Mme Y": what pays back or compensates a volunteer or a spectator names a resident,
        // whatever the show; only the artist right after the show's word keeps it (« billets du
        // concert d'Ibrahim Maalouf »), with no mark between.
        // (Read only once a show's word is near the name, or past the loop.)
        lazy var paid = (0..<start).contains { tokens[$0].isWord && Scan.personalPaymentWords.contains(keyWithoutElision(tokens[$0])) }
        for index in max(0, start - 3)..<start where tokens[index].isWord && self.is(tokens[index], .cultural, bare: true) && !self.is(tokens[index], "prix")
            && !residenceBuilding(index) && !readsNoShow(index) {
            // (Paid, the artist follows the show's word through small words only, without a
            // civility: « SPECTACLE M. X », « l'historien par Mme Y » name someone else.)
            if paid, civility(at: start) != nil || (index + 1..<start).contains(where: {
                !tokens[$0].isWord || tokens[$0].startsUpper || self.is(tokens[$0], .civility) || self.is(tokens[$0], "par")
            }) { continue }
            return true
        }
        if paid { return false }
        for index in 0..<start where tokens[index].isWord && self.is(tokens[index], .transaction) {
            // "contrat(s) de cession": the contract of a show, not a sale.
            if self.is(tokens[index], "cession"), index >= 2, let de = word(index - 1), self.is(de, "de"),
               let contract = word(index - 2), self.is(contract, "contrat") || self.is(contract, "contrats") { continue }
            return false
        }
        // "Concours des maisons fleuries : prix à Mme X": households of the commune, not artists.
        if tokens.contains(where: { $0.isWord && (self.is($0, "fleuries") || self.is($0, "fleuris") || self.is($0, "fleurissement")
            || self.is($0, "illuminations") || self.is($0, "illumines")) }) { return false }
        if programmeHeading(before: start) { return true }
        // "à l'artiste": the word without its elided article counts.
        for index in max(0, start - 8)..<start where tokens[index].isWord && self.is(tokens[index], .cultural, bare: true) {
            do {
                if newClause(between: index, and: start) { continue }
                if isPrice(index) { continue }
                // "prix de vente", "prix unitaire": a price, not an award.
                if self.is(tokens[index], "prix"), let next = word(index + 1),
                   self.is(next, "de") || self.is(next, "du") || self.is(next, "d'") || self.is(next, "unitaire") {
                    // "prix du concours", "prix du jury", "prix de la ville": an award after all.
                    var award = false
                    for offset in 2...3 {
                        guard let after = word(index + offset) else { break }
                        for literal in Scan.awardWords where self.is(after, literal) { award = true }
                    }
                    if !award { continue }
                }
                if residenceBuilding(index) || readsNoShow(index) { continue }
                return true
            }
        }
        return false
    }

    /// Whether the cell holds a word of the arts that is no award's (« prix », « lauréat »): a
    /// show, an artist's trade, a work or a field of the arts (« prix littéraire », « de peinture »).
    var artWordInCell: Bool {
        tokens.contains { token in
            guard token.isWord else { return false }
            let bare = keyWithoutElision(token)
            return self.is(token, .cultural, bare: true) && !Scan.bytes(bare, isOneOf: Scan.awardNouns)
                || Scan.bytes(bare, isOneOf: Scan.artContestWords) || Scan.bytes(bare, isOneOf: Scan.artFields)
        }
    }

    /// Fields and works of the arts that prizes reward.
    static let artFields: [StaticString] = ["poesie", "nouvelle", "nouvelles", "roman", "romans", "litteraire", "litteraires", "lettres",
                                            "photographie", "photo", "photos", "peinture", "sculpture", "dessin", "creation", "bd",
                                            "cinema", "film", "livre", "ecriture", "slam", "lecteurs", "polar", "art", "arts", "musique", "architecture"]

    /// "… avec la conteuse X – accueil de Mlle Y en service civique": a dash or a semicolon then
    /// a word of another subject (not a name, a link or an article) opens a clause the
    /// programme word no longer reaches; "Concert – Mme X, soprano" stays in it.
    func newClause(between from: Int, and start: Int) -> Bool {
        var separator = false
        for position in (from + 1)..<start {
            if isPunct(position, "–") || isPunct(position, "—") || isPunct(position, ";") { separator = true; continue }
            guard separator, let token = word(position) else { continue }
            if !token.startsUpper, !self.is(token, [.link, .particle, .titleArticle]), !isElided(token), !self.is(token, .civility) { return true }
        }
        return false
    }

    /// Whether the words before the name say the subject is no cultural programme, in one pass:
    /// a court case (« partie civile – auteur : M. X »), a sport, farming or business prize
    /// (« Trophées des sports – dotations aux lauréats : X »), or an amateur contest
    /// (« Concours photo : prix du jury à X ») that is no fund (« fonds de concours »), no literary
    /// prize and no festival or show: its winners are residents, not a programme's artists.
    ///
    /// An award that pays (« Prix Jeunes Reporters : M. X – dotation de 500 € », « bourse de
    /// 1 000 € aux lauréats », « bons d'achat ») makes its winners recipients of public money,
    /// whatever the art: the money anywhere in the cell decides, as for a grant.
    func noProgramme(before start: Int) -> Bool {
        var contest = false, programme = false, award = false, money = false, prizeField = false, school = false
        let gate = Scan.noProgrammeGate
        for index in tokens.indices {
            let token = tokens[index]
            guard token.isWord else {
                if token.kind == .punct, isPunct(index, "€") { money = true }
                continue
            }
            let bare = keyWithoutElision(token)
            // None of the words below (`noProgrammeGate`): nothing to ask.
            guard gate.admits(bare) else { continue }
            if Scan.prizeMoneyWords.contains(bare) || (Scan.bytes(bare, isOneOf: ["achat"]) && (word(index - 1).map { self.is($0, "bon") || self.is($0, "bons") } ?? false)) {
                money = true
            }
            guard index < start else { continue }
            // "Fête du sport : concert de X": a sport's word says no programme only for a prize
            // (« Trophées des sports – lauréats : X »); a court case, always.
            // "École de musique : recrutement de vacataires (M. X, batterie)": staff, not a programme.
            if Scan.bytes(bare, isOneOf: Scan.staffWords) { return true }
            if Scan.noProgrammeWords.contains(bare) {
                if Scan.bytes(bare, isOneOf: Scan.judicialWords) { return true }
                prizeField = true
            }
            if Scan.bytes(bare, isOneOf: Scan.awardNouns) || self.is(token, "trophee") || self.is(token, "trophees") { award = true }
            if Scan.bytes(bare, isOneOf: Scan.schoolPrizeFields) { school = true }
            if self.is(token, "concours"), !(word(index - 2).map { self.is($0, "fonds") || self.is($0, "fond") } ?? false) { contest = true }
            if Scan.bytes(bare, isOneOf: Scan.artContestWords) { programme = true }
        }
        return (award && money && !awardTitle(before: start)) || (contest && !programme) || prizeField && (award || contest)
            || school && (award || contest) && !artWordInCell
    }

    /// "révision de prix", "actualisation des prix", "offre de prix": a price, never an award.
    func isPrice(_ index: Int) -> Bool {
        guard self.is(tokens[index], "prix"), let link = word(index - 1), self.is(link, "de") || self.is(link, "des") || self.is(link, "du"),
              let noun = word(index - 2) else { return false }
        return Scan.bytes(key(noun), isOneOf: ["revision", "revisions", "actualisation", "hausse", "baisse", "augmentation", "offre", "offres",
                                               "bordereau", "variation", "ajustement", "indexation", "complement", "difference", "montant",
                                               "fixation", "liste", "grille", "modification", "modifications", "mise", "reduction"])
    }

    /// "Prix Alexandre Vialatte", "Prix des Lettres Edmond Tanière": the name is the award's
    /// title, right after its noun, not a winner.
    func awardTitle(before start: Int) -> Bool {
        var position = start - 1
        while position >= max(0, start - 4), let token = word(position) {
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.awardNouns) { return position < start - 1 || token.startsUpper }
            guard token.startsUpper || Scan.bytes(keyWithoutElision(token), isOneOf: ["de", "des", "du", "la", "le", "les", "d'"]) else { return false }
            position -= 1
        }
        return false
    }

    /// "le maire donne lecture de la lettre de M. X": a letter read to the council, no reading
    /// of a programme.
    ///
    /// "comité de programmation" (of European funds) programmes no show either.
    func readsNoShow(_ index: Int) -> Bool {
        // "prêt gracieux du piano de Mme X": an instrument's owner, not its player ("accompagnée
        // au piano par X").
        if Scan.bytes(key(tokens[index]), isOneOf: Scan.instruments), let de = word(index + 1), self.is(de, "de") || self.is(de, "d'") {
            return true
        }
        if self.is(tokens[index], "programmation"), let committee = word(index - 2), self.is(committee, "comite") || self.is(committee, "comites") { return true }
        guard self.is(tokens[index], "lecture") || self.is(tokens[index], "lectures") else { return false }
        if let before = word(index - 1), Scan.bytes(key(before), isOneOf: ["donne", "donnee", "donnent", "fait", "faite", "apres"]) { return true }
        return (index + 1..<min(index + 4, tokens.count)).contains {
            word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: ["lettre", "lettres", "courrier", "courriers", "courriel", "demande", "message", "rapport", "motion", "petition",
                                                                   "remerciements", "remerciement", "proces-verbal", "decisions", "voeu", "question", "questions"]) } ?? false
        }
    }

    /// "résidence" is also a building ("Résidence Les Cèdres", "résidence secondaire de M. X",
    /// "résidence autonomie"): a programme only as "résidence d'artiste(s)".
    func residenceBuilding(_ index: Int) -> Bool {
        guard self.is(tokens[index], "residence") || self.is(tokens[index], "resident") || self.is(tokens[index], "residente") else { return false }
        guard let next = word(index + 1), let after = word(index + 2),
              self.is(next, "d'") || self.is(next, "de"), self.is(after, "artiste") || self.is(after, "artistes") else { return true }
        return false
    }

    /// "Bourses au mérite sportif : Théo Martin (athlétisme), Inès Robert (natation)": a name in
    /// the list after a colon whose heading announces grants names a beneficiary.
    func grantHeading(before start: Int) -> Bool {
        var position = start - 1
        var inParentheses = false
        while position >= 0, start - position < 30 {
            if isPunct(position, ":") { break }
            if isPunct(position, ")") { inParentheses = true } else if isPunct(position, "(") { inParentheses = false }
            guard inParentheses || isPunct(position, ",") || isPunct(position, "(") || isPunct(position, ")")
                    || (word(position).map { $0.startsUpper || self.is($0, .link) || isParticle($0) } ?? false) else { return false }
            position -= 1
        }
        guard position >= 0, isPunct(position, ":") else { return false }
        // "versement de la bourse à la Compagnie Kaïros (chorégraphe : X)": an artistic trade
        // heads the colon, not the grant.
        if let heading = word(position - 1), self.is(heading, .cultural, bare: true) { return false }
        let clause = clauseBounds(around: position)
        return (clause.lowerBound..<position).contains {
            tokens[$0].isWord && Scan.bytes(keyWithoutElision(tokens[$0]), isOneOf: Scan.grantWords)
        }
    }

    /// A subject that announces a cultural programme in its heading (its first ten words,
    /// before any colon): « Festival … », « Saison culturelle … », « Concert du Nouvel An : … ».
    func culturalSubject(before start: Int) -> Bool {
        if youngTalent(before: start) { return false }
        var index = 0
        var words = 0
        while index < start, words < 10 {
            if let token = word(index) {
                if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.culturalHeadings) { return true }
                words += 1
            } else if isPunct(index, ":") {
                break
            }
            index += 1
        }
        return false
    }

    /// "aide au déplacement de la jeune sonneuse X", "bourse au jeune pianiste Y": « jeune » in
    /// the three words before the name says a young talent aided, not an artist of a programme
    /// (a show « jeune public » is one).
    func youngTalent(before start: Int) -> Bool {
        (max(0, start - 3)..<start).contains { index in
            (word(index).map { self.is($0, "jeune") || self.is($0, "jeunes") } ?? false) && !(word(index + 1).map { self.is($0, "public") } ?? false)
        }
    }

    /// "Programmation du festival « Les Nuits de X » : Camille, Clara Luciani et …": the name is
    /// in the list right after a colon whose heading holds a programme word (not an award).
    func programmeHeading(before start: Int) -> Bool {
        var position = start - 1
        while position >= 0, start - position < 16 {
            if isPunct(position, ":") { break }
            guard isPunct(position, ",") || isPunct(position, ".") || isPunct(position, "-")
                    || (word(position).map { $0.startsUpper || self.is($0, .link) || isParticle($0) } ?? false) else { return false }
            position -= 1
        }
        guard position >= 0, isPunct(position, ":") else { return false }
        let clause = clauseBounds(around: position)
        return (clause.lowerBound..<position).contains {
            tokens[$0].isWord && self.is(tokens[$0], .cultural, bare: true) && !self.is(tokens[$0], "prix") && !residenceBuilding($0)
        }
    }

    /// An all-caps word after a designation word ("Vente BENSAID", "c/ PONS"): a surname, not a
    /// common word, a place, a body, a company or an acronym without vowel ("SNCF").
    func designationSurname(_ token: Token) -> Bool {
        guard token.allCaps, token.scalars >= 3, !self.is(token, [.commonWord, .place, .body, .legalEntity, .role, .civility, .designation]),
              !key(token).contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            // A word with digits ("AA3", a parcel) is no surname.
            return false
        }
        return Scan.hasVowel(key(token))
    }

    /// A word that can be a private person's name when coordinated with one ("LACOMBE et
    /// FERRAND", "VIDAL / MARTY / ROQUES").
    func coordinatedNameShape(_ token: Token) -> Bool {
        guard token.isWord, token.startsUpper,
              !self.is(token, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link]),
              // (« M. X, EI »: a sole trader's status, no second name.)
              !(token.allCaps && (self.is(token, "ei") || self.is(token, "eirl"))) else { return false }
        // "…, Saint-Étienne": a commune is a place.
        if context.words.communes.contains(key(token)) { return false }
        if isFirstName(token) { return true }
        if self.is(token, .commonWord) { return false }
        return token.allCaps || !shouting
    }

    /// "Saint", "Sainte", "St", "Ste" with a capital: the first name after it is a saint's, in
    /// a place or a feast ("Sainte Marie la Mer", "la Saint-Jean").
    func isSaint(_ token: Token) -> Bool {
        token.startsUpper && Scan.isSaintWord(key(token))
    }

    /// Whether the words around `start` spell a French commune of several parts ("Port
    /// Vendres", "Saint Jean de Luz", one token "Sainte-Marie-la-Mer") or a street or facility
    /// of the organisation's own reference data (`gazetteers`).
    func isCommune(around start: Int, end: Int) -> Bool {
        isPlaceName(around: start, end: end, in: context.words.communes)
            || !context.gazetteer.isEmpty && isPlaceName(around: start, end: end, in: context.gazetteer)
    }

    /// Whether the words around `start` spell an entry of a list of place names.
    func isPlaceName(around start: Int, end: Int, in communes: ByteWordSet) -> Bool {
        // A commune of one word counts among the name's words or glued to them by a preposition
        // ("Marie-Galante", "Jean de Luz"), not anywhere four words before ("cimetière
        // Saint-Roch – attribuée à BENALI Karima").
        for index in max(0, start - 4)..<min(tokens.count, end + 1) where tokens[index].isWord {
            // (« bénévoles de la Saint-Jean : Soizic X »: a colon or a comma between parts no
            // commune's name.)
            if communes.contains(key(tokens[index])), index >= start - 2,
               index >= start || ((index + 1)..<start).allSatisfy({ tokens[$0].isWord }) { return true }
        }
        for from in max(0, start - 4)...start {
            for index in from..<min(tokens.count, from + 7) {
                guard tokens[index].isWord else { break }
                if index > from, index >= start, phrase(from..<(index + 1), in: communes) { return true }
            }
        }
        return false
    }

    /// "l'ouvrage « Saint-Étienne au temps de Jules Janin »", "visite « Sur les pas de
    /// Pierre-Paul Riquet »": a name inside the quoted title of a work or an event is the
    /// title's subject, not a party to the decision.
    func titleOfWork(around start: Int, end: Int) -> Bool {
        var open = start - 1
        while open >= max(0, start - 10), !isOpeningQuote(open) {
            if isPunct(open, "»") || isPunct(open, "”") { return false }
            open -= 1
        }
        guard open >= max(0, start - 10), isOpeningQuote(open) else { return false }
        var close = end
        while close < min(tokens.count, end + 10), !(isPunct(close, "»") || isPunct(close, "\"") || isPunct(close, "”")) {
            if isOpeningQuote(close) { return false }
            close += 1
        }
        guard close < min(tokens.count, end + 10) else { return false }
        var head = open - 1
        while let article = word(head), self.is(article, [.titleArticle, .particle]) || isElided(article), open - head < 3 { head -= 1 }
        guard let work = word(head) else { return false }
        let bare = keyWithoutElision(work)
        return Scan.bytes(bare, isOneOf: Scan.workWords) || Scan.bytes(bare, isOneOf: Scan.culturalEvents)
            || Scan.bytes(bare, isOneOf: Scan.titledEvents)
    }

    func isPublicFigure(_ parts: [Int]) -> Bool {
        // A phrase of several words is only looked up when its first word starts an entry of
        // several words (`publicFigureHeads`): joining and looking up three phrases for every
        // name cost about 1 k instructions.
        let heads = context.publicFigureHeads
        let partsMayStart = parts.count >= 2 && heads.contains(key(tokens[parts[0]]))
        if (parts.count < 2 || partsMayStart), phrase(parts, in: context.words.publicFigures) { return true }
        // "l'abbé Pierre", "Sœur Emmanuelle": the title is part of the figure's name.
        // (The title's index and the parts read in place: an array of them was an allocation a name.)
        if let first = parts.first, first > 0, tokens[first - 1].isWord, heads.contains(keyWithoutElision(tokens[first - 1])),
           context.words.publicFigures.containsPhrase(count: parts.count + 1, part: { offset in
               keyWithoutElision(tokens[offset == 0 ? first - 1 : parts[offset - 1]])
           }) { return true }
        // "Charles de Gaulle": the particles were skipped; rebuild with them (when the parts
        // are contiguous, that is the phrase just asked).
        guard let first = parts.first, let last = parts.last, parts.count != last - first + 1, partsMayStart else { return false }
        return phrase((first...last).filter { tokens[$0].isWord }, in: context.words.publicFigures)
    }

    func nameTokens(_ parts: [Int]) -> [String] {
        parts.map { foldedString(tokens[$0]) }.filter { $0.count > 1 }
    }

    /// "Attribution du nom de X à l'avenue", "dénomination … du nom de X": the name is given
    /// to a place.
    func namesAPlace(before start: Int) -> Bool {
        var position = start - 1
        if let article = word(position), self.is(article, "de") || self.is(article, "d'") { position -= 1 }
        guard let noun = word(position) else { return false }
        return self.is(noun, "nom")
    }

    /// "MM.", "Mmes", "Messieurs", "Mesdames": a civility for several persons.
    func isPluralCivility(_ token: Token) -> Bool {
        self.is(token, "mm") || self.is(token, "mmes") || self.is(token, "messieurs") || self.is(token, "mesdames") || self.is(token, "mlles")
            || self.is(token, "drs") || self.is(token, "docteurs")
    }

    /// Whether the name is an official's of the configuration; without officials, no name
    /// String is made.
    func isOfficial(_ parts: [Int]) -> Bool {
        !context.officials.names.isEmpty && context.officials.matches(nameTokens(parts))
    }
}

extension Scan {
    /// The parts of a name split where a link or a comma stands between two of them
    /// (« Gaël PERDRIAU et Jean-Pierre BERGER » → two groups).
    func linkedNameGroups(_ parts: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for part in parts {
            if let last = current.last, (last + 1..<part).contains(where: { word($0).map { self.is($0, .link) } ?? isPunct($0, ",") }) {
                groups.append(current)
                current = []
            }
            current.append(part)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
