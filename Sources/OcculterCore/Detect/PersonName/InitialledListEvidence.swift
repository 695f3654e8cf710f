/// Entries of a list of private persons written « NAME I. », in any case ("secours accordés :
/// lemoine c. (100) ; benhamou y. (200)", "Aides : Dufour-Maillet C. – 120 €"): the initials
/// after the word say a person's name, whatever the word spells.
extension Scan {
    /// "secours accordés : lemoine c. (100) ; benhamou y. (200)", "Aides : Dufour-Maillet C. –
    /// 120 €", "ENFANTS ROUX E., CHENE L.": in a list of private persons, in any case, a surname
    /// (its particle too) followed by its first name's initials is a person's entry.
    func handleInitialledListItem(at index: Int, emit: Emit) -> Int? {
        guard admitsScanStart, let token = word(index), token.scalars >= 2 else { return nil }
        var surname = index
        if isParticle(token), let next = word(index + 1), next.scalars >= 2 { surname = index + 1 }
        var initials = anyCaseInitialsEnd(at: surname + 1)
        // "ait ouali k. 90": a surname of two words, in the same case (the initials first: most
        // words have none after the next).
        if initials == nil, surname == index, let two = anyCaseInitialsEnd(at: index + 2), let next = word(index + 1), next.scalars >= 2,
           next.startsUpper == token.startsUpper, initialledEntryName(token), !Scan.bytes(key(token), isOneOf: Scan.prepositions),
           // (« DEBITEURS ROUSSEL B. »: the list's heading word.)
           !self.is(token, [.personNoun, .listHeading, .privateListHeading, .commonWord], bare: true),
           isSegmentBoundary(index - 1) {
            surname = index + 1
            initials = two
        }
        guard let initialsEnd = initials else { return nil }
        let closes = initialsEnd >= tokens.count || tokens[initialsEnd].kind == .number || word(initialsEnd) == nil
        guard closes, let name = word(surname), initialledEntryName(name), !Scan.bytes(key(name), isOneOf: Scan.letteredNouns),
              !isOfficial([surname]) else { return nil }
        // "ENFANTS ROUX E., CHENE L., TRAORE A.": the entries that follow in the same form.
        var entries = [index..<initialsEnd]
        var end = initialsEnd
        while isPunct(end, ",") || isPunct(end, ";") || isPunct(end, "/") || isPunct(end, "–"), let next = word(end + 1), next.scalars >= 2,
              let nextEnd = anyCaseInitialsEnd(at: end + 2), nextEnd >= tokens.count || word(nextEnd) == nil || tokens[nextEnd].kind == .number,
              initialledEntryName(next) {
            entries.append(end + 1..<nextEnd)
            end = nextEnd
        }
        // Under a heading of private persons, or a family's word; without one, two entries in
        // that form at least, the first opening a segment (« liste arrêtée — sow m., kone f. »).
        guard inPrivateList(before: index) || (word(index - 1).map { self.is($0, .family, bare: true) } ?? false)
                || entries.count >= 2 && isSegmentBoundary(index - 1) && index > 0 else { return nil }
        for entry in entries { emit(entry.lowerBound, entry.upperBound, .occult, "nom suivi des initiales du prénom dans une liste de particuliers") }
        return end
    }

    /// A word that may open an entry « NAME I. » of a list: no word of the scan's lists that
    /// names something else (civility, role, place, body, firm, file, family), no commune.
    func initialledEntryName(_ token: Token) -> Bool {
        !self.is(token, [.civility, .role, .place, .body, .legalEntity, .link, .designation, .family, .titleArticle, .transaction, .roleQualifier])
            && !context.words.communes.contains(key(token))
    }

    /// The end of one initial or more written in any case ("c.", "a.-m.", "V.T."): one letter
    /// and a dot each.
    func anyCaseInitialsEnd(at index: Int) -> Int? {
        var position = index
        while let letter = word(position), letter.scalars == 1, isPunct(position + 1, ".") {
            position += 2
            if isPunct(position, "-"), let next = word(position + 1), next.scalars == 1, isPunct(position + 2, ".") { position += 1 }
        }
        return position > index ? position : nil
    }
}
