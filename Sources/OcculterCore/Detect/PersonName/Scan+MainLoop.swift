import Foundation

/// The scan of one cell (`run`), the emission of its linked identifiers, and the names
/// coordinated with a private person's.
extension Scan {
    // MARK: The scan

    typealias Emit = (Int, Int, Verdict, String) -> Void

    /// Scans the cell; returns the token ranges of its findings and of the private persons
    /// among them (for the linked-identifier rule).
    @discardableResult
    mutating func run(rule: Int, mode: PersonNameDetector.Mode, into findings: inout [Finding]) -> PersonNameDetector.ScanOutcome {
        var index = 0
        // What `emit` gathers, behind a pointer: as local variables captured by `emit`, which
        // the handlers are given, each of their reads and writes was checked for exclusivity
        // at run time (about 0.4 k instructions a délibérations row).
        let gathered = UnsafeMutablePointer<Gathered>.allocate(capacity: 1)
        gathered.initialize(to: Gathered())
        defer {
            gathered.deinitialize(count: 1)
            gathered.deallocate()
        }
        let tokens = self.tokens
        func emit(_ from: Int, _ to: Int, _ verdict: Verdict, _ evidence: String) {
            guard from < to else { return }
            // "Commission finances : M. X (président), Mme Y, M. Z": the names listed after a
            // declared official share the official's mandate (as named in role).
            if case .exempt(let exemption) = verdict, exemption == .culturalProgramme || exemption == .namedInRole || exemption == .official {
                let exemption = exemption == .official ? Exemption.namedInRole : exemption
                // "Mme X, animatrice, et M. Y, éducateur": the list goes on past an apposition.
                var end = to
                // (Three words at most: "…, répond que l'acquéreur pressenti, M. Z" is another clause.)
                if isPunct(to, ","), let comma = (to + 1..<min(to + 5, tokens.count)).first(where: { !(word($0).map { !$0.startsUpper } ?? false) }),
                   isPunct(comma, ","), comma > to + 1 { end = comma }
                gathered.pointee.sharedExemption = (end, exemption)
            }
            if case .exempt(let exemption) = verdict, exemption == .place || exemption == .publicFigure && cellHas(.place) { gathered.pointee.placeEnd = to }
            if mode == .names {
                findings.append(Finding(rule: rule, span: tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound,
                                        verdict: verdict, evidence: evidence))
            }
            gathered.pointee.covered.append(from..<to)
            if case .occult = verdict {
                gathered.pointee.occultFound = true
                gathered.pointee.occults.append(from..<to)
            }
            if case .exempt = verdict { return }
            gathered.pointee.privates.append(from..<to)
            for position in from..<to where tokens[position].isWord && tokens[position].startsUpper { gathered.pointee.privateTokens.append(position) }
        }
        // Whether the cell is a brief file subject (`clerkSurname`): asked once, when needed.
        lazy var briefCell = isBriefCell
        // A handler that hands back the index it was called on would scan the same word for
        // ever ("enfant Van. Diaye" once did): the third visit in a row moves on.
        var lastIndex = -1, visits = 0
        while index < tokens.count {
            if index == lastIndex {
                visits += 1
                if visits >= 3 { index += 1; visits = 0; continue }
            } else {
                lastIndex = index
                visits = 1
            }
            let token = tokens[index]
            guard token.isWord else { index += 1; continue }
            // The word's class first, inline: `civility(at:)` asks it first too, and most words
            // are no civility (a call for each was 0.3 k instructions a délibérations row).
            if self.is(token, .civility), let afterCivility = civility(at: index) {
                // "M.A.R.P.A.", "U.M.P.P.A.": a letter of a dotted acronym is not a civility.
                // Asked only here and for initials, never per word.
                if token.scalars == 1, let end = dottedAcronymEnd(at: index) {
                    index = end
                    continue
                }
                var inherited: Exemption?
                if let shared = gathered.pointee.sharedExemption, coordinates(from: shared.end, to: index) || replaces(from: shared.end, to: index) {
                    inherited = shared.exemption
                }
                index = handleCivility(at: index, after: afterCivility, inherited: inherited, emit: emit)
                continue
            }
            // (A capital or a colon within two words first: most lower-case words are no kin word,
            // and comparing each with the list cost more than the rest of the check.)
            if !token.startsUpper, word(index + 1)?.startsUpper == true || isPunct(index + 1, ":") || word(index + 2)?.startsUpper == true,
               Scan.bytes(keyWithoutElision(token), isOneOf: Scan.kinWords), possessedKin(at: index), !inscribedRelative(kin: index),
               let relatives = kinFirstNames(after: index) {
                for relative in relatives { emit(relative.lowerBound, relative.upperBound, .occult, "enfants ou proches nommés par leur prénom après un mot de parenté") }
                index = relatives[relatives.count - 1].upperBound
                continue
            }
            // "SCI FAMILLE GRANGER": a family word in a firm's registered name.
            if self.is(token, .family, bare: true), !insideCompanyName(index) {
                var position = index + 1
                // "succ. FERREIRA", "de l'indiv. Kowalski": an abbreviated family word.
                if isPunct(position, "."), keyWithoutElision(token).count <= 5 { position += 1 }
                // "des enfants de Gimbrède": after a plural, "de" introduces a place, not a family.
                let plural = self.is(token, "enfants") || self.is(token, "eleves") || self.is(token, "foyers") || self.is(token, "familles")
                    || self.is(token, "jumeaux") || self.is(token, "jumelles")
                // "familles hôtes CHAIZE et BONNEFOY", "familles suivantes : X, Y": a qualifier
                // between the plural and its list.
                if plural, let qualifier = word(position), !qualifier.startsUpper,
                   Scan.bytes(keyWithoutElision(qualifier), isOneOf: Scan.pluralFamilyQualifiers) { position += 1 }
                // "aux familles : Gourmelen, N'Diaye, Quéré": a plural family word announces its list.
                // ("inventaire des familles concernées — Kerhervé (2), Le Bris…": or a dash.)
                if plural || self.is(token, "consorts") || self.is(token, "heritiers"),
                   isPunct(position, ":") || isPunct(position, "(") || plural && (isPunct(position, "—") || isPunct(position, "–")),
                   word(position + 1)?.startsUpper == true {
                    position += 1
                }
                // "PROPRIETE HERITIERS FOURNIER", "succession des consorts X": family words in a row.
                while !plural, position - index < 4, let more = word(position),
                      self.is(more, .familyArticle) || self.is(more, .family, bare: true) && !self.is(more, "enfants")
                        || !more.startsUpper && Scan.familyAdjectives.contains(where: { self.is(more, $0) })
                        || more.allCaps && shouting && Scan.familyAdjectives.contains(where: { self.is(more, $0) }) { position += 1 }
                // « propriété » in a mixed-case subject: "propriété BOIS" names its owner (below),
                // "propriété Les Tilleuls", "propriété La Garenne" the estate itself.
                let estateWord = !shouting && (self.is(token, "propriete") || self.is(token, "proprietes"))
                // ("propriété Le Scouarnec": an article before a word in no list nor the lexicon
                // opens the owner's surname.)
                let estateName = estateWord
                    && (word(position).map { $0.startsUpper && !$0.allCaps && (isParticle($0) || self.is($0, .titleArticle)) } ?? false)
                    && !(word(position + 1).map { isUnknownWord($0) } ?? false)
                // "accueil d'élèves de Saint-Affrique": a commune after « de » says where they come from.
                // (« de » may have been crossed as a family article: « d'élèves de ».)
                let communeAt = word(position).map { self.is($0, "de") } == true ? position + 1
                    : position > index + 1 && word(position - 1).map { self.is($0, "de") } == true ? position : -1
                let fromCommune = communeAt > 0
                    && Scan.bytes(keyWithoutElision(token), isOneOf: ["enfants", "eleves", "foyers", "familles", "jumeaux", "jumelles"])
                    && (word(communeAt).map { $0.startsUpper && !$0.allCaps && !isFirstName($0)
                        && namesCommune($0) } ?? false)
                if civility(at: position) == nil, !estateName, !fromCommune {
                    var name = consumeName(from: position)
                    extendWithCommonSurname(&name)
                    // "DES ENFANTS DEFICIENTS VISUELS": after a plural, a French word is an
                    // adjective; a name is a first name or a word in no list nor the lexicon.
                    // "familles LE FLOCH, …": the surname's particle says nothing; its head does.
                    let head = name.parts.first { !isParticle(tokens[$0]) } ?? name.parts.first
                    let named = !plural || head.map { isFirstName(tokens[$0]) || isUnknownWord(tokens[$0]) || !shouting && tokens[$0].allCaps && tokens[$0].scalars >= 3 } == true
                    // "exonération transport scolaire familles Mercier, Hamdi et Rakotomalala": a
                    // list of capitalised words after the plural, one of them in no list nor the
                    // lexicon, names the families, French words included.
                    // (Not « enfants »: « les géants Gayant, Marie et leurs enfants Jacquot, Fillon ».)
                    // (Read first even when the first item is a name: the list's items are surnames.)
                    if plural, Scan.bytes(keyWithoutElision(token), isOneOf: ["familles", "foyers"]), let items = pluralFamilyList(from: position) {
                        for item in items { emit(item.lowerBound, item.upperBound, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux") }
                        index = items[items.count - 1].upperBound
                        continue
                    }
                    // "époux K.", "l'enfant L.": initials alone stand for the name.
                    if named, !name.parts.isEmpty, name.sawSurnameShape || name.firstNames > 0 || initialEnd(at: name.parts[0]) != nil {
                        let end = addressEnd(after: name.end) ?? name.end
                        emit(name.parts[0], end, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux")
                        // "famille X : Mehmet, Elif et leurs enfants": the members' first names.
                        if !plural, isPunct(end, ":"), let member = word(end + 1), isPlainFirstName(member), !(word(end + 2)?.startsUpper ?? false) {
                            emit(end + 1, end + 2, .occult, "prénom coordonné au prénom d'un particulier")
                            // (The others may be first names of no list: « Kayla, Jayden-Lee et Nahia ».)
                            var next = end + 2
                            while isPunct(next, ",") || word(next).map({ self.is($0, "et") }) == true, let other = word(next + 1), other.startsUpper,
                                  !other.allCaps, isFirstName(other) || isUnknownWord(other), !(word(next + 2)?.startsUpper ?? false) {
                                emit(next + 1, next + 2, .occult, "prénom coordonné au prénom d'un particulier")
                                next += 2
                            }
                            index = next
                            continue
                        }
                        index = coordinated(after: end, verdict: .occult, emit: emit)
                        continue
                    }
                    // "consorts Petit/Lebrun", "famille Boucher": a capitalised common word alone
                    // after a family word is the family's surname.
                    // "propriété BOIS, 14 rue de la Gare": right after « propriété », in capitals.
                    let estate = estateWord && position == index + 1
                    if name.parts.isEmpty || estate, !plural, Scan.bytes(keyWithoutElision(tokens[position - 1]), isOneOf: Scan.familyNameWords)
                        || estate && (word(position)?.allCaps ?? false),
                       let surname = word(position), surname.startsUpper, surname.scalars >= 3,
                       self.is(surname, .commonWord) || estate,
                       !self.is(surname, [.body, .legalEntity, .role, .civility, .family, .designation]),
                       !self.is(surname, .place) || estate && !context.words.communes.contains(key(surname)),
                       word(position + 1).map({ !$0.startsUpper || self.is($0, .link) }) ?? true {
                        // "Propriété BIAU 168, impasse d'Arcole": the owner's address goes with the name.
                        let end = addressEnd(after: position + 1) ?? position + 1
                        emit(position, end, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux")
                        index = coordinated(after: end, verdict: .occult, emit: emit)
                        continue
                    }
                    // "achat terrain consorts irigoin": in lower case, words in no list nor the lexicon.
                    if name.parts.isEmpty, let end = lowercaseUnknownName(from: position, firstNames: true) {
                        emit(position, end, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux ; nom en minuscules absent du lexique français")
                        // "indivision pinto / ferreira": the names coordinated to it.
                        index = coordinated(after: end, verdict: .occult, emit: emit)
                        continue
                    }
                    // "les epoux marchand jean claude et odile": in lower case, a word before a
                    // first name of the list is the surname written first, as after a civility;
                    // the spouse's first name after « et » goes with it.
                    if name.parts.isEmpty, lowercaseSurnameFirst(at: position) {
                        var end = position + 2
                        while end - position < 4, let more = word(end), !more.startsUpper, isFirstName(more), !self.is(more, .commonWord) { end += 1 }
                        if let et = word(end), self.is(et, "et"), let spouse = word(end + 1), !spouse.startsUpper, isFirstName(spouse),
                           !self.is(spouse, .commonWord) { end += 2 }
                        emit(position, end, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux ; nom en minuscules avant un prénom")
                        index = coordinated(after: end, verdict: .occult, emit: emit)
                        continue
                    }
                    // "consorts de la Vernette", "famille da costa": a surname opened by its particles.
                    if name.parts.isEmpty, !plural, let end = particleOpenedSurname(from: position, lexiconHead: !estateWord) {
                        emit(position, end, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux")
                        index = coordinated(after: end, verdict: .occult, emit: emit)
                        continue
                    }
                    // "acquisition terrain consorts roux / fabre": in a cell written all in lower
                    // case, the word right after « consorts » or « indivision » is the family's
                    // name even when it is a French word.
                    // ("famille moreau 86,10 €": « famille » too, when an amount or a mark closes the
                    // entry, the way a list of debts or aids is typed.)
                    // (Not « famille d'accueil, », « famille nombreuse (3 enfants) ».)
                    let familyEntry = self.is(token, "famille") && (position + 1 >= tokens.count || tokens[position + 1].kind == .number
                        || isPunct(position + 1, ",") || isPunct(position + 1, ";") || isPunct(position + 1, "("))
                        && (word(position).map { key($0).count == keyWithoutElision($0).count
                            && !Scan.bytes(key($0), isOneOf: Scan.householdAdjectives) } ?? false)
                    if name.parts.isEmpty, position == index + 1, Scan.bytes(key(token), isOneOf: Scan.lowercaseFamilyWords) || familyEntry,
                       let surname = word(position), !surname.startsUpper, surname.scalars >= 3,
                       !self.is(surname, [.link, .familyArticle, .place, .body, .legalEntity, .role, .family, .designation]),
                       !Scan.familyAdjectives.contains(where: { self.is(surname, $0) }),
                       // (A cadastral section in capitals, « ZB 12 », leaves the cell in lower case.)
                       !tokens[(index + 1)...].contains(where: { $0.isWord && $0.startsUpper && !($0.allCaps && $0.scalars <= 2) }) {
                        emit(position, position + 1, .occult, "déclencheur : mot de la liste des liens familiaux ou successoraux ; nom en minuscules")
                        index = coordinated(after: position + 1, verdict: .occult, emit: emit)
                        continue
                    }
                }
                index += 1
                continue
            }
            // "ACQ. PARC. BK112 - DURAND (PAUL)", "eleve : tall (mamadou)": a surname, then its
            // first names in parentheses.
            if isPunct(index + 1, "("), let name = surnameGivenInParenthesis(at: index) {
                emit(name.lowerBound, name.upperBound, .occult, "nom suivi de ses prénoms entre parenthèses")
                // (« MARTINEZ (Antonio), GARCIA-LOPEZ (Dolorès) »: the next entry written the same
                // way is read whole by this branch.)
                let following = name.upperBound
                index = (following..<min(following + 5, tokens.count)).contains(where: { isPunct($0, "(") })
                    ? following : coordinated(after: following, verdict: .occult, emit: emit)
                continue
            }
            // "NOM : BERTHOMIEU | PRENOM : GILLES", "demandeur : LOPEZ": a form's field of a person.
            if token.startsUpper, isPunct(index - 1, ":"), let label = word(index - 2), Scan.bytes(keyWithoutElision(label), isOneOf: Scan.personFields),
               civility(at: index) == nil, let end = fieldValueEnd(from: index) {
                emit(index, end, .occult, "nom après un libellé de champ qui désigne une personne")
                index = coordinated(after: end, verdict: .occult, emit: emit)
                continue
            }
            // "VENTE AUX ÉPOUX X (ET NON CHAPELLON)": the misspelt name a rectification corrects
            // is the same person's.
            if self.is(token, "non"), let et = word(index - 1), self.is(et, "et"), let next = word(index + 1), designationSurname(next),
               tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.rectificationWords) }) {
                emit(index + 1, index + 2, .occult, "nom rectifié après « et non »")
                index += 2
                continue
            }
            // "erreur sur le prénom de l'acquéreur (Benoît et non Benoit)": both spellings of a
            // rectified first name are the person's.
            if self.is(token, "non"), let et = word(index - 1), self.is(et, "et"), let next = word(index + 1), let right = word(index - 2),
               isFirstName(next) || isFirstName(right), next.startsUpper, right.startsUpper, next.scalars >= 3,
               tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.rectificationWords) }) {
                emit(index - 2, index - 1, .occult, "nom rectifié après « et non »")
                emit(index + 1, index + 2, .occult, "nom rectifié après « et non »")
                index += 2
                continue
            }
            if self.is(token, "commune") || self.is(token, "ville"), let next = handleCommuneParty(at: index, covered: gathered.pointee.covered, emit: emit) {
                index = next
                continue
            }
            if isPunct(index + 1, "/"), let next = handlePartyPair(at: index, covered: gathered.pointee.covered, emit: emit) {
                index = next
                continue
            }
            if self.is(token, .naming, bare: true), let next = handleNamingWord(at: index, emit: emit) {
                index = next
                continue
            }
            if self.is(token, [.designation, .capitalsFile], bare: true), let next = handleDesignation(at: index, emit: emit) {
                index = next
                continue
            }
            if self.is(token, .personNoun, bare: true), let next = handlePersonNoun(at: index, emit: emit) {
                index = next
                continue
            }
            // "bourse au merite : lucas boyer, emma garnier", « bénéficiaires : rolland baptiste,
            // ben youssef malek »: in lower case, a first name and one or two other words listed
            // after a colon. Before the lower-case readings below, which would take the first entry alone.
            // A plain first name within three words of the colon, not a compound: what the
            // prefilter reads there.
            if !token.startsUpper, isPunct(index - 1, ":"),
               (index..<min(index + 3, tokens.count)).contains(where: {
                   // (As the prefilter reads it: a first name of the list that is no common word,
                   // even a word of the lexicon, « lucien », « odile ».)
                   tokens[$0].isWord && !tokens[$0].startsUpper && isFirstName(tokens[$0]) && !self.is(tokens[$0], .commonWord)
                       && !key(tokens[$0]).contains(UInt8(ascii: "-"))
               }),
               let list = lowercaseNameList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "prénoms et noms en minuscules dans une liste de personnes") }
                index = list[list.count - 1].upperBound
                continue
            }
            if !token.startsUpper, isPunct(index - 1, ":") || isPunct(index - 1, "("), let list = lowercaseSurnameList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "noms en minuscules listés après l'en-tête d'une affaire décidée personne par personne") }
                index = list[list.count - 1].upperBound
                continue
            }
            // "bénéficiaire : dylan mercier": in lower case, a first name of the list (no common
            // word) and the word after it, as the field's value.
            if !token.startsUpper, isPunct(index - 1, ":"), let label = word(index - 2), Scan.bytes(keyWithoutElision(label), isOneOf: Scan.personFields),
               isFirstName(token), !self.is(token, .commonWord), !key(token).contains(UInt8(ascii: "-")) {
                var end = index + 1
                if let surname = word(end), !surname.startsUpper, surname.scalars >= 2,
                   !self.is(surname, [.link, .particle, .titleArticle, .place, .body, .legalEntity, .role, .designation, .transaction]) { end += 1 }
                emit(index, end, .occult, "nom après un libellé de champ qui désigne une personne")
                index = coordinated(after: end, verdict: .occult, emit: emit)
                continue
            }
            // Lower case: only a first name of the list is asked about, then a trigger before it;
            // or a surname written first, before a first name ("à lecomte ghislaine").
            // (The prefilter's bit first: the lookup of the next word ran for every lower-case word.)
            if !token.startsUpper, isFirstName(token) || admitsAnyCaseTrigger && (word(index + 1).map { !$0.startsUpper && isPlainFirstName($0) } ?? false),
               let next = handleLowercaseTriggered(at: index, emit: emit) {
                index = next
                continue
            }
            if isPunct(index - 1, "("), let members = membersInParenthesis(from: index, after: gathered.pointee.occults.last) {
                for member in members { emit(member.lowerBound, member.upperBound, .occult, "prénoms des membres d'une famille occultée, entre parenthèses") }
                index = members[members.count - 1].upperBound
                continue
            }
            if isSegmentBoundary(index - 1), let name = surnameFirstSegment(from: index) {
                // A declared official, or a name listed after one (« MM. et Mmes X Raphaël, Y
                // Stéphanie » installed as councillors), keeps the mandate's exemption.
                if isOfficial(Array(name)) {
                    emit(name.lowerBound, name.upperBound, .exempt(.official), "nom puis prénom d'un élu déclaré")
                } else if let shared = gathered.pointee.sharedExemption, coordinates(from: shared.end, to: index) {
                    emit(name.lowerBound, name.upperBound, .exempt(shared.exemption), "nom puis prénom listé après un nom exempté")
                } else if !isPublicFigure(Array(name)) {
                    emit(name.lowerBound, name.upperBound, .occult, "nom puis prénom, seuls entre deux séparateurs")
                }
                index = name.upperBound
                continue
            }
            if token.startsUpper, !token.allCaps, !isFirstName(token), let next = word(index + 1), isFirstName(next),
               let list = surnameFirstList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "noms écrits avant le prénom dans une liste de personnes") }
                index = list[list.count - 1].upperBound
                continue
            }
            // Capitals, a particle or a word before an initial: the shapes an entry may open with.
            if token.startsUpper, token.allCaps || self.is(token, .particle) && word(index + 1) != nil || word(index + 1)?.scalars == 1,
               let list = surnameFirstEntries(from: index) {
                // "Élection des membres de la CLECT : DUMAS A. (Chambles), …": each entry followed
                // by its commune is that member commune's delegate.
                if list.allSatisfy({ memberCommuneDelegate(end: $0.upperBound) }) {
                    for item in list { emit(item.lowerBound, item.upperBound, .exempt(.namedInRole), "noms écrits avant le prénom ou l'initiale ; délégué d'une commune membre, élu ou désigné dans un mandat") }
                    index = list[list.count - 1].upperBound
                    continue
                }
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "noms écrits avant le prénom ou l'initiale dans une liste de personnes") }
                index = coordinated(after: list[list.count - 1].upperBound, verdict: .occult, emit: emit)
                continue
            }
            if token.startsUpper, let list = bareSurnameList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "noms seuls listés après l'en-tête d'une affaire décidée personne par personne") }
                index = list[list.count - 1].upperBound
                continue
            }
            if token.allCaps, !shouting, let list = capitalSurnameList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "noms seuls en capitales dans une liste de personnes") }
                index = list[list.count - 1].upperBound
                continue
            }
            // A row of a table pasted over several lines, under a header of persons' columns
            // (the headers read at the cell's first line break, once).
            if startsLine(index), let row = tableRow(at: index, headers: gathered.pointee.tableHeaders(self)) {
                for (cell, column) in row.cells { emit(cell.lowerBound, cell.upperBound, .occult, column.evidence) }
                index = row.end
                continue
            }
            if isFieldSeparator(index - 1) || startsLine(index), let fields = exportField(from: index) {
                for field in fields { emit(field.lowerBound, field.upperBound, .occult, "nom seul dans un champ d'un export de tableur") }
                index = fields[fields.count - 1].upperBound
                continue
            }
            if token.startsUpper, !token.allCaps, isFirstName(token), let list = firstNameList(from: index) {
                for item in list { emit(item.lowerBound, item.upperBound, .occult, "prénoms seuls dans une liste de personnes") }
                index = list[list.count - 1].upperBound
                continue
            }
            // "remise des prix : Léo, 11 ans", "Inès (9 ans)": a first name given with an age is a
            // child's or a resident's, never a place's or a programme's.
            // ("Noé Petit (tennis, 13 ans)": with the surname, whatever its word.)
            if token.startsUpper, isFirstName(token), !self.is(token, [.place, .body, .legalEntity, .role]) {
                if let surname = word(index + 1), surname.startsUpper, !self.is(surname, [.place, .body, .legalEntity, .role, .civility, .link]),
                   agedAfter(index + 2),
                   // (Not a stadium's eponym, nor a title: « STADE LÉO LAGRANGE, 38 ANS DE SERVICE »,
                   // « Colloque « Frantz Fanon, 100 ans » ».)
                   !(word(index - 1).map { self.is($0, .place) } ?? false), !(index > 0 && isOpeningQuote(index - 1)) {
                    emit(index, index + 2, .occult, "prénom suivi d'un âge, d'une naissance ou d'une classe")
                    index += 2
                    continue
                }
                if agedAfter(index + 1) {
                    emit(index, index + 1, .occult, "prénom suivi d'un âge, d'une naissance ou d'une classe")
                    index += 1
                    continue
                }
            }
            if !token.startsUpper, let name = lowercaseFullName(at: index) {
                // (« citoyenneté d'honneur - ahmed mansoor »: the title's public figure, as with capitals.)
                if honouredCitizen(start: index, end: name.upperBound) {
                    emit(name.lowerBound, name.upperBound, .exempt(.publicFigure), "prénom en minuscules et nom absent du lexique ; personnalité faite citoyenne d'honneur")
                    index = name.upperBound
                    continue
                }
                // (« sylvie fayolle, adjointe à la mémoire, présente … »: a declared official typed in
                // lower case, as with capitals.)
                if isOfficial(Array(name)) {
                    let own = ownSituation(name.lowerBound, name.upperBound)
                    emit(name.lowerBound, name.upperBound, own ? .uncertain : .exempt(.official),
                         own ? "prénom en minuscules et nom absent du lexique ; élu de la configuration, mais décision sur sa situation personnelle"
                             : "prénom en minuscules et nom absent du lexique ; élu déclaré dans la configuration")
                    index = name.upperBound
                    continue
                }
                emit(name.lowerBound, name.upperBound, .occult, "prénom en minuscules et nom absent du lexique")
                index = coordinated(after: name.upperBound, verdict: .occult, emit: emit)
                continue
            }
            // "Saint-Martin", "Jean-Paul" split at a glued hyphen: a compound's part ("permis de
            // conduire - Kevin D." has spaces around its dash).
            if token.startsUpper, !token.allCaps || shouting, isFirstName(token),
               !(index > 1 && isPunct(index - 1, "-") && word(index - 2) != nil
                 && tokens[index - 1].range.upperBound == token.range.lowerBound),
               !(word(index - 1).map(isSaint) ?? false) {
                let placeListed = gathered.pointee.placeEnd.map { coordinates(from: $0, to: index) } ?? false
                let inherited = gathered.pointee.sharedExemption.flatMap { coordinates(from: $0.end, to: index) ? $0.exemption : nil }
                if let next = handleBareName(at: index, clue: "prénom de la liste des prénoms suivi d'un nom", placeListed: placeListed,
                                             inherited: inherited, emit: emit) {
                    index = next
                    continue
                }
            } else if !shouting, token.startsUpper, !token.allCaps, token.scalars >= 3, let surname = word(index + 1), surname.allCaps,
                      surname.scalars >= 3, Scan.hasVowel(key(surname)), isUnknownWord(token), isUnknownWord(surname) {
                // "aide à la scolarité de Tevaite TEHEIURA": a first name of no list then a surname
                // in capitals, both unknown to the lexicons, the way a mixed-case subject writes
                // « Prénom NOM »; then every exemption of a bare name.
                let inherited = gathered.pointee.sharedExemption.flatMap { coordinates(from: $0.end, to: index) ? $0.exemption : nil }
                if let next = handleBareName(at: index, clue: "prénom hors liste suivi d'un nom", inherited: inherited, emit: emit) {
                    index = next
                    continue
                }
            } else if token.allCaps, !self.is(token, .commonWord),
                      nameLike(token), let following = word(index + 1), following.startsUpper,
                      !following.allCaps && isFirstName(following) || !shouting && token.scalars >= 3 && initialEnd(at: index + 1) != nil {
                // In a subject in capitals too: a first name typed in mixed case after capitals
                // ("LISTE DES AFFOUAGISTES : GRANDJEAN Michel, PERRIN Bruno") is a name entry.
                // Surname first: "BERNARD Paul".
                let clue = isFirstName(following) ? "nom en capitales suivi d'un prénom de la liste" : "nom en capitales suivi d'une initiale"
                if let next = handleBareName(at: index, clue: clue, emit: emit) { index = next; continue }
            } else if token.scalars == 1, token.startsUpper, let noun = word(index - 1), self.is(noun, .personNoun, bare: true),
                      let first = initialEnd(at: index), let second = initialEnd(at: first), word(second).map({ !shouting && !$0.startsUpper }) ?? true {
                // "sanction à l'encontre de l'agent T. R.", "AGENT T. B. (RESTAURATION SCOLAIRE)":
                // two initials alone after a person's noun stand for a private person.
                emit(index, second, .occult, "initiales du prénom et du nom après un nom de personne")
                index = coordinated(after: second, verdict: .occult, emit: emit)
                continue
            } else if !shouting, token.startsUpper, token.scalars <= 3, var afterInitials = initialEnd(at: index) {
                // "S.A.G. HLM": three letters or more glued to their dots name an organisation.
                if token.scalars == 1, let end = dottedAcronymEnd(at: index) {
                    index = end
                    continue
                }
                // Initials then a surname in capitals: "J.-C. DURAND".
                let firstInitialEnd = afterInitials
                while let more = initialEnd(at: afterInitials) { afterInitials = more }
                // "S.A. DAUNAT", "S.C.I. Santa Cruz": dotted letters that spell a legal form.
                if dottedLegalForm(from: index, to: afterInitials) {
                    index = afterInitials
                    continue
                }
                // "J.-P. R., sans domicile stable": a compound first initial, then the surname's
                // alone, stand for a private person (a dotted acronym has no hyphen).
                if firstInitialEnd > index + 2, afterInitials > firstInitialEnd,
                   initialEnd(at: firstInitialEnd) == afterInitials, !(word(afterInitials)?.startsUpper ?? false) {
                    emit(index, afterInitials, .occult, "initiales du prénom composé et du nom")
                    index = coordinated(after: afterInitials, verdict: .occult, emit: emit)
                    continue
                }
                // "au profit de J.-P. et M.-C. SAUZET": initials coordinated with initials that
                // open a surname are the first person's.
                if let link = word(afterInitials), self.is(link, "et"), let second = initialEnd(at: afterInitials + 1),
                   let surname = word(second), surname.allCaps, surname.scalars >= 2, nameLike(surname) {
                    emit(index, afterInitials, .occult, "initiales coordonnées à celles d'un nom")
                    index = afterInitials
                    continue
                }
                // "P.-A. Guénolé", "J. Lagarde": in mixed case, a capitalised word of no list
                // (the bare-name checks keep it in a street, a role or a programme; without any
                // clue it is held for review).
                if let surname = word(afterInitials), !self.is(surname, [.commonWord, .role]), nameLike(surname),
                   let next = handleBareName(at: index, clue: "initiales suivies d'un nom en capitales", emit: emit) {
                    index = next
                    continue
                }
                // "F.-X. d'Aubigny", "J-P. Martin": initials, an elided particle or not, then a
                // capitalised word of no list after a transaction or a trigger.
                var surnameAt = afterInitials
                if let elided = word(surnameAt), isElided(elided) || isParticle(elided), !elided.startsUpper { surnameAt += 1 }
                if let surname = word(surnameAt), surname.startsUpper, !self.is(surname, Scan.listedClasses) || isFirstName(surname),
                   !context.words.communes.contains(key(surname)), triggerBefore(index) || recipientOfTransaction(index) {
                    emit(index, surnameAt + 1, .occult, "initiales suivies d'un nom, après un déclencheur")
                    index = coordinated(after: surnameAt + 1, verdict: .occult, emit: emit)
                    continue
                }
            }
            if let next = handleInitialledListItem(at: index, emit: emit) {
                index = next
                continue
            }
            if shouting, let next = handleShoutedInitials(at: index, emit: emit) {
                index = next
                continue
            }
            if shouting, shoutedSurnameShape(token),
               let next = handleDoubleBarrelled(at: index, emit: emit) ?? handleShoutedSurnameFirstName(at: index, emit: emit)
                ?? handleShoutedSurnameInitials(at: index, emit: emit)
                ?? handleShoutedSurname(at: index, emit: emit) {
                index = next
                continue
            }
            if token.allCaps, !shouting, token.scalars >= 4, let next = handleLoneSurname(at: index, emit: emit) {
                index = next
                continue
            }
            // (A file word, which the prefilter reads in any case: a transaction word alone does not
            // open the cell to the scan.)
            if token.startsUpper, !token.allCaps, !shouting, cellHas(.designation), briefCell, let end = clerkSurname(at: index) {
                // Held for review: a place or a brand is written so too (« Vente du tracteur
                // Renault », « Bellefontaine – succession X »).
                emit(index, end, .uncertain, "nom seul dans l'objet bref d'un dossier")
                index = coordinated(after: end, verdict: .uncertain, emit: emit)
                continue
            }
            // A trigger ends with a lower-case word: the check is not even called after a capital.
            if token.startsUpper, !token.allCaps, index > 0, !(tokens[index - 1].isWord && tokens[index - 1].startsUpper),
               let next = handleTriggeredUnknown(at: index, emit: emit) {
                index = next
                continue
            }
            index += 1
        }
        soleTraders(covered: gathered.pointee.covered, emit: emit)
        if gathered.pointee.occultFound || cellHas(.personNoun) { operatorTradeNames(covered: gathered.pointee.covered, emit: emit) }
        if !gathered.pointee.occults.isEmpty { quotedOperatorFirstNames(occults: gathered.pointee.occults, emit: emit) }
        if cellHas(.designation) { attributedLots(covered: gathered.pointee.covered, emit: emit) }
        if !gathered.pointee.privateTokens.isEmpty {
            propagate(privateTokens: gathered.pointee.privateTokens, covered: gathered.pointee.covered, emit: emit)
        }
        if !gathered.pointee.occults.isEmpty {
            absorbNameRemnants(after: gathered.pointee.occults, covered: gathered.pointee.covered, emit: emit)
        }
        if gathered.pointee.occults.count >= 2 {
            fillListGaps(occults: gathered.pointee.occults, covered: gathered.pointee.covered, emit: emit)
        }
        let outcome = PersonNameDetector.ScanOutcome(covered: gathered.pointee.covered, privates: gathered.pointee.privates,
                                                     occultFound: gathered.pointee.occultFound)
        if mode == .linkedIdentifiers, outcome.privateFound { emitLinkedIdentifiers(rule: rule, outcome: outcome, into: &findings) }
        return outcome
    }

    /// What `run` gathers as it goes (`emit` writes it).
    struct Gathered {
        /// Token ranges of this cell's findings, and the tokens of private persons' names.
        var covered: [Range<Int>] = []
        var privates: [Range<Int>] = []
        var privateTokens: [Int] = []
        /// The ranges of private persons' names occulted (`absorbNameRemnants`).
        var occults: [Range<Int>] = []
        var occultFound = false
        /// The end of the last name kept as artist or as named in a mandate: a civility
        /// coordinated right after it shares that decision (`evaluate`).
        var sharedExemption: (end: Int, exemption: Exemption)?
        /// The end of the last name kept as part of a place's: a first name and surname
        /// coordinated right after it name another place of the list ("écoles Jacques Brel, Anne
        /// Frank et Paul Langevin").
        var placeEnd: Int?
        /// The cell's table headers (`Scan.tableHeaders`), read on the first line break asked.
        private var headers: [Scan.TableHeader]?

        mutating func tableHeaders(_ scan: Scan) -> [Scan.TableHeader] {
            if let headers { return headers }
            let read = scan.tableHeaders()
            headers = read
            return read
        }
    }

    /// The linked identifiers share the persons' verdict: occulted with an occulted person,
    /// held for review with a name held for review (the DPO decides both).
    func emitLinkedIdentifiers(rule: Int, outcome: PersonNameDetector.ScanOutcome, into findings: inout [Finding]) {
        let tokens = self.tokens
        let verdict: Verdict = outcome.occultFound ? .occult : .uncertain
        linkedIdentifiers(covered: outcome.covered, privates: outcome.privates, occultFound: outcome.occultFound) { from, to, evidence in
            findings.append(Finding(rule: rule, span: tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound,
                                    verdict: verdict, evidence: evidence))
        }
    }

    /// "Propriété LACOMBE et FERRAND", "consorts VIDAL / MARTY / ROQUES", "Mmes ALBERT et
    /// DUCLOS": name-shaped words coordinated with a private person are private too, each a
    /// finding of its own. A civility after the link starts a finding of its own in `run`.
    /// The capitalised words of a person's field value, up to the field's end: none may be a
    /// firm's, a body's, a place's, a role's or a civility's word.
    func fieldValueEnd(from start: Int) -> Int? {
        var end = start
        while let token = word(end), token.startsUpper, end - start < 4 {
            guard !self.is(token, [.legalEntity, .body, .place, .role, .civility, .transaction, .designation]) else { return nil }
            end += 1
        }
        guard end > start, end >= tokens.count || !tokens[end].isWord else { return nil }
        return end
    }

    func coordinated(after end: Int, verdict: Verdict, pluralCivility: Bool = false, emit: Emit) -> Int {
        var position = end
        // "X, dit « Gégé »", "X (dit "Jojo")": a nickname after the name is the person's too.
        if let nickname = nickname(after: position) {
            emit(nickname.lowerBound, nickname.upperBound, verdict, "surnom d'un particulier")
            position = nickname.upperBound
            while isPunct(position, "»") || isPunct(position, "\"") || isPunct(position, "”") || isPunct(position, ")") { position += 1 }
            // "M. Joseph (dit « Jo ») TESSIER": the surname after the nickname.
            if let surname = word(position), surname.startsUpper, surname.allCaps || isUnknownWord(surname),
               !self.is(surname, [.role, .body, .legalEntity, .civility, .link, .place, .transaction]) {
                emit(position, position + 1, verdict, "surnom d'un particulier")
                position += 1
            }
        }
        while position < tokens.count {
            var next = position
            var dash = false
            // "enfants LACROIX (Noa, Lina)", "M. et Mme OLIVEIRA (Antonio et Fernanda)": first names
            // in parentheses after the family name.
            if isPunct(position, "(") {
                var close = position + 1
                // "mr et mme nguyen (minh et thi lan)": in lower case after a name in lower case.
                let lower = position > 0 && tokens[position - 1].isWord && !tokens[position - 1].startsUpper
                // "(Peter et Margaret)", "(Seán et Maeve)": a capitalised word in no list nor the
                // lexicon stands for a first name too; "(Thérèse CORDIER)": a surname in capitals
                // after one.
                func given(_ token: Token) -> Bool {
                    isFirstName(token) && (token.startsUpper || lower) || token.startsUpper && !token.allCaps && isUnknownWord(token)
                }
                while close < tokens.count, close - position < 12, !isPunct(close, ")"),
                      isPunct(close, ",") || (word(close).map { given($0) || self.is($0, .link)
                          || $0.allCaps && $0.scalars >= 2 && (word(close - 1).map(given) ?? false)
                          || lower && close > position + 1 && !$0.startsUpper && isUnknownWord($0, anyCase: true) } ?? false) { close += 1 }
                // A lone unknown word is rather a place (« (Brenac) », « (Italie) »): without a listed
                // first name, two of them coordinated (« (Cork, Irlande) » is a town and its country).
                let names = (position + 1..<close).filter { word($0).map(given) ?? false }
                let listed = names.contains { isFirstName(tokens[$0]) }
                    || names.count >= 2 && (position + 1..<close).contains { word($0).map { self.is($0, .link) } ?? false }
                guard isPunct(close, ")"), close > position + 1, word(position + 1).map(given) == true, listed else {
                    // "WEBER (indivision) ; …", "DUMAS (MENTION TB), …": a short note after an
                    // entry; the list goes on after it.
                    var end = position + 1
                    while end < tokens.count, end - position <= 6, !isPunct(end, ")"), !isPunct(end, "("), civility(at: end) == nil { end += 1 }
                    guard isPunct(end, ")"), end > position + 1,
                          isPunct(end + 1, ",") || isPunct(end + 1, ";") || isPunct(end + 1, "/") || (word(end + 1).map { self.is($0, .link) } ?? false)
                    else { break }
                    position = end + 1
                    continue
                }
                emit(position + 1, close, verdict, "prénoms entre parenthèses après le nom d'un particulier")
                position = close + 1
                continue
            }
            if let link = word(next), self.is(link, .link) {
                next += 1
            } else if isPunct(next, "/") || isPunct(next, ",") || isPunct(next, "&") || isPunct(next, ";") {
                next += 1
            } else if isPunct(next, "-") || isPunct(next, "–") {
                // "époux KOWALSKI - Wiśniewski", "Affaires FARELLA – MANIERE": after a dash, only a
                // lone word in no list nor the lexicon (another matter may follow a dash).
                next += 1
                dash = true
            } else {
                break
            }
            if dash {
                guard let head = word(next), head.startsUpper, !(word(next + 1)?.startsUpper ?? false), isUnknownWord(head),
                      !companyAfter(next + 1) else { break }
                emit(next, next + 1, verdict, "nom coordonné au nom d'un particulier")
                position = next + 1
                continue
            }
            // "à mme et m. x et laetitia faure": in lower case, a first name then a word in no list.
            // "Inès FERHAT, Lucas MOREL, leïla haddad": after a capitalised name too, when a first
            // name of the list and a word in no list nor the lexicon make the item sure.
            if let head = word(next), !head.startsUpper, position > 0,
               !tokens[position - 1].startsUpper && (isFirstName(head) && !self.is(head, .commonWord) || isUnknownWord(head, anyCase: true))
                || isPlainFirstName(head) && (word(next + 1).map { !$0.startsUpper && isUnknownWord($0, anyCase: true) } ?? false),
               let second = word(next + 1), !second.startsUpper, second.scalars >= 3,
               !self.is(second, [.commonWord, .place, .body, .legalEntity, .role, .link, .particle, .transaction]) {
                emit(next, next + 2, verdict, "nom coordonné au nom d'un particulier, en minuscules")
                position = next + 2
                continue
            }
            // "consorts martin/ricard": in lower case, a word set by a slash after a name in lower
            // case is another surname unless a list's.
            // "indivision GARNIER / ferreira": after a capitalised name too, a word in no list nor
            // the lexicon.
            if isPunct(next - 1, "/"), let head = word(next), !head.startsUpper, head.scalars >= 3, position > 0,
               tokens[position - 1].isWord,
               !tokens[position - 1].startsUpper && (isUnknownWord(head, anyCase: true)
                   || !self.is(head, [.commonWord, .place, .body, .legalEntity, .role, .link, .particle, .transaction, .civility, .family]))
                || tokens[position - 1].startsUpper && isUnknownWord(head, anyCase: true) && word(next + 1).map({ !$0.startsUpper }) != false {
                emit(next, next + 1, verdict, "nom coordonné au nom d'un particulier, en minuscules")
                position = next + 1
                continue
            }
            if civility(at: next) != nil { break }
            // "Mme X, 2 rue Sainte-Barbe, Roanne : …": after the person's street address, the
            // commune the address is in (a commune alone is kept; a second person would have
            // come before the address).
            if isPunct(next - 1, ","), afterStreetAddress(next - 1), let head = word(next), !isFirstName(head),
               communeStarts(at: next) { break }
            // "MM. X, LE DUFF et QUÉRÉ": an article in capitals opens a surname in capitals.
            // "familles Jaouen, Morvan et Le Saout": in mixed case, a capitalised article before a
            // word in no list nor the lexicon opens a Breton or a Flemish surname.
            let articled = word(next).map { $0.allCaps && isParticle($0) } == true && (word(next + 1).map { designationSurname($0) } ?? false)
                // (Not after a bare comma, nor « La »: « Mme X, La Plaine-des-Cafres » is where she lives.)
                || !shouting && !isPunct(next - 1, ",") && word(next).map { $0.startsUpper && !$0.allCaps && isParticle($0) && !self.is($0, "la") } == true
                && (word(next + 1).map { $0.startsUpper && !$0.allCaps && isUnknownWord($0) } ?? false)
            // "MM. LEBRETON ET VENDREDI": after a plural civility, the surname coordinated to the
            // first is one whatever its word, unless a list's (a place, a body, a role).
            // "mm. ferreira et castro", "mmes durand et lefort": in lower case too, after a name in
            // lower case.
            if pluralCivility, let head = word(next), !head.startsUpper, head.scalars >= 3, position > 0,
               tokens[position - 1].isWord, !tokens[position - 1].startsUpper,
               !self.is(head, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link, .particle, .transaction]),
               !Scan.bytes(key(head), isOneOf: Scan.functionWords), !Scan.bytes(key(head), isOneOf: Scan.prepositions),
               !context.words.communes.contains(key(head)), word(next + 1).map({ !$0.startsUpper }) ?? true {
                emit(next, next + 1, verdict, "nom coordonné au nom d'un particulier, après une civilité au pluriel")
                position = next + 1
                continue
            }
            // "MM. ROUX et PIC": a place word that ends the clause names no place (« Pic du Midi »
            // would go on), so it is the second surname too.
            if pluralCivility, let head = word(next), head.startsUpper, head.allCaps || !shouting, head.scalars >= 3,
               !self.is(head, [.body, .legalEntity, .role, .civility, .family, .designation, .link, .particle]),
               !self.is(head, .place) || head.allCaps && (next + 1 == tokens.count || tokens[next + 1].kind == .punct),
               !context.words.communes.contains(key(head)), word(next + 1).map({ !$0.startsUpper }) ?? true {
                emit(next, next + 1, verdict, "nom coordonné au nom d'un particulier, après une civilité au pluriel")
                position = next + 1
                continue
            }
            // "consorts BOULANGER / PETIT": in mixed case, capitals set by a slash after a private
            // name are a surname whatever their word (a list's word apart).
            if isPunct(next - 1, "/"), !shouting, let head = word(next), head.allCaps, head.scalars >= 3, self.is(head, .commonWord),
               !self.is(head, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link, .particle]),
               word(next + 1).map({ !$0.allCaps }) ?? true {
                emit(next, next + 1, verdict, "nom coordonné au nom d'un particulier")
                position = next + 1
                continue
            }
            // "…, PETIT Lucienne": a common word in capitals then a first name, in a mixed-case list.
            if !shouting, let head = word(next), head.allCaps, head.scalars >= 3, self.is(head, .commonWord),
               !self.is(head, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link, .particle]),
               let first = word(next + 1), first.startsUpper, !first.allCaps, isFirstName(first), !(word(next + 2)?.startsUpper ?? false) {
                emit(next, next + 2, verdict, "nom coordonné au nom d'un particulier")
                position = next + 2
                continue
            }
            // "… ET L'EARL DES PRES SALES": an elided legal form in capitals stays one token.
            guard let head = word(next), coordinatedNameShape(head) || articled, !self.is(head, .legalEntity, bare: true) else { break }
            // "M. X, PAYSAGISTE AUTO-ENTREPRENEUR": a trade or status, not a second person.
            if phrase(next..<(next + 1), in: context.words.professions) || soleTraderMarker(at: next) != nil
                || soleTraderMarker(at: next + 1) != nil { break }
            // "adjudicataire : M. Joseph MEYER, Oberhaslach": after a surname in capitals and a
            // comma, a word in mixed case that is no first name is written otherwise than a
            // surname here: a place (the person's commune), not a second person.
            if isPunct(next - 1, ","), !shouting, !head.allCaps, !isFirstName(head), position > 0, tokens[position - 1].allCaps,
               tokens[position - 1].scalars > 1 { break }
            // "…, AO 218": one or two capitals before a number are a cadastral section.
            if head.scalars <= 2, head.allCaps, next + 1 < tokens.count, tokens[next + 1].kind == .number { break }
            let name = consumeName(from: next, linkCivilities: false)
            // "M. Paul ROUX et Jean PIC": in mixed case, capitals after a listed first name are its
            // surname even when they spell a place or a common word, as after a civility.
            let firstThenCaps = !shouting && name.parts.count >= 2 && isPlainFirstName(tokens[name.parts[0]])
            guard !name.parts.isEmpty,
                  name.parts.allSatisfy({ coordinatedNameShape(tokens[$0]) || isParticle(tokens[$0]) || designationSurname(tokens[$0])
                      || firstThenCaps && $0 != name.parts[0] && tokens[$0].allCaps && tokens[$0].scalars >= 2
                      && !self.is(tokens[$0], [.body, .legalEntity, .role, .civility]) }),
                  !companyAfter(name.end), !professionAfter(name.end), !roleNear(start: next, end: name.end) else { break }
            emit(name.parts[0], name.end, verdict, "nom coordonné au nom d'un particulier")
            position = name.end
        }
        return position
    }

    /// The words of a nickname right after a name: « , dit « Gégé » », « (dit "Jojo") »,
    /// « alias « Momo » ».
    func nickname(after end: Int) -> Range<Int>? {
        var position = end
        if isPunct(position, ",") || isPunct(position, "(") { position += 1 }
        guard let said = word(position), self.is(said, "dit") || self.is(said, "dite") || self.is(said, "alias"),
              isOpeningQuote(position + 1) else { return nil }
        let first = position + 2
        var close = first
        while close < tokens.count, close - first < 4, let part = word(close), part.startsUpper { close += 1 }
        guard close > first, close < tokens.count, tokens[close].kind == .punct, !isOpeningQuote(close) || isPunct(close, "\"") else { return nil }
        return first..<close
    }
}

extension Scan {
    /// Where a name written surname first may open: the subject's start, a separator (« : »,
    /// « – », « / », « ( », « , ») or a preposition that introduces a party (« à », « de »,
    /// « par », « pour », « avec »).
    func surnameFirstSlot(before index: Int) -> Bool {
        guard index > 0 else { return true }
        if isPunct(index - 1, ":") || isPunct(index - 1, "–") || isPunct(index - 1, "-") || isPunct(index - 1, "/") || isPunct(index - 1, "(")
            || isPunct(index - 1, ",") { return true }
        guard let previous = word(index - 1), !previous.startsUpper else { return false }
        return Scan.bytes(key(previous), isOneOf: ["a", "de", "par", "pour", "avec", "aupres", "entre"])
    }
}
