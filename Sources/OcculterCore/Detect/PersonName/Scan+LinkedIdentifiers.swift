import Foundation

/// What identifies a private person through the land registry: cadastral parcels, house
/// numbers, streets and addresses in the same cell.
extension Scan {
    /// What identifies an occulted private person through the land registry, in the same
    /// cell: the cadastral parcels ("parcelle AB 301", "parcelles AT 180, 183 et 184") and the
    /// house number and street ("14 chemin des Manguiers"). The configuration may keep the
    /// parcels (`linked_identifiers: {parcels: keep}`).
    func linkedIdentifiers(covered: [Range<Int>], privates: [Range<Int>], occultFound: Bool, emit: (Int, Int, String) -> Void) {
        var covered = covered
        var streets: [Range<Int>] = []
        propertyStreets(covered: covered, privates: privates) { from, to in
            emit(from, to, "rue du bien d'un particulier occulté")
            streets.append(from..<to)
        }
        if !streets.isEmpty { covered += streets }
        // Without a digit (a number, a glued parcel "ZB58"), only the street of a house named by
        // its owner: no walk of every token.
        guard source.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            for range in covered where namesAHouse(before: range.lowerBound) {
                // (« maison [X] place du marche »: in lower case, the street may follow the name
                // without a mark.)
                let glued = !tokens[range.upperBound - 1].startsUpper && (word(range.upperBound).map { !$0.startsUpper } ?? false)
                let index = glued ? range.upperBound : range.upperBound + 1
                guard index < tokens.count, glued || isPunct(index - 1, "–") || isPunct(index - 1, "-") || isPunct(index - 1, ","),
                      !covered.contains(where: { $0.contains(index) }),
                      let end = streetNameEnd(street: index) ?? (glued ? lowercaseStreetEnd(street: index) : nil) else { continue }
                emit(index, end, "adresse citée avec un particulier occulté")
            }
            return
        }
        // The findings in order, walked with a cursor: a search of them per token was most of
        // this walk.
        let ordered = covered.sorted { $0.lowerBound < $1.lowerBound }
        // A parcel word or a land operation anywhere in the subject (asked once, lazily).
        lazy var landSubject = tokens.contains { token in
            token.isWord && (isParcelWord(token) || Scan.bytes(keyWithoutElision(token), isOneOf: Scan.landWords))
        }
        // A subject typed in lower case: no word of two letters or more opens with a capital.
        lazy var lowercaseCell = !tokens.contains { $0.isWord && $0.startsUpper && $0.scalars >= 2 }
        // An estate's lots (not a public contract's: « lot n° 3 – plomberie »), asked lazily.
        lazy var estateSubject = tokens.contains { token in
            token.isWord && Scan.bytes(keyWithoutElision(token), isOneOf: ["lotissement", "lotissements", "lotir"])
        }
        var cursor = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            while cursor < ordered.count, ordered[cursor].upperBound <= index { cursor += 1 }
            if cursor < ordered.count, ordered[cursor].contains(index) { continue }
            // One branch per kind of token: most tokens are words, and only words are asked
            // about parcel and street words.
            switch tokens[index].kind {
            case .punct:
                guard !context.config.keepLinkedParcels else { continue }
                // "M. X et Mme Y – PC 20 C 0025 – AB 280, AB 516": two capitals and a number set
                // apart by a dash or a slash, in a subject about a private person's property, are
                // cadastral sections (not a road, a zone, a permit or a class).
                if occultFound, isPunct(index, "–") || isPunct(index, "-") || isPunct(index, "/") || isPunct(index, ",") || isPunct(index, "("),
                   // ("maison forestière des Arsins (B 1102) à M. et Mme X": one capital only in
                   // parentheses, in a subject about land.)
                   // ("VTE TERRAIN X / COMMUNE - A 1045": or after a dash, before a number of
                   // three digits or more.)
                   let section = word(index + 1), section.allCaps && section.scalars == 2 || section.scalars == 1 && section.startsUpper && landSubject
                    && (isPunct(index, "(") || index + 2 < tokens.count && tokens[index + 2].kind == .number && tokens[index + 2].folded.count >= 3),
                   !Scan.sectionLookalikes.contains(where: { self.is(section, $0) }),
                   index + 2 < tokens.count, tokens[index + 2].kind == .number,
                   let (from, to) = parcelReference(after: index + 1), from == index + 1 {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                    continue
                }
                // "BIEN DES CONSORTS X, 3 RUE DU 11 NOVEMBRE, AO 218": a section and number set by
                // a comma right after the private person's name (and address).
                if isPunct(index, ","), privates.contains(where: { $0.upperBound == index }),
                   let (from, to) = parcelReference(after: index + 1), from == index + 1 {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                    continue
                }
                // "propriété X (AE 77)": a section and number in parentheses right after the
                // private person's name or a property word.
                // "Lina (CE1)": a school class glued to its number is no parcel.
                if isPunct(index, "("), !(word(index + 1).map(isGluedSchoolClass) ?? false),
                   privates.contains(where: { $0.upperBound == index }) || (word(index - 1).map { context.nameVocabulary.propertyNouns.contains(key($0)) } ?? false),
                   let (from, to) = parcelReference(after: index + 1), from == index + 1, isPunct(to, ")") || isPunct(to, ",") || word(to) != nil {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to
                }
            case .number:
                // "agressée le 3 mars 2024 rue X": a year right after its month is no house
                // number, and the street is where the event took place (« sinistrés de l'incendie
                // du 14 février 2024, rue X »: after a comma, where they live).
                let year = !isPunct(index + 1, ",") && (word(index - 1).map { Scan.bytes(key($0), isOneOf: Scan.months) } ?? false)
                // ("n° 12 route de la Combe": after « n° », only a number a road word follows — not
                // an act's or a lot's.)
                let numbered = index > 0 && isPunct(index - 1, "°")
                // ("garage n° 4 rue Voltaire": the garage's number, its street apart.)
                // (« n° 14 bis rue Montesquieu »: past the number's suffix.)
                let suffixed = word(index + 1).map { self.is($0, "bis") || self.is($0, "ter") } == true
                let roadNext = word(index + (suffixed ? 2 : 1)).map { next in Scan.roadWords.contains(where: { self.is(next, $0) }) } ?? false
                    && !(word(index - 3).map { context.nameVocabulary.propertyNouns.contains(key($0)) } ?? false)
                guard !numbered || roadNext, !year, let end = streetEnd(from: index) else { continue }
                emit(index, end, "adresse citée avec un particulier occulté")
                index = end - 1
                // "3 RUE DU 11 NOVEMBRE, AO 218": the parcel written right after the address.
                if !context.config.keepLinkedParcels, isPunct(end, ","), let (from, to) = parcelReference(after: end + 1), from == end + 1 {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                }
            default:
                // "vente du lot n° 4 du lotissement Les Galets à Mlle X": the lot of an estate
                // sold or let to the private person designates the parcel as its number would.
                if occultFound, !context.config.keepLinkedParcels, let token = word(index), self.is(token, "lot") || self.is(token, "lots"),
                   let end = lotReferenceEnd(after: index), estateSubject {
                    emit(index, end, "lot d'un lotissement cité avec un particulier occulté")
                    index = end - 1
                    continue
                }
                // "la commune cède AB 15 et AB 16, M. X cède AC 20", "– ZA 212, ZA 213": in a
                // subject about land that names a private person, two capitals and a number are
                // a parcel wherever they stand.
                // "CNE CÈDE B 702 – REÇOIT B 705 ET B 706": one capital only right after a verb of
                // the exchange (a letter alone names a building, an annex or a motorway elsewhere);
                // the parcels coordinated to it are read with it (`parcelReference`).
                if occultFound, !context.config.keepLinkedParcels, let token = word(index),
                   token.allCaps && token.scalars == 2 || token.scalars == 1 && token.startsUpper
                    && (word(index - 1).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.exchangeVerbs) } ?? false),
                   index + 1 < tokens.count, tokens[index + 1].kind == .number,
                   !isParticle(token), token.scalars == 1 || !self.is(token, [.link, .commonWord, .titleArticle]),
                   !Scan.bytes(key(token), isOneOf: Scan.prepositions) && !Scan.bytes(key(token), isOneOf: Scan.listJoiners),
                   !Scan.sectionLookalikes.contains(where: { self.is(token, $0) && !self.is(token, "za") }), landSubject,
                   let (from, to) = parcelReference(after: index), from == index {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                    continue
                }
                // "echange parcelles x / y zc 45 contre zc 61", "ab 302 (mme x)": in a subject typed
                // in lower case about land that names a private person, two lower-case letters and
                // a number are a parcel wherever they stand (not a unit: « 2 ha 05 »).
                if occultFound, !context.config.keepLinkedParcels, let token = word(index), !token.startsUpper, token.scalars == 2,
                   isLowerSection(token), numberAfter(index + 1) != nil, landSubject, lowercaseCell,
                   !Scan.bytes(key(token), isOneOf: Scan.lowercaseSectionLookalikes), !Scan.bytes(key(token), isOneOf: Scan.listJoiners),
                   !Scan.sectionLookalikes.contains(where: { self.is(token, $0) }),
                   let (from, to) = parcelReference(after: index), from == index {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                    continue
                }
                // "vte parc. zb 45", "ACQ. PARC. AE 210": the clerk's abbreviation, with its dot.
                // "vte parc AB 301", "(parc zl 33)": without its dot, only before a section and a
                // number right after it (« parc des sports » is a park).
                let parc = word(index).map { self.is($0, "parc") } == true
                let abbreviated = parc && isPunct(index + 1, ".")
                let parcBeforeSection = parc && !abbreviated && (parcelReference(after: index + 1).map { $0.0 == index + 1 } ?? false)
                if !context.config.keepLinkedParcels, let token = word(index), isParcelWord(token) || abbreviated || parcBeforeSection,
                   let (from, to) = parcelReference(after: abbreviated ? index + 2 : index + 1) {
                    emit(from, to, "parcelle cadastrale citée avec un particulier occulté")
                    index = to - 1
                    if let end = streetRightAfterParcel(to), !covered.contains(where: { $0.contains(to + 1) }) {
                        emit(to + 1, end, "rue du bien d'un particulier occulté")
                        index = end - 1
                    }
                    continue
                }
                // "MAISON AUDIC – Rue des TILLEULS": the street set by a dash or a comma right
                // after a house designated by its owner's name is the house's. After a person's
                // name alone ("à M. X - Résidence Les Cèdres") it may be anything: a street needs
                // its number.
                if index >= 2, tokens[index - 1].kind == .punct, isPunct(index - 1, "–") || isPunct(index - 1, "-") || isPunct(index - 1, ","),
                   covered.contains(where: { $0.upperBound == index - 1 && namesAHouse(before: $0.lowerBound) }),
                   let end = streetNameEnd(street: index) {
                    emit(index, end, "adresse citée avec un particulier occulté")
                    index = end - 1
                }
            }
        }
    }

    /// "lot n° 4", "lot 7", "lots n° 3 et 4": after the word « lot », the numbers (`numberAfter`),
    /// coordinated by « et » or commas. Returns the reference's end.
    func lotReferenceEnd(after lot: Int) -> Int? {
        guard let position = numberAfter(lot + 1) else { return nil }
        var end = position + 1
        while end + 1 < tokens.count, isPunct(end, ",") || (word(end).map { self.is($0, "et") } ?? false), tokens[end + 1].kind == .number { end += 2 }
        return end
    }

    /// "… parcelles AB 12, AB 13 – chemin de la Garenne": a street without number set apart
    /// by a dash or a comma right after the parcels, and closing its clause, is where they lie.
    func streetRightAfterParcel(_ to: Int) -> Int? {
        guard isPunct(to, "–") || isPunct(to, "-") || isPunct(to, ","), let street = word(to + 1),
              Scan.roadWords.contains(where: { self.is(street, $0) }),
              let end = streetNameEnd(street: to + 1) ?? lowercaseStreetEnd(street: to + 1),
              end == tokens.count || tokens[end].kind == .punct && !isPunct(end, "'") else { return nil }
        return end
    }

    /// A word with an elided article before a capital ("l'Église").
    func isElided(_ token: Token) -> Bool {
        let bytes = key(token)
        guard bytes.count > 2, bytes[1] == UInt8(ascii: "'"), bytes[0] == UInt8(ascii: "l") || bytes[0] == UInt8(ascii: "d") else { return false }
        // After "l'" (one byte) or "l’" (three bytes).
        let after = token.range.lowerBound + (source[token.range.lowerBound + 1] == UInt8(ascii: "'") ? 2 : 4)
        guard after < token.range.upperBound else { return false }
        let start = source[after]
        return start >= 0xC3 || (start >= UInt8(ascii: "A") && start <= UInt8(ascii: "Z"))
    }

    func isParcelWord(_ token: Token) -> Bool {
        // Every parcel word starts with c, p or s.
        guard let first = key(token).first, first == UInt8(ascii: "p") || first == UInt8(ascii: "s") || first == UInt8(ascii: "c") else {
            return false
        }
        for literal in Scan.parcelWords
        where self.is(token, literal) { return true }
        // "parcellle B 77", "parcels": a hurried clerk's spelling of « parcelle ».
        let bytes = key(token)
        // (Not « parcellaire »: only l, e and s after the stem.)
        return bytes.count >= 7 && bytes.count <= 11 && bytes.starts(with: "parcel".utf8)
            && bytes.dropFirst(6).allSatisfy { $0 == UInt8(ascii: "l") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "s") }
    }

    /// "AB 301", "section D n° 429", "AT 180, 183 et 184", "AH 90 et AH 178" within a few
    /// tokens after a parcel word.
    func parcelReference(after start: Int) -> (Int, Int)? {
        if let numbered = numberedParcelReference(at: start) { return numbered }
        var position = start
        var skipped = 0
        while position < tokens.count, skipped < 4 {
            // "parcelle boisée 0B 1274": a zero-led section a few words on.
            if skipped > 0, isZeroSection(position), let numbered = numberedParcelReference(at: position) { return numbered }
            let glued = word(position).map(isGluedParcel) ?? false
            // "parcelle zh 31": in lower case, only right after the parcel word.
            let lowerSection = position == start && ((word(position).map(isLowerSection) ?? false) || sectionA(at: position))
            // "section déclassée de la RD 42": past the parcel word, a road's or a zone's letters are no section.
            if let letters = word(position), glued || lowerSection || letters.startsUpper && letters.scalars <= 2 && (letters.allCaps || letters.scalars == 1),
               skipped == 0 || !Scan.sectionLookalikes.contains(where: { self.is(letters, $0) }),
               let number = glued ? position : numberAfter(position + 1) {
                var end = number + 1
                while true {
                    var next = end
                    // "b 412 b 413": in lower case, the list repeats its section without a comma.
                    let bare = lowerSection && (word(next).map { isLowerSection($0) } ?? false) && numberAfter(next + 1) != nil
                    // "C 400-C 402": a dash joins two references of a list.
                    // ("parcelles AL 1; AL 3; AL 8": a semicolon, before another section only.)
                    let semicolon = isPunct(next, ";")
                    if bare {
                    } else if isPunct(next, ",") || isPunct(next, "/") || isPunct(next, "-") || semicolon
                        || (word(next).map { self.is($0, "et") || self.is($0, "a") || self.is($0, "contre") } ?? false) { next += 1 } else { break }
                    if semicolon, next < tokens.count, tokens[next].kind == .number { break }
                    // "AC 88-89-90": numbers glued by dashes are the same section's.
                    let gluedDash = isPunct(next - 1, "-") && tokens[next - 2].range.upperBound == tokens[next - 1].range.lowerBound
                        && next < tokens.count && tokens[next - 1].range.upperBound == tokens[next].range.lowerBound
                    if isPunct(next - 1, "-"), !gluedDash, !(word(next).map { $0.startsUpper && $0.scalars <= 2 } ?? false) { break }
                    if next < tokens.count, tokens[next].kind == .number {
                        // "80 contre 0B 81": a one-letter section written after a zero.
                        if isZeroSection(next), let number = numberAfter(next + 1) { end = number + 1; continue }
                        end = next + 1
                        continue
                    }
                    if let more = word(next), more.allCaps || more.scalars == 1, more.startsUpper, more.scalars <= 2,
                       let number = numberAfter(next + 1) { end = number + 1; continue }
                    // "ab 56 / ab 57": a lower-case list keeps its case.
                    if lowerSection, let more = word(next), isLowerSection(more), let number = numberAfter(next + 1) { end = number + 1; continue }
                    if let more = word(next), isGluedParcel(more) { end = next + 1; continue }
                    break
                }
                return (position, end)
            }
            position += 1
            skipped += 1
        }
        return nil
    }

    /// Two forms where the reference opens with a number: Alsace-Moselle's numbered sections
    /// ("section 4 n° 112/33", "section 9 parcelle n°233/36") and numbers written before their
    /// section ("parcelles 12, 14 et 15 section C").
    func numberedParcelReference(at start: Int) -> (Int, Int)? {
        guard start < tokens.count, tokens[start].kind == .number else { return nil }
        func numbersEnd(from first: Int) -> Int {
            var end = first + 1
            while true {
                var next = end
                if isPunct(next, ",") || isPunct(next, "/") || (word(next).map { self.is($0, "et") || self.is($0, "contre") } ?? false) { next += 1 } else { break }
                guard next < tokens.count, tokens[next].kind == .number else { break }
                // "0B 80 contre 0B 81".
                if isZeroSection(next), let number = numberAfter(next + 1) { end = number + 1; continue }
                end = next + 1
            }
            return end
        }
        // "0C 1287": the cadastre writes a one-letter section with a leading zero.
        let range = tokens[start].range
        if range.count == 2, source[range.lowerBound] == UInt8(ascii: "0"),
           source[range.lowerBound + 1] >= UInt8(ascii: "A"), source[range.lowerBound + 1] <= UInt8(ascii: "Z"),
           let number = numberAfter(start + 1) {
            return (start, numbersEnd(from: number))
        }
        if let section = word(start - 1), self.is(section, "section") {
            var position = start + 1
            if let parcelWord = word(position), isParcelWord(parcelWord) { position += 1 }
            guard let number = numberAfter(position), number > start + 1 else { return nil }
            return (start, numbersEnd(from: number))
        }
        let end = numbersEnd(from: start)
        guard let section = word(end), self.is(section, "section"), let letters = word(end + 1), letters.startsUpper,
              letters.scalars <= 2, letters.allCaps || letters.scalars == 1 else { return nil }
        return (start, end + 2)
    }

    /// Whether a parcel's reference starts at `position` without a parcel word before it: a
    /// section of one or two capitals then a number ("ZE 33"), or both glued ("AB14").
    func opensParcelReference(_ position: Int) -> Bool {
        guard let letters = word(position), letters.startsUpper, letters.scalars <= 2 else { return false }
        if isGluedParcel(letters) { return true }
        return (letters.allCaps || letters.scalars == 1) && numberAfter(position + 1) != nil
    }

    /// A section and its number written as one word ("ZB58", "A123"): one or two capitals,
    /// then one to four digits.
    func isGluedParcel(_ token: Token) -> Bool {
        let bytes = key(token)
        guard bytes.count >= 2, bytes.count <= 6 else { return false }
        var letters = 0
        while letters < bytes.count, bytes[letters] >= UInt8(ascii: "a"), bytes[letters] <= UInt8(ascii: "z") { letters += 1 }
        guard letters >= 1, letters <= 2, bytes.count - letters >= 1, bytes.count - letters <= 4 else { return false }
        for offset in letters..<bytes.count where bytes[offset] < UInt8(ascii: "0") || bytes[offset] > UInt8(ascii: "9") { return false }
        // Capitals as written: "zb58" in a reference or "Ab12" is not a section.
        for offset in 0..<letters {
            let byte = source[token.range.lowerBound + offset]
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return false }
        }
        return true
    }

    /// "CE1", "CM2", "CP": a school class, written like a glued parcel.
    func isGluedSchoolClass(_ token: Token) -> Bool {
        let bytes = key(token)
        guard bytes.count <= 3, bytes.count >= 2, bytes[0] == UInt8(ascii: "c") else { return false }
        return bytes[1] == UInt8(ascii: "e") || bytes[1] == UInt8(ascii: "m") || bytes[1] == UInt8(ascii: "p")
    }

    /// A section in lower case ("zh", "b"): one or two letters, not a short word of the text.
    func isLowerSection(_ token: Token) -> Bool {
        !token.startsUpper && token.scalars <= 2 && !self.is(token, [.link, .particle, .titleArticle])
            && !self.is(token, "au") && !self.is(token, "du") && !self.is(token, "en") && !self.is(token, "a")
    }

    /// "parcelle a 556": right after the parcel word, « a » is the section when a number of two
    /// digits or more follows that no unit or currency closes (not « parcelle a 15 euros »).
    func sectionA(at position: Int) -> Bool {
        guard let letter = word(position), !letter.startsUpper, self.is(letter, "a"), position + 1 < tokens.count,
              tokens[position + 1].kind == .number, tokens[position + 1].range.count >= 2 else { return false }
        return !(word(position + 2).map { Scan.bytes(key($0), isOneOf: Scan.amountUnits) } ?? false) && !isPunct(position + 2, "€")
            && !isPunct(position + 2, "%")
    }

    /// What closes an amount or a measure rather than a parcel's number.
    static let amountUnits: [StaticString] = ["e", "eur", "euro", "euros", "m", "m2", "ha", "ares", "ca", "centiares", "km", "lot", "lots",
                                              "ml", "metres", "an", "ans", "mois", "jours", "h", "heures", "places", "logements"]

    /// "0B": a one-letter section after a zero, read as a number token.
    func isZeroSection(_ index: Int) -> Bool {
        let range = tokens[index].range
        return range.count == 2 && source[range.lowerBound] == UInt8(ascii: "0")
            && source[range.lowerBound + 1] >= UInt8(ascii: "A") && source[range.lowerBound + 1] <= UInt8(ascii: "Z")
    }

    /// The months, whose number before is a day and after a year ("le 3 mars 2024").
    static let months: [StaticString] = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                                         "novembre", "decembre"]

    /// The number token right after `index`, past "n°", "n.", "no", "numéro".
    func numberAfter(_ index: Int) -> Int? {
        var position = index
        if let n = word(position), self.is(n, "n") || self.is(n, "no") || self.is(n, "n°") || self.is(n, "numero") {
            position += 1
            while isPunct(position, "°") || isPunct(position, ".") { position += 1 }
            // ("section 15 n°s 3, 4 et 7": the plural of « n° ».)
            if isPunct(position - 1, "°"), let plural = word(position), self.is(plural, "s") { position += 1 }
        }
        return position < tokens.count && tokens[position].kind == .number ? position : nil
    }

    /// "14 chemin des Manguiers", "3 bis rue de la Paix": a number, a street word, its name.
    func streetEnd(from index: Int) -> Int? {
        var position = index + 1
        if let suffix = word(position), self.is(suffix, "bis") || self.is(suffix, "ter") { position += 1 }
        if isPunct(position, ",") { position += 1 }
        // "9 GRANDE RUE", "2 Petite Rue": the adjective is the street's name.
        if let adjective = word(position), Scan.streetAdjectives.contains(where: { self.is(adjective, $0) }),
           let street = word(position + 1), self.is(street, .place) {
            return streetNameEnd(street: position + 1) ?? position + 2
        }
        if let end = streetNameEnd(street: position) { return end }
        // "9 Grand'Rue", "2 Grande-Rue": a street word that is a whole name.
        if let street = word(position), isWholeStreetName(street) { return position + 1 }
        return lowercaseStreetEnd(street: position)
    }

    /// "4 rue victor hugo a mr x", "terrain communal rue du stade a m. x": in lower case, the
    /// street's words up to a preposition or a punctuation mark.
    func lowercaseStreetEnd(street position: Int, afterName: Bool = false) -> Int? {
        guard let street = word(position), !street.startsUpper else { return nil }
        // "45 rte de st just", "12 imp. des glycines": a clerk's abbreviation of the way, after a
        // house number only (« av. » alone says « avis » as often), or right after a private
        // person's name (`propertyStreets`).
        if Scan.bytes(key(street), isOneOf: Scan.roadAbbreviations), position > 0, tokens[position - 1].kind == .number || afterName {
            let nameStart = isPunct(position + 1, ".") ? position + 2 : position + 1
            var end = nameStart
            // "17 r. Jules Guesde", "12 av. Jean Jaurès": after the dot, the way's name may be
            // capitalised (its words, up to a stop word, a civility or a mark).
            let capitalised = isPunct(position + 1, ".") && (word(nameStart)?.startsUpper ?? false)
            while end - nameStart < 4, let more = word(end), !more.startsUpper || capitalised && civility(at: end) == nil,
                  !Scan.lowercaseStreetStops.contains(where: { self.is(more, $0) }) { end += 1 }
            while end > nameStart, let last = word(end - 1), isParticle(last) || self.is(last, .titleArticle) { end -= 1 }
            return end > nameStart ? end : nil
        }
        guard Scan.roadWords.contains(where: { self.is(street, $0) }) || self.is(street, "place") && namesSquare(at: position) else { return nil }
        // "chemin rural n° 17", "voie communale n° 4": a public road's number, not an address;
        // but "chemin rural dit de la Fage", "chemin rural des Vignes": a named one.
        if let kind = word(position + 1), Scan.publicRoadAdjectives.contains(where: { self.is(kind, $0) }) {
            var end = position + 2
            // "17 rue nationale", "4 route departementale": after a house number, the adjective
            // is the way's name when no name of its own follows (a public road's number would
            // follow it: « chemin rural n° 17 »).
            // (« 3 chemins ruraux »: a count of ways, in the plural.)
            let housed = position > 0 && tokens[position - 1].kind == .number && !Scan.bytes(key(kind), isOneOf: ["ruraux", "communaux", "vicinaux"])
                && !(end < tokens.count && tokens[end].kind == .number) && !(word(end).map { self.is($0, "n") || self.is($0, "no") } ?? false)
            if let said = word(end), self.is(said, "dit") || self.is(said, "dite") { end += 1 }
            // ("chemin rural dit d'Errekaldia": the elided article carries the name.)
            var elidedName = false
            while end - position < 6, let article = word(end), isParticle(article) || self.is(article, .titleArticle) || isElided(article) {
                end += 1
                if isElided(article) {
                    elidedName = true
                    break
                }
            }
            if elidedName {
                while let more = word(end), more.startsUpper { end += 1 }
                return end
            }
            guard let name = word(end), name.startsUpper, end > position + 2 else { return housed ? position + 2 : nil }
            while let more = word(end), more.startsUpper || isParticle(more) && (word(end + 1)?.startsUpper ?? false) { end += 1 }
            return end
        }
        var end = position + 1
        // ("6 rue de l eglise": the clerk dropped the apostrophe of the article.)
        while end - position <= 4, let more = word(end), !more.startsUpper,
              more.scalars >= 2 || isParticle(more) || (self.is(more, "l") || self.is(more, "d")) && word(end + 1).map({ !$0.startsUpper }) == true,
              !Scan.lowercaseStreetStops.contains(where: { self.is(more, $0) }) { end += 1 }
        while end > position + 1, let last = word(end - 1), isParticle(last) || self.is(last, .titleArticle) { end -= 1 }
        return end > position + 1 ? end : nil
    }

    /// Whether one of the findings is a name right after a building word.
    func namesAHouse(in covered: [Range<Int>]) -> Bool {
        covered.contains { namesAHouse(before: $0.lowerBound) }
    }

    /// Whether a building word ("MAISON", "immeuble") comes right before `start`, past the
    /// particles of the name ("MAISON LE CORRE").
    func namesAHouse(before start: Int) -> Bool {
        var position = start - 1
        while let particle = word(position), isParticle(particle), start - position < 3 { position -= 1 }
        guard let building = word(position) else { return false }
        return Scan.buildingDesignations.contains { self.is(building, $0) }
    }

    /// "rue de la Paix", "Rue des TILLEULS": a street word and its name; returns its end.
    func streetNameEnd(street position: Int) -> Int? {
        guard let street = word(position), self.is(street, .place, bare: true), !street.allCaps || shouting else { return nil }
        // "CHEMIN RURAL N° 9", "Voie communale n° 4": a public road's number, not an address.
        if let kind = word(position + 1), Scan.publicRoadAdjectives.contains(where: { self.is(kind, $0) }), position + 2 < tokens.count,
           tokens[position + 2].kind == .number || (word(position + 2).map { self.is($0, "n") || self.is($0, "no") } ?? false) {
            return nil
        }
        // "7 IMP. DES LILAS", "2 pl. de l'Eglise": an abbreviated street word keeps its dot.
        let first = isPunct(position + 1, ".") && street.scalars <= 4 ? position + 2 : position + 1
        var end = first
        while end < tokens.count {
            let token = tokens[end]
            // "4 RUE DU FOUR A M. ET MME X": in capitals, the street ends before a civility, a
            // preposition or a word of the scan's grammar.
            if token.isWord, shouting, civility(at: end) != nil || self.is(token, "a") || self.is(token, "au") || self.is(token, "aux")
                || self.is(token, [.link, .transaction, .family, .designation, .civility]) { break }
            // "5 rue Francisco Ferrer de M. X": a street is never named after "M." or "Mme"
            // (it may be after a doctor, a master or a professor).
            if token.isWord, civility(at: end) != nil, !Scan.titleCivilities.contains(where: { self.is(token, $0) }) { break }
            if token.isWord, token.startsUpper || isParticle(token) || self.is(token, .titleArticle) || isElided(token) { end += 1; continue }
            // "rue du 11 Novembre", "place du 8 Mai 1945": a date after the article (« 6 rue du 8 mai
            // 1945 »: its month in lower case too).
            if token.kind == .number, end > position + 1, let article = word(end - 1), isParticle(article),
               let month = word(end + 1), month.startsUpper || Scan.bytes(key(month), isOneOf: Scan.months) {
                end += 2
                if end < tokens.count, tokens[end].kind == .number { end += 1 }
                continue
            }
            break
        }
        // A trailing article is not part of the street's name.
        while end > first, let last = word(end - 1), isParticle(last) || self.is(last, .titleArticle) { end -= 1 }
        return end > first ? end : nil
    }
}
