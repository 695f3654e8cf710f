import Foundation

/// Context of roles and offices: a role word near a name, offices in apposition, list
/// headings, council mandates, grades, and triggers further back in the subject.
extension Scan {
    /// An official or agent named in a role: a role word right after the name (", adjointe
    /// aux finances", "(rapporteur)"), or in "en qualité de …", "fonctions de …" a few words on,
    /// or right before it ("RAPPORTEUR : Jean-François MONINO").
    func roleNear(start: Int, end: Int) -> Bool {
        // Asked only once a role is seen: "Conseil municipal des enfants : élection des
        // conseillers : X" names a child, not an office holder.
        // An agent introduced as such ("accompagnateurs : Mme X") stands by the children, and an
        // office in apposition ("M. X, député, comme parrain") is the person's own.
        // ("projet présenté par Aminata Sarr et Ousmane Ba" for a youth grant: without a civility
        // nor an office in the subject, the persons present their own project.)
        presentsThePoint(start: start, end: end) && (afterCivility(start) || civility(at: start) != nil || cellHas([.role, .rolePlural])
                                                      || !cellHas(.listHeading))
            || officeInApposition(end)
            || roleWordNear(start: start, end: end) && (!namesCitizenCouncil || adultOfficeBefore(start))
            || seatAfterName(end) && !namesCitizenCouncil
    }

    /// "désignation … de Mme X comme suppléante", "Mme Y, M. Z titulaires ; M. W suppléant": the
    /// seat a council gives, right after the name, in a subject that designates or elects (a
    /// holder "titulaire de la concession" is a party, not a delegate).
    func seatAfterName(_ end: Int) -> Bool {
        var position = end
        if isPunct(position, ",") { position += 1 }
        if let joiner = word(position), self.is(joiner, "comme") { position += 1 }
        guard let seat = word(position),
              Scan.bytes(key(seat), isOneOf: Scan.delegateNouns) || Scan.bytes(key(seat), isOneOf: ["titulaire", "titulaires"]),
              !(word(position + 1).map { self.is($0, "de") || self.is($0, "du") || self.is($0, "des") || self.is($0, "d'") } ?? false)
                || Scan.bytes(key(seat), isOneOf: Scan.delegateNouns)
        else { return false }
        return tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.mandateEvents) }
    }

    /// In a children's council subject, "au maire, M. X" names the mayor; "la jeune maire X"
    /// or "ses adjoints X" a child.
    func adultOfficeBefore(_ start: Int) -> Bool {
        guard isPunct(start - 1, ","), let role = word(start - 2), self.is(role, .role, bare: true), let article = word(start - 3) else { return false }
        return self.is(article, "au") || self.is(article, "le") || self.is(article, "la") || self.is(article, "du")
    }

    /// "Mme X, doyenne des habitants": the oldest inhabitant, not the council's « doyen d'âge ».
    func oldestInhabitant(_ roleIndex: Int) -> Bool {
        guard let role = word(roleIndex), self.is(role, "doyen") || self.is(role, "doyenne"), let next = word(roleIndex + 1) else { return false }
        return self.is(next, "des") || self.is(next, "de") || self.is(next, "du")
    }

    /// ", élèves de 4e", "(collégienne)": a pupil or a student in apposition, after the name or
    /// after the list it opens ("M. X et Mlle Y, élèves de 4e"), whom a prize or a grant rewards
    /// as a private person.
    func pupilAfter(_ end: Int) -> Bool {
        func pupil(_ index: Int) -> Bool { word(index).map { Scan.bytes(key($0), isOneOf: Scan.pupilWords) } ?? false }
        if isPunct(end, ",") || isPunct(end, "("), pupil(end + 1) { return true }
        return appositionAfterList(end, opens: pupil) != nil
    }

    /// "M. X, premier inscrit sur la liste d'attente", "premier signataire", "premier prix": a
    /// rank in a queue, a petition or a contest, not an office (« premier adjoint », « première
    /// magistrate », « première femme médecin » of a tribute).
    func rankWithoutOffice(_ roleIndex: Int) -> Bool {
        guard let rank = word(roleIndex), self.is(rank, "premier") || self.is(rank, "premiere"),
              let next = word(roleIndex + 1) else { return false }
        return Scan.bytes(key(next), isOneOf: Scan.rankedPersons)
    }

    static let rankedPersons: [StaticString] = ["inscrit", "inscrite", "inscrits", "signataire", "signataires", "demandeur", "demandeuse",
                                                "beneficiaire", "prix", "laureat", "laureate", "candidat", "candidate", "arrive", "arrivee"]

    /// "M. X, responsable de la destruction du candélabre": liable for a damage, not in charge
    /// of a service.
    func liability(_ roleIndex: Int) -> Bool {
        guard let role = word(roleIndex), self.is(role, "responsable") || self.is(role, "responsables") else { return false }
        var position = roleIndex + 1
        while position < min(tokens.count, roleIndex + 5) {
            if let token = word(position) {
                if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.damageNouns) { return true }
                guard self.is(token, [.particle, .titleArticle]) || isElided(token) else { return false }
            }
            position += 1
        }
        return false
    }

    /// "hommage à M. X, bénévole du club pendant 40 ans": a volunteer in apposition; honoured, a
    /// resident, not a public figure.
    func volunteerAfter(_ end: Int) -> Bool {
        isPunct(end, ",") && (word(end + 1).map { Scan.bytes(key($0), isOneOf: ["benevole", "benevoles"]) } ?? false)
    }

    /// A role word used for no office: liable for a damage, a rank in a queue, a minister of a
    /// religion.
    func notAnOffice(_ roleIndex: Int) -> Bool {
        liability(roleIndex) || rankWithoutOffice(roleIndex) || religiousMinister(roleIndex)
    }

    /// "le ministre officiant de la communauté israélite, M. X", "ministre du culte", "M. X,
    /// curé de la paroisse": a minister of a religion holds no public office.
    func religiousMinister(_ roleIndex: Int) -> Bool {
        guard let role = word(roleIndex) else { return false }
        // (A priest of the past, honoured or whose papers are filed, is named as such: « plaque
        // en mémoire de l'abbé X, curé résistant », « fonds de l'abbé Y, curé de 1880 à 1920 ».)
        if self.is(role, "cure") || self.is(role, "cures") {
            return !tokens.contains { $0.isWord && (Scan.bytes(keyWithoutElision($0), isOneOf: Scan.publicHonours)
                || Scan.bytes(keyWithoutElision($0), isOneOf: ["fonds", "archives", "memoire"])) }
                && !(roleIndex + 1..<min(tokens.count, roleIndex + 8)).contains { tokens[$0].kind == .number }
        }
        guard self.is(role, "ministre") || self.is(role, "ministres"), let next = word(roleIndex + 1) else { return false }
        if self.is(next, "officiant") || self.is(next, "officiants") { return true }
        return (self.is(next, "du") || self.is(next, "des")) && (word(roleIndex + 2).map { self.is($0, "culte") || self.is($0, "cultes") } ?? false)
    }

    /// ", député,", ", directrice de l'école,": an office (no council seat, which a children's
    /// council also names) right after the name, between commas.
    func officeInApposition(_ end: Int) -> Bool {
        guard isPunct(end, ",") else { return false }
        // ", nouvelle sous-préfète de l'arrondissement": an office just taken up.
        var at = end + 1
        if let adjective = word(at), Scan.bytes(key(adjective), isOneOf: ["nouveau", "nouvel", "nouvelle", "futur", "future"]) { at += 1 }
        guard let role = word(at), self.is(role, .role, bare: true),
              !Scan.councilWords.contains(where: { self.is(role, $0) }) || councilSeat(at: at), !isGrade(after: at), !oldestInhabitant(at),
              !notAnOffice(at) else { return false }
        // "Mme X, rapporteur : M. Y": the role heads the next name.
        if isPunct(at + 1, ":"), civility(at: at + 2) != nil { return false }
        return isPunct(at + 1, ",") || word(at + 1).map { !$0.startsUpper } ?? true
    }

    /// "M. X, ancien adjoint au maire", "Mme Y, ancienne secrétaire de mairie": an office no
    /// longer held names a private person now (their funeral, gift, claim), unless the subject
    /// honours them publicly (« hommage », « citoyen d'honneur », « à la mémoire de »,
    /// « dénomination »).
    /// « Permis d'aménager déposé par M. X, 3e adjoint, pour sa propriété chemin des Vignes »: a
    /// property of their own, within the clause after the name, makes the official a party.
    func ownPropertyAfter(_ end: Int) -> Bool {
        let clause = clauseBounds(around: end)
        var index = end
        while index < min(clause.upperBound, end + 10) {
            defer { index += 1 }
            guard let owner = word(index), Scan.bytes(key(owner), isOneOf: ["sa", "son", "ses"]) else { continue }
            if let thing = word(index + 1), context.nameVocabulary.propertyNouns.contains(keyWithoutElision(thing)) { return true }
        }
        return false
    }

    func formerOffice(after end: Int) -> Bool {
        guard isPunct(end, ",") || isPunct(end, "(") || isPunct(end, "-") || isPunct(end, "–"), let former = word(end + 1) else { return false }
        // "Mme X, secrétaire de mairie retraitée": an agent's office that ended, as « ancienne ».
        if !Scan.bytes(key(former), isOneOf: Scan.electiveOffices) {
            var position = end + 2
            while position < tokens.count, position - end <= 6, let after = word(position) {
                if Scan.bytes(key(after), isOneOf: ["retraite", "retraitee", "retraites", "retraitees"]) { return true }
                position += 1
            }
        }
        guard Scan.bytes(key(former), isOneOf: ["ancien", "ancienne", "anciens", "anciennes", "ex"]) else { return false }
        // "Décès de Mme X, ancienne secrétaire de mairie – hommage": a former agent honoured is
        // honoured as a private person; only a former elected office or State office makes the
        // tribute a public one.
        guard let office = word(end + 2), Scan.bytes(key(office), isOneOf: Scan.electiveOffices) else { return true }
        // ("… remplace M. X, ancien maire": a seat handed over names both in their mandate.)
        return !tokens.contains {
            $0.isWord && (Scan.bytes(keyWithoutElision($0), isOneOf: Scan.publicHonours) || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.mandateEvents)
                || self.is($0, "remplace"))
        }
    }

    /// Offices held by election or from the State, whose former holders a tribute honours as
    /// public figures.
    static let electiveOffices: [StaticString] = ["maire", "maires", "adjoint", "adjointe", "conseiller", "conseillere", "depute", "deputee",
                                                  "senateur", "senatrice", "president", "presidente", "vice-president", "vice-presidente",
                                                  "ministre", "prefet", "prefete", "sous-prefet", "sous-prefete", "premier", "premiere", "elu", "elue"]

    /// ", nouveau conseiller communautaire de Saint-Paul": a councillor's seat of a council of
    /// elected members (not "conseiller municipal des enfants", a child's).
    func councilSeat(at index: Int) -> Bool {
        guard let kind = word(index + 1), Scan.councilKinds.contains(where: { self.is(kind, $0) }) else { return false }
        for offset in 2...3 {
            guard let after = word(index + offset) else { break }
            if Scan.citizenCouncils.contains(where: { self.is(after, $0) }) { return false }
        }
        return true
    }

    /// "désignation de M. X au conseil d'administration", "élection de Mme Y à la commission
    /// d'appel d'offres": the body a council sends the person to sits right after the name.
    func seatBodyAfter(_ end: Int) -> Bool {
        var position = end
        if isPunct(position, ",") { position += 1 }
        guard let joiner = word(position) else { return false }
        if self.is(joiner, "au") || self.is(joiner, "aux") {
            position += 1
        } else if self.is(joiner, "a"), let article = word(position + 1), self.is(article, "la") || self.is(article, "l'") {
            position += 2
        } else {
            return false
        }
        guard let body = word(position) else { return false }
        return Scan.bytes(keyWithoutElision(body), isOneOf: Scan.seatBodies)
    }

    func roleWordNear(start: Int, end: Int) -> Bool {
        var position = end
        // "M. Félix Armand - ancien curé de …": a dash before a past office.
        let dashedOffice = (isPunct(end, "-") || isPunct(end, "–")) && (word(end + 1).map { self.is($0, "ancien") || self.is($0, "ancienne") } ?? false)
        if isPunct(position, ",") || isPunct(position, "(") || dashedOffice { position += 1 }
        // "représentée par M. X, son président": the body's own office, after its possessive.
        if let article = word(position), self.is(article, "le") || self.is(article, "la")
            || isPunct(end, ",") && (self.is(article, "son") || self.is(article, "sa")) { position += 1 }
        position = afterOrdinal(position)
        // "… Olivero Robert Rapporteur M. Peltier": a role word right after the name (no comma)
        // and before a civility or a colon heads the next name, not this one.
        let apposition = isPunct(end, ",") || isPunct(end, "(") || dashedOffice
        // "M. X (titulaire) et Mme Y (suppléante)": a seat in parentheses after the name.
        if isPunct(end, "("), let seat = word(end + 1), Scan.seatWords.contains(where: { self.is(seat, $0) }), isPunct(end + 2, ")") {
            return true
        }
        // In apposition ("M. X, adjoint technique, …"), a grade names an agent in their function
        // too: the subject's own-situation check decides (`evaluate`).
        // "Mme X, rapporteur : M. Y": a role before a colon and a civility heads the next name.
        if let role = word(position), self.is(role, .role, bare: true), isPunct(end, ",") || !isGrade(after: position),
           !oldestInhabitant(position), !notAnOffice(position),
           apposition && !(isPunct(position + 1, ":") && civility(at: position + 2) != nil)
            || civility(at: position + 1) == nil && !isPunct(position + 1, ":") { return true }
        // "M. X est élu au troisième tour", "Mme Y est installée": a mandate event after the name.
        if let verb = word(end), self.is(verb, "est") || self.is(verb, "sont"), let event = word(end + 1),
           Scan.mandateParticiples.contains(where: { self.is(event, $0) }) { return true }
        var look = end
        var words = 0
        while look + 2 < tokens.count, words < 6 {
            if let token = word(look) {
                words += 1
                // "de ses fonctions de 3e adjoint": an ordinal may come before the role.
                if self.is(token, "qualite") || self.is(token, "fonctions") || self.is(token, "fonction"),
                   let article = word(look + 1), self.is(article, "de") || self.is(article, "d'"),
                   case let rolePosition = afterOrdinal(look + 2),
                   let role = word(rolePosition), self.is(role, .role, bare: true) { return !isGrade(after: rolePosition) }
                if self.is(token, "qualite") || self.is(token, "fonctions"), let role = word(look + 1), self.is(role, .role, bare: true) {
                    return !isGrade(after: look + 1)
                }
            }
            look += 1
        }
        var before = start - 1
        if isPunct(before, ":") || isPunct(before, ",") || isPunct(before, "(") { before -= 1 }
        // "M. le Maire-adjoint délégué aux Affaires maritimes (M. X) expose": a parenthesis too.
        if isPunct(start - 1, ",") || isPunct(start - 1, "(") {
            // A role set before the name by a comma: the same as a longer apposition.
            if roleInApposition(endingAt: before) { return true }
        } else if let role = word(before), self.is(role, .role, bare: true) {
            return true
        } else if before < start - 1, roleInApposition(endingAt: before) {
            return true
        }
        // "… comme déléguée au SIVOM", "… en tant que suppléant".
        var after = end
        if let link = word(after), self.is(link, "comme") { after += 1 }
        else if let en = word(after), self.is(en, "en"), let tant = word(after + 1), self.is(tant, "tant"),
                let que = word(after + 2), self.is(que, "que") || self.is(que, "qu'") { after += 3 }
        if after > end, let role = word(after), self.is(role, .role, bare: true) { return true }
        return pluralRoleAfterList(end)
    }

    /// "14 collèges concernés : Marguerite de Valois, Jules Michelet et Jules Verne à Angoulême":
    /// a name in a list whose heading, before a colon, holds a place, body or company word is
    /// one of those. The walk back crosses only the list (capitalised words, commas, links,
    /// articles, "à"), never a civility nor a family or designation word.
    func listHeading(before start: Int) -> Exemption? {
        var position = start - 1
        var steps = 0
        while position >= 0, steps < 48 {
            let token = tokens[position]
            if token.kind == .punct {
                if isPunct(position, ":") { return headingClass(before: position) }
                guard isPunct(position, ",") || isPunct(position, "-") || isPunct(position, "/") || isPunct(position, "'") else { return nil }
            } else if token.isWord {
                if token.startsUpper {
                    if self.is(token, [.civility, .family, .designation, .transaction]) { return nil }
                } else {
                    guard self.is(token, [.link, .particle, .titleArticle]) || Scan.listJoiners.contains(where: { self.is(token, $0) }) else {
                        return nil
                    }
                }
            }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// The class of the heading before a list's colon: a place, body or company word in the
    /// plural among its last four words ("collèges concernés", "associations bénéficiaires").
    /// A singular head ("Vente de terrain : Jean DUPONT") or a transaction, family or
    /// designation word before the colon says the list names the parties, not places.
    func headingClass(before colon: Int) -> Exemption? {
        for index in 0..<colon where tokens[index].isWord && self.is(tokens[index], [.transaction, .family, .designation, .civility]) {
            return nil
        }
        var position = colon - 1
        var words = 0
        while position >= 0, words < 4 {
            if tokens[position].kind == .number { position -= 1; continue }
            guard let token = word(position) else { return nil }
            if let last = key(token).last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x") {
                if self.is(token, .place, bare: true) { return .place }
                if self.is(token, .body, bare: true) { return .association }
                if self.is(token, .legalEntity, bare: true) { return .legalEntity }
            }
            words += 1
            position -= 1
        }
        return nil
    }

    /// "Installation de Madame Sophie MOUSNIER … au Conseil Municipal", "Élection de M. X,
    /// conseiller communautaire": a mandate event right before the name (installation,
    /// election, designation, resignation, replacement) in a subject that names a council or a
    /// councillor. Nobody typed the official in the config, yet the subject says the mandate.
    /// « extra-municipale », « membres non élus », « représentants des associations »: words
    /// that seat residents rather than councillors.
    func seatsResidents(_ index: Int) -> Bool {
        guard let token = word(index) else { return false }
        let bare = keyWithoutElision(token)
        if Scan.bytes(bare, isOneOf: Scan.civilSeats) || Scan.bytes(bare, isOneOf: ["extra-municipale", "extra-municipal", "extramunicipale",
                                                                                    "extramunicipal", "citoyens", "citoyennes"]) { return true }
        // (« électeurs non conseillers », « membres non élus ».)
        return self.is(token, "non") && (word(index + 1).map { Scan.bytes(key($0), isOneOf: ["elu", "elue", "elus", "elues", "conseiller", "conseillers",
                                                                                           "conseillere", "conseilleres"]) } ?? false)
    }

    func councilMandate(before start: Int, end: Int) -> Bool {
        var position = start - 1
        var words = 0
        // "représentation au sein du syndicat mixte : M. X remplace Mme Y, démissionnaire": the
        // verb that hands a seat over, after the successor or before the one who leaves.
        let handover: [StaticString] = ["remplace", "succede"]
        var event = word(end).map { Scan.bytes(key($0), isOneOf: handover) } ?? false
            || word(start - 1).map { Scan.bytes(key($0), isOneOf: handover) } ?? false
        var death = false
        while !event, position >= 0, words < 6 {
            if let token = word(position) {
                // Every event word starts with one of these letters: one byte read spares the
                // literal comparisons for the words of every other name ("Vente à M. …").
                let first = keyWithoutElision(token).first ?? 0
                if first == UInt8(ascii: "i") || first == UInt8(ascii: "e") || first == UInt8(ascii: "d") || first == UInt8(ascii: "r"),
                   Scan.bytes(keyWithoutElision(token), isOneOf: Scan.mandateEvents) {
                    // "aide à l'installation de M. X, jeune agriculteur": a grant to settle, not a seat.
                    // "Aide à la première installation : M. X": articles and an ordinal between.
                    var at = position - 1
                    while let skipped = word(at), self.is(skipped, [.titleArticle, .particle]) || self.is(skipped, "premiere"), position - at < 4 { at -= 1 }
                    if let preposition = word(at), self.is(preposition, "a"), let grant = word(at - 1),
                       Scan.bytes(key(grant), isOneOf: Scan.settlementGrants) { return false }
                    event = true
                    death = self.is(token, "deces")
                    break
                }
                // "REMPLACEMENT DE M. X, DÉCÉDÉ, PAR M. Y": the one who takes the seat over.
                // ("Remplacement de M. X, démissionnaire, au sein de la commission Travaux par
                // M. Y": the seat said between, up to twenty tokens.)
                // (« remplacement de Mme X, représentante de l'UDAF, par M. Y »: the successor
                // holds the same seat as a body's representative, not a councillor's.)
                if self.is(token, "par"), let replacement = (max(0, position - 20)..<position).last(where: { word($0).map { self.is($0, "remplacement") } ?? false }),
                   !(replacement..<position).contains(where: { word($0).map { Scan.bytes(key($0), isOneOf: ["representant", "representante", "representants", "representantes"]) } ?? false }) {
                    position = replacement
                    continue
                }
                // "installation dans ses fonctions de Mme X".
                guard self.is(token, [.particle, .titleArticle, .link]) || self.is(token, "d'")
                        || Scan.bytes(key(token), isOneOf: Scan.mandateJoiners) else { return false }
                words += 1
            } else if !isPunct(position, ":") && !(isPunct(position, ",") && position == start - 1) {
                return false
            }
            position -= 1
        }
        guard event else { return false }
        if !death, seatBodyAfter(end) { return true }
        // "Commission travaux : remplacement de M. X par Mme Y", "SYNDICAT MIXTE … – DESIGNATION
        // DE MME X ET M. Y": a seat in a council's commission or in a syndicate it joins.
        // (Not an extra-municipal commission nor « membres non élus »: residents sit there.)
        if !death, tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.councilBodies) }),
           !tokens.indices.contains(where: { seatsResidents($0) }) { return true }
        // "décès de Mlle X, doyenne de la commune": anybody's death may be told to the council;
        // it is a mandate's only for the office said right after the name.
        // "Installation de Mme X … suite au décès de M. Y" hands the dead councillor's seat over.
        if death {
            return officeInApposition(end) || tokens.contains { $0.isWord && !self.is($0, "deces")
                && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.mandateEvents) }
        }
        // "Installation d'Alain X en remplacement de Marie Y": a seat handed over.
        // "Installation d'Alain X en remplacement de Marie Y" (not "Remplacement du Dr X").
        if tokens.contains(where: { $0.isWord && self.is($0, "remplacement") }),
           tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.seatEvents) }) { return true }
        // "Suppression d'un poste d'Adjoint au Maire … - Démissions de M. X": an office named in
        // the subject says the mandate as a council would.
        if cellHas(.role), !namesCitizenCouncil { return true }
        for index in tokens.indices where tokens[index].isWord {
            let token = tokens[index]
            var council = false
            for literal in Scan.councilWords where self.is(token, literal) { council = true }
            guard council, let next = word(index + 1) else { continue }
            var kind = false
            for literal in Scan.councilKinds where self.is(next, literal) { kind = true }
            guard kind else { continue }
            // "Conseil municipal des enfants", "conseil municipal de jeunes": children and
            // citizens designated to a consultative council hold no mandate.
            var citizens = false
            for offset in 2...3 {
                guard let after = word(index + offset) else { break }
                if self.is(after, "delegue") || self.is(after, "deleguee") || self.is(after, "charge") || self.is(after, "chargee") { break }
                for literal in Scan.citizenCouncils where self.is(after, literal) { citizens = true }
            }
            if !citizens { return true }
        }
        return false
    }

    /// "adjoint technique", "conseiller numérique": a role word followed by a lower-case word
    /// other than those of an office ("adjointe aux finances", "conseiller municipal délégué")
    /// names an agent's grade or job, not a mandate.
    func isGrade(after roleIndex: Int) -> Bool {
        guard let next = word(roleIndex + 1), !next.startsUpper else { return false }
        // "Premier ministre", "maire adjoint": a role word after a role word is an office.
        if self.is(next, .role) { return false }
        // "sous-préfet d'arrondissement", "directrice d'école": a complement with "de" elided.
        if keyWithoutElision(next).count != key(next).count { return false }
        for literal in Scan.officeWords where self.is(next, literal) { return false }
        return !self.is(next, .roleQualifier)
    }

    /// A transaction or payment word earlier in the subject, the name right after "à", "de",
    /// "auprès de", "avec" or "par" ("Vente d'un garage communal à Théo Marchand").
    func distantTrigger(_ start: Int) -> Bool {
        // "remise en service des digesteurs de X": works, not a payment.
        linkedAfter(start, window: 12) { self.is(tokens[$0], .transaction) && !followedByEn($0) }
    }

    /// A linking word ("à", "de", "par"…) right before `start` and, among the `window` tokens
    /// before it, a word that `counts` (a payment for `distantTrigger`, a file word for
    /// `fileWordBefore`).
    func linkedAfter(_ start: Int, window: Int, _ counts: (Int) -> Bool) -> Bool {
        guard let previous = word(start - 1), Scan.linkingWords.contains(where: { self.is(previous, $0) }) else { return false }
        for index in max(0, start - window)..<(start - 1) where tokens[index].isWord && counts(index) { return true }
        return false
    }

    /// Whether the word at `index` is followed by "en" ("remise en état", "mise en vente").
    func followedByEn(_ index: Int) -> Bool {
        word(index + 1).map { self.is($0, "en") } ?? false
    }
}

extension Scan {
    /// ", adjoint technique", ", rédactrice principale", "(attaché territorial)": a civil-service
    /// grade in apposition names an agent by career, not by office. In a deliberation that is
    /// nearly always the agent's own file (recruitment, hours, training, exam, indemnity): 668
    /// of 689 such names in the evaluation sets are labelled private; the others present or
    /// instruct the point (`presentsThePoint`) or head a list of staff (`roleHeading`).
    func agentGrade(after end: Int) -> Bool {
        var position = end
        if isPunct(position, ",") || isPunct(position, "(") || isPunct(position, "-") || isPunct(position, "–") { position += 1 }
        guard let role = word(position) else { return false }
        let roleKey = key(role)
        if Scan.bytes(roleKey, isOneOf: Scan.gradeNouns) {
            // "technicien forestier de l'ONF", "technicien rivière": a specialist of another
            // body who acts in the point, not a grade of the commune's staff.
            guard let next = word(position + 1), !next.startsUpper else { return true }
            return Scan.bytes(keyWithoutElision(next), isOneOf: Scan.gradeComplements)
        }
        guard Scan.bytes(roleKey, isOneOf: Scan.gradedDeputies), let next = word(position + 1) else { return false }
        if Scan.bytes(keyWithoutElision(next), isOneOf: Scan.deputyGrades) { return true }
        // "adjoint du patrimoine"
        return self.is(next, "du") && (word(position + 2).map { self.is($0, "patrimoine") } ?? false)
    }
}
