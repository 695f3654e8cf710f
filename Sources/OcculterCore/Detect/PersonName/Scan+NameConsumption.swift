import Foundation

/// Name consumption: the `Name` read from a token on (first names, surnames, particles,
/// initials, couples, birth names), a surname written first, and an address after a name.
extension Scan {
    // MARK: Name consumption

    struct Name {
        var parts: [Int] = []
        var end: Int
        var sawSurnameShape = false
        var firstNames = 0
    }

    /// Consumes a name starting at `index`: first names, surnames, particles, initials,
    /// couples ("Paul et Anne DURAND"), birth names ("née DURAND").
    func consumeName(from index: Int, linkCivilities: Bool = true, afterCivility: Bool = false, lowercase: Bool = false) -> Name {
        var name = Name(end: index)
        var position = index
        while position < tokens.count, name.parts.count < 8 {
            if let after = initialEnd(at: position) {
                // "Marcel L.": an initial after a first name stands for the surname.
                if !name.parts.isEmpty { name.sawSurnameShape = true }
                // "M. J.-M. TERRASSE": initials that open the name stand for its first names.
                else if afterCivility { name.firstNames += 1 }
                name.parts.append(position)
                position = after
                name.end = after
                continue
            }
            // "m. k. moutoussamy": after a lower-case civility, lower-case initials stand for the
            // first names when a word of a surname follows them.
            if lowercase, afterCivility, name.parts.count == name.firstNames, let after = lowercaseInitialEnd(at: position),
               let following = word(after), !following.startsUpper, following.scalars >= 3 || lowercaseInitialEnd(at: after) != nil {
                name.parts.append(position)
                name.firstNames += 1
                position = after
                name.end = after
                continue
            }
            // "Mme Anne DURAND (ép. Roche)": a birth name in parentheses belongs to the name.
            if !name.parts.isEmpty, isPunct(position, "("), let marital = word(position + 1), self.is(marital, .birthName) {
                var close = position + 2
                if isPunct(close, ".") { close += 1 }
                let first = close
                while close < tokens.count, close - first < 4, let part = word(close), part.startsUpper || isParticle(part) { close += 1 }
                if close > first, isPunct(close, ")") {
                    name.parts.append(contentsOf: first..<close)
                    position = close + 1
                    name.end = position
                    // "M. Giuseppe (dit Pino) SCARPELLI": a nickname between the first names and
                    // the surname; the surname follows.
                    if self.is(marital, "dit") || self.is(marital, "dite"), let surname = word(position), surname.startsUpper,
                       nameLike(surname) || surname.allCaps, !self.is(surname, Scan.listedClasses) || isFirstName(surname) { continue }
                }
                break
            }
            // "Marcel « Cécel » TROUILLARD", "Mohamed "Momo" Khelifi": a nickname in quotes between
            // the first names and the surname.
            // ("MME AMANDINE « DINE » FERRAND": in capitals, the first name may not be counted
            // as one.)
            if name.firstNames > 0 && name.parts.count == name.firstNames
                || shouting && name.parts.count == 1 && isFirstName(tokens[name.parts[0]]),
               isOpeningQuote(position) {
                var close = position + 1
                while close < tokens.count, close - position <= 3, let part = word(close), part.startsUpper { close += 1 }
                if close > position + 1, close < tokens.count, tokens[close].kind == .punct, let surname = word(close + 1),
                   surname.startsUpper, nameLike(surname) || surname.allCaps {
                    name.parts.append(contentsOf: (position + 1)..<close)
                    position = close + 1
                    name.end = position
                    continue
                }
            }
            guard let token = word(position) else { break }
            let key = key(token)
            // "M. Jean Salles,", "M. Louis CHATEAU lors de": after a civility and first names, a
            // place word that heads no place's name is the surname.
            if afterCivility, name.firstNames > 0, name.parts.count == name.firstNames, token.startsUpper, token.scalars >= 3,
               self.is(token, .place), !self.is(token, .firstName),
               !(word(position + 1).map { $0.startsUpper || isParticle($0) || self.is($0, .titleArticle) } ?? false),
               !isPunct(position + 1, "«") {
                name.parts.append(position)
                name.sawSurnameShape = true
                position += 1
                name.end = position
                break
            }
            // "(M. Henri MAIRE)", "Mme Claire GARDE": in a mixed-case subject, an office's word in
            // capitals right after a civility and first names is the surname (an office written
            // after a name is in lower case, or set apart by a comma).
            if afterCivility, !shouting, name.firstNames > 0, name.parts.count == name.firstNames, token.allCaps, token.scalars >= 3,
               self.is(token, .role), !self.is(token, .firstName), !(word(position + 1).map { $0.allCaps } ?? false) {
                name.parts.append(position)
                name.sawSurnameShape = true
                position += 1
                name.end = position
                break
            }
            // "Mme Anh Thư LÊ": in mixed case, an accented word in capitals after the first names
            // is the surname, not the article its folded form spells.
            if isParticle(token), !shouting, token.allCaps, token.range.count > token.scalars, !name.parts.isEmpty {
                name.parts.append(position)
                name.sawSurnameShape = true
                position += 1
                name.end = position
                // "M. Tuan LÊ VĂN": more capitals close the surname.
                if let next = word(position), next.allCaps, next.scalars >= 2, isParticle(next) || nameLike(next) { continue }
                break
            }
            if isParticle(token) {
                // A particle chain counts only when a name-like word follows it.
                var look = position
                while let particle = word(look), isParticle(particle), look - position < 3 { look += 1 }
                // "rue Francisco Ferrer de M. Minh NGUYEN": a civility after the particle opens
                // another person's name.
                if !name.parts.isEmpty, civility(at: look) != nil { break }
                // "famille SCHMITT-KIEFFER de Haguenau": a commune in mixed case after a surname
                // in capitals is where the family lives, not a particle's surname.
                if name.sawSurnameShape, look == position + 1, !token.startsUpper, let place = word(look), place.startsUpper, !place.allCaps,
                   name.parts.contains(where: { tokens[$0].allCaps && tokens[$0].scalars >= 2 }),
                   namesCommune(place) { break }
                // Right after a civility, an article in capitals opens the surname even before a
                // common word ("MONSIEUR LE BRAS", "Mme LE BLANC"): a role phrase ("M. le Maire")
                // was read before.
                let civilityArticle = afterCivility && name.parts.isEmpty && token.startsUpper
                    && (word(look).map { $0.startsUpper && !self.is($0, [.role, .link, .civility, .roleQualifier]) } ?? false)
                // "mme le floch": right after a lower-case civility, the particle opens the surname.
                if lowercase, afterCivility, name.parts.isEmpty, lowercaseParticleSurname(at: position) {
                    name.parts.append(contentsOf: position...(position + 1))
                    name.sawSurnameShape = true
                    position += 2
                    name.end = position
                    break
                }
                // "mme fatima el amrani": in lower case, a particle after the first names opens
                // the surname when a word in no list follows it.
                // "mr kevin da silva": or a word of the lexicon that no list holds.
                if lowercase, !token.startsUpper, name.firstNames > 0, name.parts.count == name.firstNames,
                   let following = word(look), !following.startsUpper,
                   isUnknownWord(following, anyCase: true) || following.scalars >= 3
                    && !self.is(following, [.commonWord, .particle, .link, .place, .body, .legalEntity, .role, .transaction, .civility]) {
                    name.parts.append(contentsOf: position...look)
                    name.sawSurnameShape = true
                    position = look + 1
                    name.end = position
                    break
                }
                // "m. pereira dos santos", "M. Rui lopes da silva": after a surname, a lower-case
                // particle then a word in no list nor the lexicon continue the surname.
                if !token.startsUpper, name.sawSurnameShape, !name.parts.isEmpty, !tokens[name.parts[name.parts.count - 1]].allCaps || lowercase,
                   let following = word(look), !following.startsUpper, isUnknownWord(following, anyCase: true) {
                    name.parts.append(contentsOf: position...look)
                    position = look + 1
                    name.end = position
                    while let more = word(position), !more.startsUpper, isUnknownWord(more, anyCase: true), name.parts.count < 8 {
                        name.parts.append(position)
                        position += 1
                        name.end = position
                    }
                    break
                }
                // "M. Stéphane Le Grand", "Mme Anne Le Bon": after the first names, a capitalised
                // particle then a capitalised French word (no role, place nor body) are the surname.
                if name.firstNames > 0, name.parts.count == name.firstNames, token.startsUpper, !token.allCaps, look == position + 1,
                   let following = word(look), following.startsUpper, !following.allCaps, following.scalars >= 3, !nameLike(following),
                   !self.is(following, [.role, .roleQualifier, .place, .body, .legalEntity, .link, .civility, .titleArticle, .transaction, .designation]) {
                    name.parts.append(contentsOf: position...look)
                    name.sawSurnameShape = true
                    position = look + 1
                    name.end = position
                    break
                }
                if civilityArticle, let following = word(look), !nameLike(following) {
                    name.parts.append(contentsOf: position...look)
                    name.sawSurnameShape = true
                    position = look + 1
                    name.end = position
                    continue
                }
                if let following = word(look), nameLike(following), !name.parts.isEmpty || token.startsUpper {
                    // A name that opens with its particle ("M. Le Goff") starts at the particle.
                    if name.parts.isEmpty { name.parts.append(contentsOf: position..<look) }
                    position = look
                    continue
                }
                // "M. Jean-Paul Le Du,": capitalised particles closing the name after its first
                // names are the surname.
                // "Mlle Morgane Le Du et M. X", "Mme Thi Hong LE et M. Y": before "et" too.
                let closes = word(look).map { self.is($0, .link) && civility(at: look + 1) != nil } ?? true
                if name.firstNames > 0, name.parts.count == name.firstNames, token.startsUpper, look > position + 1 || word(look) == nil || closes,
                   (position..<look).allSatisfy({ tokens[$0].startsUpper }), closes {
                    name.parts.append(contentsOf: position..<look)
                    name.sawSurnameShape = true
                    position = look
                    name.end = look
                    break
                }
                // "Minh NGUYEN VAN": a particle in capitals closing a surname in capitals is part of it.
                if !shouting, token.allCaps, look == position + 1, let last = name.parts.last, tokens[last].allCaps,
                   !(position + 1 < tokens.count && tokens[position + 1].kind == .number) {
                    name.parts.append(position)
                    name.end = position + 1
                }
                break
            }
            if self.is(token, .link), !name.parts.isEmpty {
                // "M. Paul DURAND et Mme Anne MARTIN": each person is a finding of their own,
                // so the name ends before the second civility.
                if civility(at: position + 1) != nil { break }
                if let following = word(position + 1), nameLike(following), isFirstName(following) {
                    position += 1
                    continue
                }
                break
            }
            if self.is(token, .birthName), !name.parts.isEmpty {
                // "M. Jean dit « Mathou » LAFFARGUE", "(alias « Momo »)": a nickname in quotes.
                if isOpeningQuote(position + 1) {
                    var close = position + 2
                    while close < tokens.count, close - position < 6, word(close) != nil { close += 1 }
                    if close > position + 2, close < tokens.count, tokens[close].kind == .punct, !isOpeningQuote(close) {
                        name.parts.append(contentsOf: (position + 2)..<close)
                        position = close + 1
                        name.end = position
                        continue
                    }
                }
                // "épouse DE BROGLIE", "née d'ORNANO": particles may open the other name.
                // "ep. ragot": an abbreviated word keeps its dot.
                let dot = isPunct(position + 1, ".") ? 1 : 0
                var look = position + 1 + dot
                while let particle = word(look), isParticle(particle), look - position < 4 + dot { look += 1 }
                // "née GRAND", "EPOUSE MOREAU", "ep. SABOT": after the marital word, a capitalised
                // word is the other surname even when it is a common word.
                if let following = word(look), following.startsUpper, !self.is(following, [.civility, .role, .transaction, .link, .designation, .birthName]) {
                    name.parts.append(contentsOf: (position + 1 + dot)...look)
                    name.sawSurnameShape = true
                    position = look + 1
                    name.end = position
                    continue
                }
                // "née Le Du": a surname made of particles only.
                if look > position + 1 + dot, let last = word(look - 1), last.startsUpper, word(look) == nil || !(word(look)?.startsUpper ?? false) {
                    name.parts.append(contentsOf: (position + 1 + dot)..<look)
                    name.sawSurnameShape = true
                    position = look
                    name.end = position
                    continue
                }
                if let following = word(look), nameLike(following) || following.allCaps {
                    position += 1 + dot
                    continue
                }
                // "mme jeanne martin ep. ragot": in lower case, the other name is one word of no
                // list, a first name or a common word.
                if lowercase, let following = word(look), !following.startsUpper, following.scalars >= 3,
                   !self.is(following, [.place, .body, .legalEntity, .role, .link, .particle, .civility, .transaction, .titleArticle]),
                   !Scan.bytes(self.key(following), isOneOf: Scan.functionWords), !Scan.bytes(self.key(following), isOneOf: Scan.prepositions) {
                    name.parts.append(contentsOf: (position + 1 + dot)...look)
                    name.sawSurnameShape = true
                    position = look + 1
                    name.end = position
                }
                break
            }
            if lowercase, !token.startsUpper {
                // After a lower-case civility: first names from the list, then one surname.
                let isFirst = isFirstName(token)
                let surnameSlot = name.firstNames > 0 && name.parts.count == name.firstNames
                    || name.parts.isEmpty && token.scalars >= 3
                // "mr et mme petit jean-claude": a common word is the surname written first when
                // a first name of the list follows it.
                let surnameFirst = name.parts.isEmpty && lowercaseSurnameFirst(at: position)
                // "mr et mme petit", "mme jeanne marchand": right after a lower-case civility (and
                // its first names), a common word is the surname; a role comes with its article.
                let commonSurname = afterCivility && surnameSlot && lowercaseCommonSurname(token)
                guard isFirst || surnameFirst || commonSurname || surnameSlot && !self.is(token, [.commonWord, .place, .body, .legalEntity, .role, .link]) else { break }
                name.parts.append(position)
                position += 1
                name.end = position
                if isFirst { name.firstNames += 1; continue }
                name.sawSurnameShape = true
                // "mme rosa garcia martinez": more words in no list nor the lexicon.
                while let more = word(position), !more.startsUpper, isUnknownWord(more, anyCase: true), name.parts.count < 5 {
                    name.parts.append(position)
                    position += 1
                    name.end = position
                }
                // "mr et mme fabre christian": the first names written after the surname
                // ("mme nguyen thi hoa").
                while name.firstNames == 0, name.parts.count < 5, let first = word(position), !first.startsUpper, isFirstName(first),
                      !self.is(first, .commonWord) {
                    name.parts.append(position)
                    position += 1
                    name.end = position
                }
                // "mme lucia ORSINI née POLI": a surname in capitals, then a birth name.
                if let caps = word(position), caps.allCaps, designationSurname(caps) {
                    name.parts.append(position)
                    position += 1
                    name.end = position
                }
                if let marital = word(position), self.is(marital, .birthName) { continue }
                // "m. pereira dos santos": a particle then a word in no list continue the surname.
                if name.sawSurnameShape, let particle = word(position), !particle.startsUpper, isParticle(particle),
                   let following = word(position + 1), !following.startsUpper, isUnknownWord(following, anyCase: true) { continue }
                break
            }
            // "M. Kévin lagarde": after a civility and a capitalised first name, a lower-case word
            // in no list nor the lexicon is the surname.
            if afterCivility, !lowercase, !token.startsUpper, name.firstNames > 0, name.parts.count == name.firstNames,
               isUnknownWord(token, anyCase: true) {
                name.parts.append(position)
                name.sawSurnameShape = true
                position += 1
                name.end = position
                break
            }
            if afterCivility, token.startsUpper, !token.allCaps, self.is(token, .commonWord), !isFirstName(token),
               !self.is(token, [.place, .body, .legalEntity, .role]) {
                // Right after a civility, a capitalised common word is a first name before a
                // surname in capitals ("Mademoiselle Avril BINISTI"), or the surname after first
                // names ("Mme Inès Blanc").
                // "M. Vu Duc MINH": or before more words of a name, capitalised.
                let beforeCaps = name.parts.isEmpty && !shouting
                    && (word(position + 1).map { $0.allCaps || $0.startsUpper && nameLike($0) && !isPunct(position + 2, "(") } ?? false)
                // "M. Petit", "Mme Blanc": a lone capitalised common word is the surname (the
                // verdict says how sure: review, or occult with a decisive context).
                let lone = name.parts.isEmpty && !beforeCaps && !(word(position + 1).map(nameLike) ?? false)
                let afterFirstNames = name.firstNames > 0 && name.parts.count == name.firstNames || lone
                if beforeCaps || afterFirstNames {
                    name.parts.append(position)
                    position += 1
                    name.end = position
                    // "Mme Thi Thu Hà NGUYEN": capitals after it are the surname, it a first name.
                    let capitalsFollow = !shouting && (word(position).map { $0.allCaps && nameLike($0) } ?? false)
                    if afterFirstNames && !capitalsFollow { name.sawSurnameShape = true; break }
                    name.firstNames += 1
                    continue
                }
            }
            // In mixed-case text, capitals right after a first name are the surname, even when
            // they spell a common word or an acronym ("M. Ahamada MSA", "Mme Claire PETIT").
            // "Mme Nancy PETIT": a capitalised word read as a surname (a commune here) is a first
            // name when capitals follow it.
            let mixedBefore = name.parts.allSatisfy { !tokens[$0].allCaps && tokens[$0].scalars >= 3 }
            // "M. Paul ROUX et Jean PIC": a first name read past « et » opens a second person's
            // name, whose surname is still to come.
            // (Asked last, and only for capitals or a capitalised word: most words end the test before.)
            func linkedFirst() -> Bool {
                name.parts.last.map { $0 > 0 && word($0 - 1).map { self.is($0, .link) } == true && isFirstName(tokens[$0]) } ?? false
            }
            let capsSurname = !shouting && token.allCaps && !name.parts.isEmpty && (!name.sawSurnameShape || mixedBefore || linkedFirst())
                && token.scalars >= 2 && !self.is(token, [.legalEntity, .role, .link, .particle, .civility, .birthName])
            // A civility is followed by a name or by an article and a role ("M. le Maire",
            // handled before): a capitalised place, body, company or role word right after it is
            // the surname ("Vente à M. SALLES", "Mme Place", "M. BOIS", "Messieurs JUGE").
            // A common word in capitals right after it is the surname too ("Vente à Mme PETIT",
            // "MME PETIT SYLVIE"): a role would have come with its article.
            let civilitySurname = afterCivility && name.parts.isEmpty && token.startsUpper
                && (self.is(token, [.place, .body, .legalEntity, .role])
                    || token.allCaps && token.scalars >= 3 && self.is(token, .commonWord)
                    && !self.is(token, [.roleQualifier, .link, .civility, .birthName, .family, .titleArticle, .particle]))
            // "MME ANNE SALLES", "M. PIERRE PLACE": in capitals, after a civility and first names,
            // a place or common word that ends the name is the surname.
            let shoutedSurname = afterCivility && shouting && name.firstNames > 0 && name.parts.count == name.firstNames
                && token.allCaps && token.scalars >= 3 && self.is(token, [.place, .commonWord])
                && !self.is(token, [.role, .link, .particle, .civility, .transaction, .designation, .family, .birthName, .titleArticle])
                && (position + 1 == tokens.count || tokens[position + 1].kind == .punct || (word(position + 1).map { self.is($0, .link) } ?? false))
            // "vendeurs Paul Roux et Anne Pic": in mixed case too, a capitalised word closing the
            // second person's name after their first name is the surname, whatever it spells.
            let linkedSurname = !shouting && token.startsUpper && !token.allCaps && token.scalars >= 3
                && !(word(position + 1)?.startsUpper ?? false) && linkedFirst()
                && !self.is(token, [.role, .body, .legalEntity, .civility, .link, .particle, .birthName])
            guard nameLike(token) || capsSurname || civilitySurname || shoutedSurname || linkedSurname else { break }
            let isFirst = self.is(token, .firstName)
            let isCommon = self.is(token, .commonWord)
            // In capitals, a common word ends the name once a surname was seen ("M. DUPONT DE LA
            // PARCELLE"); before that it may be the surname itself ("MME CLAIRE PETIT").
            // The particle that opens a surname ("LE BRAS") is not a surname seen.
            // Initials ("J.-C. DURAND") are first names, not a surname seen.
            let surnameSeen = name.parts.contains { !isFirstName(tokens[$0]) && !isParticle(tokens[$0]) && initialEnd(at: $0) == nil }
            if shouting, isCommon, !isFirst, surnameSeen || name.parts.isEmpty && !token.allCaps { break }
            // "MADAME PAULETTE GOURDON SUITE A…": once a surname was seen, a French word of the
            // lexicon ends the name too (the short list of common words lacks most).
            if shouting, !isFirst, token.scalars >= 3, surnameSeen, context.words.isLexiconWord(key) { break }
            if !name.parts.isEmpty, !shouting, !token.allCaps, isCommon, !isFirst, !linkedSurname { break }
            name.parts.append(position)
            if isFirst { name.firstNames += 1 }
            if token.allCaps || !isFirst { name.sawSurnameShape = true }
            position += 1
            name.end = position
        }
        // "Mme Anne MOREL, née LEFEVRE", "Mme X, épouse DURAND": a birth or married name after a
        // comma goes with the name too.
        // ", ep. KHELIFI": the abbreviation keeps its dot.
        let dotted = isPunct(name.end + 2, ".") ? 1 : 0
        if !name.parts.isEmpty, isPunct(name.end, ","), let marital = word(name.end + 1), self.is(marital, .birthName),
           !self.is(marital, "dit"), !self.is(marital, "dite"), !self.is(marital, "alias"),
           let following = word(name.end + 2 + dotted), following.startsUpper || isParticle(following) {
            var look = name.end + 2 + dotted
            while look - name.end < 6, let more = word(look), more.startsUpper && !self.is(more, [.place, .body, .legalEntity, .role]) || isParticle(more) { look += 1 }
            while look > name.end + 2 + dotted, let last = word(look - 1), isParticle(last) { look -= 1 }
            if look > name.end + 2 + dotted {
                name.parts.append(contentsOf: (name.end + 2 + dotted)..<look)
                name.end = look
            }
        }
        // "Mme Yvette (épouse Carré)", "Mme Anne Petit (née Lefort)": a birth or married name in
        // parentheses goes with the name.
        if !name.parts.isEmpty, isPunct(name.end, "("), let marital = word(name.end + 1), self.is(marital, .birthName),
           let following = word(name.end + 2), following.startsUpper {
            var look = name.end + 2
            while look - name.end < 6, let more = word(look), more.startsUpper || isParticle(more) { look += 1 }
            if isPunct(look, ")") {
                name.parts.append(contentsOf: (name.end + 2)..<look)
                name.end = look + 1
            }
        }
        return name
    }

    /// "Vente de la maison à Marie Petit", "l'élève Tom Petit": after a trigger, a capitalised
    /// common word right after first names is the surname.
    func extendWithCommonSurname(_ name: inout Name) {
        guard !name.parts.isEmpty, name.parts.allSatisfy({ isFirstName(tokens[$0]) }), let next = word(name.end),
              next.startsUpper, !next.allCaps, self.is(next, .commonWord),
              !self.is(next, [.place, .body, .legalEntity, .role, .link, .particle]) else { return }
        name.parts.append(name.end)
        name.end += 1
        name.sawSurnameShape = true
    }

    /// "VENTE À ROCHE JUTTA", "Cession à Blanc Pierre": right after a trigger, the word before
    /// a first name is the surname written first, even when it spells a common word.
    func surnameWrittenFirst(before start: Int) -> Int? {
        guard let previous = word(start - 1), previous.startsUpper, !isFirstName(previous),
              !self.is(previous, [.place, .body, .legalEntity, .role, .civility, .particle, .link, .family, .designation, .titleArticle])
        else { return nil }
        if triggerBefore(start - 1) { return start - 1 }
        // "Vente de la parcelle ZK 19 à Le Bras Maëlys": a capitalised particle opens it.
        if let particle = word(start - 2), particle.startsUpper, isParticle(particle), triggerBefore(start - 2) { return start - 2 }
        return nil
    }

    /// "M. X, demeurant …", "Mme Y domiciliée à …": where the person lives follows the name.
    func residenceAfter(_ index: Int) -> Bool {
        guard let verb = word(isPunct(index, ",") ? index + 1 : index) else { return false }
        return Scan.bytes(key(verb), isOneOf: Scan.residenceVerbs)
    }

    /// "M. Victor HUGO (particulier)", "Mme X, particulière": the clerk says outright that the
    /// name is a private person's, whatever figure it recalls.
    func privateMarkerAfter(_ index: Int) -> Bool {
        guard isPunct(index, "(") || isPunct(index, ","), let marker = word(index + 1) else { return false }
        return Scan.bytes(key(marker), isOneOf: Scan.privateMarkers)
    }

    /// "mme le goff nolwenn", "Mme Nguyen Thi Thu Hà", "M. Quach Thanh Son,": the first name
    /// written last, after a civility, that the consumption left (a listed first name in any
    /// case, or a short capitalised word closing a foreign name of several parts).
    func extendTrailingGiven(_ name: inout Name) {
        guard !name.parts.isEmpty, let next = word(name.end) else { return }
        // "mr et mme lejeune rene et paulette": a couple's second first name, in lower case, after
        // the first one written last.
        if !next.startsUpper, self.is(next, .link), let last = name.parts.last, !tokens[last].startsUpper, isFirstName(tokens[last]),
           name.parts.count >= 2, let second = word(name.end + 1), !second.startsUpper, isFirstName(second), !self.is(second, .commonWord),
           name.end + 2 >= tokens.count || !tokens[name.end + 2].isWord {
            name.parts.append(name.end + 1)
            name.end += 2
            return
        }
        let closes = name.end + 1 >= tokens.count || !tokens[name.end + 1].isWord || !(word(name.end + 1)?.startsUpper ?? false)
        if isFirstName(next), !self.is(next, [.commonWord, .place, .body, .legalEntity, .role, .link, .particle, .civility, .titleArticle]),
           next.startsUpper == tokens[name.parts.last!].startsUpper || !next.startsUpper, closes {
            name.parts.append(name.end)
            name.end += 1
            return
        }
        // "Mme PHAM Mai", "Dr NGUYEN Mai, chirurgien-dentiste": after a surname in capitals, a
        // short given name that is also a month (no day nor year around it).
        if next.startsUpper, !next.allCaps, closes, name.parts.allSatisfy({ tokens[$0].allCaps && tokens[$0].scalars >= 2 }),
           Scan.bytes(key(next), isOneOf: ["mai", "avril"]),
           !(name.end + 1 < tokens.count && tokens[name.end + 1].kind == .number), !(name.parts.first.map { $0 > 0 && tokens[$0 - 1].kind == .number } ?? false) {
            name.parts.append(name.end)
            name.end += 1
            return
        }
        // A foreign name of two parts or more, none of them French: its last short part.
        guard next.startsUpper, !next.allCaps, next.scalars <= 4, name.parts.count >= 2, closes,
              name.parts.allSatisfy({ !tokens[$0].allCaps && !self.is(tokens[$0], .commonWord) }),
              !self.is(next, [.place, .body, .legalEntity, .role, .link, .particle, .civility, .titleArticle, .transaction]) else { return }
        name.parts.append(name.end)
        name.end += 1
    }

    /// After a name, the person's address in the same cell ("286 avenue du Petit Train",
    /// ", demeurant 12 impasse des Lilas") goes with it.

    func addressEnd(after index: Int) -> Int? {
        var position = index
        if isPunct(position, ",") { position += 1 }
        while let token = word(position), self.is(token, .residence) {
            position += 1
        }
        let afterResidence = position > index + (isPunct(index, ",") ? 1 : 0)
        guard position < tokens.count, tokens[position].kind == .number else { return nil }
        // "18 Grande Rue", "3 bis rue X": the street reader of linked identifiers knows them.
        if let end = streetEnd(from: position), end > position + 1 { return end }
        // "demeurant 4 Kerhallet", "demeurant 7 via Roma": after a residence word, a number and
        // a capitalised place (a lieu-dit, a foreign street) are the person's address.
        // "CONSORTS X, 3 LE MONTEIL": after the name and its comma, a number then an article and
        // a capitalised word are a lieu-dit's address.
        if afterResidence || isPunct(index, ",") && (word(position + 1).map { self.is($0, "le") || self.is($0, "la") || self.is($0, "les") } ?? false)
            && (word(position + 2)?.startsUpper ?? false) {
            var end = position + 1
            if let way = word(end), !way.startsUpper, way.scalars <= 5, word(end + 1)?.startsUpper == true { end += 1 }
            let first = end
            while let token = word(end), token.startsUpper || end > first && isParticle(token) { end += 1 }
            if end > first { return end }
        }
        position += 1
        // ("168; impasse d'Arcole": a semicolon typed for the comma.)
        if isPunct(position, ",") || isPunct(position, ";") { position += 1 }
        guard let street = word(position), self.is(street, .place) else { return nil }
        // "mr et mme le floch 4 rue de kerhuel": a street in lower case.
        if !street.startsUpper, let end = lowercaseStreetEnd(street: position) { return end }
        var end = position + 1
        while end < tokens.count {
            let token = tokens[end]
            if token.kind == .number { end += 1; continue }
            if token.isWord, token.startsUpper || isParticle(token) { end += 1; continue }
            break
        }
        return end
    }
}

extension Scan {
    /// Whether the tokens before `comma` end a street address: a number, then a street word
    /// and its name (« 2 rue Sainte-Barbe », « 45 RUE DE LA RÉPUBLIQUE »), within ten tokens.
    func afterStreetAddress(_ comma: Int) -> Bool {
        var position = comma - 1
        var street = false
        while position >= 0, comma - position <= 10 {
            if tokens[position].kind == .number { return street }
            guard let token = word(position) else {
                if isPunct(position, "'") || isPunct(position, "’") { position -= 1; continue }
                return false
            }
            if self.is(token, .place) { street = true }
            position -= 1
        }
        return false
    }

    /// Whether a commune's name opens at `index` (« Roanne », « LE CHAMBON-FEUGEROLLES »).
    func communeStarts(at index: Int) -> Bool {
        guard let head = word(index) else { return false }
        if namesCommune(head) { return true }
        return isParticle(head) && (word(index + 1).map(namesCommune) ?? false)
    }
}
