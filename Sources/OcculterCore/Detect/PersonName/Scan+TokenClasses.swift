import Foundation

/// The scan's token classes: words, civilities, lower-case surnames, initials, dotted acronyms
/// and legal forms, particles and name-like words.
extension Scan {
    // MARK: Token classes

    @inline(__always)
    func word(_ index: Int) -> Token? {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
        return tokens[index]
    }

    /// A civility at `index`; returns the index after it (and its dot).
    func civility(at index: Int) -> Int? {
        guard let token = word(index), self.is(token, .civility) else { return nil }
        var next = index + 1
        if isPunct(next, ".") { next += 1 }
        if !token.startsUpper {
            // Sloppy text ("à m. lucas moreau", "mme chantal roux"): only the civilities that
            // count in lower case, "m" with its dot, and a first name or a capital after.
            guard self.is(token, .lowercaseCivility), !(self.is(token, "m") && next == index + 1) || bareLowercaseM(at: index),
                  let following = word(next),
                  following.startsUpper || isFirstName(following)
                    || following.scalars >= 3 && !self.is(following, [.commonWord, .particle, .link, .place, .body, .legalEntity, .role])
                    || lowercaseSurnameFirst(at: next) || lowercaseParticleSurname(at: next)
                    || lowercaseCommonSurname(following)
                    // "m. k. moutoussamy": initials before the surname.
                    // ("12 m. a. …": a length, not a civility.)
                    || !(index > 0 && tokens[index - 1].kind == .number)
                    && lowercaseInitialEnd(at: next).map({ word($0).map { !$0.startsUpper && $0.scalars >= 3 } ?? false }) == true
            else { return nil }
            return next
        }
        // "M" without a dot only before a name-like word, and never as an initial ("J. M. DUPONT" is handled as initials).
        if self.is(token, "m"), next == index + 1 {
            guard let following = word(next), following.startsUpper else { return nil }
        }
        // "Me" and "Pr" are civilities only with a capital and before a capitalised word.
        if self.is(token, "me") || self.is(token, "pr") || self.is(token, "dr") {
            guard let following = word(next), following.startsUpper || initialEnd(at: next) != nil else { return nil }
        }
        return next
    }

    /// "au profit de m heitz jean-paul": « m » without its dot, in lower case, is a civility only
    /// before a word in no list nor the lexicon and a first name of the list (or the reverse),
    /// and never after a number (« 12 m »).
    func bareLowercaseM(at index: Int) -> Bool {
        guard !(index > 0 && tokens[index - 1].kind == .number), let first = word(index + 1), let second = word(index + 2),
              !first.startsUpper, !second.startsUpper else { return false }
        return isUnknownWord(first, anyCase: true) && isFirstName(second) || isPlainFirstName(first) && isUnknownWord(second, anyCase: true)
    }

    /// "mr petit", "mme grande": in lower case, a common word of four letters or more right
    /// after the civility is the surname ("mme la maire", "mr ou mme" are not: articles,
    /// roles and function words are left out). The decision weighs it as a common word.
    func lowercaseCommonSurname(_ token: Token) -> Bool {
        !token.startsUpper && token.scalars >= 4 && self.is(token, .commonWord)
            && !self.is(token, [.place, .body, .legalEntity, .role, .link, .particle, .titleArticle, .civility, .transaction, .birthName, .family])
            && !Scan.bytes(key(token), isOneOf: Scan.functionWords) && !Scan.bytes(key(token), isOneOf: Scan.prepositions)
    }

    /// "mme petit jean-claude": in lower case, a common word followed by a first name of the
    /// list is a surname written before the first name.
    func lowercaseSurnameFirst(at index: Int) -> Bool {
        // "Mme soundarom valérie", "Mme boucher valérie": any word but a list's (a place, a
        // body, a role…) reads as a surname there.
        guard let token = word(index), !token.startsUpper, token.scalars >= 3,
              !self.is(token, [.body, .legalEntity, .role, .link, .particle, .titleArticle, .transaction, .family,
                               .designation, .civility]),
              let first = word(index + 1), !first.startsUpper, isFirstName(first), !self.is(first, .commonWord) else { return false }
        // ("mme cabanes sylvie": a place's word too, before a first name that is no French word.)
        return !self.is(token, .place) || isPlainFirstName(first)
    }

    /// "m. da costa", "mme le floch": in lower case, a particle then a word of no list (not
    /// "la maire") is a surname.
    func lowercaseParticleSurname(at index: Int) -> Bool {
        guard let particle = word(index), !particle.startsUpper, isParticle(particle),
              let surname = word(index + 1), !surname.startsUpper, surname.scalars >= 3,
              !self.is(surname, [.commonWord, .particle, .link, .place, .body, .legalEntity, .role, .transaction]) else { return false }
        return true
    }

    /// "consorts de la Vernette", "époux da silva ferreira": a surname that opens with its
    /// particles in lower case, then a capitalised word of a name (not a first name: "héritiers
    /// de Pierre X" is read from the first name) or lower-case words in no list nor the
    /// lexicon. Returns the index after it.
    /// After « propriété », a French word opens an estate's or a body's name instead
    /// ("propriété de la Congrégation…"): `lexiconHead` false refuses it.
    /// After a civility, an article opens a role instead ("M. le Percepteur"): `article` false
    /// refuses it.
    func particleOpenedSurname(from start: Int, lexiconHead: Bool = true, article: Bool = true) -> Int? {
        guard let particle = word(start), !particle.startsUpper, isParticle(particle),
              article || !self.is(particle, "le") && !self.is(particle, "la") && !self.is(particle, "les") else { return nil }
        var look = start + 1
        // "consorts de LA TOUR D'ARTAISE": the particles after the first may be in capitals.
        while let more = word(look), isParticle(more), look - start < 3 { look += 1 }
        guard civility(at: look) == nil, let head = word(look) else { return nil }
        // A capital particle opens a surname in capitals whatever its words mean ("LA TOUR").
        let capitalParticle = (start + 1..<look).contains { tokens[$0].allCaps }
        if !shouting, head.allCaps, head.scalars >= 2, capitalParticle || designationSurname(head),
           !self.is(head, [.role, .link, .civility, .legalEntity, .body]) {
            var end = look + 1
            while let more = word(end), more.allCaps, !self.is(more, [.role, .link, .civility, .legalEntity, .body]), end - look < 4 { end += 1 }
            return end
        }
        if head.startsUpper {
            guard nameLike(head), !isFirstName(head), head.scalars >= 3, lexiconHead || !context.words.isLexiconWord(key(head)),
                  !self.is(head, [.place, .body, .legalEntity, .role, .designation, .family, .civility, .transaction]),
                  !context.words.communes.contains(key(head)) else { return nil }
            var end = look + 1
            while let more = word(end), more.allCaps, designationSurname(more), end - look < 3 { end += 1 }
            return end
        }
        return lowercaseUnknownName(from: look)
    }

    /// "m. k. moutoussamy", "mme r.-m. leblanc": an initial in lower case (one letter and its
    /// dot, maybe hyphenated to another); returns the index after it.
    func lowercaseInitialEnd(at index: Int) -> Int? {
        guard let token = word(index), !token.startsUpper, token.scalars == 1, isPunct(index + 1, ".") else { return nil }
        var next = index + 2
        if isPunct(next, "-"), let after = lowercaseInitialEnd(at: next + 1) { next = after }
        return next
    }

    /// Whether a civility ("M.", "Mme", "Monsieur") ends right before `index`.
    func afterCivility(_ index: Int) -> Bool {
        var before = index - 1
        if isPunct(before, ".") { before -= 1 }
        return word(before).map { self.is($0, .civility) } ?? false
    }

    /// An initial ("J.", "J.-P.", "J.P.") at `index`; returns the index after it.
    func initialEnd(at index: Int) -> Int? {
        guard let token = word(index), token.startsUpper, isPunct(index + 1, ".") else { return nil }
        // "J-P.", "J-C.": two initials joined by a hyphen, one word for the tokenizer.
        if token.scalars == 3, token.allCaps {
            let folded = key(token)
            guard folded.count == 3, folded[1] == UInt8(ascii: "-") else { return nil }
            return index + 2
        }
        // "M. Th. Rigaud", "Mme Ch. Morel": a first name cut after its first sounds, right
        // after a civility only ("Ch." also shortens « chemin »).
        let digraph = !token.allCaps && Scan.bytes(key(token), isOneOf: ["ch", "chr", "ph", "th"]) && afterCivility(index)
        guard token.scalars <= 2 || digraph else { return nil }
        if token.scalars == 2, !token.allCaps, !digraph { return nil }
        var next = index + 2
        // "J.-P." : a hyphen then another initial.
        if isPunct(next, "-"), let after = initialEnd(at: next + 1) { next = after }
        return next
    }

    /// The end of a dotted acronym starting at `index`: single capitals each followed by a
    /// dot, glued together ("U.M.P.P.A.", "S.A.G."), at least three. Initials are spaced or
    /// fewer ("J. P. DURAND", "J.P. DURAND", "J.-P.").
    func dottedAcronymEnd(at index: Int) -> Int? {
        // From the chain's first letter: "M" may be met in the middle ("U.M.P.P.A.").
        var position = index
        while position >= 2, word(position - 2)?.scalars == 1, isPunct(position - 1, "."),
              tokens[position - 2].range.upperBound == tokens[position - 1].range.lowerBound,
              tokens[position - 1].range.upperBound == tokens[position].range.lowerBound {
            position -= 2
        }
        var letters = 0
        while let letter = word(position), letter.scalars == 1, letter.startsUpper, isPunct(position + 1, "."),
              tokens[position].range.upperBound == tokens[position + 1].range.lowerBound,
              letters == 0 || tokens[position - 1].range.upperBound == tokens[position].range.lowerBound {
            letters += 1
            position += 2
        }
        return letters >= 3 ? position : nil
    }

    /// Whether the single letters of the initials at `from..<to` spell a legal form of
    /// `personnes-morales.txt` ("S.A.", "S.C.I.", "E.U.R.L.").
    func dottedLegalForm(from: Int, to: Int) -> Bool {
        var letters: [UInt8] = []
        for index in from..<to where tokens[index].isWord {
            let bytes = key(tokens[index])
            guard bytes.count == 1 else { return false }
            letters.append(bytes[0])
        }
        guard letters.count >= 2 else { return false }
        return letters.withUnsafeBufferPointer { context.words.legalEntities.contains($0) }
    }

    func isParticle(_ token: Token) -> Bool {
        self.is(token, .particle) || self.is(token, "d'")
    }

    /// A word that can be part of a name.
    func nameLike(_ token: Token) -> Bool {
        guard token.isWord, token.startsUpper else { return false }
        if self.is(token, .firstName) { return true }
        if self.is(token, [.place, .body, .legalEntity]) { return false }
        // "D'UNE" in capitals stays one token: its word without the article says it.
        return !self.is(token, .commonWord) && !self.is(token, .commonWord, bare: true)
    }
}
