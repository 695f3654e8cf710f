/// Context evidence of the name scan added for issue 13 (branch `names4`): what says that a
/// person named in a subject acts in an office, in the council's business, in a trade, or
/// that a word introduces a name. Each check runs only on a candidate name, and returns at
/// once when the cell holds no word of the class it looks for (`Scan.cellHas`).
extension Scan {
    /// A profession right before the name, with its article ("confié à l'architecte X", "le
    /// notaire X", "du géomètre-expert X"), unless a trigger ends there ("vente à").
    func professionBefore(_ start: Int) -> Bool {
        guard cellHas(.professionHead) else { return false }
        for length in 1...3 where start - length >= 0 {
            let slice = (start - length)..<start
            guard slice.allSatisfy({ tokens[$0].isWord }) else { break }
            // "vente à l'architecte X": a trigger before the profession makes it a party.
            if phrase(slice, in: context.words.professions, withoutElision: true) { return !triggerBefore(start) && !triggerBefore(start - length) }
        }
        return false
    }

    /// "géomètre : Cabinet Géo-Alpes, M. X", "architecte : M. Y": a profession heading the list
    /// the name opens, past a firm's capitalised name and its comma (five tokens at most).
    func professionHeading(before start: Int) -> Bool {
        guard cellHas(.professionHead) else { return false }
        var colon = start - 1
        while colon >= 0, start - colon <= 6, !isPunct(colon, ":") {
            guard isPunct(colon, ",") || word(colon).map({ $0.startsUpper }) == true else { return false }
            colon -= 1
        }
        guard colon > 0, isPunct(colon, ":") else { return false }
        for length in 1...2 where colon - length >= 0 {
            let slice = (colon - length)..<colon
            guard slice.allSatisfy({ tokens[$0].isWord }) else { break }
            if phrase(slice, in: context.words.professions, withoutElision: true) { return true }
        }
        return false
    }

    /// "Questions diverses soumises par Madame X", "Motion présentée par M. Y", "Questions
    /// orales : M. Z": the council's own business earlier in the subject, the name introduced as
    /// its author ("par", "de", a colon, or coordinated with one), and no transaction in the
    /// subject. Only councillors put questions, motions and wishes to the council.
    /// Words that make the name after « de » a motion's author (« à l'initiative de », « le
    /// groupe de », « déposée … de »).
    static let authorshipWords: [StaticString] = ["initiative", "groupe", "presente", "presentee", "presentes", "depose", "deposee",
                                                  "deposes", "propose", "proposee", "auteur", "auteurs", "orale", "orales", "ecrite", "ecrites"]

    func sessionAuthor(_ start: Int) -> Bool {
        if debateSpeaker(start) || proxyHolder(start) { return true }
        guard cellHas(.session) else { return false }
        // "observations de M. X et de Mme Y, riverains": residents heard, not councillors.
        if residentsInApposition(after: start) { return false }
        // "Questions écrites des habitants", "interpellation citoyenne", "observations du public",
        // "enquête publique", "budget participatif", "pétitionnaires" before the name: the public
        // speaks; and « la lettre de Mme X » that a motion relays is a resident's.
        if (0..<start).contains(where: { index in
            word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.publicVoices)
                || self.is($0, "public") && word(index - 1).map { self.is($0, "du") } == true } ?? false
        }) { return false }
        if let of = word(start - 1), self.is(of, "de") || self.is(of, "d'"), let letter = word(start - 2),
           Scan.bytes(key(letter), isOneOf: ["lettre", "courrier", "reclamation", "plainte", "temoignage", "mail", "courriel"]) { return false }
        var position = start - 1
        if let previous = word(position) {
            guard self.is(previous, "par") || self.is(previous, "de") || self.is(previous, "d'") || self.is(previous, .link) else {
                return false
            }
            // "vœu demandant la libération de M. X", "vœu de soutien à Mme Y, victime de
            // menaces": whom a motion is about is no author. After « de », the motion itself or
            // its author's word within three words; after another link, never.
            if !self.is(previous, "par") {
                guard self.is(previous, "de") || self.is(previous, "d'"),
                      ((start - 4)..<(start - 1)).contains(where: { index in
                          word(index).map { self.is($0, .session, bare: true) || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.authorshipWords) } ?? false
                      }) else { return false }
            }
        } else if !isPunct(position, ":") {
            return false
        }
        var session = false
        position = 0
        while position < start {
            defer { position += 1 }
            // "Questions diverses : courrier de M. X": after the heading's colon, another matter
            // (a letter, a request) names its own author, not a councillor's question.
            if session, position < start - 1, isPunct(position, ":") { session = false }
            guard let token = word(position) else { continue }
            if self.is(token, .transaction) { return false }
            guard !session, self.is(token, .session, bare: true) else { continue }
            // (« cérémonie des vœux »: the new year's wishes, no council's.)
            if self.is(token, "voeux"), word(position - 1).map({ self.is($0, "des") }) == true,
               word(position - 2).map({ self.is($0, "ceremonie") || self.is($0, "ceremonies") }) == true { continue }
            if self.is(token, "question") || self.is(token, "questions") {
                guard let kind = word(position + 1), Scan.questionKinds.contains(where: { self.is(kind, $0) }) else { continue }
            }
            session = true
        }
        return session
    }

    /// "L'adjointe aux finances, Mme X, présente…", "le conseiller délégué aux sports, M. Y":
    /// a role and its portfolio (lower-case words only, no trigger) before the comma or colon
    /// that sets the name in apposition, in a subject without a transaction before it.
    func roleInApposition(endingAt last: Int) -> Bool {
        guard cellHas(.role) else { return false }
        var position = last
        var words = 0
        // "le Préfet de la Région Réunion, M. X": the role's complement may hold capitals.
        while position >= 0, words < 5, let token = word(position) {
            if self.is(token, .role, bare: true) {
                // "Vente de la maison au maire, M. X": a party to a transaction, not an office.
                guard !isGrade(after: position), !religiousMinister(position) else { return false }
                // "représentée par son maire, M. X": a body's own officer, whatever the subject.
                // "le Handball Club, représenté par son président, M. X": a club's or a firm's
                // officer is a private person.
                if let owner = word(position - 1), self.is(owner, "son") || self.is(owner, "sa") || self.is(owner, "leur") {
                    return Scan.bytes(key(token), isOneOf: Scan.publicOffices) || !privateBodyOrFirm(in: max(0, position - 14)..<position)
                }
                return !(0..<position).contains { tokens[$0].isWord && self.is(tokens[$0], .transaction) }
            }
            if self.is(token, .transaction) || self.is(token, .civility) { return false }
            words += 1
            position -= 1
        }
        return delegatedRole(endingAt: last)
    }

    /// "l'adjoint délégué à la transition écologique, à l'eau et à la biodiversité, M. X",
    /// "Madame l'adjointe à l'animation et aux festivités bretonnes, X": a delegation's
    /// complement may run long, across commas and capitals, between the role and the name.
    /// The walk stays in one clause (no colon, semicolon or dash) and meets no civility, no
    /// transaction word and no parenthesis before the role.
    func delegatedRole(endingAt last: Int) -> Bool {
        var position = last
        while position >= 0, last - position < 24 {
            let token = tokens[position]
            if token.kind == .punct {
                guard isPunct(position, ",") || isPunct(position, "'") || isPunct(position, "’") else { return false }
            } else if token.isWord {
                if self.is(token, .role, bare: true), !isGrade(after: position), !liability(position), !religiousMinister(position),
                   let marker = word(position + 1), Scan.bytes(keyWithoutElision(marker), isOneOf: Scan.delegationMarkers) {
                    // "Subvention … présentée par Madame l'adjointe à …, X": whoever presents the
                    // point is no party to its payment.
                    var head = position - 1
                    if let article = word(head), self.is(article, "le") || self.is(article, "la") { head -= 1 }
                    if isPunct(head, ".") { head -= 1 }
                    if let title = word(head), self.is(title, .civility) { head -= 1 }
                    if introducesAgent(head) || (word(head).map { self.is($0, "de") || self.is($0, "du") } ?? false) && introducesAgent(head - 1) {
                        return true
                    }
                    return !(0..<position).contains { tokens[$0].isWord && self.is(tokens[$0], .transaction) }
                }
                if self.is(token, [.transaction, .civility, .family, .designation]) { return false }
            }
            position -= 1
        }
        return false
    }

    /// The official who presents the point: "rapporté par X", "présenté par X", "sur le
    /// rapport de X", or a name heading the subject before the point's number ("M. LIOGER 11° -
    /// Cession…", as some councils publish their agendas).
    func presentsThePoint(start: Int, end: Int) -> Bool {
        if introducesAgent(start - 1) { return true }
        // "M. X, ingénieur principal, présente le projet": the name, its apposition, then a
        // presenting verb (not "présenté par", which introduces someone else).
        if isPunct(end, ",") {
            var position = end + 1
            while position < tokens.count, position - end < 8, !isPunct(position, ",") { position += 1 }
            if isPunct(position, ","), let verb = word(position + 1), Scan.presentingVerbs.contains(where: { self.is(verb, $0) }),
               !(word(position + 2).map { self.is($0, "par") } ?? false) { return true }
        }
        if let de = word(start - 1), self.is(de, "de"), introducesAgent(start - 2) { return true }
        // "Exposé du lieutenant-colonel X": who speaks on the point (a title may stand between).
        // (Not « intervention de M. Y », a contractor's or a resident's as often.)
        func exposeOf(_ link: Int) -> Bool {
            guard let de = word(link), self.is(de, "de") || self.is(de, "du") || self.is(de, "d'"), let talk = word(link - 1) else { return false }
            return Scan.bytes(key(talk), isOneOf: ["expose", "exposes"])
        }
        if exposeOf(start - 1) || word(start - 1).map({ !$0.startsUpper }) == true && exposeOf(start - 2) { return true }
        guard !tokens[..<start].contains(where: \.isWord), end + 1 < tokens.count, tokens[end].kind == .number else { return false }
        return isPunct(end + 1, "°")
    }

    /// "Désignation des délégués au SIVOM : M. X et Mme Y", "Élection du maire : M. X": a list
    /// after a heading, before its colon, that holds a role word (an office, not the
    /// commissioners of the direct-taxes commission, who are taxpayers), without a
    /// transaction, family or designation word, nor a council of children or citizens. The walk
    /// back crosses only the list (names, civilities, commas, links).
    /// "désignation au syndicat mixte des eaux du Bas-Léon : M. X (Lannilis)": a heading that
    /// designates or elects to a public body (its last segment, after any dash).
    func designationToBody(before colon: Int) -> Bool {
        guard cellHas([.body]) else { return false }
        var event = false
        for index in 0..<colon {
            if isPunct(index, "–") || isPunct(index, "-") || isPunct(index, "—") || isPunct(index, ":") { event = false; continue }
            guard let token = word(index) else { continue }
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.designationEvents) { event = true }
            if event, self.is(token, .body, bare: true) { return true }
        }
        return false
    }

    static let designationEvents: [StaticString] = ["election", "elections", "designation", "designations"]

    /// ", riverains", ", habitants": a word for private persons in apposition after the names
    /// that start at `start` (within the clause, past coordinated names).
    func residentsInApposition(after start: Int) -> Bool {
        var position = start
        while position < min(tokens.count, start + 14) {
            if isPunct(position, ";") || isPunct(position, "–") || isPunct(position, ":") { return false }
            if isPunct(position, ","), let noun = word(position + 1), self.is(noun, .personNoun, bare: true), !self.is(noun, .role, bare: true) {
                return true
            }
            position += 1
        }
        return false
    }

    /// ", habitants du quartier" after « M. X et de Mme Y »: the name at `end` is coordinated
    /// (« et ») and a plural word for private persons closes the coordination (the first comma
    /// after it).
    /// « Mme X et M. Y, conseillers municipaux, et deux représentants des abonnés »: the plural
    /// office after the coordinated names is each one's.
    func coordinationClosedByOffice(after end: Int) -> Bool {
        guard word(end).map({ self.is($0, "et") }) == true,
              let comma = (end..<min(tokens.count, end + 10)).first(where: { tokens[$0].kind == .punct && !isPunct($0, ".") && !isPunct($0, "'") }),
              isPunct(comma, ","), let office = word(comma + 1) else { return false }
        return self.is(office, .role, bare: true) && key(office).last == UInt8(ascii: "s") && !Scan.bytes(key(office), isOneOf: Scan.seatNouns)
            && !Scan.bytes(key(office), isOneOf: ["representantes", "membres"])
    }

    func coordinationClosedByResidents(after end: Int) -> Bool {
        guard word(end).map({ self.is($0, "et") }) == true, let comma = (end..<min(tokens.count, end + 10)).first(where: { tokens[$0].kind == .punct && !isPunct($0, ".") && !isPunct($0, "'") }),
              isPunct(comma, ","), let noun = word(comma + 1) else { return false }
        return (self.is(noun, .personNoun, bare: true) && !self.is(noun, .role, bare: true) || Scan.bytes(key(noun), isOneOf: Scan.privateCapacityWords))
            && key(noun).last == UInt8(ascii: "s")
    }

    /// "Jury du prix : Mme X, M. Y, Mme Z (lecteurs) et …": a list of names that a private
    /// capacity in the plural closes in parentheses, within sixteen tokens of names, commas and
    /// « et ».
    func listClosedByPrivateCapacity(after end: Int) -> Bool {
        var position = end
        while position < min(tokens.count, end + 16) {
            if isPunct(position, "(") {
                guard let noun = word(position + 1), isPunct(position + 2, ")") else { return false }
                return Scan.bytes(key(noun), isOneOf: Scan.privateCapacityWords) && key(noun).last == UInt8(ascii: "s")
            }
            guard isPunct(position, ",") || civility(at: position) != nil || word(position).map({ $0.startsUpper || self.is($0, "et") || isParticle($0) }) == true
                    || isPunct(position, ".") else { return false }
            position += 1
        }
        return false
    }

    /// "désignation de M. X et de M. Y comme piégeurs référents", "… de Mme Z comme bénévole":
    /// « comme » and a private capacity after the name, or after the names coordinated with it.
    func designatedAsPrivate(after end: Int) -> Bool {
        var position = end
        while position < min(tokens.count, end + 14) {
            if let token = word(position), self.is(token, "comme") {
                guard let noun = word(position + 1) else { return false }
                return Scan.bytes(key(noun), isOneOf: Scan.privateCapacityWords)
            }
            guard isPunct(position, ",") || isPunct(position, ".") || civility(at: position) != nil
                    || word(position).map({ $0.startsUpper || self.is($0, "et") || self.is($0, "de") || isParticle($0) }) == true else { return false }
            position += 1
        }
        return false
    }

    /// "Objets donnés pour l'exposition … : M. X (lampe de mineur)", "prêt par Mme Y de souvenirs
    /// de l'écrivain": who gives or lends to a museum or an exhibition is a private party, not
    /// an artist of its programme (a word of giving, lending or depositing within eight words
    /// before the name, in its clause).
    func lenderOrDonor(before start: Int) -> Bool {
        let clause = clauseBounds(around: start, atColon: false)
        return (max(clause.lowerBound, start - 8)..<start).contains { index in
            word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.givingWords) } ?? false
        }
    }

    /// Whether the words right before a dash (up to eight, back to a mark) designate or elect
    /// delegates or representatives: « Désignation de délégués — », « élection des
    /// représentants – ».
    func delegatesDesignated(before dash: Int) -> Bool {
        var index = dash - 1, delegates = false, event = false
        // ("Remplacement d'un délégué au SIVOM du Pays de Marennes – M. X": the body's name may be long.)
        while index >= 0, dash - index <= 12, let token = word(index) {
            let bare = keyWithoutElision(token)
            if Scan.bytes(bare, isOneOf: Scan.delegateNouns) { delegates = true }
            // "Installation d'un nouveau conseiller municipal – M. X": a councillor's seat.
            if Scan.councilWords.contains(where: { self.is(token, $0) }), let kind = word(index + 1),
               Scan.councilKinds.contains(where: { self.is(kind, $0) }) { delegates = true }
            if Scan.bytes(bare, isOneOf: Scan.mandateEvents) { event = true }
            // « modification de la représentation – M. X », « désignation des membres du collège
            // des élus – M. Y »: the council's seats in a body.
            // (Not where associations or residents sit too: « CCAS : désignation des membres du
            // conseil d'administration – M. X (UDAF), Mme Y (association …) ».)
            let representation = councilRepresentation(at: index)
            if self.is(token, "membres") || representation,
               !tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.civilSeats + ["ccas", "udaf"]) }),
               !namesSocialActionCentre {
                delegates = true
            }
            if representation || Scan.bytes(bare, isOneOf: ["renouvellement", "composition"]) { event = true }
            // « représentants des associations au conseil d'administration du CCAS »: residents
            // seated for a group they belong to hold no public office.
            if Scan.bytes(bare, isOneOf: Scan.civilSeats) { return false }
            index -= 1
        }
        return delegates && event
    }

    /// "AFR de Vaux – désignation des membres du bureau : M. X", "SYNDICAT D'INITIATIVE –
    /// COMPOSITION DU BUREAU : M. Y", "AAPPMA … – désignation des représentants : M. Z": the
    /// board or the representatives of a private body, listed after a colon, are private
    /// persons. (Not the council's delegates to it: « délégués de la commune à l'association ».)
    func privateBoardMember(before start: Int) -> Bool {
        guard let colon = (max(0, start - 16)..<start).last(where: { isPunct($0, ":") }) else { return false }
        // The list reaches the name: names, civilities, the offices and seats of those listed
        // before (« M. X, PRÉSIDENT ; MME Y », « M. X (titulaire), M. Y »).
        let reaches = ((colon + 1)..<start).allSatisfy { index in
            guard let token = word(index) else {
                return isPunct(index, ",") || isPunct(index, ".") || isPunct(index, ";") || isPunct(index, "(") || isPunct(index, ")")
            }
            return token.startsUpper && !token.allCaps || civility(at: index) != nil || self.is(token, .link) || isParticle(token)
                || Scan.bytes(key(token), isOneOf: Scan.officerWords) || Scan.bytes(key(token), isOneOf: Scan.seatRanks)
                || token.allCaps && !self.is(token, [.role, .body, .legalEntity])
        }
        guard reaches else { return false }
        var board = false, privateBody = false
        for index in 0..<colon {
            guard let token = word(index) else { continue }
            let bare = keyWithoutElision(token)
            if Scan.bytes(bare, isOneOf: ["bureau", "membres", "composition"]) { board = true }
            if Scan.bytes(bare, isOneOf: Scan.privateBodies) || privateCommittee(at: index) || initiativeSyndicate(at: index) { privateBody = true }
            if Scan.bytes(bare, isOneOf: Scan.representativeNouns) {
                // (« représentants de la commune », « délégués du conseil municipal »: councillors;
                // « représentants à l'association X »: the council's, sent to the private body.)
                let following = (index + 1)..<min(colon, index + 4)
                if following.contains(where: { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.councilSeatOwners) } ?? false }) {
                    return false
                }
                if word(index + 1).map({ Scan.bytes(key($0), isOneOf: ["a", "au", "aux"]) }) == true,
                   following.contains(where: { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.privateBodies) } ?? false }) {
                    return false
                }
                board = true
            }
            if Scan.bytes(bare, isOneOf: ["elus", "conseillers", "conseilleres", "municipaux", "municipales"]) { return false }
        }
        return board && privateBody
    }

    /// Who sends councillors to sit for it (« représentants de la commune »).
    static let councilSeatOwners: [StaticString] = ["commune", "ville", "conseil", "municipal", "municipale", "collectivite", "communaute",
                                                    "departement", "region", "municipalite"]

    /// « syndicat d'initiative »: a tourist association, not a syndicate of communes.
    func initiativeSyndicate(at index: Int) -> Bool {
        guard let head = word(index), self.is(head, "syndicat"), let next = word(index + 1) else { return false }
        return Scan.bytes(keyWithoutElision(next), isOneOf: ["initiative", "initiatives"])
    }

    /// « Centre communal d'action sociale », written out: the CCAS, whose board seats members
    /// the mayor appoints from associations besides the elected ones.
    var namesSocialActionCentre: Bool {
        tokens.indices.contains { index in
            word(index).map { self.is($0, "action") } == true && word(index + 1).map { self.is($0, "sociale") } == true
                && word(index - 1).map { self.is($0, "d'") || self.is($0, "communal") || self.is($0, "intercommunal") } == true
        }
    }

    /// « représentation » of the council in a body (« modification de la représentation »,
    /// « représentation au conseil d'administration »), in a subject that names a council, a
    /// commission, a syndicate or a board — not a show (« représentation théâtrale »).
    func councilRepresentation(at index: Int) -> Bool {
        guard let token = word(index), self.is(token, "representation") || self.is(token, "representations") else { return false }
        if let next = word(index + 1), !Scan.bytes(key(next), isOneOf: ["au", "aux", "a", "de", "des", "du", "d'", "dans"]) { return false }
        return tokens.contains { $0.isWord && (Scan.bytes(keyWithoutElision($0), isOneOf: Scan.seatBodies) || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.councilBodies)) }
    }

    func roleHeading(before start: Int) -> Bool {
        // Without a role word, only a council commission heads a list ("commission" is asked
        // after the walk, which most names end at once).
        let roles = cellHas([.role, .rolePlural])
        var position = start - 1
        var steps = 0
        // "… : désignation de trois délégués titulaires – MM. X, Y": seats named after the colon.
        var seatAfterColon = false
        // "Tisséo Collectivités — Désignation de délégués — M. X, Mme Y": a dash after the
        // designation of delegates heads the list as a colon would.
        var dashHeading = false
        // "vice-présidents : Mme X (solidarités, insertion), M. Y (finances)": a delegation's
        // words in parentheses after a member are part of the list.
        var inParentheses = false
        // "commission Finances (Bruno X, Nadège Y)": a parenthesis right after a commission's
        // name opens the list as a colon would.
        let parenthesisHeading = isPunct(start - 1, "(") && word(start - 2)?.startsUpper == true
            && word(start - 3).map { !$0.startsUpper && Scan.bytes(key($0), isOneOf: ["commission", "comite", "conseil", "groupe"]) } == true
        if parenthesisHeading { position = start - 1 }
        while !parenthesisHeading, position >= 0, steps < 40 {
            if isPunct(position, ")") { inParentheses = true }
            if isPunct(position, "(") { inParentheses = false }
            if inParentheses, tokens[position].isWord || isPunct(position, ",") {
                if let token = word(position), self.is(token, [.family, .designation, .transaction]) { return false }
                position -= 1
                steps += 1
                continue
            }
            if isPunct(position, ":") { break }
            // ("Installation d'un nouveau conseiller municipal - Monsieur X": a hyphen set apart too.)
            if isPunct(position, "—") || isPunct(position, "–") || isPunct(position, "-"), delegatesDesignated(before: position) {
                dashHeading = true
                seatAfterColon = true
                break
            }
            if let token = word(position) {
                // (Not « titulaire », which also holds a contract: « titulaire M. X, consultant ».)
                if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.delegateNouns) { seatAfterColon = true }
                // "… : titulaire Mme X, suppléant M. Y": the seat of each member is part of the list.
                // "Commission d'appel d'offres : élection des membres MM. X, Y": the event of the
                // list is part of it too.
                // "commune de Saint-Agrève, M. X ; commune de Devesset, Mme Y": the seat's commune.
                // "(M. X, président ; Mme Y, …)": the office of a member listed before.
                guard token.startsUpper || self.is(token, [.link, .particle]) || Scan.seatWords.contains(where: { self.is(token, $0) })
                        || Scan.bytes(keyWithoutElision(token), isOneOf: Scan.listEventWords) || self.is(token, .role, bare: true)
                else { return false }
                if self.is(token, [.family, .designation, .transaction]) { return false }
            } else if !(isPunct(position, ",") || isPunct(position, ".") || isPunct(position, "-") || isPunct(position, "–") || isPunct(position, "(")
                        || isPunct(position, ")") || isPunct(position, ";") || tokens[position].kind == .number) {
                // "1er VP M. X, 2e VP Mme Y", "titulaires (…) et suppléants (…)": ordinals and the
                // seats' parentheses are part of the list.
                return false
            }
            position -= 1
            steps += 1
        }
        guard position > 0, isPunct(position, ":") || dashHeading || parenthesisHeading else { return false }
        // "apprentie : Mme X", "volontaires en service civique – mission … : M. Y": a heading
        // that names apprentices, volunteers or trainees lists private persons.
        var segment = position - 1
        // "Commission d'indemnisation … – composition : M. X": the heading lists its members.
        let composition = word(position - 1).map { Scan.bytes(keyWithoutElision($0), isOneOf: ["composition", "membres", "representants"]) } ?? false
        while !composition, segment >= 0, !isPunct(segment, ";"), !(segment < position - 1 && isPunct(segment, ":")) {
            // (« incendie et secours »: the fire service, not an aid.)
            if let token = word(segment), Scan.bytes(keyWithoutElision(token), isOneOf: Scan.privateHeadings),
               !(self.is(token, "secours") && word(segment - 1).map { self.is($0, "et") } == true
                 && word(segment - 2).map { self.is($0, "incendie") } == true) { return false }
            segment -= 1
        }
        // "Rapporteur : Mme X – Conseil municipal des jeunes : …": whoever reports the point is a
        // councillor, whatever the point.
        if let heading = word(position - 1), self.is(heading, "rapporteur") || self.is(heading, "rapporteure") || self.is(heading, "rapporteurs") {
            return true
        }
        // "Approbation du procès-verbal – Présents : X, Y ; Excusés : Z": a sitting's roll
        // call lists its councillors.
        if let heading = word(position - 1), Scan.bytes(keyWithoutElision(heading), isOneOf: Scan.rollCallHeadings),
           tokens[..<position].contains(where: { $0.isWord && (self.is($0, "seance") || self.is($0, "proces-verbal") || self.is($0, "conseil")) }) {
            return true
        }
        // (« CAO - Election des membres : titulaires Mme X »: the tender board, councillors by law.)
        // (« Conseil d'administration du lycée : M. X, titulaire ; Mme Y, suppléante »: a board's seats.)
        if !roles, !seatAfterColon, !(0..<position).contains(where: { index in
               word(index).map { self.is($0, "commission") || self.is($0, "commissions") || councilCommissionAcronym($0) } == true || boardHeading(at: index) }),
           !designationToBody(before: position) {
            return false
        }
        var role = seatAfterColon
        var taxes = false
        // The heading is what follows the previous list: « Vice-présidente : Mme X – Aides
        // facultatives : M. Y », « Rapporteure : Mme X, vice-présidente – Aides : M. Y » (the
        // first list's role words are its own members').
        var from = 0
        for index in 0..<position where isPunct(index, ":") { from = index + 1 }
        if let named = (from..<position).last(where: { civility(at: $0) != nil }),
           let dash = (named..<position).first(where: { isPunct($0, "–") || isPunct($0, "-") || isPunct($0, "—") }) {
            from = dash + 1
        }
        for index in from..<position where tokens[index].isWord {
            let token = tokens[index]
            // (« Commission municipale des affaires scolaires : »: a commission's field, not a case.)
            if self.is(token, [.transaction, .family, .designation]),
               !(self.is(token, "affaires") && word(index + 1).map { !$0.startsUpper && !self.is($0, .link) } == true) { return false }
            // "Vacations des médecins de la commission d'aptitude : Dr X": paid, not seated.
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.wageWords) { return false }
            // "commissaires" of the direct-taxes commission are taxpayers, not officials.
            if isRoleOrPlural(token), !isGrade(after: index),
               !(self.is(token, "commissaire") || self.is(token, "commissaires")) { role = true }
            // "COMPOSITION DES COMMISSIONS MUNICIPALES : FINANCES (M. X, MME Y)": councillors
            // sit on the council's commissions; the direct-taxes one seats taxpayers.
            // « … – Conseil d'école Jean-Jaurès : Mme X »: a seat on another body's board.
            if self.is(token, "commission") || self.is(token, "commissions") || self.is(token, "conseil") || self.is(token, "conseils")
                || councilCommissionAcronym(token) { role = true }
            if self.is(token, "impots") || self.is(token, "ccid") { taxes = true }
            // "– SUPPLÉANTS : M. X", "désignation au syndicat mixte des eaux : M. Y (Lannilis)":
            // a delegates' seat, or a designation to a public body, heads a list of councillors.
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.seatWords) { role = true }
            // "modification de la représentation – M. X": the council's representation in a body.
            if councilRepresentation(at: index) { role = true }
            // "Correspondant défense : M. X", "correspondant incendie et secours (décret …) : Mme Y":
            // offices the law gives a councillor (« correspondant » alone may be a contract's contact).
            if self.is(token, "correspondant") || self.is(token, "correspondante"), let domain = word(index + 1),
               Scan.bytes(key(domain), isOneOf: ["defense", "incendie", "securite", "tempete", "tempetes", "ambroisie"]) { role = true }
        }
        if !role, designationToBody(before: position) { role = true }
        return role && !taxes && !namesCitizenCouncil
    }

    /// « représentant des plaisanciers », « délégués des pêcheurs », « représentante des
    /// retraités »: a seat for a group of people named by a plural noun, which no list can hold
    /// whole, is a private seat unless the group is of public bodies or officials (« représentants
    /// des communes membres », « des élus », « du personnel »).
    func representedGroup(seat: Int, group: Int) -> Bool {
        guard let seatWord = word(seat), Scan.bytes(key(seatWord), isOneOf: Scan.representativeNouns),
              let link = word(group - 1), self.is(link, "des"), let noun = word(group), !noun.startsUpper, noun.scalars >= 4,
              let last = key(noun).last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x") else { return false }
        return !Scan.bytes(keyWithoutElision(noun), isOneOf: Scan.publicBodyWords) && !Scan.bytes(keyWithoutElision(noun), isOneOf: Scan.publicGroups)
    }

    /// Groups of public bodies, officials or staff a seat may represent.
    static let publicGroups: [StaticString] = ["communes", "collectivites", "villes", "departements", "regions", "etats", "elus", "elues", "conseillers",
                                               "conseils", "administrations", "services", "personnels", "agents", "salaries", "syndicats",
                                               "etablissements", "organismes", "financeurs", "cofinanceurs", "partenaires", "institutions", "chambres",
                                               "communautes", "metropoles", "agglomerations", "intercommunalites", "territoires", "ministeres",
                                               "autorites", "groupes", "listes", "minorites", "oppositions", "epci", "membres",
                                               "assemblees", "parcs", "offices", "operateurs", "pays", "bassins", "secteurs", "sections"]

    /// « conseil d'administration », « conseil d'école », « conseil de surveillance »: a public
    /// establishment's board, whose seats the council fills with its members (not a « conseil de
    /// développement » or « de la vie associative », which seat citizens).
    func boardHeading(at index: Int) -> Bool {
        guard let token = word(index), self.is(token, "conseil") || self.is(token, "conseils"), let next = word(index + 1) else { return false }
        if Scan.bytes(key(next), isOneOf: ["d'administration", "d'ecole", "d'etablissement", "d'exploitation"]) { return true }
        return self.is(next, "de") && word(index + 2).map { self.is($0, "surveillance") } == true
    }

    /// The tender board and the public-service delegation commission, written by their acronyms:
    /// their members are councillors (CGCT L1411-5).
    func councilCommissionAcronym(_ token: Token) -> Bool {
        token.allCaps && Scan.bytes(key(token), isOneOf: ["cao", "cdsp", "caop"])
    }

    /// Whether the subject names a council of children, young people or citizens ("conseil
    /// municipal des enfants", "conseil des sages"): its members hold no mandate.
    var namesCitizenCouncil: Bool {
        for index in tokens.indices where tokens[index].isWord {
            // "CMJ", "CME": the council's usual acronyms.
            if tokens[index].allCaps, Scan.bytes(key(tokens[index]), isOneOf: Scan.citizenCouncilAcronyms) { return true }
            guard Scan.councilWords.contains(where: { self.is(tokens[index], $0) }) else { continue }
            for offset in 1...4 {
                guard let after = word(index + offset) else { break }
                // "conseillère déléguée à la jeunesse": an office's domain, not a council of young people.
                if self.is(after, "delegue") || self.is(after, "deleguee") || self.is(after, "charge") || self.is(after, "chargee") { break }
                if Scan.citizenCouncils.contains(where: { self.is(after, $0) }) { return true }
            }
        }
        return false
    }

    /// The position after an ordinal ("3ème", "2e", "1er", "deuxième") at `position`, or
    /// `position`: "M. X, 3ème adjoint" is in a role.
    func afterOrdinal(_ position: Int) -> Int {
        guard position < tokens.count else { return position }
        if tokens[position].kind == .number {
            // The suffix glued to the digits: "ème", "e", "er".
            if let suffix = word(position + 1), suffix.scalars <= 3,
               tokens[position + 1].range.lowerBound == tokens[position].range.upperBound { return position + 2 }
            // "2e", "1er" read as one number: the role follows it.
            return position + 1
        }
        guard let word = word(position), !word.startsUpper || word.scalars > 3 else { return position }
        // "…, ancien maire", "ex-adjointe": a past office is still an office held.
        if self.is(word, "ancien") || self.is(word, "ancienne") || self.is(word, "ex") { return position + (isPunct(position + 1, "-") ? 2 : 1) }
        // "deuxième", "troisième"…: the folded word ends in "ieme".
        let bytes = key(word)
        let count = bytes.count
        guard count > 5, bytes[count - 4] == UInt8(ascii: "i"), bytes[count - 3] == UInt8(ascii: "e"),
              bytes[count - 2] == UInt8(ascii: "m"), bytes[count - 1] == UInt8(ascii: "e") else { return position }
        return position + 1
    }

    /// A role word, or its regular plural ("délégués", "adjointes", derived in the lexicon).
    func isRoleOrPlural(_ token: Token) -> Bool { self.is(token, [.role, .rolePlural], bare: true) }

    /// "Mme X et M. Y, conseillers municipaux", "MM. X, Y et Z (adjoints)": a role in the
    /// plural after a list of names that starts with this one is each person's role.
    func pluralRoleAfterList(_ end: Int) -> Bool {
        guard cellHas([.role, .rolePlural]),
              let roleIndex = appositionAfterList(end, opens: { word($0).map(isRoleOrPlural) ?? false }),
              let last = key(tokens[roleIndex]).last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x") else { return false }
        return !isGrade(after: roleIndex)
    }

    /// The apposition that `opens` accepts after the list of names that starts with this one
    /// ("Mme X et M. Y, conseillers municipaux", "M. X et Mlle Y, élèves de 4e"): the index of its
    /// first word (past « les »), once the walk has crossed another name. The walk crosses only
    /// the list (capitalised words, links, "de", dots, commas before a capital).
    func appositionAfterList(_ end: Int, opens: (Int) -> Bool) -> Int? {
        var position = end
        var crossedName = false
        var steps = 0
        while position < tokens.count, steps < 14 {
            steps += 1
            if let token = word(position) {
                if token.startsUpper, !self.is(token, [.role, .place, .body, .legalEntity]) {
                    if !self.is(token, .civility) { crossedName = true }
                } else if !(self.is(token, .link) || self.is(token, "de") || self.is(token, "d'")) {
                    return nil
                }
                position += 1
                continue
            }
            if isPunct(position, ".") || isPunct(position, "/") { position += 1; continue }
            guard isPunct(position, ",") || isPunct(position, "(") else { return nil }
            var first = position + 1
            if let article = word(first), self.is(article, "les") { first += 1 }
            if opens(first) { return crossedName ? first : nil }
            guard let next = word(position + 1), next.startsUpper else { return nil }
            position += 1
        }
        return nil
    }

    /// An artistic trade right before the name ("au peintre X", "de la photographe Y",
    /// "à l'artiste Z"): the artist named in that capacity, even in a commission or a purchase
    /// of a work. Not after a trigger ("vente à"), nor in a decision on the person's own
    /// situation (asked by the caller).
    func artistBefore(_ start: Int) -> Bool {
        guard cellHas(.cultural), let trade = word(start - 1), self.is(trade, .cultural, bare: true) else { return false }
        // Events and awards ("concert", "prix") are the programme's words, not a trade: the
        // programme rule (`culturalContext`) decides them.
        let bare = keyWithoutElision(trade)
        guard bare.count >= 5, !Scan.bytes(bare, isOneOf: Scan.culturalEvents), !offenceAuthor(start - 1), !youngTalent(before: start) else { return false }
        if residentsAward(bare) { return false }
        // "aux collégiens lauréats X": pupils, whatever the prize.
        if let pupil = word(start - 2), Scan.bytes(keyWithoutElision(pupil), isOneOf: Scan.pupilWords) { return false }
        return !triggerBefore(start - 1)
    }

    /// « Prix de l'innovation sociale : lauréats Mme X », « prix du jeune agriculteur », « Mme Y,
    /// lauréate du concours d'éloquence des lycéens »: a prize of business, farming, school,
    /// volunteering or civic life rewards residents, as does an award with no word of the arts.
    func residentsAward(_ bare: UnsafeBufferPointer<UInt8>) -> Bool {
        Scan.bytes(bare, isOneOf: Scan.awardNouns)
            && (tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.residentPrizeFields) }) || !artWordInCell)
    }

    /// "convention avec Mme X, plasticienne,", "tirages de Y, jeune photographe": an artistic
    /// trade in apposition right after the name, in a subject that sells or lets nothing.
    func artistAfter(_ end: Int) -> Bool {
        guard cellHas(.cultural), isPunct(end, ",") else { return false }
        var position = end + 1
        if let adjective = word(position), self.is(adjective, "jeune") { position += 1 }
        guard let trade = word(position), self.is(trade, .cultural, bare: true) else { return false }
        let bare = keyWithoutElision(trade)
        guard bare.count >= 5, !Scan.bytes(bare, isOneOf: Scan.culturalEvents), !offenceAuthor(position), !residentsAward(bare),
              !amateur(at: position + 1) else { return false }
        // A grant, a wage or a works contract makes the artist a party (« bourse à Mme X,
        // autrice », « vacations de X, musicienne », « lot 7 à M. X, peintre »).
        return !tokens.contains { token in
            guard token.isWord else { return false }
            let bare = keyWithoutElision(token)
            return Scan.bytes(bare, isOneOf: Scan.paymentWords) || Scan.bytes(bare, isOneOf: Scan.saleWords)
                || Scan.bytes(bare, isOneOf: Scan.grantWords) || Scan.bytes(bare, isOneOf: Scan.engagementWords)
        }
    }

    /// The position after the articles and prepositions (three at most) that follow `index`:
    /// « représentants des … », « délégué de l'… », « auteur des … ».
    func afterLinkWords(_ index: Int) -> Int {
        var next = index + 1
        while let link = word(next), next - index <= 3, Scan.bytes(key(link), isOneOf: ["des", "de", "du", "d'", "la", "les", "l'"]) { next += 1 }
        return next
    }

    /// "M. X, auteur des faits", "l'auteur de l'accident": the author of an offence or of a
    /// damage, not of a work.
    func offenceAuthor(_ index: Int) -> Bool {
        guard let author = word(index), Scan.bytes(keyWithoutElision(author), isOneOf: ["auteur", "auteure", "autrice", "auteurs", "co-auteur"]) else { return false }
        guard let deed = word(afterLinkWords(index)) else { return false }
        let bare = keyWithoutElision(deed)
        return Scan.bytes(bare, isOneOf: Scan.damageNouns)
            || Scan.bytes(bare, isOneOf: ["faits", "fait", "vol", "vols", "infractions", "agression", "delit", "tags", "incivilites"])
    }

    /// Whether the commune pays the person named at `start`: a payment, a prize's money, a
    /// wage or a purchase from them earlier in the same clause.
    func paidParty(before start: Int) -> Bool { clauseHas(Scan.remunerationWords, before: start) }

    /// "les lauréates Mlle X et Melle Y reçoivent chacune un chèque-lire de 40 €": a person who
    /// receives money or a voucher, said after the name within its clause, is a party.
    func paidAfter(_ end: Int) -> Bool {
        var position = end
        var received = false
        while position < min(tokens.count, end + 14), !isPunct(position, ";"), !isPunct(position, ":") {
            if let token = word(position) {
                let bare = keyWithoutElision(token)
                if Scan.bytes(bare, isOneOf: ["recoit", "recoivent", "percoit", "percoivent", "touche", "touchent"]) { received = true }
                if received, Scan.bytes(bare, isOneOf: ["cheque", "cheques", "cheque-lire", "cheque-cadeau", "bon", "bons", "somme", "prime", "dotation", "euros"]) {
                    return true
                }
            } else if received, isPunct(position, "€") {
                return true
            }
            position += 1
        }
        return false
    }

    /// Whether a wage or a hiring comes before the name in its clause ("vacations de M. X,
    /// historien"): fees of a liberal profession are no wage.
    func wagedBefore(_ start: Int) -> Bool { clauseHas(Scan.wageWords, before: start) }

    /// "Contrat de M. X, chef de projet", "renouvellement du contrat de Mme Y": the person's own
    /// contract (a contract *with* someone names a party, which the other checks read).
    /// "convention d'occupation précaire avec M. X, sculpteur", "bail consenti à Mme Y,
    /// céramiste": premises let to an artist are the artist's own matter, not a programme's.
    func premisesLetTo(_ start: Int) -> Bool {
        (0..<start).contains { index in
            word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.leaseWords) || Scan.bytes(keyWithoutElision($0), isOneOf: ["loyer", "loyers", "redevance"]) } ?? false
        }
    }

    /// "signer un bail professionnel avec Me X, avocate": « avec » or « à » right before the
    /// name, a lease within six words before: the professional takes the lease, as a tenant.
    func tenantOfLease(_ start: Int) -> Bool {
        guard word(start - 1).map({ self.is($0, "avec") || self.is($0, "a") }) == true else { return false }
        return (max(0, start - 6)..<start).contains { index in word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.leaseWords) } ?? false }
    }

    /// Words of premises let (`premisesLetTo`, `tenantOfLease`).
    static let leaseWords: [StaticString] = ["bail", "location", "sous-location", "occupation"]

    func contractOf(_ start: Int) -> Bool {
        guard let de = word(start - 1), self.is(de, "de") || self.is(de, "du"), let contract = word(start - 2) else { return false }
        return Scan.bytes(key(contract), isOneOf: ["contrat", "contrats", "engagement", "avenant"])
    }

    /// "remboursement du loyer du cabinet du Dr X": a doctor's practice is no firm's name; the
    /// practitioner is a private person (« Maison de santé Docteur X » names a place).
    func doctorsPractice(before start: Int, civility: Token) -> Bool {
        guard self.is(civility, "dr") || self.is(civility, "docteur"), let de = word(start - 1), self.is(de, "du") || self.is(de, "de") else { return false }
        return (max(0, start - 4)..<(start - 1)).contains { word($0).map { self.is($0, "cabinet") } ?? false }
    }

    /// "Acquisition du cabinet médical du Dr X", "vente de la maison de Me Y": the person's own
    /// property, in a transaction.
    func ownPropertyTransacted(before start: Int) -> Bool {
        guard let de = word(start - 1), self.is(de, "du") || self.is(de, "de") || self.is(de, "d'"), cellHas(.transaction) else { return false }
        // The one set read here: a copy of the whole vocabulary retained and released all its sets.
        let propertyNouns = context.nameVocabulary.propertyNouns
        return (max(0, start - 4)..<(start - 1)).contains { index in
            // A doctor's practice is premises; a lawyer's « cabinet » is the firm.
            word(index).map { self.is($0, "cabinet") ? (word(index + 1).map { Scan.bytes(key($0), isOneOf: Scan.practiceAdjectives) } ?? false)
                                                     : propertyNouns.contains(keyWithoutElision($0)) } ?? false
        }
    }

    /// Whether one of `literals` stands in the clause of `start`, before it.
    func clauseHas(_ literals: [StaticString], before start: Int) -> Bool {
        let clause = clauseBounds(around: start)
        return (clause.lowerBound..<start).contains { index in
            tokens[index].isWord && Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: literals)
        }
    }

    /// "désignation des propriétaires … – titulaires : M. X", "Mme Y, représentante des
    /// locataires", "M. Z, président de l'ASL": a private capacity before the name in the
    /// subject, or in apposition right after it.
    /// Whether an association's, a club's or a firm's word stands among the tokens of `range`.
    func privateBodyOrFirm(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard let token = word(index) else { return false }
            // « la commission syndicale de la vallée » is a public body (CGCT L5222-1).
            if self.is(token, "syndicale"), let body = word(index - 1), self.is(body, "commission") { return false }
            let bare = keyWithoutElision(token)
            // "Ski-club des Aiguilles Rouges", "FC Sud Forez", "RC Hendaye": a sports club by
            // its compound or its initials in capitals.
            if clubCompound(token) { return true }
            if token.allCaps, Scan.bytes(bare, isOneOf: ["fc", "rc", "us", "as", "sc"]) { return true }
            return Scan.bytes(bare, isOneOf: Scan.privateBodiesAndFirms) || privateCommittee(at: index)
        }
    }

    /// "Ski-club", "Moto-Club": a club named by its compound.
    func clubCompound(_ token: Token) -> Bool {
        let bare = keyWithoutElision(token)
        return bare.count > 5 && bare.suffix(5).elementsEqual("-club".utf8)
    }

    /// Whether the words of `clause` grant a subsidy to a body that names no public body.
    func grantedBody(_ clause: Range<Int>) -> Bool {
        clause.contains { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: ["subvention", "subventions"]) } ?? false }
            && !namesPublicBody(in: clause)
    }

    /// "signature par le président du club, M. X", "la trésorière de l'association Y, Mme Z": an
    /// officer named after the private body they serve, with no public body between.
    func officerOfPrivateBodyBefore(_ start: Int) -> Bool {
        guard isPunct(start - 1, ",") else { return false }
        var index = start - 2
        while index >= 0, start - index <= 10 {
            guard let token = word(index) else {
                if isPunct(index, "'") || isPunct(index, "’") || isPunct(index, "-") { index -= 1; continue }
                return false
            }
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.officerWords) {
                let body = (index + 1)..<(start - 1)
                return privateBodyOrFirm(in: body) && !namesPublicBody(in: body)
            }
            index -= 1
        }
        return false
    }

    /// "comité des fêtes", "comité de jumelage", "Union commerciale": a committee or a union of
    /// residents is an association; a council's or an administration's committee (« comité
    /// syndical », « comité social territorial », « comité de pilotage ») and the European Union
    /// are public bodies.
    func privateCommittee(at index: Int) -> Bool {
        guard let head = word(index), Scan.bytes(keyWithoutElision(head), isOneOf: ["comite", "union"]) else { return false }
        var next = index + 1
        if let link = word(next), Scan.bytes(key(link), isOneOf: ["de", "d'", "du", "des"]) { next += 1 }
        guard let qualifier = word(next) else { return true }
        return !Scan.bytes(keyWithoutElision(qualifier), isOneOf: Scan.publicCommitteeQualifiers)
    }

    /// "Subvention au Rugby Club de Montfort – président M. X", "association Le Phare –
    /// trésorière Mme Y", "M. Z, président" after an association's name: the officer of an
    /// association or a club the subject names, a private person (D312-1-3 exempts no such
    /// office). Not a councillor who chairs it (« M. X, président, conseiller municipal »).
    func associationOfficer(start: Int, end: Int) -> Bool {
        var look = start - 1
        // "PRES. M. X", "signataire : Mme Y", "son président départemental, M. Z".
        if isPunct(look, ":") || isPunct(look, ".") || isPunct(look, ",") { look -= 1 }
        func officer(_ index: Int) -> Bool { word(index).map { Scan.bytes(key($0), isOneOf: Scan.officerWords) } ?? false }
        var before = officer(look) || (word(look).map { !$0.startsUpper } ?? false) && officer(look - 1)
        // "Trésorier de l'association des bénévoles : M. X": the office heads the clause, and
        // the body it names is private.
        if !before, isPunct(start - 1, ":") {
            let clause = clauseBounds(around: start - 2)
            if let office = (max(clause.lowerBound, start - 10)..<(start - 1)).first(where: officer), let link = word(office + 1),
               Scan.bytes(key(link), isOneOf: ["de", "du", "des", "d'"]) {
                before = privateBodyOrFirm(in: (office + 1)..<(start - 1))
            }
        }
        // "délégué : M. X, conseiller municipal", "signataire : M. Y, maire": an office of the
        // council's or the administration's after the name says whose officer this is.
        if isPunct(end, ","), let office = word(end + 1), self.is(office, .role, bare: true),
           !Scan.bytes(key(office), isOneOf: Scan.associationOffices) { return false }
        var after = false
        // "élection de Mme X (présidente) et M. Y (secrétaire)" in an association's subject: the
        // office in parentheses, which `privateBodyOrFirm` below ties to a private body.
        if isPunct(end, "("), let office = word(end + 1), Scan.bytes(key(office), isOneOf: Scan.parenthesisedOffices), isPunct(end + 2, ")") {
            after = true
        }
        // (« garantie à la SAS Hôtel de la Plage, contre caution de M. X, son président »: the
        // officer of the body the clause names.)
        if isPunct(end, ","), let owner = word(end + 1), self.is(owner, "son") || self.is(owner, "sa"),
           let office = word(end + 2), Scan.bytes(key(office), isOneOf: Scan.officerWords) || self.is(office, "gerant") || self.is(office, "gerante") {
            after = true
        }
        // (« Comité de jumelage – M. X élu président, Mme Y trésorière »: the body's election.)
        if let elected = word(end), Scan.bytes(key(elected), isOneOf: ["elu", "elue", "reelu", "reelue"]),
           let office = word(end + 1), Scan.bytes(key(office), isOneOf: Scan.officerWords) {
            after = true
        }
        // (« comite des fetes - mme blanchard presidente »: a hurried clerk's apposition, without
        // its comma, after a name in lower case, closing the clause.)
        if !tokens[start].startsUpper, let office = word(end), !office.startsUpper, Scan.bytes(key(office), isOneOf: Scan.officerWords),
           word(end + 1) == nil {
            after = true
        }
        if isPunct(end, ","), let office = word(end + 1), Scan.bytes(key(office), isOneOf: Scan.officerWords) {
            // "M. X, président, conseiller municipal": the council's member.
            // ("M. X, vice-président chargé des finances": an office the council gives.)
            after = !electedAfter(end + 2) && !(word(end + 2).map {
                Scan.bytes(key($0), isOneOf: ["de", "du", "des", "d'", "charge", "chargee", "delegue", "deleguee", "en", "a", "au", "aux"])
            } ?? false)
            // "M. X, président de la section locale de l'UNC": the office of a private body the
            // apposition names (not « président du conseil départemental »).
            // (It names the body: the council's commissions elsewhere in the cell do not matter.)
            if !after, let of = word(end + 2), Scan.bytes(key(of), isOneOf: ["de", "du", "des", "d'"]) {
                let apposition = (end + 2)..<min(tokens.count, end + 10)
                let stop = apposition.first(where: { tokens[$0].kind == .punct && !isPunct($0, "'") && !isPunct($0, "’") }) ?? apposition.upperBound
                // (An association's; a firm's manager presenting a project stays: « dirigeant de la
                // société X ».)
                if ((end + 2)..<stop).contains(where: { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.privateBodies) || clubCompound($0) } ?? false }),
                   !namesPublicBody(in: (end + 2)..<stop),
                   !presentsThePoint(start: start, end: end) {
                    return true
                }
            }
        }
        // (Whoever reports the point is a councillor: « Rapporteur : M. X, vice-président ».)
        // ("association des Vietnamiens ; référent : M. X": the association's référent, not the
        // commune's agent a « référent : » heading introduces elsewhere.)
        // (An apposition may still say whose: « référent : M. X, archiviste municipal ».)
        let agentHeading = before && !isPunct(end, ",") && !isPunct(end, "(")
            && [look, look - 1].contains { word($0).map { Scan.bytes(key($0), isOneOf: Scan.agentHeadings) } ?? false }
        guard before || after, agentHeading || !presentsThePoint(start: start, end: end) else { return false }
        // "section roller des Patineurs du Gier, représentés par Mme X, présidente": a body
        // represented by its chair, which its clause does not name as a public one.
        if after, let by = word(start - 1), self.is(by, "par"), let represented = word(start - 2),
           Scan.bytes(key(represented), isOneOf: Scan.representedForms),
           !namesPublicBody(in: clauseBounds(around: start)) {
            return true
        }
        // "Solidarité Saint-Roch (présidente : Mme X) – subvention", "Subvention au GDON –
        // trésorière Mme Y": the officer of a body given a grant, whatever words its name holds.
        // (A chair or a treasurer: a vice-president or a delegate may be the council's own.)
        func chair(_ index: Int) -> Bool { word(index).map { Scan.bytes(key($0), isOneOf: Scan.chairWords) } ?? false }
        // (« Subvention à l'Amicale du personnel du syndicat des eaux – présidente : Mme X »: the
        // grant's body is the association, named before the public one it gathers staff of.)
        if before, chair(look) || chair(look - 1) {
            let firstPrivate = (0..<start).first { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.privateBodies) } ?? false }
            if !namesPublicBody(in: 0..<(firstPrivate ?? start)),
               tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.grantWords) }) {
                return true
            }
        }
        return privateBodyOrFirm(in: 0..<start)
            && !tokens.indices.contains { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.councilBodies) } ?? false }
    }

    /// "désignation du représentant de la commune (M. X)", "représentante de la ville : Mme Y":
    /// the commune's own seat, held by a councillor, whoever else the clause seats.
    func communeRepresentative(before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 3, !tokens[index].isWord { index -= 1 }
        guard index >= 1, let body = word(index),
              Scan.bytes(keyWithoutElision(body), isOneOf: ["commune", "ville", "municipalite", "departement", "region", "communaute", "agglomeration",
                                                           "metropole", "conseil"]) else { return false }
        var look = index - 1
        while look >= 0, index - look <= 2, let link = word(look), Scan.bytes(key(link), isOneOf: ["de", "la", "l'", "du"]) { look -= 1 }
        return word(look).map { Scan.bytes(key($0), isOneOf: Scan.representativeNouns) } ?? false
    }

    /// "MM. X, Y et Mme Z, représentants des habitants", "deux représentantes des parents, Mmes X
    /// et Y", "en qualité de représentant des usagers", "désignation des membres extérieurs – M. X",
    /// "personnalités qualifiées : M. Y", "commissaires" of the direct-taxes commission: a seat
    /// the council gives to residents, users, parents or taxpayers, anywhere in the name's clause,
    /// makes those it names private persons (D312-1-3 exempts elected members only). A name
    /// with a council office of its own after it keeps it (« Mme X, adjointe, et deux
    /// représentants des parents »), and whoever presents the point is not seated.
    func residentSeat(start: Int, end: Int) -> Bool {
        let clause = clauseBounds(around: start)
        // The direct-taxes commission seats taxpayers, and the electoral-roll commission
        // citizens designated as delegates of the administration or of the court: wherever the
        // cell names that commission, the persons it lists hold those seats.
        var seat = directTaxesCommission || electoralRollDelegate(in: clause) || blockChiefs
        // A qualified person's apposition says why they are qualified (« personnalité qualifiée :
        // Mme X, directrice du centre social »), not an office they hold for the collectivity.
        var qualified = false
        // « Désignation des référents de hameau : Le Pinay – Mme X ; Les Roches – M. Y »: a list
        // cut by semicolons after a colon is read with its heading.
        var heading = clause.upperBound..<clause.upperBound
        if clause.lowerBound > 0, isPunct(clause.lowerBound - 1, ";"),
           let colon = (0..<clause.lowerBound).first(where: { isPunct($0, ":") }) {
            heading = clauseBounds(around: max(0, colon - 1)).lowerBound..<colon
        }
        for step in 0..<(clause.count + heading.count) where !seat {
            let index = step < clause.count ? clause.lowerBound + step : heading.lowerBound + step - clause.count
            guard tokens[index].isWord else { continue }
            let bare = keyWithoutElision(tokens[index])
            // (« collège riverains : », « personnes qualifiées : » of an outside body too.)
            if Scan.bytes(bare, isOneOf: Scan.seatNouns)
                || Scan.bytes(bare, isOneOf: ["representantes", "personnalites", "personnalite", "siege", "college", "colleges", "personnes", "titre"]) {
                for candidate in [afterLinkWords(index), index + 1] {
                    // ("représentant d'UFC-Que Choisir", "au titre de l'UDAF": an association's seat.)
                    // ("représentants de la société civile": citizens drawn by lot.)
                    let civilSociety = word(candidate).map { self.is($0, "societe") } == true && word(candidate + 1).map { self.is($0, "civile") } == true
                    guard let group = word(candidate), Scan.bytes(keyWithoutElision(group), isOneOf: Scan.residentGroups)
                        && !self.is(tokens[index], "titre") || Scan.bytes(keyWithoutElision(group), isOneOf: Scan.privateBodies) || civilSociety
                        || representedGroup(seat: index, group: candidate) else { continue }
                    // (A jury's qualified persons are professionals when a profession follows the
                    // name: « M. X, architecte »; « M. Y, personnalité qualifiée (usager) » is not.
                    // Outside a jury, their apposition says why they are qualified.)
                    if Scan.bytes(keyWithoutElision(group), isOneOf: Scan.qualifiedWords) {
                        if juryInCell {
                            if professionAfter(end) || index < start { continue }
                        } else {
                            qualified = true
                        }
                    }
                    seat = true
                }
                if seat { break }
            }
            // "Désignation au conseil d'école de deux parents : Mme X et M. Y": the group heads the
            // list of the persons seated.
            // (« personnalités qualifiées : » is read above, with its jury.)
            if isPunct(index + 1, ":"), index < start, listReaches(from: index + 2, to: start), Scan.bytes(bare, isOneOf: Scan.residentGroups),
               !Scan.bytes(bare, isOneOf: ["non"]), !Scan.bytes(bare, isOneOf: Scan.qualifiedWords) {
                seat = true
                break
            }
            // "parents élus au conseil d'administration du collège : Mme X": elected by parents,
            // tenants or staff, not by citizens to a public office.
            if Scan.bytes(bare, isOneOf: Scan.residentGroups), !Scan.bytes(bare, isOneOf: ["non"]), let elected = word(index + 1),
               Scan.bytes(key(elected), isOneOf: ["elu", "elue", "elus", "elues"]) { seat = true; break }
            // "désignation de deux chefs d'entreprise, M. X et Mme Y": business owners seated as
            // such hold no public office; nor the residents who head a block of the safeguard plan
            // (« chefs d'îlots »).
            if Scan.bytes(bare, isOneOf: ["chef", "chefs", "cheffe", "cheffes", "dirigeant", "dirigeants", "dirigeante", "dirigeantes"]),
               let firm = word(index + 1).flatMap({ self.is($0, "d'") ? word(index + 2) : $0 }),
               Scan.bytes(keyWithoutElision(firm), isOneOf: ["entreprise", "entreprises"]) { seat = true; break }
            // "commission extra-municipale … : Mme X (Amicale laïque)": residents sit there.
            // ("comité consultatif du patrimoine : M. X", "conseil de quartier", "référents de
            // hameau", "conseil citoyen": bodies of residents the council consults.)
            // (Not a « commission consultative des services publics locaux » nor a « paritaire »
            // one, where councillors sit by law.)
            if Scan.bytes(bare, isOneOf: ["extra-municipale", "extra-municipal", "extramunicipale", "extramunicipal"]) { seat = true; break }
            if Scan.bytes(bare, isOneOf: ["consultatif", "consultatifs"]), word(index - 1).map({ Scan.bytes(key($0), isOneOf: ["comite", "comites"]) }) == true {
                seat = true
                break
            }
            // (« conseil de fabrique »: the parish's lay council in Alsace-Moselle.)
            if Scan.bytes(bare, isOneOf: ["quartier", "quartiers", "hameau", "hameaux", "citoyen", "citoyens", "fabrique"]),
               let body = word(index - 1).flatMap({ Scan.bytes(key($0), isOneOf: ["de", "du", "des"]) ? word(index - 2) : $0 }),
               Scan.bytes(keyWithoutElision(body), isOneOf: ["comite", "comites", "conseil", "conseils", "referent", "referents", "referente",
                                                             "referentes", "delegue", "delegues", "deleguee", "deleguees"]) { seat = true; break }
            // "assesseurs du bureau de vote : M. X, Mme Y": voters who hold the station with the
            // councillors (whose office, written after the name, keeps them).
            if Scan.bytes(bare, isOneOf: ["assesseur", "assesseurs", "assesseure", "assesseures"]),
               tokens.contains(where: { $0.isWord && self.is($0, "vote") }) { seat = true; break }
            if Scan.bytes(bare, isOneOf: ["commissaire", "commissaires"]),
               tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: ["impots", "impot"]) }) { seat = true; break }
        }
        guard seat, !presentsThePoint(start: start, end: end), !electedAfter(end), !communeRepresentative(before: start),
              !coordinationClosedByOffice(after: end) else { return false }
        return qualified || !ownOfficeAfter(end)
    }

    /// "Mme X, présidente, et deux représentantes des parents", "avec M. Y, architecte des
    /// Bâtiments de France": an office or a profession of its own, which a seat the clause gives
    /// others does not make private. (An office, not a seat nor a trade: « Mme Y (cheffe
    /// d'entreprise) ».)
    func ownOfficeAfter(_ end: Int) -> Bool {
        guard isPunct(end, ",") || isPunct(end, "("), let office = word(end + 1) else { return false }
        // (« M. X, président de la société de chasse, comme représentant des chasseurs »: the
        // office of a private body is no public one.)
        if Scan.bytes(key(office), isOneOf: Scan.associationOffices), let of = word(end + 2), Scan.bytes(key(of), isOneOf: ["de", "du", "des", "d'"]),
           !namesPublicBody(in: (end + 2)..<min(tokens.count, end + 8)) { return false }
        // (« Mme Y, élue par les volants »: chosen by a group, no office.)
        if self.is(office, .role, bare: true), !Scan.bytes(key(office), isOneOf: Scan.seatNouns), !(word(end + 2).map { self.is($0, "par") } ?? false),
           !Scan.bytes(key(office), isOneOf: ["representantes", "membres", "personnalites", "chef", "cheffe", "responsable"]) {
            return true
        }
        return professionAfter(end)
    }

    /// "élection du bureau : vice-présidents Mme X (Fontanès) et M. Y (La Fouillouse)": in a
    /// subject that elects or designates to a council or a syndicate, a name followed by a
    /// commune in parentheses is that member commune's delegate, an official.
    func memberCommuneDelegate(end: Int) -> Bool {
        guard isPunct(end, "("), let first = word(end + 1), first.startsUpper else { return false }
        var close = end + 1
        while close < tokens.count, close - end <= 6, !isPunct(close, ")") { close += 1 }
        guard isPunct(close, ")"), let last = word(close - 1), last.startsUpper, namesCommune(last) || isCommune(around: end + 1, end: close),
              // ("(ÉCOLE PAUL BERT)": a school, not the commune of Bert; a children's council.)
              !(end + 1..<close).contains(where: { word($0).map { self.is($0, [.place, .body, .legalEntity]) } ?? false }),
              !namesCitizenCouncil else { return false }
        return tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.mandateEvents) }
            && tokens.contains { $0.isWord && (Scan.bytes(keyWithoutElision($0), isOneOf: Scan.seatBodies) || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.councilBodies)
                || Scan.bytes(keyWithoutElision($0), isOneOf: ["clect", "communautaire", "syndical", "metropolitain"])) }
    }

    /// « Plan communal de sauvegarde - chefs d'îlots : Mme X (quartier de la Gare) ; M. Y … »: the
    /// residents who head a block of the safeguard plan, wherever the cell names them.
    var blockChiefs: Bool {
        tokens.indices.contains { index in
            word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: ["ilot", "ilots"]) } == true
                && word(index - 1).map { self.is($0, "d'") || Scan.bytes(key($0), isOneOf: ["chef", "chefs", "cheffe", "cheffes", "d'ilot", "d'ilots"]) } == true
        }
    }

    /// "CCID", "commission communale des impôts directs": its commissioners are taxpayers.
    var directTaxesCommission: Bool {
        var taxes = false
        var commission = false
        for token in tokens where token.isWord {
            let bare = keyWithoutElision(token)
            if token.allCaps, Scan.bytes(bare, isOneOf: ["ccid", "ciid"]) { return true }
            if Scan.bytes(bare, isOneOf: ["impots", "impot"]) { taxes = true }
            if Scan.bytes(bare, isOneOf: ["commission", "commissaire", "commissaires", "contribuables"]) { commission = true }
        }
        return taxes && commission
    }

    /// "commission de contrôle des listes électorales : délégué de l'administration, M. X":
    /// the delegates of the administration and of the court are citizens, not agents.
    func electoralRollDelegate(in clause: Range<Int>) -> Bool {
        // (« commission de contrôle » alone: the electoral-roll one, the only one a commune names so.)
        guard tokens.indices.contains(where: { index in
            word(index).map { Scan.bytes(keyWithoutElision($0), isOneOf: ["electorale", "electorales"])
                || self.is($0, "controle") && word(index - 1).map { self.is($0, "de") } == true && word(index - 2).map { self.is($0, "commission") } == true } ?? false
        }) else { return false }
        for index in clause where word(index).map({ Scan.bytes(key($0), isOneOf: Scan.delegateForms) }) == true {
            if let body = word(afterLinkWords(index)), Scan.bytes(keyWithoutElision(body), isOneOf: ["administration", "tribunal", "prefet", "president"]) { return true }
        }
        return false
    }

    /// Offices only an association holds: after the name, they do not say the council's office.
    static let associationOffices: [StaticString] = ["president", "presidente", "vice-president", "vice-presidente", "tresorier",
                                                     "tresoriere", "secretaire", "pdt", "pdte", "pres", "co-president", "co-presidente",
                                                     "porte-drapeau", "benevole", "responsable"]
    /// An association's chair and treasurer, never a council's vice-president or delegate.
    static let chairWords: [StaticString] = ["president", "presidente", "tresorier", "tresoriere", "pdt", "pres", "co-president", "co-presidente"]
    /// Offices written in parentheses after a member's name (« Mme X (présidente) »).
    static let parenthesisedOffices: [StaticString] = officerWords + ["secretaires"]
    static let officerWords: [StaticString] = ["president", "presidente", "vice-president", "vice-presidente", "tresorier", "tresoriere",
                                               "pdt", "pres", "presidents", "co-president", "co-presidente",
                                               // Twenty-fourth session: the other officers an association's subject names
                                               // (« trésorière Mme X ; secrétaire M. Y », « délégué : M. Z », « référent : »).
                                               "secretaire", "delegue", "deleguee", "referent", "referente", "responsable",
                                               "porte-drapeau", "dirigeant", "dirigeante", "signataire", "pdte"]

    /// « non élu », « non conseillère », « non-élue », « personne qualifiée » (outside a jury, whose
    /// qualified persons sit in their profession): a seat that says it holds no public office.
    func notElected(at position: Int) -> Bool {
        guard let token = word(position) else { return false }
        if Scan.bytes(key(token), isOneOf: ["non-elu", "non-elue", "non-elus", "non-elues"]) { return true }
        guard let next = word(position + 1) else { return false }
        if self.is(token, "non") {
            return Scan.bytes(key(next), isOneOf: ["elu", "elue", "elus", "elues", "conseiller", "conseillere", "conseillers", "conseilleres",
                                                   "membre", "membres"])
        }
        return Scan.bytes(key(token), isOneOf: ["personne", "personnes", "personnalite", "personnalites"])
            && Scan.bytes(key(next), isOneOf: Scan.qualifiedWords) && !juryInCell
    }

    /// Whether the cell names a jury, whose qualified persons sit in their profession.
    var juryInCell: Bool { tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: ["jury", "jurys"]) } }

    /// A seat's rank written right after a member's name (« M. X titulaire »).
    static let seatRanks: [StaticString] = ["titulaire", "titulaires", "suppleant", "suppleante", "suppleants", "suppleantes"]

    func privateStanding(before start: Int, after end: Int) -> Bool {
        if residentSeat(start: start, end: end) { return true }
        // (« délégué : M. X, conseiller municipal »: an office of their own after the name; the
        // board's own offices, « M. X, président », are no such office.)
        if privateBoardMember(before: start),
           !ownOfficeAfter(end) || isPunct(end, ",") && word(end + 1).map({ Scan.bytes(key($0), isOneOf: Scan.officerWords) }) == true {
            return true
        }
        // "désignation de M. X et de Mme Y, habitants du quartier": the plural capacity after the
        // coordinated names is each one's.
        if coordinationClosedByResidents(after: end) { return true }
        if designatedAsPrivate(after: end) { return true }
        // "le Handball Club du Furan, représenté par son président M. X": a club's or a firm's
        // own officer.
        var look = start - 1
        if isPunct(look, ",") { look -= 1 }
        // "et à son président d'honneur, M. X".
        if let honour = word(look), self.is(honour, "d'honneur") || Scan.bytes(keyWithoutElision(honour), isOneOf: ["honneur"]) {
            look -= word(look - 1).map { self.is($0, "d'") } == true ? 2 : 1
        }
        if let role = word(look), self.is(role, .role, bare: true), !Scan.bytes(key(role), isOneOf: Scan.publicOffices), let owner = word(look - 1),
           self.is(owner, "son") || self.is(owner, "sa") || self.is(owner, "leur")
            // "Association Gymnique – convention avec la présidente Mme X": the association's.
            || (self.is(owner, "la") || self.is(owner, "le")) && Scan.bytes(key(role), isOneOf: Scan.officerWords),
           privateBodyOrFirm(in: max(0, look - 16)..<look) {
            return true
        }
        if associationOfficer(start: start, end: end) { return true }
        if officerOfPrivateBodyBefore(start) { return true }
        // "au club « La Boule Joyeuse » présidé par M. X": who chairs a club or a firm.
        // (Not with an office after the name: « jury présidé par M. X, adjoint au maire ».)
        // (« subvention à la Colla Sardanista de Céret, présidée par Mme X »: a body granted a
        // subsidy that names no public body is an association.)
        if let by = word(start - 1), self.is(by, "par"), let chaired = word(start - 2),
           Scan.bytes(key(chaired), isOneOf: ["preside", "presidee", "presides", "presidees", "dirige", "dirigee"]),
           case let body = clauseBounds(around: start - 2).lowerBound..<(start - 2), privateBodyOrFirm(in: body) || grantedBody(body),
           !officeInApposition(end), !electedAfter(end) {
            return true
        }
        // Before the name, the capacity must be the seat's ("désignation des propriétaires",
        // "membres propriétaires"), not a word of the subject ("revenu par habitant", "commission
        // des riverains présidée par M. X").
        // (« désignation de M. X, représentant des usagers, et de Mme Y, conseillère municipale »:
        // her own office.)
        lazy var ownOffice = ownOfficeAfter(end)
        for index in 0..<start where tokens[index].isWord {
            guard Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: Scan.privateCapacityWords) else { continue }
            if ownOffice { break }
            // ("garants de la coupe parmi les membres du conseil municipal": councillors.)
            if Scan.bytes(keyWithoutElision(tokens[index]), isOneOf: ["garant", "garants"]),
               tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: ["conseil", "conseiller", "conseillers", "conseillere", "conseilleres"]) }) {
                continue
            }
            for seat in max(0, index - 3)..<index where tokens[seat].isWord {
                let bare = keyWithoutElision(tokens[seat])
                if Scan.bytes(bare, isOneOf: Scan.mandateEvents) || Scan.bytes(bare, isOneOf: Scan.seatNouns) { return true }
            }
            // (« propriétaires exploitants désignés – M. X (titulaire) »: the capacity, then its
            // designation, before the name.)
            // (Not « garante nommée par la Commission nationale du débat public »: another body's choice.)
            for seat in (index + 1)..<min(start, index + 3) where tokens[seat].isWord {
                if Scan.bytes(keyWithoutElision(tokens[seat]), isOneOf: ["designe", "designes", "designee", "designees", "nomme", "nommes", "nommee", "nommees"]),
                   !(word(seat + 1).map { self.is($0, "par") } ?? false) { return true }
            }
        }
        // "association Mwana Maoré (présidente : Mme X)": an association's officer, in the
        // parenthesis right after its name.
        // (Not past a closed one: « Commission municipale … : Mme X (présidente), M. Y ».)
        var open = start - 1
        while open >= 0, start - open <= 4, !isPunct(open, "("), !isPunct(open, ")") { open -= 1 }
        if open > 0, isPunct(open, "("), privateBodyOrFirm(in: max(0, open - 6)..<open) {
            return true
        }
        // (« m. X titulaire, mme Y suppléante (habitante non élue) »: past the seat's word.)
        var end = end
        if let seat = word(end), Scan.bytes(key(seat), isOneOf: Scan.seatRanks), isPunct(end + 1, ",") || isPunct(end + 1, "(") { end += 1 }
        // (« organisateur : M. X pour le Vélo Club Aubinois »: acting for a private body.)
        if let on = word(end), self.is(on, "pour"), privateBodyOrFirm(in: (end + 1)..<min(tokens.count, end + 5)), !namesPublicBody(in: (end + 1)..<min(tokens.count, end + 5)) {
            return true
        }
        guard isPunct(end, ",") || isPunct(end, "(") else { return false }
        // (« désignation de M. X, éleveur », « M. Y (viticulteur) »: a trade of one's own account
        // right after the name; not an agent's post, « M. Z, cantonnier ».)
        // (« MM. X et Y, éleveurs »: the trade in the plural after coordinated names.)
        if let trade = word(end + 1) {
            let bare = keyWithoutElision(trade)
            if Scan.bytes(bare, isOneOf: Scan.ownAccountTrades)
                || bare.count > 4 && bare.last == UInt8(ascii: "s") && Scan.bytes(UnsafeBufferPointer(rebasing: bare.dropLast()), isOneOf: Scan.ownAccountTrades) {
                return true
            }
        }
        var position = end + 1
        while position < min(end + 8, tokens.count) {
            guard let token = word(position) else {
                if isPunct(position, "'") || isPunct(position, "’") { position += 1; continue }
                return false
            }
            let bare = keyWithoutElision(token)
            // "M. X, et subvention au comité de jumelage": another clause, not the apposition.
            if Scan.bytes(bare, isOneOf: ["et", "ou"]) { return false }
            // "président de la Commission syndicale de la vallée": a public body (CGCT L5222-1).
            if Scan.bytes(bare, isOneOf: ["syndicale"]), let body = word(position - 1), self.is(body, "commission") {
                position += 1
                continue
            }
            // (« président de l'association des maires ruraux »: a body of officials.)
            if Scan.bytes(bare, isOneOf: Scan.privateCapacityWords)
                || Scan.bytes(bare, isOneOf: Scan.privateBodies) && !namesPublicBody(in: (position + 1)..<min(position + 3, tokens.count))
                || privateCommittee(at: position) || notElected(at: position) { return true }
            position += 1
        }
        return false
    }

    /// "une œuvre de X", "don d'un tableau de Y", "tirages de Z": the author of a work.
    func authorBefore(_ start: Int) -> Bool {
        guard let de = word(start - 1) else { return false }
        // "un tableau attribué à X": an attribution names the author.
        if self.is(de, "a"), let verb = word(start - 2), self.is(verb, "attribue") || self.is(verb, "attribuee") || self.is(verb, "attribues") {
            return (max(0, start - 6)..<(start - 2)).contains { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.workWords) } ?? false }
        }
        guard self.is(de, "de") || self.is(de, "d'") else { return false }
        var position = start - 2
        // "la sculpture « Cime blanche » d'X": the work's title between the work and its author.
        if isPunct(position, "»") || isPunct(position, "\"") {
            var open = position - 1
            while open >= max(0, position - 14), !(isPunct(open, "«") || isPunct(open, "\"")) { open -= 1 }
            guard open >= max(0, position - 14) else { return false }
            position = open - 1
        }
        guard let work = word(position) else { return false }
        // "Aide à l'installation de X": a person settling (a doctor, a farmer), not an artwork.
        // ("l'installation" is one token: the article stays glued to its word.)
        if Scan.bytes(keyWithoutElision(work), isOneOf: ["installation"]) {
            let glued = key(work).count != keyWithoutElision(work).count
            let prepositionAt = glued ? position - 1 : (word(position - 1).map { self.is($0, "l'") } ?? false) ? position - 2 : -1
            if let preposition = word(prepositionAt), self.is(preposition, "a") || self.is(preposition, "de") { return false }
        }
        return Scan.bytes(keyWithoutElision(work), isOneOf: Scan.workWords)
    }

    /// Whether only a coordination lies between two names: "et", "ou", ",", "et de", "&".
    /// "Mme A remplace M. B", "M. A, en remplacement de Mme B": the person replaced held the
    /// same seat as the one kept before.
    func replaces(from end: Int, to start: Int) -> Bool {
        guard start > end, start - end <= 4 else { return false }
        var sawReplacement = false
        for position in end..<start {
            if let token = word(position) {
                if Scan.bytes(key(token), isOneOf: ["remplace", "remplacement", "succede", "remplacant", "remplacante"]) { sawReplacement = true; continue }
                guard self.is(token, "en") || self.is(token, "de") || self.is(token, "d'") || self.is(token, "a") else { return false }
            } else if !isPunct(position, ",") {
                return false
            }
        }
        return sawReplacement
    }

    func coordinates(from end: Int, to start: Int) -> Bool {
        guard start > end, start - end <= 3 else { return false }
        var sawLink = false
        for position in end..<start {
            if let token = word(position) {
                if self.is(token, .link) || self.is(token, "ou") { sawLink = true; continue }
                guard self.is(token, "de") || self.is(token, "d'") else { return false }
            } else if isPunct(position, ",") {
                sawLink = true
            } else {
                return false
            }
        }
        return sawLink
    }

    /// "Vente à BOUVIER d'un terrain", "cession au profit de GRANIER": in a subject with a file
    /// word, a lone word in capitals right after a trigger phrase, or after "à"/"de" after a
    /// transaction, is a
    /// surname or an organisation's acronym ("cession à ENEDIS"): nothing in the words tells
    /// them apart, so it is held for review (occulted until the DPO decides), never kept
    /// silently. Communes, companies, officials and public figures are left.
    func handleLoneSurname(at index: Int, emit: Emit) -> Int? {
        guard designationSurname(tokens[index]), let previous = word(index - 1), !previous.startsUpper,
              triggerBefore(index) || distantTrigger(index),
              // A file word earlier ("vente", "cession", "legs"…) is what starts the finding: the
              // prefilter admits the cell on that word, so the scan never finds more than it lets in.
              (0..<(index - 1)).contains(where: { tokens[$0].isWord && self.is(tokens[$0], .designation, bare: true) })
        else { return nil }
        var end = index + 1
        while let more = word(end), designationSurname(more) { end += 1 }
        let parts = Array(index..<end)
        guard !context.words.communes.contains(key(tokens[index])), !isCommune(around: index, end: end), !companyAfter(end),
              !isOfficial(parts), !isPublicFigure(parts), contextBefore(index, allowTitleSkip: false) == nil else { return nil }
        // A word in no list nor the lexicon ("accordée à BOISSONNADE") is a surname; one that is
        // a French word ("vente à MOREAU") may be an acronym or a word: held for review.
        if (index..<end).contains(where: { isUnknownWord(tokens[$0]) }) {
            emit(index, end, .occult, "nom seul en capitales absent du lexique français après un mot déclencheur")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        emit(index, end, .uncertain, "nom seul en capitales après un mot déclencheur, sans autre indice")
        return coordinated(after: end, verdict: .uncertain, emit: emit)
    }

    /// "vendre des terrains à un dénommé X", "le sieur X", "un certain X": a word that
    /// introduces a person by name makes what follows a name, even a lone surname or a common
    /// word. An article must come before it (but "sieur"): "la salle dénommée X" names a place.
    func handleNamingWord(at index: Int, emit: Emit) -> Int? {
        let token = tokens[index]
        if !self.is(token, "sieur") {
            guard let article = word(index - 1) else { return nil }
            let indefinite = self.is(article, "un") || self.is(article, "une")
            if self.is(token, "certain") || self.is(token, "certaine") {
                guard indefinite else { return nil }
            } else {
                guard indefinite || self.is(article, "le") || self.is(article, "la") || self.is(article, "au") || self.is(article, "du")
                else { return nil }
            }
        }
        // "le nommé M. X": the civility starts the finding.
        guard civility(at: index + 1) == nil, let first = word(index + 1), first.startsUpper else { return nil }
        let name = consumeName(from: index + 1, afterCivility: true)
        guard !name.parts.isEmpty else { return nil }
        return evaluate(start: index, nameStart: name.parts[0], name: name, civility: token,
                        trigger: "déclencheur : mot qui introduit un nom", decisive: true, emit: emit)
    }

    /// "jumelage avec la commune de San Giovanni in Persiceto", "la ville d'Anna Paulowna":
    /// capitalised words right after « commune de », « ville de » or « jumelage avec » name a
    /// commune, in France or abroad, whatever their words.
    func namedCommuneBefore(_ start: Int) -> Bool {
        var position = start - 1
        // One capitalised word may open the commune's name before the first name ("San").
        if let opener = word(position), opener.startsUpper, !opener.allCaps || shouting, !self.is(opener, [.civility, .role]) { position -= 1 }
        guard let joiner = word(position) else { return false }
        if self.is(joiner, "avec"), let twinning = word(position - 1) {
            return Scan.twinningWords.contains { self.is(twinning, $0) }
        }
        guard self.is(joiner, "de") || self.is(joiner, "d'"), let head = word(position - 1) else { return false }
        return Scan.communeHeads.contains { self.is(head, $0) }
    }

    /// A section de commune, a hamlet or a mill is named after its place (« section de Latga
    /// Haut », « hameau de Saint-Jean », « Moulin de Taxo »).
    static let listEventWords: [StaticString] = ["election", "elections", "designation", "designations", "membres", "membre",
                                                 "commune", "communes", "ville", "villes", "er", "e", "eme", "titulaires", "suppleants",
                                                 // "désignation de trois délégués titulaires – MM. X, Y".
                                                 "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                                                 // "remplacement de M. X, décédé, par Mme Y", "M. X remplace Mme Y",
                                                 // "président par délégation ; Mme Y": a seat handed over in the list.
                                                 "remplacement", "remplace", "remplacee", "par", "decede", "decedee", "demissionnaire",
                                                 "delegation",
                                                 // "Élection d'un adjoint … : candidature de Mme X".
                                                 "candidature", "candidatures"]
    static let communeHeads: [StaticString] = ["commune", "communes", "ville", "villes", "village", "municipalite", "section", "sections",
                                               "hameau", "hameaux", "moulin", "lieu-dit", "lieudit", "quartier"]
    static let twinningWords: [StaticString] = ["jumelage", "jumelee", "jumele", "jumelees", "jumeles"]

    /// A summary of the debate: « Mme X demande … ; M. Y, adjoint, répond … », « M. Z fait
    /// remarquer … ; M. le Maire prend note ». A name that opens a clause and speaks, in a
    /// subject where someone answers, is a councillor's in the sitting.
    /// "(pouvoir donné à Mme X)", "procuration à M. Y": the councillor who holds a proxy vote.
    func proxyHolder(_ start: Int) -> Bool {
        guard let to = word(start - 1), self.is(to, "a") else { return false }
        var position = start - 2
        if let given = word(position), self.is(given, "donne") || self.is(given, "donnee") { position -= 1 }
        guard let proxy = word(position) else { return false }
        return self.is(proxy, "pouvoir") || self.is(proxy, "procuration")
    }

    func debateSpeaker(_ start: Int) -> Bool {
        guard start == 0 || isPunct(start - 1, ";") || isPunct(start - 1, ".") || isPunct(start - 1, ":") else { return false }
        // The name, an apposition (", adjointe,"), then the verb.
        var position = start + 1
        while position < tokens.count, position - start < 6, !(word(position).map { !$0.startsUpper } ?? false) {
            if isPunct(position, ";") { return false }
            position += 1
        }
        if isPunct(position - 1, ","), position < tokens.count {
            while position < tokens.count, position - start < 12, !isPunct(position, ",") { position += 1 }
            position += 1
        }
        guard let verb = word(position), Scan.bytes(keyWithoutElision(verb), isOneOf: Scan.speechVerbs) else { return false }
        // Someone answers in another clause.
        return tokens.indices.contains { index in
            guard index > position, let token = word(index) else { return false }
            if self.is(token, "repond") || self.is(token, "repondent") { return true }
            return (self.is(token, "prend") || self.is(token, "prennent")) && (word(index + 1).map { self.is($0, "note") || self.is($0, "acte") } ?? false)
        }
    }

    static let speechVerbs: [StaticString] = ["demande", "demandent", "souhaite", "souhaitent", "interroge", "interrogent", "fait",
                                              "s'interroge", "s'inquiete", "s'etonne", "rappelle", "propose", "indique", "precise",
                                              "signale", "intervient", "explique", "regrette", "estime", "souligne", "remercie",
                                              "conteste", "evoque", "questionne", "deplore", "note", "observe", "insiste"]

    /// "marché attribué à Jean Lefebvre Sud-Ouest", "lot gros œuvre attribué à Léon Grosse":
    /// a name without civility to which a public contract is awarded is the firm's (a sole
    /// trader is written with a civility or « (EI) »).
    func awardedContract(before start: Int) -> Bool {
        guard let at = word(start - 1), self.is(at, "a"), civility(at: start) == nil else { return false }
        var position = start - 2
        var awarded = false
        while position >= 0, start - position <= 6, let token = word(position) {
            if Scan.bytes(key(token), isOneOf: Scan.contractAwardWords) { awarded = true; break }
            position -= 1
        }
        guard awarded else { return false }
        return tokens.contains { $0.isWord && Scan.bytes(key($0), isOneOf: Scan.contractWords) }
    }

    static let contractAwardWords: [StaticString] = ["attribue", "attribuee", "attribues", "attribuees", "attribution", "notifie", "notifiee",
                                             "confie", "confiee", "adjuge", "adjugee"]
    static let awardeeNouns: [StaticString] = ["attributaire", "attributaires", "adjudicataire", "adjudicataires"]
    static let contractWords: [StaticString] = ["marche", "marches", "lot", "lots", "accord-cadre", "accords-cadres", "consultation",
                                                "appel", "mapa"]

    /// "Arrêté portant délégation de signature à M. X, directeur…", "Délégation provisoire de
    /// signature … en l'absence de M. Y": whoever such a subject names signs for the
    /// collectivité, as an official or an agent in their function. The delegation's scope
    /// ("… pour la vente du lot 6 à M. Z", "… relatifs à l'acquisition du terrain de Mme W")
    /// names parties, not delegates.
    func isSignatureDelegation(before start: Int) -> Bool {
        var index = 0
        while index < start {
            defer { index += 1 }
            guard tokens[index].isWord, self.is(tokens[index], "delegation") || self.is(tokens[index], "delegations") else { continue }
            // (« Conseillers délégués – délégation à M. X (agriculture) et à Mme Y (déchets) »: the
            // councillors given a delegation.)
            if let to = word(index + 1), self.is(to, "a") || self.is(to, "aux"),
               (0..<index).contains(where: { word($0).map { Scan.bytes(key($0), isOneOf: Scan.delegateForms) } ?? false }) {
                return true
            }
            for offset in 1...3 {
                guard let after = word(index + offset) else { break }
                // ("Délégation de fonctions d'officier d'état civil à des agents : Mme X".)
                if self.is(after, "signature") || self.is(after, "signatures") || self.is(after, "fonctions") || self.is(after, "fonction") {
                    return !(index + offset + 1 ..< start).contains { position in
                        tokens[position].isWord && Scan.bytes(key(tokens[position]), isOneOf: Scan.delegationScopeWords)
                    }
                }
            }
        }
        return false
    }

    static let delegationScopeWords: [StaticString] = ["pour", "relatif", "relatifs", "relative", "relatives", "concernant", "matiere"]

    /// "lettre du Préfet de région, M. X", "la vice-présidente régionale Mme Y", "l'adjointe au
    /// commerce (Mme Z)", "membres titulaires MM. A, B": an office written right before the
    /// civility, its complement between (four words at most, no verb, no trigger).
    func roleBefore(civility start: Int) -> Bool {
        var position = start - 1
        // "le secrétaire général de la préfecture des Vosges, M. X", "l'agent de police
        // municipale, M. Y": in apposition after a comma, the office's complement may be long
        // (`roleInApposition` reads the short ones for every name).
        let apposition = isPunct(position, ",")
        if isPunct(position, ",") || isPunct(position, "(") { position -= 1 }
        var words = 0
        while position >= 0, words < (apposition ? 9 : 5), let token = word(position) {
            // "à la charge de M. X": a burden, not « chargé de mission ».
            // ("l'élue en charge des RH (Mme X)" is an office.)
            // "impayés de charges de Mme X": charges to pay, not « chargés de mission ».
            // "prise en charge du billet de son porte-drapeau, M. X": a cost borne, not an office.
            if self.is(token, "charge") || self.is(token, "chargee") || self.is(token, "charges") || self.is(token, "chargees"),
               !(word(position - 1).map { self.is($0, "en") } ?? false)
                || (word(position - 2).map { Scan.bytes(key($0), isOneOf: ["prise", "pris", "prises", "prendre", "prend", "prennent"]) } ?? false) {
                return false
            }
            // "opposition de M. X à la reprise": an objection; the council's minority is
            // « l'opposition », « groupe d'opposition ».
            if self.is(token, "opposition") || self.is(token, "minorite") { return false }
            // "mise à l'honneur des doyens, Mme X et M. Y": the oldest residents; only the
            // council's « doyen d'âge » holds an office.
            if Scan.bytes(keyWithoutElision(token), isOneOf: ["doyen", "doyenne", "doyens", "doyennes"]),
               !(word(position + 1).map { self.is($0, "d'age") } ?? false) { return false }
            // "Concession n° 88 : titulaire Mme X": a seat is an office only among delegates.
            // "les vice-présidents MM. X, Y": a plural office before a list of holders.
            if self.is(token, .role, bare: true) || self.is(token, .rolePlural, bare: true)
                || Scan.bytes(keyWithoutElision(token), isOneOf: Scan.seatWords) && cellHas([.role, .rolePlural]) {
                // "Madame l'adjointe au commerce (Mme X)": the role phrase and its holder. Asked
                // only once an office is found (most names have none before them): a sale or a
                // payment in the subject makes the holder a party ("Vente de la maison au maire,
                // M. X").
                // "la jeune maire X" of a children's council holds no office; the mayor does
                // ("présentent le projet au maire, M. X").
                guard !namesCitizenCouncil || adultOfficeBefore(start), !religiousMinister(position) else { return false }
                return !(0..<start).contains { tokens[$0].isWord
                    && (Scan.bytes(keyWithoutElision(tokens[$0]), isOneOf: Scan.landOperations)
                        || Scan.bytes(keyWithoutElision(tokens[$0]), isOneOf: Scan.paymentWords)) }
            }
            // In apposition, any word of the office's complement, but not a party's ("son voisin,
            // M. X"), nor across another clause ("répond que l'acquéreur pressenti, M. Y").
            let bare = keyWithoutElision(token)
            let complement = apposition && !self.is(token, [.civility, .transaction, .family, .designation, .personNoun, .link])
                && !Scan.bytes(bare, isOneOf: Scan.privateCapacityWords) && !Scan.bytes(bare, isOneOf: Scan.relatives)
                && !Scan.bytes(bare, isOneOf: Scan.functionWords)
            // "le doyen d'âge, M. X", "LE DOYEN D'AGE M. X": the council's eldest presides.
            let age = (self.is(token, "d'age") || self.is(token, "age") && (word(position - 1).map { self.is($0, "d'") } ?? false))
                && (word(position - (self.is(token, "age") ? 2 : 1)).map { self.is($0, "doyen") || self.is($0, "doyenne") } ?? false)
            guard complement || age || self.is(token, [.particle, .titleArticle, .roleQualifier]) || self.is(token, "d'") || self.is(token, "l'")
                    || self.is(token, "au") || self.is(token, "aux") || self.is(token, "region") || self.is(token, "regionale")
                    || self.is(token, "regional") || self.is(token, "departemental") || self.is(token, "departementale")
                    || token.startsUpper && self.is(token, .place) else { return false }
            position -= 1
            words += 1
        }
        return false
    }
}

extension Scan {
    /// Whether a word of `range` names a public body (`Scan.publicBodyWords`).
    func namesPublicBody(in range: Range<Int>) -> Bool {
        range.contains { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.publicBodyWords) } ?? false }
    }

    /// Whether only a list of names stands from `from` to `to` (civilities, capitalised words,
    /// particles, links and commas): « parents : Mme X et M. Y » reaches the second name.
    func listReaches(from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= 16 else { return false }
        return (from..<to).allSatisfy { index in
            guard let token = word(index) else { return isPunct(index, ",") || isPunct(index, ".") }
            return token.startsUpper || civility(at: index) != nil || self.is(token, .link) || isParticle(token)
        }
    }
}
