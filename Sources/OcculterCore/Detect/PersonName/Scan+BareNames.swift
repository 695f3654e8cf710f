import Foundation

/// A name without civility (`handleBareName`): a first name and a surname, a surname before a
/// first name, or initials before a surname in capitals.
extension Scan {
    /// A name without civility: a first name from the list followed by a surname, a
    /// capitalised surname followed by a first name, or initials before a surname in capitals.
    func handleBareName(at start: Int, clue evidence: String, placeListed: Bool = false, inherited: Exemption? = nil, emit: Emit) -> Int? {
        var start = start
        var name = consumeName(from: start, linkCivilities: false)
        // ("enfant Van. Diaye": a particle before a dot is no name; nothing was read.)
        guard name.end > start, !name.parts.isEmpty else { return nil }
        if placeListed, name.parts.count >= 2, !triggerBefore(start) {
            emit(start, name.end, .exempt(.place), evidence + ", dans une liste de lieux coordonnée à un nom de lieu")
            return name.end
        }
        // "concerts de Melody Gardot et d'Ibrahim Maalouf": an artist coordinated right after
        // one kept in the programme shares that decision.
        // "les vice-présidents MM. Olivier X, Jean-Marc Y, …": office holders listed after one
        // kept in that office share it too.
        if let inherited, inherited == .culturalProgramme || inherited == .namedInRole || inherited == .official,
           name.parts.count >= 2, !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(inherited == .official ? .namedInRole : inherited), evidence + " ; coordonné à un nom conservé au même titre")
            return name.end
        }
        // "Élection des membres de la CLECT : A. DUMAS (Chambles), F. BRUYÈRE (Périgneux)": a
        // name followed by its commune in a subject electing to a council or a syndicate.
        if name.parts.count >= 2, memberCommuneDelegate(end: name.end), !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), evidence + " ; délégué d'une commune membre, élu ou désigné dans un mandat")
            return coordinated(after: name.end, verdict: .exempt(.namedInRole), emit: emit)
        }
        if name.parts.count == 1, isFirstName(tokens[start]), triggerBefore(start) || distantTrigger(start) { extendWithCommonSurname(&name) }
        if name.parts.count == 1, let surnameStart = surnameWrittenFirst(before: start) {
            // "Cession à Blanc Pierre du lot 3": the surname before a lone first name.
            emit(surnameStart, name.end, .occult, evidence + ", nom écrit avant le prénom après un mot déclencheur")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // "Leblanc Maryse : acquisition …", "Kerbrat-Le Guen Soazig – demande d'aide": a
        // subject headed by a surname then a first name names its party.
        if name.parts.count == 1, !self.is(tokens[start], .commonWord), let surnameStart = headingSurnameFirst(before: start, end: name.end) {
            emit(surnameStart, name.end, .occult, evidence + ", nom écrit avant le prénom en tête de l'objet")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // "Bail Chouvel Mathieu (hors GAEC)", "Abonnement eau Diallo Mamadou – annulation": in the
        // subject of a file, a capitalised word of no list right before a lone first name that
        // closes the name is the surname written first.
        if name.parts.count == 1, !self.is(tokens[start], .commonWord), let surnameStart = fileSurnameFirst(before: start, end: name.end) {
            emit(surnameStart, name.end, .occult, evidence + ", nom écrit avant le prénom dans l'objet d'un dossier")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // "inscription de Fillet Baptiste", "de Marcerou Marie épouse Ganet": the surname
        // before the first name after a preposition; the name then goes through every
        // exemption below.
        var linkedSurnameFirst = false
        if isFirstName(tokens[start]), surnameFirstAfterLink(before: start), !isPublicFigure(name.parts) {
            start -= 1
            name.parts.insert(start, at: 0)
            name.sawSurnameShape = true
            linkedSurnameFirst = true
        }
        // "Legs de Jacques, ancien gestionnaire…": a lone first name after a file word may be
        // the party's, written without surname: held for review.
        if name.parts.count == 1, isFirstName(tokens[start]), fileWordBefore(start), !(word(name.end)?.startsUpper ?? false),
           contextBefore(start, allowTitleSkip: false) == nil, !isCommune(around: start, end: name.end), !inFirmName(start) {
            emit(start, name.end, .uncertain, evidence + " ; prénom seul après un mot de désignation")
            return name.end
        }
        // "sa fille AGATHE", "ses frères Enzo et Nolann", "parents de Fanta et d'Ibrahim": a lone
        // first name after a word of kinship is a child's or a relative's; in a children's or
        // young people's council ("CMJ : Naïm et Yasmine présentent…"), a member's.
        // ("Lilou et Timéo": first names coordinated in one name are read together.)
        if name.parts.allSatisfy({ isFirstName(tokens[$0]) && !tokens[$0].allCaps || shouting }), name.parts.count == 1 || !shouting,
           isFirstName(tokens[start]), !self.is(tokens[start], .commonWord) || tokens[start].startsUpper,
           kinBefore(start) || namesCitizenCouncil && !isOfficial(name.parts),
           contextBefore(start, allowTitleSkip: false) == nil, !isCommune(around: start, end: name.end), !isPublicFigure(name.parts) {
            emit(start, name.end, .occult, evidence + (kinBefore(start) ? " ; prénom seul après un mot de parenté" : " ; prénom seul d'un membre d'un conseil d'enfants ou de jeunes"))
            return coordinatedFirstNames(after: name.end, emit: emit)
        }
        // "convention de stage de Clara, élève de 3e": a lone first name that a word for a
        // private person (a pupil, a tenant) describes right after it.
        if name.parts.count == 1, isFirstName(tokens[start]), isPunct(name.end, ","),
           let noun = word(name.end + 1), self.is(noun, .personNoun, bare: true), !self.is(noun, .role, bare: true),
           contextBefore(start, allowTitleSkip: false) == nil, !isCommune(around: start, end: name.end), !isPublicFigure(name.parts) {
            emit(start, name.end, .occult, evidence + " ; prénom seul suivi d'un mot qui désigne un particulier")
            return name.end
        }
        if namedCommuneBefore(start) {
            emit(start, name.end, .exempt(.place), evidence + ", dans le nom d'une commune")
            return name.end
        }
        // "à la jeune Chloé DUMAS", "parents de la jeune Fatou": « jeune » in lower case after
        // an article designates a child or a teenager, whatever the rest of the subject says.
        if youngBefore(start), isFirstName(tokens[start]), !isPublicFigure(name.parts) {
            // ("la jeune Chloé V. de la MECS Saint-Joseph": a particle after an initial opens
            // the home's name, not the surname.)
            let end = ((start + 2)..<max(start + 2, name.end)).first(where: { word($0).map(isParticle) == true && isPunct($0 - 1, ".") }) ?? name.end
            emit(start, end, .occult, evidence + " ; mot qui désigne un particulier par son âge")
            return end < name.end ? end : coordinated(after: end, verdict: .occult, emit: emit)
        }
        guard name.parts.count >= 2 else { return nil }
        // "Menuiserie Hubert Koenig (entreprise individuelle)": the trade name of a sole trader.
        if soleTraderAfter(name.end) {
            emit(start, name.end, .occult, evidence + " ; entrepreneur individuel")
            return name.end
        }
        if awardedContract(before: start) {
            emit(start, name.end, .exempt(.legalEntity), evidence + ", attributaire d'un marché public nommé sans civilité")
            return name.end
        }
        if isPublicFigure(name.parts) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personnalité historique")
            return name.end
        }
        let volunteerHonoured = volunteerAfter(name.end)
        if honoursPosthumously, !volunteerHonoured {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personne honorée à titre posthume")
            return name.end
        }
        if lifespanAfter(name.end), !fileWordBefore(start) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personne d'un temps passé, années de naissance et de mort")
            return name.end
        }
        // "Citoyenneté d'honneur à Boualem Sansal": a public figure, named without civility.
        // (The title is the decision on the person, hence no own-situation check.)
        // ("son fils Alpha Oumar BAH": a relative, the first name read apart or not.)
        if honouredCitizen(start: start, end: name.end),
           !(word(start - 1).map { isFirstName($0) } == true && kinBefore(start - 1)) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personnalité faite citoyenne d'honneur")
            return name.end
        }
        if titleOfWork(around: start, end: name.end) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; nom dans le titre d'une œuvre ou d'une manifestation")
            return name.end
        }
        if renownedAthlete(start: start, end: name.end), !fileWordBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; sportif de renom, titré aux Jeux ou au championnat du monde")
            return coordinated(after: name.end, verdict: .exempt(.publicFigure), emit: emit)
        }
        if honouredGrave(before: start) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; tombe d'un religieux ou d'un militaire entretenue ou honorée")
            return name.end
        }
        if heritageGrave(before: start) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; tombe restaurée ou honorée comme patrimoine")
            return name.end
        }
        if commemorated(before: start), !ownSituation(start, name.end), !volunteerHonoured {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personne commémorée par un monument ou un hommage")
            return name.end
        }
        // Two first names ("Julien Bertin") make a name only after a trigger ("indemnisation de");
        // with a transaction or payment elsewhere in the subject they go to review.
        // "legs de Roland et Jeanine": first names alone after a file word name its parties.
        if !name.sawSurnameShape, !triggerBefore(start), fileWordBefore(start), !isPublicFigure(name.parts),
           contextBefore(start, allowTitleSkip: false, throughNames: true) == nil, !isCommune(around: start, end: name.end) {
            emit(start, name.end, .occult, evidence + ", prénoms seuls après un mot de désignation")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // "Commune de Domme c/ Jean Lambert": the other party of a lawsuit, in mixed case.
        if isPunct(start - 1, "/"), let c = word(start - 2), self.is(c, "c"), name.parts.count >= 2, !isPublicFigure(name.parts),
           !companyAfter(name.end), !isOfficial(name.parts) {
            emit(start, name.end, .occult, evidence + " ; partie adverse après « c/ »")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        if grantHeading(before: start), !isPublicFigure(name.parts), !isOfficial(name.parts), !presentsThePoint(start: start, end: name.end),
           contextBefore(start, allowTitleSkip: false, throughNames: true) == nil,
           !isCommune(around: start, end: name.end) {
            emit(start, name.end, .occult, evidence + " ; bénéficiaire dans une liste d'aides")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        let twoFirstNames = !name.sawSurnameShape && !triggerBefore(start)
        if twoFirstNames {
            // Held for review in a transaction, or after a preposition that makes the person a
            // party ("Prêt de la salle à Julie Gauthier", "courrier de Julie Martin"); not in the
            // naming of a place ("Attribution du nom d'Ibrahim Ali à l'avenue").
            let transaction = (0..<start).contains(where: { tokens[$0].isWord && self.is(tokens[$0], .transaction) })
            let party = word(start - 1).map { self.is($0, "a") || self.is($0, "de") || self.is($0, "d'") || self.is($0, "par") || self.is($0, "pour") } ?? false
            // "Belkacem Nadia – aide au permis", "Tran Quang : location du garage": two first
            // names alone heading the subject before its dash or colon name its party, surname
            // first or not.
            let heading = start == 0 && name.parts.count == 2 && (isPunct(name.end, ":") || isPunct(name.end, "–") || isPunct(name.end, "-") || isPunct(name.end, "—"))
            guard transaction || party || heading, !namesAPlace(before: start),
                  contextBefore(start, allowTitleSkip: false, throughNames: true) == nil, !isCommune(around: start, end: name.end),
                  !isPublicFigure(name.parts), !culturalContext(before: start) else { return nil }
            emit(start, name.end, .uncertain, evidence + (transaction ? " ; deux prénoms dans un objet de transaction"
                                                                       : party ? " ; deux prénoms après une préposition" : " ; deux prénoms en tête de l'objet"))
            return name.end
        }
        if isCommune(around: start, end: name.end) {
            emit(start, name.end, .exempt(.place), evidence + ", dans un nom de commune")
            return name.end
        }
        let mixedCase = !shouting && !name.parts.contains { tokens[$0].allCaps && tokens[$0].scalars > 1 }
        if let exemption = contextBefore(start, allowTitleSkip: false, throughNames: true, complements: mixedCase) {
            emit(start, name.end, .exempt(exemption), evidence + ", dans une dénomination")
            return name.end
        }
        if let exemption = listHeading(before: start) {
            emit(start, name.end, .exempt(exemption), evidence + ", dans une liste de lieux ou d'organismes après son en-tête")
            return name.end
        }
        if companyAfter(name.end) {
            emit(start, name.end, .exempt(.legalEntity), evidence + ", raison sociale")
            return name.end
        }
        if isOfficial(name.parts) {
            let own = ownSituation(start, name.end) || officialBuys(start)
            emit(start, name.end, own ? .uncertain : .exempt(.official), evidence + " ; élu déclaré dans la configuration")
            return name.end
        }
        if professionAfter(name.end) || professionBefore(start) {
            emit(start, name.end, .exempt(.profession), evidence + " ; professionnel dans l'exercice de sa profession")
            return name.end
        }
        // "Kevin D.", "Clémence R. et Mathis L.": a first name and the initial of a surname is
        // how a clerk names a private person discreetly; a public one is never written so.
        // "Non-valeurs : VERDIER J., PETITJEAN M.-C.": a surname in capitals and the initial
        // of the first name say the same.
        let capsSurnameFirst = !shouting && tokens[start].allCaps && tokens[start].scalars >= 3
        if let last = name.parts.last, initialEnd(at: last) != nil,
           name.parts.dropLast().allSatisfy({ isFirstName(tokens[$0]) || initialEnd(at: $0) != nil || capsSurnameFirst && $0 == start }),
           name.firstNames > 0 || capsSurnameFirst {
            emit(start, name.end, .occult, evidence + (capsSurnameFirst ? " ; nom suivi de l'initiale du prénom" : " ; prénom suivi de l'initiale du nom"))
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // "CMJ : installation de Lena Walch, Noah Mertz et Inès Amrani, élèves du collège": a
        // pupil or a member of a children's or young people's council is a private person, not
        // the author of an « installation » (public figures and declared officials are read above).
        // ("Conseillère municipale déléguée à la jeunesse, Sophie X présente le bilan du CMJ":
        // an adult's office.)
        if isFirstName(tokens[start]), pupilAfter(name.end)
            || namesCitizenCouncil && !roleNear(start: start, end: name.end) && !(isPunct(start - 1, ",") && roleInApposition(endingAt: start - 2))
            // ("fresque réalisée par les jeunes du CMJ avec la plasticienne X": the adult artist.)
            && !artistBefore(start) && !professionBefore(start) {
            emit(start, name.end, .occult, evidence + " ; élève ou membre d'un conseil d'enfants ou de jeunes")
            return coordinated(after: name.end, verdict: .occult, emit: emit)
        }
        // (The author of a work given or sold is not the party: « donation de Mme X : œuvres de
        // Pierre Soulages ».)
        if authorBefore(start) || artistAfter(name.end) && !ownSituation(start, name.end), !isOfficial(name.parts) {
            emit(start, name.end, .exempt(.culturalProgramme), evidence + " ; artiste nommé par son art ou son œuvre")
            return coordinated(after: name.end, verdict: .exempt(.culturalProgramme), emit: emit)
        }
        if culturalContext(before: start) || artistBefore(start), !ownSituation(start, name.end), !triggerBefore(start) {
            emit(start, name.end, .exempt(.culturalProgramme), evidence + " ; artiste ou lauréat d'une programmation culturelle")
            return name.end
        }
        // "désignation des propriétaires … : M. X", "Mme Y, présidente de l'ASL": a seat or an
        // office held as a private party is no public office.
        lazy var privateSeat = privateStanding(before: start, after: name.end)
        if councilMandate(before: start, end: name.end), !privateSeat, !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), evidence + " ; élu installé, élu ou désigné dans un mandat")
            return name.end
        }
        if sessionAuthor(start), !triggerBefore(start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), evidence + " ; élu auteur d'une question, d'un vœu ou d'une motion en séance")
            return name.end
        }
        if roleHeading(before: start), !privateSeat, !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.namedInRole), evidence + " ; liste de membres après un en-tête de fonction ou de mandat")
            return name.end
        }
        if roleNear(start: start, end: name.end) {
            // "MM. X, Loïc Y et Mme Z, représentants des habitants": a seat held as a resident.
            if privateSeat {
                emit(start, name.end, .occult, evidence + " ; fonction ou siège tenu à titre privé")
                return coordinated(after: name.end, verdict: .occult, emit: emit)
            }
            // "Location du presbytère à l'abbé X, curé": the lessee, whatever the office.
            if triggerBefore(start) || ownSituation(start, name.end) || agentGrade(after: name.end) && !presentsThePoint(start: start, end: name.end)
                || formerOffice(after: name.end)
                || recipientOfTransaction(start) && !presentsThePoint(start: start, end: name.end) {
                emit(start, name.end, .occult, evidence + " ; nommé dans une fonction, mais décision sur sa situation personnelle")
            } else {
                emit(start, name.end, .exempt(.namedInRole), evidence + " ; élu ou agent nommé dans sa fonction")
            }
            return name.end
        }
        let end = addressEnd(after: name.end) ?? name.end
        let hasCapsSurname = name.parts.contains { tokens[$0].allCaps && !isFirstName(tokens[$0]) }
        if let surnameStart = surnameWrittenFirst(before: start) {
            emit(surnameStart, end, .occult, evidence + ", nom écrit avant le prénom après un mot déclencheur")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        if linkedSurnameFirst {
            emit(start, end, .occult, evidence + ", nom écrit avant le prénom après une préposition ou un mot qui désigne un particulier")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        if triggerBefore(start) || distantTrigger(start) || fileWordBefore(start) {
            emit(start, end, .occult, evidence + ", après un mot déclencheur de la liste")
            return coordinated(after: end, verdict: .occult, emit: emit)
        } else if hasCapsSurname && !shouting {
            emit(start, end, .occult, evidence + " en capitales")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        // "Bail de chasse consenti à Paméla Homaert": in a subject about a sale, a payment or a
        // contract, a surname that is no French word nor a list's word. Elsewhere ("Hommage à
        // Martine Lefort") the name stays held for review.
        if cellHasTransaction, name.parts.contains(where: { !isFirstName(tokens[$0]) && isUnknownWord(tokens[$0]) }) {
            emit(start, end, .occult, evidence + " absent du lexique français")
            return coordinated(after: end, verdict: .occult, emit: emit)
        }
        // "Saison culturelle : Juliette, Bernard Lavilliers", "Exposition … : œuvres de Ben et de
        // Claude Viallat": nothing says a private matter, and the subject announces a programme.
        if culturalSubject(before: start), !ownSituation(start, name.end) {
            emit(start, name.end, .exempt(.culturalProgramme), evidence + " ; artiste ou lauréat d'une programmation culturelle")
            return coordinated(after: name.end, verdict: .exempt(.culturalProgramme), emit: emit)
        }
        emit(start, end, .uncertain, evidence + ", sans autre indice")
        // "pour Nina Reynal, Thessa Thyssen et …": the names of the list share the review.
        return coordinated(after: end, verdict: .uncertain, emit: emit)
    }
}
