/// Bare surnames in a register typed all in capitals ("VTE TERRAIN GUILLAUME / THOMAS", "ACQ.
/// PARCELLE LEBRETON (ZK 140)", "ECHANGE TERRAIN COMMUNE / PETIT"): there the case says nothing,
/// so the other checks of bare names stand aside. The clerk's structure speaks instead: a
/// file's head word right before the word, the slash between the parties of a deed, the
/// parcel in parentheses after its owner, « appartenant à », the heading of a list of private
/// persons before its colon (`inPrivateList`, shared with `InitialledListEvidence`), a holder's
/// word (« OFFRE », « PROP. »), the initials after the surname; two surnames joined by a hyphen
/// are read in `DoubleBarrelledEvidence`.
extension Scan {
    /// Whether the cell holds a word the prefilter admits it on: any of `WordClass.scanStarts`,
    /// or in a subject typed in capitals (every word with its capital) one of `capitalsStarts`.
    var admitsScanStart: Bool {
        presentClasses & PersonNameDetector.WordClass.scanStarts.rawValue != 0
            || shouting && presentClasses & PersonNameDetector.WordClass.capitalsStarts.rawValue != 0
    }

    /// A sale, a payment or a deed's head word (« VTE », « ACQ. ») in the cell.
    var deedInCell: Bool { presentClasses & PersonNameDetector.WordClass.deedHead.rawValue != 0 || cellHasTransaction }

    /// The public party of a deed on the other side of the slash ("X / COMMUNE").
    static let publicParties: [StaticString] = ["commune", "ville", "mairie", "departement", "ccas", "sivom", "syndicat"]
    func isPublicParty(_ index: Int) -> Bool { word(index).map { Scan.bytes(key($0), isOneOf: Scan.publicParties) } ?? false }
    static let ownershipWords: [StaticString] = ["appartenant", "appartenante", "appartenants", "appartenantes"]

    /// A word that may be a surname in a shouted register: capitals, the letters of a surname
    /// (`surnameLetters`), no word of the scan's lists (place, body, firm, role, file, family…).
    func shoutedSurnameShape(_ token: Token) -> Bool {
        token.isWord && token.allCaps && token.scalars >= 3 && surnameLetters(token)
            && !self.is(token, [.place, .body, .legalEntity, .role, .civility, .designation, .family, .link, .particle, .titleArticle,
                                .transaction, .roleQualifier, .residence, .deedHead, .privateListHeading])
            && !Scan.bytes(key(token), isOneOf: Scan.publicParties)
            // (« A L'ASSOCIATION CECILIA »: a body's word with its elided article.)
            && !self.is(token, [.place, .body, .legalEntity, .role], bare: true)
    }

    /// (The word at `index` has the shape: `shoutedSurnameShape`, asked once by `run`.)
    func handleShoutedSurname(at index: Int, emit: Emit) -> Int? {
        // (« AU LIEU-DIT LA VILLE-JEGU / COMMUNE »: a place's compound.)
        guard shouting, admitsScanStart, !placeCompound(tokens[index]) else { return nil }
        let unknown = isUnknownWord(tokens[index])
        let previous = word(index - 1)
        // (« SARL MAISON X », « GAEC DE X »: a firm's name.)
        let head = (previous.map { self.is($0, .deedHead, bare: true) } ?? false)
            && !(word(index - 2).map { self.is($0, .legalEntity, bare: true) } ?? false)
        // "ECHANGE TERRAIN COMMUNE / PETIT", "VTE BAUDOUIN / COMMUNE": a party of the deed.
        let slashAfter = isPunct(index + 1, "/"), slashBefore = isPunct(index - 1, "/")
        let publicOtherSide = slashBefore && isPublicParty(index - 2) || slashAfter && isPublicParty(index + 2)
        // "PARCELLE VACHER (ZA 12)", "ROLE : LECANU (ZA 5), OSMONT (ZA 6 ET 7)": the owner's parcel.
        let parcelAfter = isPunct(index + 1, "(") && opensParcelReference(index + 2)
        let listItem = previous == nil && (isPunct(index - 1, ",") || isPunct(index - 1, ":") || isPunct(index - 1, ";"))
        // "PARCELLE ZA 45 APPARTENANT A MARCHAND".
        let owner = (previous.map { self.is($0, "a") } ?? false)
            && (word(index - 2).map { Scan.bytes(key($0), isOneOf: Scan.ownershipWords) } ?? false)
        // "AUX RIVERAINS : DESHAYES, LENORMAND, TOUTAIN", "CONCESSIONS 2024 : LEMOINE
        // (TRENTENAIRE)", "ENFANTS ROUX E., CHENE L.": an item of a list of private persons.
        let initialAfter = initialEnd(at: index + 1).map { word($0) == nil } ?? false
        let closesItem = index + 1 >= tokens.count || isPunct(index + 1, ",") || isPunct(index + 1, ";") || isPunct(index + 1, "/")
            || isPunct(index + 1, "(") || initialAfter || (word(index + 1).map { self.is($0, "et") } ?? false)
        // "JARDINS FAMILIAUX : LOT 1 POIRIER, LOT 3 PINSON": a lot's holder, whatever the word.
        let lotHolder = index >= 2 && tokens[index - 1].kind == .number && (word(index - 2).map { self.is($0, "lot") } ?? false)
        let listed = closesItem && (unknown || isPunct(index + 1, "(") || initialAfter || lotHolder) && inPrivateList(before: index)
        // "ACQ. 85 M2 A PRIEUR / LEMAITRE": the parties after « à », paired by a slash.
        let pairedRecipient = slashAfter && (previous.map { self.is($0, "a") || self.is($0, "aux") } ?? false) && deedInCell
        // "VTE TERRAIN COMMUNE A LOISEAU": the commune's buyer after « A ».
        let communeRecipient = (previous.map { self.is($0, "a") } ?? false) && isPublicParty(index - 2) && deedInCell
        // "SUR FONDS GOSSELIN (ZB 23)": a word of no list with its parcel, after a plain word.
        let ownerOfParcel = parcelAfter && unknown && (cellHasTransaction || cellHas(.designation))
            && (previous.map { !self.is($0, [.particle, .titleArticle, .place, .body, .legalEntity, .link]) } ?? false)
        // "AGENT TECHNIQUE LEBAS", "AGENT DUVAL": a word of no list after « agent » and its grade.
        // (Not any person's noun: « ETUDIANT EN STAPS », « COMMERCANTS GAILLAC ».)
        let agentNamed = unknown && (previous.map { self.is($0, "agent") } ?? false
            || (word(index - 2).map { self.is($0, "agent") } ?? false) && previous.map({ $0.scalars >= 4 && !self.is($0, [.particle, .titleArticle, .link]) }) == true)
        // "REFUS DE L'OFFRE TONNELIER -", "POTEAU SUR PARC. ZK 8 (PROP. MERCIER)", "ACQUEREUR
        // LEROUX": after a word for a deed's holder, a word of no list, or any word closing its
        // phrase but an adjective ("LOCATAIRE SORTANT").
        let holderAt = isPunct(index - 1, ".") ? index - 2 : index - 1
        let holderNamed = (word(holderAt).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.holderWords) } ?? false)
            && (unknown || (closesItem || isPunct(index + 1, "-") || isPunct(index + 1, "–")) && !deedAdjective(tokens[index]))
        let decided = owner || publicOtherSide && deedInCell || listed || pairedRecipient || communeRecipient || ownerOfParcel || agentNamed
            || holderNamed
            // ("ACQ. PARCELLE VACHER (ZA 12)": with its parcel, a word after the head is its
            // owner's name, but an adjective of the deed, « BAIL RURAL (ZE 31) ».)
            || head && (unknown || slashAfter || slashBefore || parcelAfter && !deedAdjective(tokens[index]))
            || listItem && parcelAfter && unknown && (cellHasTransaction || cellHas(.designation))
        guard decided else { return nil }
        let parts = [index]
        guard !isOfficial(parts), !isPublicFigure(parts), !isCommune(around: index, end: index + 1), !companyAfter(index + 1) else { return nil }
        if listed, initialAfter, let end = initialEnd(at: index + 1) {
            emit(index, end, .occult, "nom seul dans un registre en capitales : liste de particuliers")
            return end
        }
        let clue = listed ? "nom seul dans un registre en capitales : liste de particuliers"
                          : "nom seul dans un registre en capitales : partie d'un acte"
        emit(index, index + 1, .occult, clue)
        // "GUILLAUME / THOMAS", "DUPRE ET DESCHAMPS", "PRIEUR / LEMAITRE": the other parties.
        var end = index + 1
        // (After a comma, only a word of no list or one with its parcel: « GOSSELIN, PRIX … ».)
        while let (link, strong) = linkAfterParty(end), let next = word(link), shoutedSurnameShape(next),
              strong || isUnknownWord(next) || isPunct(link + 1, "(") && opensParcelReference(link + 2) {
            emit(link, link + 1, .occult, clue)
            end = link + 1
        }
        return end
    }

    /// "LOCATION APPARTEMENT ECOLE – BRUNET CELINE", "DEMANDE MORIN ERIC - ABRI DE JARDIN",
    /// "ANNULATION TITRE EAU CLAUDEL ANNIE": in capitals, a surname then a listed first name that
    /// closes the phrase (a dash, a comma, a parenthesis, the end) is a person written the
    /// clerk's way round, when a dash, a colon, a comma or a file's word opens it; a first name
    /// first (« SALLE JEAN MOULIN ») is read elsewhere.
    /// (The word at `index` has the shape: `shoutedSurnameShape`, asked once by `run`.)
    func handleShoutedSurnameFirstName(at index: Int, emit: Emit) -> Int? {
        guard shouting, let surname = word(index), !isFirstName(surname),
              let given = word(index + 1), given.allCaps, isFirstName(given), !self.is(given, .commonWord) else { return nil }
        var end = index + 2
        // "BOUCHARD ANNE-LISE", "MARTIN JEAN PIERRE": a second first name.
        if let second = word(end), second.allCaps, isFirstName(second), !self.is(second, .commonWord) { end += 1 }
        let closed = end >= tokens.count || isPunct(end, "-") || isPunct(end, "–") || isPunct(end, ",") || isPunct(end, "(")
            || isPunct(end, ";") || isPunct(end, ":") || isPunct(end, "/") || isPunct(end, ")")
        // "VTE / LE FORESTIER GWENAEL /": the surname's particles.
        let start = particlesBefore(index)
        // (Not at the subject's start: « MARCHE VICTOR HUGO – … » names a place.)
        // "VTE ZD 77 / BOULANGER ANNE-SOPHIE /", "LOT A A HIVER NOEMIE", "ACQ. ZM 5 DE PECHEUR
        // ERWANN": in a deed, a slash or the preposition of its party opens it too.
        let opened = isPunct(start - 1, "-") || isPunct(start - 1, "–") || isPunct(start - 1, ":") || isPunct(start - 1, ",")
            || (word(index - 1).map { self.is($0, [.designation, .deedHead, .listHeading], bare: true) } ?? false)
            || deedInCell && (isPunct(start - 1, "/") || partyPreposition(start - 1))
        // A surname of no list may stand anywhere else ("AU NOM DE SANTONI PETRU"), but after a
        // twinning's word (« JUMELAGE ALBA IULIA », a town).
        let unknownSurname = index > 0 && surname.scalars >= 4 && isUnknownWord(surname)
            && !(word(index - 1).map { Scan.bytes(key($0), isOneOf: Scan.twinningWords) } ?? false)
        guard closed, opened || unknownSurname, !isOfficial(Array(index..<end)), !isPublicFigure(Array(index..<end)),
              contextBefore(index, allowTitleSkip: false) == nil else { return nil }
        emit(start, end, .occult, "nom puis prénom de la liste dans un registre en capitales")
        return end
    }

    /// Words for the holder of a deed, a lease or a property in a clerk's register.
    static let holderWords: [StaticString] = ["acquereur", "acquereurs", "preneur", "preneurs", "prop", "proprietaire", "proprietaires",
                                              "offre", "foyer", "cons", "vendeur", "vendeurs", "exploitant", "exploitants", "locataire",
                                              "locataires", "riverain", "riverains", "demandeur", "demandeurs", "encontre"]
    /// Whether a word is an adjective of a deed rather than a party's name ("TERRAIN COMMUNAL",
    /// "BAIL RURAL", "LOCATAIRE SORTANT").
    func deedAdjective(_ token: Token) -> Bool {
        Scan.bytes(key(token), isOneOf: Scan.deedAdjectives) || Scan.bytes(key(token), isOneOf: Scan.fileAdjectives)
    }

    /// Adjectives of a deed's land or lease, after its head word ("TERRAIN COMMUNAL (AB 12)"),
    /// besides the file adjectives (`fileAdjectives`: « rural », « précaire », « amiable »…).
    static let deedAdjectives: [StaticString] = ["communal", "communale", "communaux", "communales", "agricole", "agricoles",
                                                 "boise", "boisee", "boises", "boisees", "constructible", "constructibles",
                                                 "inconstructible", "enclave", "enclavee", "nu", "nue", "nus", "nues", "bati",
                                                 "batie", "batis", "baties", "attenant", "attenante", "contigu", "contigue",
                                                 "forestier", "forestiere", "urbain", "urbaine", "industriel", "industrielle",
                                                 "cadastre", "cadastree", "cadastres", "cadastrees", "sis", "sise", "situe",
                                                 "situee", "indivis", "vacant", "vacante", "prive", "privee", "public", "publique",
                                                 "viager", "viagere", "verbal", "verbale", "notarie", "administratif", "rurale",
                                                 "ruraux", "commerciale", "professionnel", "pastoral", "pastorale", "chasse",
                                                 "peche", "riverain", "riveraine", "voisin", "voisine", "nouveau", "nouvelle",
                                                 "ancien", "ancienne", "reste", "restant", "lot", "complementaire",
                                                 "supplementaire", "libre", "occupe", "occupee", "inondable", "sortant",
                                                 "sortante", "entrant", "entrante", "actuel", "actuelle", "precedent",
                                                 "precedente", "evince", "evincee", "potentiel", "eventuel", "retenu", "retenue",
                                                 "interesse", "interessee", "concerne", "concernee", "unique", "principal",
                                                 "principale", "titulaire", "successif", "successifs", "initial", "initiale",
                                                 "bailleur", "bailleurs", "occupant", "occupante", "occupants", "inconnu",
                                                 "inconnue", "inconnus", "inconnues", "decede", "decedee", "decedes", "disparu",
                                                 "disparue"]

    /// Words before a deed's party in capitals (« A », « DE », « PAR », « ET »).
    static let partyPrepositions: [StaticString] = ["a", "de", "par"]

    /// « A », « PAR », or « DE » after a number or a deed's word ("ACQ. ZM 5 DE PECHEUR ERWANN";
    /// not « HAMEAU DE CHEZ PIERROT », « QUARTIER DE PLAINE ACHILLE », where a place follows).
    func partyPreposition(_ index: Int) -> Bool {
        guard let preposition = word(index), Scan.bytes(key(preposition), isOneOf: Scan.partyPrepositions) else { return false }
        guard self.is(preposition, "de") else { return true }
        guard let before = word(index - 1) else { return index > 0 && tokens[index - 1].kind == .number }
        return self.is(before, [.deedHead, .transaction], bare: true)
    }

    /// Where a surname in capitals begins after its particles from `index` ("LE VAILLANT" →
    /// "VAILLANT", "LE CORRE", "DE LA MARE"): two at most.
    func particlesAfter(_ index: Int) -> Int {
        var position = index
        while let particle = word(position), particle.allCaps, isParticle(particle), position - index < 2 { position += 1 }
        return position
    }

    /// Where a shouted surname begins, past the particles before it ("LE SAUX", "DE LA MARE").
    func particlesBefore(_ index: Int) -> Int {
        var start = index
        while let particle = word(start - 1), particle.allCaps, isParticle(particle), index - start < 2 {
            // (« EXCLUSION DE MARTINET D. »: « DE » after a word is the phrase's preposition.)
            if Scan.bytes(key(particle), isOneOf: ["de", "d'", "du", "des"]), word(start - 2) != nil { break }
            start -= 1
        }
        return start
    }

    /// Nouns a letter or its initial follows without naming anyone ("ZONE A.", "ANNEXE B.").
    static let letteredNouns: [StaticString] = ["annexe", "annexes", "zone", "zones", "categorie", "type", "lot", "lots", "phase",
                                               "tranche", "secteur", "classe", "groupe", "section", "article", "bloc", "batiment",
                                               "niveau", "option", "variante", "plan", "vitamine", "hepatite", "poste", "echelle",
                                               "cat", "grade", "indice", "piece", "partie", "titre", "chapitre", "programme"]

    /// "CADIOU F., EXPLOITANT", "AVENANT BAIL RURAL TRAVERS J.-L. :", "LE SAUX B.": in
    /// capitals, a surname then the initials of the first name, closing the phrase, is a person
    /// written the clerk's way round (a letter after a word of the lists or a noun of letters,
    /// « ZONE A. », names no one).
    /// (The word at `index` has the shape: `shoutedSurnameShape`, asked once by `run`.)
    func handleShoutedSurnameInitials(at index: Int, emit: Emit) -> Int? {
        // (« VENTE PAR M. ET MME X »: a civility, not an initial.)
        // (The initial itself admits the cell: `PersonNameDetector.mayHoldName`.)
        // (« A L'ENCONTRE DE L'AGENT T. R. »: a person's noun, the initials are the name.)
        guard shouting, admitsScanStart || index + 1 < tokens.count && tokens[index + 1].scalars <= 2, civility(at: index + 1) == nil,
              !self.is(tokens[index], [.personNoun, .role, .family], bare: true), !Scan.bytes(key(tokens[index]), isOneOf: Scan.prepositions),
              var end = initialEnd(at: index + 1) else { return nil }
        // (« A.N.R.U. »: more than two initials spell an acronym.)
        if let more = initialEnd(at: end) { end = more }
        if initialEnd(at: end) != nil { return nil }
        let closed = end >= tokens.count || isPunct(end, ",") || isPunct(end, ";") || isPunct(end, "/") || isPunct(end, "(")
            || isPunct(end, ")") || isPunct(end, "-") || isPunct(end, "–") || isPunct(end, ":")
            // ("EXCLUSION DE MARTINEAU D. POUR NON-PAIEMENT", "PAR CHAPALAIN M. AU GAEC": or a
            // preposition opens the next clause.)
            || (word(end).map { self.is($0, "et") || self.is($0, "au") || Scan.bytes(key($0), isOneOf: Scan.prepositions)
                || Scan.bytes(key($0), isOneOf: Scan.partyPrepositions) } ?? false)
        guard closed, !Scan.bytes(key(tokens[index]), isOneOf: Scan.letteredNouns), !isOfficial([index]), !isPublicFigure([index]),
              !isCommune(around: index, end: index + 1) else { return nil }
        emit(particlesBefore(index), end, .occult, "nom puis initiales du prénom dans un registre en capitales")
        return end
    }

    /// Whether the item at `index` stands in a list opened by a colon (or « LOT n ») whose
    /// heading names private persons: beneficiaries, neighbours, tenants, children, agents'
    /// bonuses.
    func inPrivateList(before index: Int) -> Bool {
        let slot = isPunct(index - 1, ":") || isPunct(index - 1, ",") || isPunct(index - 1, ";") || isPunct(index - 1, "/")
            || isPunct(index - 1, "–") || isPunct(index - 1, "-")
            || index >= 2 && tokens[index - 1].kind == .number && (word(index - 2).map { self.is($0, "lot") } ?? false)
        guard slot else { return false }
        var position = index - 1
        var steps = 0
        while position >= 0, steps < 60, !isPunct(position, ":") {
            position -= 1
            steps += 1
        }
        guard position > 0, isPunct(position, ":") else { return false }
        var segment = position - 1
        while segment >= 0, position - segment <= 12, !isPunct(segment, ";"), !isPunct(segment, ":") {
            if let token = word(segment), Scan.bytes(keyWithoutElision(token), isOneOf: Scan.privateHeadings)
                || self.is(token, [.privateListHeading, .listHeading], bare: true) { return true }
            segment -= 1
        }
        return false
    }

    /// "G. DUFOUR, M.-T. LECARPENTIER" in a list of private persons in capitals: initials then
    /// the surname.
    func handleShoutedInitials(at index: Int, emit: Emit) -> Int? {
        guard shouting, admitsScanStart, tokens[index].scalars == 1, var end = initialEnd(at: index) else { return nil }
        while let more = initialEnd(at: end) { end = more }
        // "VTE TERRAIN J.-C. L. / COMMUNE": initials alone, a party of the deed.
        if isPunct(end, "/"), isPublicParty(end + 1), deedInCell {
            emit(index, end, .occult, "initiales dans un registre en capitales : partie d'un acte")
            return end
        }
        guard let surname = word(end), shoutedSurnameShape(surname), inPrivateList(before: index), !isOfficial([end]) else { return nil }
        emit(index, end + 1, .occult, "initiales et nom dans un registre en capitales : liste de particuliers")
        return end + 1
    }

    /// The index of the word after a slash, « ET » or a comma following a party at `end`
    /// (its parcel in parentheses skipped), and whether the link is a slash or « ET ».
    func linkAfterParty(_ end: Int) -> (Int, Bool)? {
        var position = end
        if isPunct(position, "(") {
            var close = position + 1
            while close < tokens.count, close - position < 8, !isPunct(close, ")") { close += 1 }
            guard isPunct(close, ")") else { return nil }
            position = close + 1
        }
        if isPunct(position, "/") { return (position + 1, true) }
        if isPunct(position, ",") { return (position + 1, false) }
        if let link = word(position), self.is(link, "et") { return (position + 1, true) }
        return nil
    }
}
