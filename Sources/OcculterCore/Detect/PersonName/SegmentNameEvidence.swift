/// A segment of the subject that holds only a person's name, surname first: « renouvellement
/// aot - guivarch jean louis - cale de pors moro », « crêperie ambulante - Le Goff Maryvonne »,
/// « concession de plage lot 4 : kerbrat gwenael (paddle) ». Clerks title a file by its holder
/// this way; a place or a body is not written as a surname then a first name.
extension Scan {
    /// Punctuation that bounds a segment: dashes, colon, parentheses, comma, semicolon, slash,
    /// pipe.
    static let segmentMarks: [StaticString] = ["-", "–", "—", ":", "(", ")", ",", ";", "/", "|"]

    /// Whether a segment starts or ends at this side of `index` (the cell's ends count).
    func isSegmentBoundary(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return true }
        guard tokens[index].kind == .punct else { return false }
        return Scan.segmentMarks.contains { isPunct(index, $0) }
    }

    /// The marks after which the prefilter looks for a first name in lower case (three words).
    private func opensLowercaseSegment(_ index: Int) -> Bool {
        index >= 0 && (isPunct(index, "-") || isPunct(index, "–") || isPunct(index, "—") || isPunct(index, ":")
                       || isPunct(index, "(") || isFieldSeparator(index))
    }

    /// From a segment's first word: particles, one or two surname words, then one or two first
    /// names of the list, and the segment's end. The surname words are in no list and either
    /// unknown to the lexicons or in capitals; the case is the same throughout (all lower case,
    /// or capitalised). Returns the name's range.
    func surnameFirstSegment(from start: Int) -> Range<Int>? {
        guard isSegmentBoundary(start - 1), let opening = word(start) else { return nil }
        // A first name of the list within five words first, from the classes alone: the
        // lexicon lookups below ran for every word after a comma or a dash.
        guard (start + 1..<min(start + 6, tokens.count)).contains(where: { tokens[$0].isWord && isFirstName(tokens[$0]) }) else { return nil }
        let lower = !opening.startsUpper
        if lower, !opensLowercaseSegment(start - 1) { return nil }
        func sameCase(_ token: Token) -> Bool { lower ? !token.startsUpper : token.startsUpper }
        var position = start
        while let particle = word(position), isParticle(particle), sameCase(particle), position - start < 2 { position += 1 }
        func surnameWord(_ token: Token) -> Bool {
            guard sameCase(token), token.scalars >= 2, !isFirstName(token), !self.is(token, Scan.listedClasses) else { return false }
            return isUnknownWord(token, anyCase: lower) || !lower && token.allCaps && !shouting && token.scalars >= 3
        }
        func givenName(_ token: Token) -> Bool {
            sameCase(token) && (!token.allCaps || shouting) && token.scalars >= 3 && isFirstName(token)
                && !self.is(token, [.commonWord, .place, .body, .legalEntity, .role])
        }
        guard let surname = word(position), surnameWord(surname) else { return nil }
        position += 1
        if let second = word(position), surnameWord(second) { position += 1 }
        let given = position
        // The prefilter reads three words after the mark for a first name in lower case, and
        // looks it up whole (a compound's parts are the scan's own reading).
        if lower, given - start > 2 || (word(given).map { key($0).contains(UInt8(ascii: "-")) } ?? false) { return nil }
        while let name = word(position), givenName(name), position - given < 2 { position += 1 }
        guard position > given, isSegmentBoundary(position) else { return nil }
        return start..<position
    }
}

extension Scan {
    /// « famille X (Ahmet, Elif et leurs trois enfants) », « les époux X (Noël et Martine) »:
    /// right after a private name just occulted, a parenthesis that lists first names gives
    /// that family's members. Capitalised words coordinated by commas or « et », one of them
    /// at least a first name of the list; the list ends at the parenthesis or at a word in
    /// lower case (« et leurs enfants »). Returns the members' ranges.
    func membersInParenthesis(from start: Int, after occulted: Range<Int>?) -> [Range<Int>]? {
        guard let occulted, occulted.upperBound == start - 1, isPunct(start - 1, "(") else { return nil }
        var items: [Range<Int>] = []
        var position: Int
        var listed = false
        // « famille x (sean et maeve) »: in lower case, first names of the list only.
        let lower = word(start).map { !$0.startsUpper } ?? false
        func member(_ token: Token) -> Bool {
            if lower { return !token.startsUpper && isPlainFirstName(token) }
            return token.startsUpper && (!token.allCaps || shouting)
                && !self.is(token, [.place, .body, .legalEntity, .role, .civility, .family, .designation])
        }
        position = coordinatedItems(from: start, into: &items) { at in
            guard let name = word(at), member(name) else { return nil }
            if isFirstName(name) { listed = true }
            return at + 1
        }
        guard listed, !items.isEmpty, isPunct(position, ")") || isPunct(position, ",") || (word(position).map { self.is($0, "et") } ?? false)
        else { return nil }
        return items
    }
}

extension Scan {
    /// « leurs trois enfants Grâce, Emmanuel et Divine », « enfants Divine et Josué », « (enfants
    /// Y. et S.) »: after a word of kinship, children or relatives named by their first names
    /// (with a surname or not) or by initials. Capitalised only: a first name of the list, or an
    /// initial, opens each item. Returns the items' ranges.
    func kinFirstNames(after kin: Int) -> [Range<Int>]? {
        var position = kin + 1
        // "enfants mineurs", "trois enfants", "enfant : Léa".
        while position - kin < 3, let filler = word(position), !filler.startsUpper,
              Scan.bytes(key(filler), isOneOf: ["mineur", "mineurs", "mineure", "mineures", "majeur", "majeurs"]) { position += 1 }
        if isPunct(position, ":") { position += 1 }
        var items: [Range<Int>] = []
        var listed = false, initials = false
        // "Y.", "J.-B.": an initial, the dot glued to the letter (as the prefilter reads one).
        // ("M." after a first name is an initial when no capitalised word follows: « Léa M. - ».)
        func isInitial(_ index: Int, surname: Bool = false) -> Bool {
            guard let letter = word(index), letter.startsUpper, letter.scalars <= 2, isPunct(index + 1, "."),
                  tokens[index].range.upperBound == tokens[index + 1].range.lowerBound else { return false }
            return !self.is(letter, .civility) || surname && !(word(index + 2)?.startsUpper ?? false)
        }
        func item(at start: Int) -> Int? {
            guard let first = word(start), first.startsUpper else { return nil }
            var end: Int
            let initial = isInitial(start)
            if initial {
                end = start + 2
                initials = true
            } else {
                // A first name, of the list or not ("Grâce, Emmanuel et Divine"): one of the list
                // at least in the whole enumeration (checked below).
                guard !first.allCaps || shouting, first.scalars >= 2,
                      !self.is(first, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .particle, .link]) else { return nil }
                if isFirstName(first) { listed = true }
                end = start + 1
            }
            // "Lucas MARTIN", "E. GARRIGUES", "Léa M.", "C. Maëlys": a surname or an initial may follow.
            if isInitial(end, surname: true) {
                end += 2
            } else if let surname = word(end), surname.startsUpper,
                      surname.allCaps && !shouting && surname.scalars >= 2
                        || initial && isFirstName(surname) && !self.is(surname, Scan.listedClasses.subtracting(.firstName))
                        || !isFirstName(surname) && isUnknownWord(surname) && !self.is(surname, Scan.listedClasses) {
                end += 1
            }
            return end
        }
        _ = coordinatedItems(from: position, into: &items, item: item)
        return items.isEmpty || !listed && !initials ? nil : items
    }

    /// Items from `start`, each read by `item` (its end, or nil), coordinated by commas or
    /// « et »: appends their ranges and returns where the enumeration stopped (after the last
    /// item). Each item is read once; a mark not followed by an item ends the enumeration before it.
    func coordinatedItems(from start: Int, into items: inout [Range<Int>], item: (Int) -> Int?) -> Int {
        var position = start
        while let end = item(position) {
            items.append(position..<end)
            guard isPunct(end, ",") || (word(end).map { self.is($0, "et") } ?? false), end + 1 < tokens.count else { return end }
            position = end + 1
        }
        return items.last?.upperBound ?? start
    }
}

extension Scan {
    /// « DURAND (PAUL) », « KONATE (OUSMANE) ; … », « tall (mamadou) »: a surname, then the
    /// person's first names alone in parentheses, the way registers and exports write a
    /// person. The surname is a word of no place, body, office or file class (particles may
    /// open it); the parenthesis holds one to three first names of the list, one at least no
    /// common word. Returns the name's range, parentheses included.
    func surnameGivenInParenthesis(at index: Int) -> Range<Int>? {
        guard let surname = word(index), surname.scalars >= 2, civility(at: index) == nil,
              !self.is(surname, Scan.nonSurnameClasses), !self.is(surname, Scan.nonSurnameClasses, bare: true),
              surname.startsUpper || !self.is(surname, .commonWord) else { return nil }
        var position = index + 2
        var uncommon = false
        while let given = word(position), position - index - 2 < 3, given.startsUpper == surname.startsUpper || !given.startsUpper,
              isFirstName(given), !self.is(given, [.place, .body, .legalEntity, .role]),
              // (« Observatoire de l'Air (ORA) »: in mixed case, capitals in parentheses after a
              // word that is not are an acronym.)
              !given.allCaps || shouting || surname.allCaps {
            if !self.is(given, .commonWord) { uncommon = true }
            position += 1
        }
        guard position > index + 2, uncommon, isPunct(position, ")") else { return nil }
        var start = index
        while let particle = word(start - 1), isParticle(particle), particle.startsUpper == surname.startsUpper, index - start < 2 { start -= 1 }
        // (« la ville de Dong Ha (Viêt Nam) »: in mixed case, the last word of a capitalised run.)
        if !shouting, let before = word(start - 1), before.startsUpper { return nil }
        let parts = Array(start..<position)
        guard !isOfficial(parts), !isPublicFigure(parts), contextBefore(start, allowTitleSkip: false) == nil,
              !isCommune(around: start, end: index + 1), !roleHeading(before: start) else { return nil }
        return start..<(position + 1)
    }

    /// What a surname before first names in parentheses is not: a place, a body, an office, a
    /// file's or a family's word, a civility, a link.
    static let nonSurnameClasses: PersonNameDetector.WordClass = [
        .place, .body, .legalEntity, .role, .rolePlural, .civility, .family, .designation, .capitalsFile, .link, .titleArticle,
        .personNoun, .transaction, .naming, .birthName, .cultural, .session,
    ]
}

extension Scan {
    /// « Bail pâturage section de la Chazotte - Chabrier », « loc salle 12/07 Ferrandon »: in the
    /// brief subject of a file (nine words at most, a file word among them) a
    /// capitalised word of no list nor the lexicon, standing alone (no capitalised word next
    /// to it, no article or place word before it, not quoted), names the file's person.
    /// The caller asks whether the cell is brief (`isBriefCell`). Returns the name's end.
    func clerkSurname(at index: Int) -> Int? {
        guard let token = word(index), token.scalars >= 3 else { return nil }
        // (« Eco quartier »: a place's word next.)
        if let next = word(index + 1), next.startsUpper || self.is(next, .place, bare: true) { return nil }
        // (« Erasmus+ », « Natura 2000 »: a programme's name.)
        if index + 1 < tokens.count, tokens[index + 1].range.lowerBound == token.range.upperBound, isPunct(index + 1, "+") { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, !isPunct(index + 2, "/") { return nil }
        if index > 0, isOpeningQuote(index - 1) { return nil }
        // (« Kiroleta / cession »: a house heading its file; « terrains « Celtic et Blevec » »: a
        // quoted name.)
        if index == 0, isPunct(1, "/") { return nil }
        if (0..<index).contains(where: isOpeningQuote), !(0..<index).contains(where: { isPunct($0, "»") || isPunct($0, "”") }) { return nil }
        // (« Kaufman & Broad »; « Affaire Centre Ville / Thubaneau »: the second of a pair of
        // capitalised names; « salles : Pasteur, Jaurès et Mermoz »: a list's item after a
        // capitalised one, which the list readers decide with it.)
        if index > 0, isPunct(index - 1, "&") { return nil }
        if isPunct(index - 1, "/"), word(index - 2)?.startsUpper == true, word(index - 3)?.startsUpper == true { return nil }
        if isPunct(index - 1, ",") || (word(index - 1).map { self.is($0, "et") || self.is($0, "ou") } ?? false),
           word(index - 2)?.startsUpper == true { return nil }
        // (« Anniv. Martins »: an abbreviation, its dot glued, before more words.)
        if isPunct(index + 1, "."), index + 2 < tokens.count { return nil }
        if let before = word(index - 1) {
            if before.startsUpper || Scan.bytes(keyWithoutElision(before), isOneOf: Scan.articlesAndLinks)
                || self.is(before, [.place, .body, .legalEntity, .role, .particle, .titleArticle, .cultural]) { return nil }
        }
        // (« Georges-Brassens »: an eponym's compound; « MuCEM »: an acronym in mixed case.)
        let text = key(token)
        if let hyphen = text.firstIndex(of: UInt8(ascii: "-")), context.words.isFirstName(UnsafeBufferPointer(rebasing: text[..<hyphen])) { return nil }
        if Scan.innerCapital(source, token.range) { return nil }
        guard isUnknownWord(token), contextBefore(index, allowTitleSkip: false) == nil,
              !isCommune(around: index, end: index + 1), !isPublicFigure([index]), !isOfficial([index]), !companyAfter(index + 1) else { return nil }
        return index + 1
    }
}

extension Scan {
    /// Whether the cell holds nine words at most (counted up to the tenth).
    var isBriefCell: Bool {
        var words = 0
        for token in tokens where token.isWord {
            words += 1
            if words > 9 { return false }
        }
        return true
    }

    /// Whether a capital letter follows a small one inside the word (« MuCEM », « iPhone »).
    static func innerCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sawLower = false
        for index in range {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { sawLower = true }
            else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"), sawLower { return true }
        }
        return false
    }
}
