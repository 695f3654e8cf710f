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
        guard let initialsEnd = anyCaseInitialsEnd(at: surname + 1) else { return nil }
        let closes = initialsEnd >= tokens.count || tokens[initialsEnd].kind == .number || word(initialsEnd) == nil
        guard closes, let name = word(surname), initialledEntryName(name),
              inPrivateList(before: index) || (word(index - 1).map { self.is($0, .family, bare: true) } ?? false),
              !isOfficial([surname]) else { return nil }
        emit(index, initialsEnd, .occult, "nom suivi des initiales du prénom dans une liste de particuliers")
        // "ENFANTS ROUX E., CHENE L., TRAORE A.": the entries that follow in the same form.
        var end = initialsEnd
        while isPunct(end, ",") || isPunct(end, ";") || isPunct(end, "/") || isPunct(end, "–"), let next = word(end + 1), next.scalars >= 2,
              let nextEnd = anyCaseInitialsEnd(at: end + 2), nextEnd >= tokens.count || word(nextEnd) == nil || tokens[nextEnd].kind == .number,
              initialledEntryName(next) {
            emit(end + 1, nextEnd, .occult, "nom suivi des initiales du prénom dans une liste de particuliers")
            end = nextEnd
        }
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
