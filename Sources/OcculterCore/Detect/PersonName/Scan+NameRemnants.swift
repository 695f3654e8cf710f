import Foundation

/// What a private person's hidden name leaves next to it: a word of the same name that the
/// reading stopped short of ("Mme [nom occulté] Mai", "M. [nom occulté] O'CONNOR").
extension Scan {
    /// The classes that end a name: a word of one of them right after a hidden name starts
    /// the rest of the sentence ("M. X, adjoint", "Mme X rue …", "M. X et Mme Y").
    static let nameBoundaryClasses: PersonNameDetector.WordClass = [
        .place, .body, .legalEntity, .role, .rolePlural, .civility, .family, .designation, .link, .titleArticle,
        .personNoun, .transaction, .naming, .birthName, .cultural, .session, .residence, .roleQualifier,
        .professionHead, .situationHead, .placeAdjective,
    ]

    /// Occults the word glued after each private person's name found in the cell when it can
    /// only be more of that name: written like the name's own words (a capital in a mixed-case
    /// subject), in no class that ends a name, not a commune, and not the month of a date.
    /// A name is at most read so far; what follows it without a comma belongs to it unless a
    /// word says the sentence goes on. Evidence: `nameRemnant`.
    func absorbNameRemnants(after names: [Range<Int>], covered: [Range<Int>], emit: Emit) {
        for name in names {
            let last = name.upperBound - 1
            // "m. et mme [X] ferreira", "élève [X] da costa": in lower case, a word in no list nor
            // the lexicon (after its particles) goes on with the name.
            if tokens[last].isWord, let end = lowercaseRemnantEnd(after: name, covered: covered) {
                emit(name.upperBound, end, .occult, "dernier mot du nom d'un particulier")
                continue
            }
            guard tokens[last].isWord, tokens[last].startsUpper, readAsPersonName(name) else { continue }
            var position = name.upperBound
            // "M. [X] LE PORT", "Mme [X] de LA TOUR": a particle then a capitalised word.
            var particles = 0
            // ("MME X DE PANTIN": in capitals, "de" after a name opens a commune more often.)
            while let particle = word(position), isParticle(particle), particle.startsUpper || !shouting, particles < 2,
                  !shouting || !Scan.bytes(key(particle), isOneOf: ["de", "du", "des", "d'"]) {
                position += 1
                particles += 1
            }
            // ("rachète le chalutier de M. Yann LE BAIL": in a mixed-case subject, a particle and
            // a word in capitals after a first name are the surname, whatever the word spells.)
            let capitalsSurname = !shouting && particles > 0 && isFirstName(tokens[last]) && !tokens[last].allCaps
                && (name.upperBound..<position).allSatisfy { tokens[$0].allCaps || tokens[$0].scalars == 1 }
                && (word(position).map { $0.allCaps && !self.is($0, [.civility, .link]) && !context.words.communes.contains(key($0)) } ?? false)
            guard let next = word(position), next.startsUpper, !covered.contains(where: { $0.contains(position) }),
                  capitalsSurname || nameRemnant(at: position) else { continue }
            // "Mme Annick LE BON": particles and a word in capitals, after a name in capitals or
            // in a mixed-case subject.
            if particles > 0, !next.allCaps || !tokens[last].allCaps && (shouting || !(name.upperBound..<position).allSatisfy { tokens[$0].allCaps }) {
                continue
            }
            var end = position + 1
            // "Mlle [NGUYEN] Mai Linh": a given name of two short words, in mixed case.
            if !shouting, particles == 0, next.scalars <= 5, let more = word(end), more.startsUpper, !more.allCaps, more.scalars <= 5,
               !covered.contains(where: { $0.contains(end) }), nameRemnant(at: end) { end += 1 }
            emit(name.upperBound, end, .occult, "dernier mot du nom d'un particulier")
        }
        for name in names { absorbNameOpening(before: name, covered: covered, emit: emit) }
        for name in names { absorbLoneFirstName(before: name, covered: covered, emit: emit) }
        for name in names { absorbCorrectedName(after: name, covered: covered, emit: emit) }
    }

    /// "Mme [X] (et non Rivière)", "([X] et non Susanne)": the name a correction replaces is
    /// the same person's, misspelt.
    func absorbCorrectedName(after name: Range<Int>, covered: [Range<Int>], emit: Emit) {
        var position = name.upperBound
        if isPunct(position, "(") { position += 1 }
        guard let et = word(position), self.is(et, "et"), let non = word(position + 1), self.is(non, "non") else { return }
        let start = position + 2
        var end = start
        while end - start < 3, let part = word(end), part.startsUpper, !covered.contains(where: { $0.contains(end) }),
              !self.is(part, Scan.nameBoundaryClasses), !namesCommune(part) { end += 1 }
        guard end > start else { return }
        emit(start, end, .occult, "dernier mot du nom d'un particulier")
    }

    /// The end of lower-case words glued after a hidden name that can only be more of it:
    /// particles, then a word in no list nor the lexicon, and no boundary class.
    func lowercaseRemnantEnd(after name: Range<Int>, covered: [Range<Int>]) -> Int? {
        var position = name.upperBound
        while let particle = word(position), !particle.startsUpper, isParticle(particle), position - name.upperBound < 2 { position += 1 }
        // ("[X] da silva", "[X] dos santos": after a particle no French phrase starts with — none
        // of the list's joiners, « de la », « le » —, a first name of the list is the surname's
        // head too.)
        let foreignParticle = position > name.upperBound
            && (name.upperBound..<position).allSatisfy { word($0).map { !Scan.bytes(keyWithoutElision($0), isOneOf: Scan.listJoiners) } ?? false }
        guard let next = word(position), !next.startsUpper, !covered.contains(where: { $0.contains(position) }),
              !self.is(next, Scan.nameBoundaryClasses), isUnknownWord(next, anyCase: true) || foreignParticle && isFirstName(next),
              // The name itself was lower case, or a particle joins the remnant to it.
              !tokens[name.upperBound - 1].startsUpper || position > name.upperBound else { return nil }
        var end = position + 1
        while let more = word(end), !more.startsUpper, isUnknownWord(more, anyCase: true), end - position < 2 { end += 1 }
        return end
    }

    /// The word right before a hidden name that opens the same name: initials ("J.-M. [X]"), a
    /// first name of the list ("Yann-Vari [X]"), or, before a first name, a surname in capitals
    /// written first in a mixed-case subject ("PETIT [Jean]").
    func absorbNameOpening(before name: Range<Int>, covered: [Range<Int>], emit: Emit) {
        let start = name.lowerBound
        guard start > 0, let first = word(start), first.startsUpper else { return }
        // "n° 17 CARIOU veuve [X]", "MARTIN épouse [X]": the surname before a word of marriage
        // is the same person's other name.
        if start >= 2, let link = word(start - 1), !link.startsUpper || shouting, Scan.bytes(key(link), isOneOf: Scan.marriageLinks),
           let other = word(start - 2), other.startsUpper, other.scalars >= 3, !covered.contains(where: { $0.contains(start - 2) }),
           !self.is(other, Scan.nameBoundaryClasses), !self.is(other, .civility, bare: true), !context.words.communes.contains(key(other)),
           other.allCaps && (!shouting || !self.is(other, .commonWord)) || isUnknownWord(other) {
            emit(start - 2, start - 1, .occult, "premier mot du nom d'un particulier")
            return
        }
        // Initials glued before the name: the first of a chain ("J.-M. [X]"), not a lone
        // civility ("M. [X]") nor the end of a dotted acronym ("S.C.I. [X]").
        if let from = stride(from: max(0, start - 6), through: start - 2, by: 1).first(where: { initialEnd(at: $0) == start }) {
            guard !(from == start - 2 && civility(at: from) != nil), !isPunct(from - 1, "."), !covered.contains(where: { $0.contains(from) }),
                  !(word(from - 1).map { $0.startsUpper && $0.scalars <= 2 } ?? false) else { return }
            emit(from, start, .occult, "initiales du nom d'un particulier")
            return
        }
        guard let previous = word(start - 1), previous.startsUpper, !covered.contains(where: { $0.contains(start - 1) }),
              !self.is(previous, [.place, .body, .legalEntity, .role, .rolePlural, .civility, .family, .designation, .link, .titleArticle,
                                  .personNoun, .transaction, .naming, .birthName, .cultural, .session, .residence, .roleQualifier]),
              !self.is(previous, .civility, bare: true), !isParticle(previous), !isSaint(previous),
              !context.words.communes.contains(key(previous)) else { return }
        let listedFirstName = !previous.allCaps && isFirstName(previous) && !self.is(previous, .commonWord)
        // ("concession Dupré-Lacoste [Henri]": a double surname of two capitalised parts in a
        // mixed-case subject, before the first name, no commune's.)
        let doubleSurname = !shouting && !previous.allCaps && isFirstName(first) && !first.allCaps && !namesCommune(previous)
            && doubleBarrelled(previous)
        let surnameFirst = !shouting && previous.allCaps && previous.scalars >= 3 && isFirstName(first) && !first.allCaps
            && Scan.hasVowel(key(previous)) || doubleSurname
        guard listedFirstName || surnameFirst else { return }
        // Not the end of a place's or body's name before the person ("… Saint-Roch Jean X").
        guard contextBefore(start - 1, allowTitleSkip: false) == nil else { return }
        emit(start - 1, start, .occult, "premier mot du nom d'un particulier")
    }

    /// "Dupré-Lacoste": two capitalised parts of three letters or more joined by a hyphen,
    /// neither a first name (« Jean-Pierre » is one).
    func doubleBarrelled(_ token: Token) -> Bool {
        let bytes = Array(source[token.range])
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), dash >= 3, bytes.count - dash - 1 >= 3,
              !bytes[(dash + 1)...].contains(UInt8(ascii: "-")) else { return false }
        let second = bytes[dash + 1]
        guard second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z") || second == 0xC3 else { return false }
        return !isFirstName(token)
    }

    /// Words that join a woman's two surnames (`absorbNameOpening`).
    static let marriageLinks: [StaticString] = ["veuve", "vve", "epouse", "ep", "nee", "divorcee"]

    /// Whether a hidden span reads as a person's name written out: right after a civility, or,
    /// in a mixed-case subject, holding a first name. (A span found otherwise — a party after
    /// "c/", a word coordinated to a name — may be a body's name, whose next words are not a
    /// person's.)
    func readAsPersonName(_ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        if civility(at: start - 1) == start || start >= 2 && civility(at: start - 2) == start { return true }
        // ("MM. X, Y ET THEO WEBER": in capitals, a name that stops on a first name of the list
        // stopped short of its surname.)
        return name.contains(where: { isFirstName(tokens[$0]) }) && (!shouting || isPlainFirstName(tokens[name.upperBound - 1]))
    }

    /// Whether the capitalised word at `index`, right after a hidden name, reads as more of it.
    func nameRemnant(at index: Int) -> Bool {
        let token = tokens[index]
        if self.is(token, Scan.nameBoundaryClasses) || self.is(token, .civility, bare: true) { return false }
        if context.words.communes.contains(key(token)) { return false }
        // "Mme X Mai 2024", "M. X Janvier 12": a month before a number is a date; "M. X AV n° 334":
        // a cadastral section before its number.
        if index + 1 < tokens.count, tokens[index + 1].kind == .number { return false }
        if let following = word(index + 1), self.is(following, "n") || self.is(following, "no") || self.is(following, "n°") { return false }
        // In mixed case, a capitalised French word opens the next sentence ("… Autorisation de
        // signer") unless it is short, as surnames that are also words are ("Mai", "Petit").
        if !shouting, self.is(token, .commonWord), token.scalars > 5, !isFirstName(token) { return false }
        // In capitals every word is capitalised: a French word then more words is the sentence
        // going on ("M. X TERRAIN …"), before punctuation or the end it closes the name.
        if shouting, self.is(token, .commonWord) || self.is(token, .commonWord, bare: true), !isFirstName(token) {
            guard index + 1 >= tokens.count || isPunct(index + 1, ",") || isPunct(index + 1, "(") || isPunct(index + 1, ")")
                    || isPunct(index + 1, ";") else { return false }
        }
        // A word in mixed case after a name in capitals, itself in capitals, or capitalised:
        // "Mme NGUYEN Mai", "M. Liam O'CONNOR", "Mme Lan Hà".
        return true
    }

    /// "Subvention à Hugo, [X] pour leur projet", "compte pour Dylan, [X], pupilles de l'État":
    /// a listed first name standing alone right before a comma and an occulted name is a
    /// person of the same list.
    func absorbLoneFirstName(before name: Range<Int>, covered: [Range<Int>], emit: Emit) {
        let at = name.lowerBound - 2
        guard at >= 0, isPunct(name.lowerBound - 1, ","), let given = word(at), given.startsUpper, !given.allCaps, isFirstName(given),
              !self.is(given, [.commonWord, .place, .role, .body, .legalEntity]), !covered.contains(where: { $0.contains(at) }),
              // Alone: no capitalised word before it (« Anne Frank, [X] » is a name of its own).
              !(word(at - 1).map { $0.startsUpper } ?? false) else { return }
        emit(at, at + 1, .occult, "prénom seul coordonné au nom d'un particulier")
    }
}
