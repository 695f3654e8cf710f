import Foundation

/// A name introduced by a civility (`handleCivility`) and its verdict (`evaluate`).
extension Scan {
    func handleCivility(at start: Int, after: Int, inherited: Exemption? = nil, emit: Emit) -> Int {
        let civilityToken = tokens[start]
        var position = after
        // Couples: "M. et Mme", "Monsieur et Madame".
        while let link = word(position), self.is(link, .link), let next = civility(at: position + 1) {
            position = next
        }
        // Role phrases: "M. le Maire", "Madame la Présidente", "Monsieur l'Adjoint".
        if let article = word(position) {
            var roleIndex: Int?
            if self.is(article, "le") || self.is(article, "la"), let role = word(position + 1), self.is(role, .role) {
                roleIndex = position + 1
            } else {
                let articleKey = key(article)
                if articleKey.count > 2, articleKey[0] == UInt8(ascii: "l"), articleKey[1] == UInt8(ascii: "'"),
                   self.is(article, .role, bare: true) {
                    roleIndex = position
                }
            }
            if let roleIndex {
                var end = roleIndex + 1
                while let more = word(end), self.is(more, [.role, .roleQualifier]) { end += 1 }
                let name = consumeName(from: end)
                if name.parts.isEmpty {
                    emit(start, end, .exempt(.role), "fonction sans nom, après une civilité")
                    return end
                }
                // "M. le Préfet Pierre Dartout": the person is named in the role just written,
                // unless the subject decides on their own situation.
                if !triggerBefore(start), !ownSituation(start, name.end) {
                    emit(start, name.end, .exempt(.namedInRole), "déclencheur : civilité ; élu ou agent nommé dans sa fonction")
                    return name.end
                }
                return evaluate(start: start, nameStart: name.parts[0], name: name, civility: civilityToken, inherited: inherited, emit: emit)
            }
        }
        // "Mme épouse MARTIN née LEFEBVRE", "Mme veuve PERRIN": a marital word between the
        // civility and the name.
        // "mme veuve gisele thomas": in lower case after a lower-case civility.
        // "MME VEUVE LACROIX": in a subject in capitals, the marital word is in capitals too.
        while let marital = word(position), !marital.startsUpper || (shouting || !marital.allCaps) && self.is(marital, .family), self.is(marital, .birthName),
              let following = word(position + 1), following.startsUpper || !civilityToken.startsUpper && !self.is(following, .birthName) {
            position += 1
        }
        // "M. serge boucher": a name written in lower case after a capital civility.
        let lowercaseName = !civilityToken.startsUpper || (word(position).map { !$0.startsUpper && isFirstName($0) } ?? false)
            || lowercaseSurnameFirst(at: position) || lowercaseParticleSurname(at: position)
        var name = consumeName(from: position, afterCivility: true, lowercase: lowercaseName)
        // "des époux da silva ferreira": a surname opened by its particles in lower case.
        if name.parts.isEmpty, let end = particleOpenedSurname(from: position, article: false) {
            name.parts = Array(position..<end)
            name.end = end
            name.sawSurnameShape = true
        }
        extendTrailingGiven(&name)
        // "MME SANDRINE PETIT ÉPOUSE BLANC": a word of the same case before « épouse », « née »
        // is the surname, whatever else it means.
        if let last = name.parts.last, let next = word(name.end), next.startsUpper == tokens[last].startsUpper, next.allCaps == tokens[last].allCaps,
           let marker = word(name.end + 1), self.is(marker, .birthName), word(name.end + 2) != nil,
           !self.is(next, [.place, .body, .legalEntity, .role, .link, .civility, .birthName, .particle, .titleArticle]) {
            name.parts.append(name.end)
            name.end += 1
            name.sawSurnameShape = true
            // "… ÉPOUSE BLANC": the other name after the marker, in the same case, goes with it.
            // ("LIEU DIT PENKER": « dit » also names a place.)
            if let marker = word(name.end), !self.is(marker, "dit"), !self.is(marker, "dite"), !self.is(marker, "alias"),
               let other = word(name.end + 1), other.startsUpper, other.allCaps == tokens[name.end - 1].allCaps,
               !self.is(other, [.place, .body, .legalEntity, .role, .link, .civility, .birthName, .titleArticle]) {
                name.parts.append(name.end + 1)
                name.end += 2
            }
        }
        // "mme diallo grace (75€)", "mr nguyen duc, 90 €": in lower case, one surname then one more
        // word closed by a mark is the person's first name written after it, whatever it spells
        // (not a role, a person's noun or a place: « mme x presidente, »).
        if name.parts.count == 1, !civilityToken.startsUpper, let surname = word(name.parts[0]), !surname.startsUpper,
           name.end == name.parts[0] + 1, let given = word(name.end), !given.startsUpper, given.scalars >= 2,
           name.end + 1 >= tokens.count || isPunct(name.end + 1, "(") || isPunct(name.end + 1, ",") || isPunct(name.end + 1, ";"),
           !self.is(given, [.place, .body, .legalEntity, .role, .rolePlural, .link, .civility, .birthName, .particle, .titleArticle,
                            .personNoun, .family, .designation, .transaction, .roleQualifier], bare: true),
           !Scan.bytes(key(given), isOneOf: Scan.prepositions), !Scan.personQualifiers.contains(where: { self.is(given, $0) }) {
            name.parts.append(name.end)
            name.end += 1
        }
        guard !name.parts.isEmpty else { return after }
        return evaluate(start: start, nameStart: name.parts[0], name: name, civility: civilityToken, inherited: inherited, emit: emit)
    }

    /// Decides a name introduced by `civility` (or by a naming word, with its own `trigger`
    /// label; `decisive` when that word says a person is named whatever the name's words).
    func evaluate(start: Int, nameStart: Int, name: Name, civility: Token, trigger label: String? = nil,
                          decisive decisiveTrigger: Bool = false, inherited: Exemption? = nil, emit: Emit) -> Int {
        // The evidence names the class of clue, never the words (issue 12).
        let trigger = label ?? (civility.startsUpper ? "déclencheur : civilité" : "déclencheur : civilité en minuscules")
        // "hébergés chez l'habitant M. X", "le locataire Mme Y": the person is designated as a
        // private party right before the civility; no context makes them public.
        // "l'élève du conservatoire M. X": or with the place it belongs to in between.
        func privateNoun(_ token: Token?) -> Bool { token.map { self.is($0, .personNoun, bare: true) && !self.is($0, .role, bare: true) } ?? false }
        let complementedNoun = word(start - 2).map { self.is($0, "du") || self.is($0, "de") || self.is($0, "des") } == true
            && word(start - 1).map { !$0.startsUpper && !self.is($0, .role, bare: true) } == true
        // "travaux à la charge des ayants droit, Mme X et M. Y": heirs or a family in apposition.
        let heirs = isPunct(start - 1, ",") && (word(start - 2).map { self.is($0, .family, bare: true) } == true
            || word(start - 2).map { self.is($0, "droit") } == true && word(start - 3).map { self.is($0, "ayants") || self.is($0, "ayant") } == true)
        if privateNoun(word(start - 1)) || complementedNoun && privateNoun(word(start - 3)) || heirs {
            let end = addressEnd(after: name.end) ?? name.end
            emit(nameStart, end, .occult, trigger + " ; mot qui désigne un particulier par son métier ou sa situation")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        // "Hommage aux doyens : Mme X (104 ans)", "Centenaires : Mme Y (12/03/1925)", "Centenaire
        // de M. Z": an age, a birth date or a private celebration says a living private person.
        // (In parentheses: « M. X, 21 ans, plus jeune conseiller municipal » keeps his seat.)
        if isPunct(name.end, "(") && agedAfter(name.end) || birthDateAfter(name.end) || celebrationBefore(start) {
            let end = addressEnd(after: name.end) ?? name.end
            emit(nameStart, end, .occult, trigger + " ; âge, naissance ou anniversaire d'un particulier")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        let isTitle = self.is(civility, .title)
        // "acquisition terrain vve X", "maison M. Y": a file word right before a civility
        // designates the person's property, not a place named after them.
        // "ses frères MM. Éric et Pascal X", "leur fille Mme Y": a relative, not a firm's name.
        let fileWordRightBefore = !isTitle && (word(start - 1).map { self.is($0, .designation, bare: true) } ?? false)
            || (word(start - 1).map { !$0.startsUpper } ?? false) && (word(start - 2).map { Scan.bytes(key($0), isOneOf: Scan.possessives) } ?? false)
        // "Maison de santé Docteur X": a title may follow a facility word and its complement.
        // "concession cimetiere mme lecluse": a civility in lower case names a place only right
        // after a way's word ("rue mme de sevigne"); sloppy text names people after any noun.
        // "location salle Mme Correia", "gite Mme Kervella": an abbreviated civility (not
        // "Madame", not a title) names no venue either; venues take a full name.
        // ("OCCE M. CURIE", "association Mme de Staël": a body's name may still abbreviate its
        // eponym's civility.)
        let abbreviated = Scan.bytes(key(civility), isOneOf: ["m", "mr", "mme", "mlle", "melle", "mmes", "mm"])
            // (In a subject all in capitals every word is: a firm's word there, « AIDE ENERGIE
            // M. X », names no firm after its eponym.)
            && !(word(start - 1).map { $0.allCaps && !(shouting && self.is($0, .legalEntity, bare: true)) || self.is($0, .body, bare: true) } ?? false)
        // ("LOCATION SALLE DES FETES MR SY": « Mr » never opens a venue's name.)
        let sloppyCivilityInPlace = (!civility.startsUpper || abbreviated || Scan.bytes(key(civility), isOneOf: ["mr"])) && !isTitle
            && !(word(start - 1).map { Scan.bytes(key($0), isOneOf: Scan.roadWords) || self.is($0, "place") } ?? false)
        // "(traiteur M. X, micro-entrepreneur)": a trade's word before a sole trader names the
        // person's own business. "cabinet du Dr X": a doctor's practice is the doctor.
        if !fileWordRightBefore, !sloppyCivilityInPlace, !ownPropertyTransacted(before: start), !doctorsPractice(before: start, civility: civility),
           let exemption = contextBefore(start, allowTitleSkip: isTitle, complements: isTitle && civility.startsUpper), !soleTraderAfter(name.end) {
            emit(start, name.end, .exempt(exemption), trigger + ", dans une dénomination")
            return name.end
        }
        // "Jury : MM. Gaël PERDRIAU et Jean-Pierre BERGER": a plural civility reads both names as
        // one; each is matched against the declared officials.
        if !context.officials.names.isEmpty, isPluralCivility(civility) {
            var groups = linkedNameGroups(name.parts)
            var end = name.end
            // « MM. GAEL PERDRIAU ET JEAN-PIERRE BERGER »: in capitals the last name may stop
            // before a surname that is also a French word; an official's full name takes it back.
            if let last = groups.last, !isOfficial(last), word(end) != nil, isOfficial(last + [end]) {
                groups[groups.count - 1].append(end)
                end += 1
            }
            if groups.count >= 2, groups.contains(where: isOfficial), !ownSituation(start, end) {
                for (offset, group) in groups.enumerated() {
                    let from = offset == 0 ? start : group[0]
                    if isOfficial(group) {
                        emit(from, group.last! + 1, .exempt(.official), trigger + " ; élu déclaré dans la configuration")
                    } else {
                        emit(group[0], group.last! + 1, .occult, trigger + " ; nom coordonné à celui d'un élu déclaré, hors de la configuration")
                    }
                }
                return end
            }
        }
        if isOfficial(name.parts) {
            // (« Vente à M. X, maire, d'un délaissé »: the official buys, a party of their own.)
            if ownSituation(start, name.end) || officialBuys(start) {
                emit(nameStart, name.end, .uncertain, trigger + " ; élu de la configuration, mais décision sur sa situation personnelle")
            } else {
                emit(start, name.end, .exempt(.official), trigger + " ; élu déclaré dans la configuration")
            }
            return name.end
        }
        // "Cession à M. Jean MOULIN, exploitant agricole", "vendeur : M. Anatole FRANCE": a plain
        // civility in a file names a living homonym; a historic figure goes by it only in a tribute.
        // "concession au nom de M. Jean MOULIN, demeurant …": an address is a living person's.
        let homonym = !isTitle && (cellHas(.transaction) || triggerBefore(start) || ownSituation(start, name.end) || addressEnd(after: name.end) != nil
                                    || residenceAfter(name.end) || privateMarkerAfter(name.end))
            && !commemorated(before: start)
        if honoursPosthumously, !volunteerAfter(name.end) {
            emit(start, name.end, .exempt(.publicFigure), trigger + " ; personne honorée à titre posthume")
            return name.end
        }
        // "conférence du Pr X", "référent scientifique : Pr Y", "le Dr Z, service de pneumologie du
        // CHU": a professor, or a doctor of a hospital or a university, acting in that post (a
        // private practitioner under convention, « cabinet du Dr X », stays private).
        if academicPost(civility: civility, start: start), !triggerBefore(start), !ownSituation(start, name.end), !honoraryCitizenship,
           !privateMarkerAfter(name.end), !residenceAfter(name.end) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; enseignant-chercheur ou médecin hospitalier dans sa fonction")
            return coordinated(after: name.end, verdict: .exempt(.namedInRole), emit: emit)
        }
        // "au docteur Ange X (1902-1979)": a person of a past time, whatever the file.
        if lifespanAfter(name.end), !fileWordRightBefore, !triggerBefore(start) {
            emit(start, name.end, .exempt(.publicFigure), trigger + " ; personne d'un temps passé, années de naissance et de mort")
            return name.end
        }
        if isPublicFigure(name.parts), !homonym {
            emit(start, name.end, .exempt(.publicFigure), trigger + " ; personnalité historique")
            return name.end
        }
        // "Hommage à la mémoire de monsieur X": a tribute by civility is paid to a private
        // person (a resident, a former agent) unless an office says otherwise (« ancien maire »,
        // handled by the role checks below), the person is a public figure of the list, or a
        // statue or a monument is raised to them.
        if commemorated(before: start, monumentsOnly: true), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.publicFigure), trigger + " ; personne honorée par une statue ou un monument")
            return name.end
        }
        // A surveyor, an architect, a notary under a heading (« géomètre : Cabinet X, M. Y »).
        if professionHeading(before: start), !ownSituation(start, name.end), !privateStanding(before: start, after: name.end) {
            emit(start, name.end, .exempt(.profession), trigger + " ; professionnel dans l'exercice de sa profession")
            return name.end
        }
        // "Maître" is the title of notaries and lawyers, used when they act professionally;
        // a profession right after the name ("…, architecte") says the same for anyone.
        // "Citoyenneté d'honneur : Mme X, avocate", "Distinction remise à Mme Y, cheffe
        // cuisinière": an honour is conferred on the person, not on the profession's work.
        // "Vacations des médecins : Dr X" (paid by the commune), "Acquisition du cabinet médical
        // du Dr Y" (the seller): a party, whatever the title.
        if (self.is(civility, .professionalCivility) || professionAfter(name.end) || professionBefore(start)) && !wagedBefore(start)
            && !clauseHas(Scan.honourWords, before: start) && !ownPropertyTransacted(before: start) && !soleTraderBefore(start)
            // ("M. X, paysagiste exerçant sous le nom commercial « … »": a sole trader.)
            && !soleTraderAfter(name.end)
            // ("signer un bail professionnel avec Me X, avocate": the tenant, not counsel.)
            && !tenantOfLease(start)
            // "Renouvellement du contrat de M. X, médiateur social": the person's own contract.
            && !contractOf(start)
            && !agentInOwnSituation(civility: civility, start: start, end: name.end)
            // "SAS LES ATELIERS DU MIDI (dirigeant M. X)": a firm's own officer is a private person.
            && !privateStanding(before: start, after: name.end) {
            emit(start, name.end, .exempt(.profession), trigger + " ; professionnel dans l'exercice de sa profession")
            return name.end
        }
        // "Lauréats : Mme X et M. Y", "Installation de Mme X et de M. Y": a person coordinated
        // right after one kept as artist or as named in a mandate shares that decision.
        // "… M. BERNARD ETCHART ET M. JOSEPH IRIGOYEN, PROPRIETAIRE DU MOULIN": a private capacity
        // after the name breaks the inheritance.
        // "… et de M. Y, descendant du concessionnaire", "…, petit-fils": a relative or an heir.
        let apposition = isPunct(name.end, ",") ? word(name.end + 1) : nil
        let privateCapacityWord = apposition.map { Scan.bytes(key($0), isOneOf: Scan.privateCapacityWords) } ?? false
        let privateCapacity = privateCapacityWord || (apposition.map {
            self.is($0, .personNoun, bare: true) && !self.is($0, .role, bare: true) || self.is($0, .family)
        } ?? false)
        // "… Mme X, vice-présidente, et de M. Y, représentant des usagers": a resident's seat of
        // their own breaks it too.
        lazy var privateSeat = privateStanding(before: start, after: name.end)
        if let inherited, !privateCapacity, !triggerBefore(start), !ownSituation(start, name.end), !privateSeat {
            emit(start, name.end, .exempt(inherited), trigger + " ; coordonné à un nom conservé au même titre")
            return name.end
        }
        // "Contrat d'engagement de M. X, percussionniste", "vacations de M. Y, historien",
        // "dotation au lauréat M. Z": paid by the commune, the artist or expert is a party.
        // ("Résiliation du contrat de M. X, photographe": the contract is the person's own.)
        // ("Prix de l'affiche : M. X et Mlle Y, élèves de 4e": pupils rewarded are private.)
        // ("hébergement des musiciens chez M. et Mme X": the home of a host, a private party.)
        lazy var paid = paidParty(before: start) || soleTraderAfter(name.end) || contractOf(start) || premisesLetTo(start) || pupilAfter(name.end)
            || word(start - 1).map { !$0.startsUpper && self.is($0, "chez") } == true || paidAfter(name.end)
        // "chorale dirigée par Mme X, bénévole": a volunteer or a resident in apposition is no
        // artist of a programme.
        // ("ASSOC. « LES AMIS DE L'ORGUE » – PRES. M. X": the association's officer.)
        // (Lazy: asked only for the few names a programme would keep.)
        // ("jury de la résidence : M. X et Mme Y, habitants du quartier": a private seat.)
        // ("Médaille de la ville à Mme X, organiste de la chapelle": a resident honoured.)
        lazy var volunteer = privateCapacityWord || associationOfficer(start: start, end: name.end) || coordinationClosedByResidents(after: name.end)
            || clauseHas(["medaille", "medailles"], before: start)
        if artistAfter(name.end), !paid, !volunteer, !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.culturalProgramme), trigger + " ; artiste nommé par son art")
            return name.end
        }
        // ("désignation de Mme X, représentante des usagers, au conseil de la médiathèque": a
        // seat of their own; « prêt par Mme Y de souvenirs de l'écrivain »: a lender.)
        if culturalContext(before: start) || artistBefore(start), !paid, !volunteer, !ownSituation(start, name.end), !triggerBefore(start),
           !privateSeat, !lenderOrDonor(before: start), !listClosedByPrivateCapacity(after: name.end) {
            emit(start, name.end, .exempt(.culturalProgramme), trigger + " ; artiste ou lauréat d'une programmation culturelle")
            return name.end
        }
        // "désignation des propriétaires … : M. X", "Mme Y, présidente de l'ASL": a seat or an
        // office held as a private party is no public office (`privateSeat`, above).
        if councilMandate(before: start, end: name.end), !privateSeat, !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; élu installé, élu ou désigné dans un mandat")
            return name.end
        }
        // (« Vœu … – audition de M. X, président de la Maison de la Culture », « question orale de
        // M. Y (public) », « question écrite de M. et Mme Z, domiciliés … »: a body's officer, a
        // resident.)
        if sessionAuthor(start), !triggerBefore(start), !ownSituation(start, name.end), !privateSeat, !residenceAfter(name.end),
           !(isPunct(name.end, "(") && word(name.end + 1).map { self.is($0, "public") } == true) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; élu auteur d'une question, d'un vœu ou d'une motion en séance")
            return name.end
        }
        // ("lot 6 serrurerie : M. X, EI": a sole trader listed under a heading.)
        if roleHeading(before: start), !privateSeat, !ownSituation(start, name.end), !soleTraderAfter(name.end) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; liste de membres après un en-tête de fonction ou de mandat")
            return name.end
        }
        // Asked late: few names reach it, and it reads the whole cell.
        // (« Retrait de la délégation de fonctions accordée à Mme X »: a decision on her.)
        if isSignatureDelegation(before: start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; délégation de signature, élu ou agent dans sa fonction")
            return name.end
        }
        if roleNear(start: start, end: name.end) || roleBefore(civility: start) {
            if privateSeat {
                emit(nameStart, name.end, .occult, trigger + " ; fonction ou siège tenu à titre privé")
                return coordinated(after: name.end, verdict: .occult, emit: emit)
            }
            // "Rapporteur : M. X, conseiller délégué. Objet : création d'une prime …": whoever
            // presents the point is not the one it decides on.
            if !presentsThePoint(start: start, end: name.end),
               triggerBefore(start) || recipientOfTransaction(start) || ownSituation(start, name.end) || agentGrade(after: name.end) || contractOf(start)
                || formerOffice(after: name.end) || ownPropertyAfter(name.end)
                // ("Contrat de prestation avec M. X, éducateur sportif auto-entrepreneur": a
                // sole trader, whatever the trade's title.)
                || soleTraderAfter(name.end) {
                emit(nameStart, name.end, .occult, trigger + " ; nommé dans une fonction, mais décision sur sa situation personnelle")
            } else {
                emit(start, name.end, .exempt(.namedInRole), trigger + " ; élu ou agent nommé dans sa fonction")
            }
            return name.end
        }
        if memberCommuneDelegate(end: name.end), !privateSeat, !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), trigger + " ; délégué d'une commune membre, élu ou désigné dans un mandat")
            return name.end
        }
        let end = addressEnd(after: name.end) ?? name.end
        let allCommon = name.parts.allSatisfy {
            self.is(tokens[$0], .commonWord) && !isFirstName(tokens[$0])
        }
        let decisive = allCommon && (decisiveTrigger || triggerBefore(start) || distantTrigger(start))
        let verdict: Verdict = allCommon && !decisive ? .uncertain : .occult
        emit(nameStart, end, verdict, allCommon && !decisive ? trigger + " ; mots du vocabulaire courant" : trigger)
        return coordinated(after: end, verdict: verdict, pluralCivility: isPluralCivility(civility), emit: emit)
    }

    /// "Protection fonctionnelle à M. X, médiateur municipal", "Prime versée à Mme Y,
    /// médiatrice": a profession that is also a post of the commune's (a role word in
    /// apposition) says an agent, whose own situation the subject decides. Counsel (« Maître »)
    /// and an architect's settlement stay professionals.
    func agentInOwnSituation(civility: Token, start: Int, end: Int) -> Bool {
        !self.is(civility, .professionalCivility) && isPunct(end, ",") && (word(end + 1).map { self.is($0, .role, bare: true) } ?? false)
            && ownSituation(start, end)
    }
}
