/// What says a living private person right next to a name: an age, a birth, a school class
/// (« Léo, 11 ans », « Noé Petit (tennis, 13 ans) », « (CE2) »), a birth date in parentheses,
/// a private celebration (« Centenaire de M. X », « noces d'or de M. et Mme Y »).
extension Scan {
    /// ", 11 ans", "(9 ans)": an age right after a name; ", née le …": a birth; "(CE2)": a
    /// pupil's class.
    func agedAfter(_ position: Int) -> Bool {
        guard isPunct(position, ",") || isPunct(position, "("), position + 2 < tokens.count else { return false }
        // ("38 ans de service": a career, not an age.)
        if tokens[position + 1].kind == .number, let years = word(position + 2) {
            return (self.is(years, "ans") || self.is(years, "an")) && !(word(position + 3).map { self.is($0, "de") || self.is($0, "d'") } ?? false)
        }
        if let born = word(position + 1), self.is(born, "ne") || self.is(born, "nee"), let on = word(position + 2), self.is(on, "le") { return true }
        if isPunct(position, "("), isPunct(position + 2, ")") { return Scan.bytes(key(tokens[position + 1]), isOneOf: Scan.schoolClasses) }
        // "(tennis, 13 ans)": a short note, then the age, inside the parenthesis.
        if isPunct(position, "(") {
            var at = position + 1
            while at + 1 < tokens.count, at - position <= 6, !isPunct(at, ")") {
                // (After a comma only: « (contrat de 3 ans) » is a duration.)
                if tokens[at].kind == .number, isPunct(at - 1, ","), let years = word(at + 1), self.is(years, "ans") { return true }
                at += 1
            }
        }
        return false
    }

    static let schoolClasses: [StaticString] = ["cp", "ce1", "ce2", "cm1", "cm2", "ps", "ms", "gs", "6e", "5e", "4e", "3e", "6eme", "5eme",
                                                "4eme", "3eme"]

    /// "(12/03/1925)": a date in parentheses right after a name, a birth date.
    func birthDateAfter(_ end: Int) -> Bool {
        if isPunct(end, "(") && end + 3 < tokens.count && tokens[end + 1].kind == .number && isPunct(end + 2, "/") { return true }
        // "de Mme X, née le 9 mai 1936", "M. Y né en 1941": a birth date written out (not a
        // birth name: « née DUPONT »).
        let position = isPunct(end, ",") ? end + 1 : end
        guard let born = word(position), Scan.bytes(key(born), isOneOf: ["ne", "nee", "nes", "nees"]),
              let on = word(position + 1), self.is(on, "le") || self.is(on, "en"), position + 2 < tokens.count else { return false }
        return tokens[position + 2].kind == .number
    }

    /// "Centenaire de M. X", "noces d'or de M. et Mme Y", "la doyenne Mme Z": a private
    /// celebration before the civility.
    func celebrationBefore(_ start: Int) -> Bool {
        if let noun = word(start - 1), Scan.bytes(key(noun), isOneOf: Scan.celebrations) { return true }
        guard let of = word(start - 1), self.is(of, "de") || self.is(of, "d'") else { return false }
        var position = start - 2
        // (« noces d'or de », « noces de diamant de »: the metal between.)
        if let metal = word(position), Scan.bytes(keyWithoutElision(metal), isOneOf: ["or", "diamant", "platine", "argent", "palissandre"]) {
            position -= 1
            if let link = word(position), self.is(link, "de") { position -= 1 }
        }
        return word(position).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.celebrations) } ?? false
    }

    static let celebrations: [StaticString] = ["centenaire", "anniversaire", "noces", "doyen", "doyenne", "centenaires", "doyens", "doyennes"]
}
