/// The street of a private person's property written without a house number: « Vente d'un
/// délaissé communal rue X à M. Y », « leur maison rue Z », « propriété de la famille W, route
/// Nationale ». With the person's name occulted, the street and the transaction still lead to
/// the parcel through the land registry (issue 13: what identifies the person goes with the
/// name). A street only named in the subject (« travaux de la rue Pasteur », « Parking de la rue
/// Berlioz : … ») is a place and stays.
extension Scan {
    /// Words of a trade held on the public domain (a terrace, a stall, a market pitch).
    static let tradeSiteWords: [StaticString] = ["terrasse", "terrasses", "occupation", "emplacement", "emplacements", "buvette", "etalage",
                                                 "kiosque", "braderie", "forain", "forains", "foraine", "commerce", "commercant", "commercante",
                                                 "boutique", "stand", "bouquiniste", "camion", "food", "truck"]

    /// Words of an incident, whose street is where it happened.
    static let incidentWords: [StaticString] = ["chute", "accident", "collision", "heurte", "heurtee", "incident", "sinistre", "chutes"]

    /// Words of a subscriber's water or sewer service, which is delivered at their dwelling.
    static let serviceSiteWords: [StaticString] = ["degrevement", "degrevements", "fuite", "fuites", "compteur", "abonne", "abonnee",
                                                   "abonnes", "abonnees", "branchement", "raccordement", "surconsommation"]

    /// Calls `emit` with the token range of each street, in the clause of a private person,
    /// that a property word governs: right after it (« maison rue X », « parcelle située
    /// boulevard Y », « portion du chemin de Z »), or set by a comma right after the person's
    /// name when the clause speaks of a property before it.
    func propertyStreets(covered: [Range<Int>], privates: [Range<Int>], emit: (Int, Int) -> Void) {
        // No street word, no street: most cells with a private person end here.
        guard cellHas(.place) else { return }
        // The two sets read here, taken out of the vocabulary: a copy of the whole vocabulary
        // retained and released its twenty-odd sets for each cell with a private person.
        let propertyNouns = context.nameVocabulary.propertyNouns, propertyStreetLinks = context.nameVocabulary.propertyStreetLinks
        // Asked at most once a cell, and only when a street needs it.
        lazy var landOperationInCell = cellHasLandOperation
        // From the first token: a street may open the subject (`opensLandOperation`).
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // "Rétrocession de l'impasse des Églantines": the street word may carry its article.
            // (« mr et mme X rte de montfaucon »: a way's abbreviation right after a private
            // person's name.)
            // (« Dégrèvements pour fuite : M. X (rue des Lilas) »: in parentheses right after it.)
            let afterName = privates.contains(where: { $0.upperBound == index }) || isPunct(index - 1, "(") && privates.contains(where: { $0.upperBound == index - 1 })
            guard let street = word(index),
                  self.is(street, .place, bare: true) && (Scan.bytes(keyWithoutElision(street), isOneOf: Scan.roadWords) || isWholeStreetName(street)
                    || Scan.capitalRoadWords.contains(where: { self.is(street, $0) }) && (street.startsUpper || namesSquare(at: index)))
                    || afterName && !street.startsUpper && Scan.bytes(key(street), isOneOf: Scan.roadAbbreviations) && word(index + 1).map(isParticle) == true,
                  !covered.contains(where: { $0.contains(index) }), !afterHouseNumber(index) else { continue }
            let clause = propertyClause(around: index)
            // "Vente à M. X chemin des Vignes": a street right after a private person's name, no
            // word between, is where they live or own.
            var governed = afterName
            // A property word within three linking words before the street.
            var position = index - 1
            var skipped = 0
            var located = false
            var possessed = false
            while position >= 0, skipped <= 3, isPunct(position, "–") || isPunct(position, "-") {
                position -= 1
                skipped += 1
            }
            // "l'immeuble cadastré AB 12, avenue X", "la parcelle AB 12 route de Y": across a parcel
            // reference (and its comma).
            // A subject may open with the dash: nothing before it.
            if position >= 0, isPunct(position, ",") || tokens[position].kind == .number {
                var look = isPunct(position, ",") ? position - 1 : position
                while look >= 0, position - look < 7 {
                    if let before = word(look), propertyNouns.contains(keyWithoutElision(before)) {
                        // ("jusqu'à sa propriété, chemin de Kerhuel": right after the property word, only
                        // a possessive's — the person's own.)
                        possessed = look == position - 1 && (word(look - 1).map { Scan.bytes(key($0), isOneOf: Scan.possessives) } ?? false)
                        governed = look < position - 1 || possessed
                        break
                    }
                    // "garage n° 4 rue Voltaire": a lot's number.
                    guard tokens[look].kind == .number || isPunct(look, ",") || isPunct(look, "°")
                            || (word(look).map { $0.allCaps && $0.scalars <= 2 || isParcelWord($0) || self.is($0, "n") || self.is($0, "no")
                                // ("vte parcelle ab 12 rue victor hugo": a section in lower case.)
                                || isLowerSection($0) } ?? false) else { break }
                    look -= 1
                }
            }
            while !governed, position >= 0, skipped <= 3, let before = word(position) {
                if propertyNouns.contains(keyWithoutElision(before)) {
                    // ("Construction d'une halle de marché place X – lot 6 : M. Y, EI": a public
                    // building the works raise, not the contractor's property.)
                    governed = !publicWorks(before: position)
                    break
                }
                guard propertyStreetLinks.contains(key(before)) else { break }
                if self.is(before, "sis") || self.is(before, "sise") || key(before).starts(with: "situe".utf8) { located = true }
                position -= 1
                skipped += 1
            }
            // "M. X, commerçant rue du Moutier", "Mme Y et M. Z, primo-accédants rue de Kerjégu":
            // a trade or situation in apposition to a private person, right before the street,
            // says where they work or live.
            if !governed, let noun = word(index - 1), self.is(noun, .personNoun, bare: true),
               privates.contains(where: { $0.upperBound < index - 1 && $0.upperBound >= index - 4 }) { governed = true }
            // "la parcelle AB 12 (1 250 m²) sise chemin de X": "sis" or "situé" refers back to the
            // property across its reference and area.
            // (Nothing to look at when the walk reached the clause's start.)
            if !governed, located, position > max(clause.lowerBound, index - 14) {
                governed = (max(clause.lowerBound, index - 14)..<position).contains { word($0).map { propertyNouns.contains(keyWithoutElision($0)) } ?? false }
            }
            // "propriété de la famille X, route Nationale", "« PROPRIETE X » RUE DES VIGNES": a
            // comma or a closing quote right after the name, and a property word before it.
            var gap = index - 1
            while gap > index - 3, isPunct(gap, ",") || isPunct(gap, "»") || isPunct(gap, "\"") { gap -= 1 }
            if !governed, gap < index - 1, let owner = privates.first(where: { $0.upperBound == gap + 1 }) ?? covered.first(where: { $0.upperBound == gap + 1 }) {
                let from = min(clause.lowerBound, owner.lowerBound)
                governed = (max(0, from - 1)..<owner.lowerBound).contains { word($0).map { propertyNouns.contains(keyWithoutElision($0)) } ?? false }
                // "refus de raccordement de M. X, impasse du Moulin": a street set by a single
                // comma right after a private person's name is where they live.
                // (« chute d'arbre sur le véhicule de Mme X, route de Y »: where an incident took
                // place, not where they live.)
                if !governed, gap == index - 2, isPunct(index - 1, ","), privates.contains(where: { $0.upperBound == index - 1 }),
                   !tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.incidentWords) }) {
                    governed = true
                }
            }
            // « vente maison X rue de Verdun », « VENTE TERRAIN X / Y – RUE DE LA MAIRIE », « ancien
            // garage Peugeot de la route de Douai appartenant à M. X »: a property word earlier in
            // the clause, within twelve tokens and with no other street between.
            var look = index - 1
            while !governed, look >= max(clause.lowerBound, index - 12) {
                defer { look -= 1 }
                guard let before = word(look) else { continue }
                if propertyNouns.contains(keyWithoutElision(before)) {
                    governed = !publicWorks(before: look)
                    if !governed { break }
                }
                if self.is(before, .place), Scan.roadWords.contains(where: { self.is(before, $0) }) { break }
            }
            // « ALIGNEMENT RUE DE LA GARE – ACQUISITION … AUX CONSORTS X », « CESSION D'UNE PARTIE DE
            // L'IMPASSE DES ROSIERS A MME Y », « CHEMIN RURAL DES VIGNES – DEMANDE D'ACQUISITION PAR
            // M. Z »: the street is what the land operation sells, aligns or settles, and the
            // subject's private persons are its parties, whatever clause names them.
            // "terrasse exploitée par Mme X (EI), place de la Victoire", "indemnisation de M. Y,
            // bouquiniste, place du Théâtre": in a subject about a trade on the public domain, a
            // street set by a comma within a few words after a private person is where they trade.
            // (« Dégrèvement pour fuite – Mme X – rue Y », « … abonnée Mme X - compteur n° … - rue
            // Z »: a subscriber's water service is at their dwelling.)
            let serviceSite = tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.serviceSiteWords) })
            let tradeSite = !governed && (isPunct(index - 1, ",") || serviceSite && (isPunct(index - 1, "-") || isPunct(index - 1, "–") || isPunct(index - 1, "—")))
                && privates.contains(where: { $0.upperBound <= index - 1 && index - 1 - $0.upperBound <= 8 })
                && (serviceSite || tokens.contains(where: { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.tradeSiteWords) }))
            let operated = !privates.isEmpty && landOperation(before: index) || tradeSite
            // ("la quincaillerie de la Grand'Rue", "le bar de la Grande Rue": a street word that is
            // the whole name, or the adjective before it.)
            // (« sis 22 Grande Rue »: the house number's address is read whole elsewhere.)
            let adjectived = street.startsUpper && (word(index - 1).map { before in before.startsUpper && Scan.streetAdjectives.contains(where: { self.is(before, $0) }) } ?? false)
                && !afterHouseNumber(index - 1)
            guard governed || operated || !privates.isEmpty && (index <= 6 || landOperationInCell),
                  let end = streetNameEnd(street: index) ?? lowercaseStreetEnd(street: index, afterName: afterName)
                    ?? (isWholeStreetName(street) || adjectived ? index + 1 : nil) else { continue }
            let from = adjectived && end == index + 1 ? index - 1 : index
            let opening = !governed && !operated && opensLandOperation(street: index, end: end)
            // "Échange foncier – M. X cède 120 m² contre 95 m² communaux – rue du Stade": a street
            // standing alone between dashes or colons in a land operation with private parties
            // locates the land they sell, buy or exchange.
            let standing = !governed && !operated && !opening && !privates.isEmpty && standsAlone(street: index, end: end) && landOperationInCell
            guard governed || operated || opening || standing else { continue }
            // « Local commercial rue Nationale : exonération de loyer pour M. X »: a property and
            // its street heading the subject (its first five words) are the matter of the whole.
            // (A closure, not the key path `\.isWord`: projecting a key path per token cost 700
            // instructions a call.)
            let heading = governed && tokens[..<index].lazy.filter({ $0.isWord }).count <= 4
            // "Aide aux sinistrés de l'incendie de leur immeuble rue X : M. Y, Mme Z": the persons
            // listed right after the clause's colon own the property it names.
            let listedAfter = governed && isPunct(clause.upperBound, ":") && privates.contains { (clause.upperBound + 1)...(clause.upperBound + 3) ~= $0.lowerBound }
            // « Avenant au bail de Mme X — logement communal de la rue Y »: the property heads the
            // clause right after the person's, across a dash.
                // (« Demande de M. X : terrasse du bar place du Fronton »: across its colon.)
                || governed && clause.lowerBound > 0 && (isPunct(clause.lowerBound - 1, "—") || isPunct(clause.lowerBound - 1, "–") || isPunct(clause.lowerBound - 1, "-")
                    || isPunct(clause.lowerBound - 1, ":"))
                    && privates.contains { $0.upperBound == clause.lowerBound - 1 }
            guard operated || opening || standing || heading || listedAfter || possessed || privates.contains(where: { clause.contains($0.lowerBound) })
                    || personsHeadSubject(covered: covered, privates: privates) else { continue }
            emit(from, end)
            index = end - 1
        }
    }

    /// « place du Monument », « cours Julien », « esplanade François-Mitterrand »: a square's word
    /// in lower case is a street when a capitalised name or a date follows it, after its article
    /// (« place de stationnement » and « à la place de M. X » are not).
    func namesSquare(at index: Int) -> Bool {
        guard let square = word(index), !self.is(square, "passage"), !self.is(square, "voie") else { return false }
        var position = index + 1
        while position < index + 3, let article = word(position), isParticle(article) || self.is(article, .titleArticle) || isElided(article) {
            position += 1
        }
        guard position < tokens.count else { return false }
        if tokens[position].kind == .number { return position > index + 1 }
        guard let name = word(position) else { return false }
        // (« place du marche », « place de la mairie »: in a subject typed in lower case, a
        // definite article before the name says a square, not « place de stationnement ».)
        if !name.startsUpper {
            return name.scalars >= 3 && (index + 1..<position).contains { word($0).map { self.is($0, "du") || self.is($0, "la") || self.is($0, "l'") || self.is($0, "des") } ?? false }
                && !tokens.contains { $0.isWord && $0.startsUpper && $0.scalars >= 2 }
        }
        return civility(at: position) == nil
    }

    /// « Mmes X et Y : convention … sur leur terrain chemin des Aubépines », « M. X – acquisition
    /// du délaissé route de Y »: private persons heading the subject before its colon or dash are
    /// the parties of all it says next.
    func personsHeadSubject(covered: [Range<Int>], privates: [Range<Int>]) -> Bool {
        guard let first = privates.first, first.lowerBound <= 3 else { return false }
        var position = 0
        while position < min(tokens.count, 16) {
            if isPunct(position, ":") || isPunct(position, "–") || isPunct(position, "-") { return position > first.lowerBound }
            let inName = covered.contains { $0.contains(position) } || privates.contains { $0.contains(position) }
            guard inName || !tokens[position].isWord || civility(at: position) != nil
                    || self.is(tokens[position], .civility) || self.is(tokens[position], "et") else { return false }
            position += 1
        }
        return false
    }

    /// A land operation within four tokens before the street: « alignement rue X », « vente du
    /// chemin rural dit de Y », « cession d'une partie de l'impasse Z », « régularisation
    /// foncière – rue W ».
    func landOperation(before index: Int) -> Bool {
        var position = index - 1
        var steps = 0
        while position >= 0, steps < 5 {
            if let token = word(position) {
                if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.landOperations) { return true }
                guard self.is(token, [.particle, .titleArticle, .link]) || self.is(token, "d'") || self.is(token, "l'")
                        || self.is(token, "partie") || self.is(token, "une") || self.is(token, "fonciere") || self.is(token, "amiable")
                        || self.is(token, "individuel") || self.is(token, "individuelle") || self.is(token, "gratuite")
                        // (« Aliénation partielle du chemin rural dit de X ».)
                        || self.is(token, "partielle") || self.is(token, "partiel") else { return false }
            } else if !(isPunct(position, "-") || isPunct(position, "–")) {
                return false
            }
            position -= 1
            steps += 1
        }
        return false
    }

    /// A street opening the subject and set apart by a dash right before a land operation
    /// (its first two words): « CHEMIN RURAL DES VIGNES – DEMANDE D'ACQUISITION PAR … ».
    func opensLandOperation(street index: Int, end: Int) -> Bool {
        guard (0..<index).allSatisfy({ !tokens[$0].isWord || self.is(tokens[$0], [.titleArticle, .particle]) }),
              isPunct(end, "-") || isPunct(end, "–") || isPunct(end, ":") else { return false }
        var position = end + 1
        var words = 0
        // "Rue Marcel Cachin : cession à M. X": after a colon, the operation comes first.
        let limit = isPunct(end, ":") ? 1 : 2
        while position < tokens.count, words < limit {
            if let token = word(position) {
                if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.landOperations) { return true }
                words += 1
            }
            position += 1
        }
        return false
    }

    static let landOperations: [StaticString] = ["alignement", "declassement", "regularisation", "cession", "vente", "acquisition",
                                                  "echange", "desaffectation", "retrocession", "incorporation", "delaissement", "achat",
                                                  "integration", "preemption", "servitude", "bornage", "alienation"]

    /// A street set apart from the rest of the subject: a dash, a colon or a comma (or the
    /// subject's start) before it, its article aside, and the subject's end, a dash, a colon,
    /// a comma or a parenthesis after it.
    func standsAlone(street index: Int, end: Int) -> Bool {
        var before = index - 1
        while before >= 0, let article = word(before), self.is(article, [.particle, .titleArticle]) { before -= 1 }
        // (At the subject's head, a street is the matter of what follows: `opensLandOperation`.)
        guard before >= 0, isPunct(before, "–") || isPunct(before, "-") || isPunct(before, ",") else { return false }
        return end >= tokens.count || isPunct(end, "–") || isPunct(end, "-") || isPunct(end, ":") || isPunct(end, ",") || isPunct(end, "(") || isPunct(end, ";")
    }

    /// A land operation anywhere in the subject (« échange foncier », « cession gratuite »).
    var cellHasLandOperation: Bool {
        tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.landOperations) }
    }

    /// "14 rue X", "3 bis, rue Y": the numbered address, which the linked rule reports whole.
    func afterHouseNumber(_ index: Int) -> Bool {
        var position = index - 1
        if isPunct(position, ",") { position -= 1 }
        if let suffix = word(position), self.is(suffix, "bis") || self.is(suffix, "ter") { position -= 1 }
        // "cadastré AB 12, avenue X": the number of a parcel, not of a house.
        if let section = word(position - 1), section.allCaps, section.scalars <= 2 { return false }
        // "garage n° 4 rue X": a lot's number, not a house's.
        if position >= 1, isPunct(position - 1, "°") { return false }
        return position >= 0 && tokens[position].kind == .number
    }

    /// The clause of `index` for a property's street: cut at ";", "—" and ":", which open
    /// another matter (« Parking de la rue X : acquisition du garage de M. Y »).
    func propertyClause(around index: Int) -> Range<Int> { clauseBounds(around: index, atColon: true) }

    /// "Grand'Rue", "Grande-Rue": a street word that is a whole street's name.
    func isWholeStreetName(_ token: Token) -> Bool {
        if self.is(token, .place), key(token).starts(with: "grand".utf8) { return true }
        // "5 Hauptstrasse", "12 Kirchgasse", "3 Lindenweg": the street word of Alsace and Moselle
        // is the end of one capitalised word.
        guard token.startsUpper, token.scalars >= 7 else { return false }
        let folded = key(token)
        return Scan.germanStreetEnds.contains { end in
            folded.count > end.utf8CodeUnitCount && folded.suffix(end.utf8CodeUnitCount).elementsEqual(UnsafeBufferPointer(start: end.utf8Start, count: end.utf8CodeUnitCount))
        }
    }

    static let germanStreetEnds: [StaticString] = ["strasse", "strase", "gasse", "weg", "platz", "gassel"]
}

extension Scan {
    /// Whether works on a building (« Construction d'une halle », « réhabilitation du gymnase »)
    /// govern the property noun at `noun`: a public project, not a person's property.
    /// (« Construction d'une halle de marché place X »: up to five words back, within the clause.)
    func publicWorks(before noun: Int) -> Bool {
        // "construction d'une halle place X": the act of building, not a building.
        if let head = word(noun), self.is(head, "construction"), let article = word(noun + 1),
           Scan.bytes(key(article), isOneOf: ["d'un", "d'une", "un", "une", "du", "des"]) { return true }
        var position = noun - 1
        while position >= 0, noun - position <= 5, let token = word(position) {
            // (« extension de leur jardin », « travaux d'office » on a private property.)
            if Scan.bytes(key(token), isOneOf: Scan.possessives) || self.is(token, "d'office") || self.is(token, "office") { return false }
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.worksWords) { return true }
            position -= 1
        }
        return false
    }

    static let worksWords: [StaticString] = ["construction", "reconstruction", "rehabilitation", "renovation", "extension", "amenagement",
                                             "travaux", "restructuration"]
}
