/// First names listed alone, the way laureates, pupils and grantees are named in a subject:
/// « Prix des jeunes lecteurs : Inès, Mathéo, Lou-Ann et Kenzo », « concours de dessin : Lina
/// (CE1), Noah (CE2), Jade et Timéo (CM1) ». Three first names of the list or more, each alone
/// (no surname after it), coordinated by commas or « et », name private persons: a place, an
/// organisation or a cultural programme is named otherwise (« écoles Jacques Brel, … » carry
/// their head word, artists their programme).
extension Scan {
    /// The first names of a list that starts at `start`, or nil when it is not one.
    func firstNameList(from start: Int) -> [Range<Int>]? {
        guard !shouting, listOpens(before: start), continuesList(after: start + 1) else { return nil }
        var items: [Range<Int>] = []
        var position = start
        while let token = word(position), isListedFirstName(token) {
            items.append(position..<(position + 1))
            position += 1
            // "Lina (CE1)": a class or an age in parentheses after the first name.
            if isPunct(position, "(") {
                var close = position + 1
                while close < tokens.count, close - position <= 4, !isPunct(close, ")"), !isPunct(close, "(") { close += 1 }
                guard isPunct(close, ")") else { break }
                position = close + 1
            }
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, "/") || (word(position).map { self.is($0, .link) } ?? false) {
                position += 1
                continue
            }
            break
        }
        // What follows the last first name must not be a surname ("…, Paul Martin").
        guard items.count >= 3, !(word(items[items.count - 1].upperBound).map { $0.startsUpper } ?? false) else { return nil }
        // Common words that are first names ("Rose", "Pierre") may be things: two at least are not.
        guard items.filter({ !self.is(tokens[$0.lowerBound], .commonWord) }).count >= 2 else { return nil }
        guard namesPersons(from: start), !artistBefore(start), !namesAPlace(before: start),
              !isCommune(around: start, end: items[items.count - 1].upperBound) else { return nil }
        return items
    }

    /// A list of persons opens after a colon, a dash, a parenthesis, a preposition that makes them parties
    /// (« bourse à », « prix de ») or a word for persons (« élèves »), never after a noun that
    /// names things (« les tempêtes Alex, Ciara et Denis »).
    private func listOpens(before start: Int) -> Bool {
        guard start > 0 else { return false }
        if isPunct(start - 1, ":") || isPunct(start - 1, "–") || isPunct(start - 1, "-") || isPunct(start - 1, "(") { return true }
        // In a subject in capitals, the opener is in capitals too (« DEBITEURS ROUSSEL B. »).
        guard let previous = word(start - 1), !previous.startsUpper || shouting else { return false }
        if self.is(previous, .personNoun, bare: true) { return true }
        return Scan.listPrepositions.contains { self.is(previous, $0) }
    }

    static let listPrepositions: [StaticString] = ["a", "aux", "de", "des", "pour", "par", "entre"]

    /// A comma, a link or a parenthesis after the first item: asked before any list is built,
    /// as most first names stand alone or open a name ("à Jean Dupont").
    private func continuesList(after index: Int) -> Bool {
        isPunct(index, ",") || isPunct(index, "(") || (word(index).map { self.is($0, .link) } ?? false)
    }

    /// Neither a place's, an organisation's nor a programme's list (« écoles Jacques Brel, … »,
    /// « 14 collèges : … », « Concert de … »).
    private func namesPersons(from start: Int) -> Bool {
        contextBefore(start, allowTitleSkip: false, throughNames: true) == nil && listHeading(before: start) == nil
            && !programmeWordBefore(start)
    }

    /// A show's word right before the list (« Concert de Zaz, Pomme et Vianney »): artists go by
    /// their stage names. An award (« prix ») names laureates, who may be children.
    private func programmeWordBefore(_ start: Int) -> Bool {
        (max(0, start - 3)..<start).contains { tokens[$0].isWord && self.is(tokens[$0], .cultural, bare: true) && !self.is(tokens[$0], "prix") }
    }

    /// A capitalised first name of the list, alone: not a saint's, not in capitals.
    private func isListedFirstName(_ token: Token) -> Bool {
        token.startsUpper && !token.allCaps && isFirstName(token) && !self.is(token, [.place, .body, .legalEntity, .role, .civility])
    }

    /// "liste jointe (Moulin René, Lebrun Sylvie, Boucher Kevin)": two surnames or more, each
    /// written before its first name, listed after a colon, a parenthesis or a dash, name
    /// private persons (debtors, grantees), even when a surname spells a common word.
    func surnameFirstList(from start: Int) -> [Range<Int>]? {
        guard !shouting, continuesList(after: start + 2), listOpens(before: start) else { return nil }
        let (items, position) = pairEntries(from: start) { position in
            guard let surname = word(position), surname.startsUpper, !isFirstName(surname),
                  !self.is(surname, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .particle, .link]),
                  let first = word(position + 1) else { return false }
            return isListedFirstName(first)
        }
        guard items.count >= 2, !(word(position).map { $0.startsUpper } ?? false) else { return nil }
        guard namesPersons(from: start) else { return nil }
        return items
    }

    /// Surnames in capitals written before a first name or an initial, the way clerks list
    /// debtors, grantees and sellers: « GRANDJEAN THIERRY ET GRANDJEAN ODETTE - VENTE … »,
    /// « AFFOUAGISTES : MOUGIN PAUL, FAIVRE-PICON A., JOLY S. », « cautions : Dupuis R. ;
    /// Lemaire C. », « OZTURK MEHMET & OZTURK AYSE ». Two entries or more coordinated by a
    /// comma, a semicolon, a slash, « & » or « et » name persons after a list opener, at the
    /// head of the cell, or when a surname comes back (a couple); one entry alone does at the
    /// head of the cell (« MARCHAND JOSIANE - REMISE GRACIEUSE »). Either word may be the
    /// surname: both are occulted.
    func surnameFirstEntries(from start: Int) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        var initials = 0, commonFirstNames = 0, unknownFirstNames = 0
        var repeated = false
        var position = start
        // ("HAMEAUX DE CHEZ PIERRE ET CHEZ MARTIN": « chez » opens a hamlet's or a shop's name,
        // never a surname.)
        while let surname = word(position), surname.startsUpper, surname.scalars >= 2, !isSaint(surname),
              !self.is(surname, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link]),
              !context.words.communes.contains(key(surname)), !self.is(surname, "chez") {
            // "Ben Youssef A.", "DA COSTA Manuel": a particle opens the surname.
            var name = position + 1
            if self.is(surname, .particle) {
                guard let rest = word(name), rest.startsUpper, nameLike(rest) || rest.allCaps else { break }
                name += 1
            }
            var end: Int
            if let afterInitial = initialEnd(at: name), tokens[name].scalars == 1 {
                // "Dupuis R.": a capitalised word of no list before an initial.
                // ("Clémence R." is a first name and an initial, read as such elsewhere.)
                guard surname.allCaps || nameLike(surname) && !isFirstName(surname) else { break }
                end = afterInitial
                initials += 1
            } else if surname.allCaps, let first = word(name), first.startsUpper, first.scalars >= 3, isFirstName(first),
                      first.allCaps || !shouting, !self.is(first, [.place, .body, .legalEntity, .role, .civility]) {
                end = name + 1
                if self.is(first, .commonWord) { commonFirstNames += 1 }
            } else if surname.allCaps, !shouting, isUnknownWord(surname), let first = word(name), first.startsUpper, !first.allCaps, first.scalars >= 3,
                      isUnknownWord(first) {
                // "OUEDRAOGO Rasmata, HOUMADI Anzize, DIALLO Fatou": a first name of no list after a
                // surname of no list, when another entry of the list has a listed first name.
                end = name + 1
                unknownFirstNames += 1
            } else if surname.allCaps, !shouting, isPunct(name, "("), let first = word(name + 1), isListedFirstName(first), isPunct(name + 2, ")") {
                // "MARTINEZ (Antonio), GARCIA-LOPEZ (Dolorès)": the first name in parentheses.
                end = name + 3
            } else if surname.allCaps, let marital = word(name), self.is(marital, .birthName), let maiden = word(name + 1), maiden.allCaps,
                      !self.is(maiden, [.place, .body, .legalEntity, .role, .civility, .link]),
                      let first = word(name + 2), isFirstName(first), first.allCaps || !shouting {
                // "DUVAL NEE NOIR SIMONE": the married name, « née », the birth name, the first name.
                end = name + 3
            } else {
                break
            }
            if items.contains(where: { key(tokens[$0.lowerBound]).elementsEqual(key(surname)) }) { repeated = true }
            // "BERNARD Nicole née FAURIE": the birth name goes with the entry.
            if let marital = word(end), self.is(marital, .birthName), let born = word(end + 1), born.startsUpper,
               !self.is(born, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link]) {
                end += 2
                if self.is(born, .particle), let rest = word(end), rest.startsUpper { end += 1 }
            }
            items.append(position..<end)
            position = end
            // "MATHIS DIMANCHE (MENTION TB)", "WEBER (indivision)": a short note in parentheses.
            if isPunct(position, "(") {
                var close = position + 1
                while close < tokens.count, close - position <= 4, !isPunct(close, ")"), !isPunct(close, "(") { close += 1 }
                guard isPunct(close, ")") else { break }
                position = close + 1
            }
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, "/") || isPunct(position, "&")
                || (word(position).map { self.is($0, .link) } ?? false) {
                position += 1
                continue
            }
            break
        }
        guard let last = items.last, unknownFirstNames < items.count else { return nil }
        // What follows must not go on with a name ("…, Paul Martin").
        if let next = word(last.upperBound), next.startsUpper, !shouting || isFirstName(next) { return nil }
        let head = start == 0
        // "VVE LEBRETON NEE GIRAUD ANNIE": a birth name and first name after « née », « épouse ».
        let born = word(start - 1).map { self.is($0, .birthName) } ?? false
        if items.count == 1, !born {
            // Alone, at the head of the cell before its subject, with a first name that is no common word.
            guard head, initials == 0, commonFirstNames == 0, last.upperBound < tokens.count,
                  isPunct(last.upperBound, "-") || isPunct(last.upperBound, "–") || isPunct(last.upperBound, ":") || isPunct(last.upperBound, ",")
            else { return nil }
        } else if born {
            guard items.count == 1 || listOpens(before: start) || repeated else { return nil }
        } else {
            guard head || repeated || listOpens(before: start) else { return nil }
            guard commonFirstNames < items.count || initials > 0 else { return nil }
        }
        // An initial names a person whatever the heading ("jardins familiaux : Dupuis R. ; …").
        guard initials > 0 || namesPersons(from: start), !items.contains(where: { isPublicFigure(Array($0)) }) else { return nil }
        return items
    }

    /// "bourse au merite : lucas boyer, emma garnier, chloe renard", « vacataires : bouvier lea ;
    /// marchand hugo », « bénéficiaires : rolland baptiste, ben youssef malek »: two entries or
    /// more after a colon, all in lower case, each a first name of the list (no common word) and
    /// one or two other words, in the same order throughout, coordinated by commas, semicolons,
    /// slashes or « et ». An entry may carry a short note in parentheses and an amount
    /// (« ferhat yanis (espaces verts), morin clara (piscine) », « gautier ludovic : 80 € ;
    /// hoarau jean-marc 96,00 € »): what a clerk's list of grantees or seasonal staff adds.
    func lowercaseNameList(from start: Int) -> [Range<Int>]? {
        guard start > 0, isPunct(start - 1, ":") else { return nil }
        for surnameFirst in [false, true] {
            var items: [Range<Int>] = []
            var position = start
            // Each entry must end where the list goes on or stops (a separator, a mark, the
            // cell's end): an entry followed by another word was read short (« pham thi hoa »,
            // « pham van duc »), and the list stops before it.
            while let end = lowercaseEntryEnds(at: position, surnameFirst: surnameFirst).first(where: { entryCloses(afterEntryNote($0)) }) {
                items.append(position..<end)
                position = afterEntryNote(end)
                guard isPunct(position, ",") || isPunct(position, ";") || isPunct(position, "/") || (word(position).map { self.is($0, .link) } ?? false)
                else { break }
                position += 1
            }
            if items.count >= 2 { return items }
        }
        return nil
    }

    /// Whether a list's entry may end at `position`: a punctuation mark, « et », or the cell's end.
    private func entryCloses(_ position: Int) -> Bool {
        position >= tokens.count || tokens[position].kind == .punct || (word(position).map { self.is($0, .link) } ?? false)
    }

    /// The possible ends of one lower-case entry at `position`, longest first: a first name of
    /// the list then a surname word (a particle may open it), or (`surnameFirst`) a particle,
    /// one or two surname words, then the first name. A surname word is of no class that opens
    /// other phrases (a place, a body, a link…); it may be a common word or a first name
    /// (« benali farid », « gautier ludovic »), since the first name beside it and the order
    /// kept throughout say the entry is a person.
    private func lowercaseEntryEnds(at position: Int, surnameFirst: Bool) -> [Int] {
        func givenName(_ index: Int) -> Bool {
            guard let token = word(index), !token.startsUpper else { return false }
            return isFirstName(token) && !self.is(token, .commonWord)
        }
        func surnameWord(_ index: Int, particle: Bool = false) -> Bool {
            guard let token = word(index), !token.startsUpper, token.scalars >= 2 else { return false }
            if particle, isParticle(token) { return true }
            return !self.is(token, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .link, .particle, .transaction])
                && !Scan.bytes(key(token), isOneOf: Scan.functionWords) && !Scan.bytes(key(token), isOneOf: Scan.prepositions)
        }
        var start = position
        if !surnameFirst {
            guard givenName(position) else { return [] }
            start += 1
        }
        if let particle = word(start), !particle.startsUpper, isParticle(particle), surnameWord(start + 1) { start += 1 }
        guard surnameWord(start), word(start)!.scalars >= 3 else { return [] }
        if !surnameFirst { return [start + 1] }
        // "pham van duc", "pham thi hoa": a particle or a second word may stand before the
        // first name; of three words, one of the last two a first name, even a common word
        // (« duc »), when the entry closes there (`entryCloses`, asked by the caller).
        var ends: [Int] = []
        if surnameWord(start + 1, particle: true), surnameWord(start + 2) || givenName(start + 2),
           [start + 1, start + 2].contains(where: { word($0).map(isFirstName) ?? false }) { ends.append(start + 3) }
        if givenName(start + 1) { ends.append(start + 2) }
        // "bourgeois j.-m., mougin s.": the first name's initials, in a list whose order the
        // other entries set.
        if let after = lowercaseInitialEnd(at: start + 1) { ends.append(after) }
        return ends
    }

    /// Past what may follow an entry of a list of persons: a note of up to four words in
    /// parentheses (« (piscine) », « (3 enfants) »), then an amount, a colon before it allowed
    /// (« : 80 € », « 96,00 € »). Returns `position` itself when neither follows.
    private func afterEntryNote(_ position: Int) -> Int {
        var position = position
        if isPunct(position, "(") {
            var close = position + 1
            while close < tokens.count, close - position <= 5, !isPunct(close, ")"), !isPunct(close, "(") { close += 1 }
            if isPunct(close, ")") { position = close + 1 }
        }
        var amount = position
        if isPunct(amount, ":") { amount += 1 }
        guard amount < tokens.count, tokens[amount].kind == .number else { return position }
        amount += 1
        // "96,00": the decimal comma glued to its digits is no list's comma.
        while amount + 1 < tokens.count, isPunct(amount, ","), tokens[amount + 1].kind == .number,
              tokens[amount].range.lowerBound == tokens[amount - 1].range.upperBound,
              tokens[amount + 1].range.lowerBound == tokens[amount].range.upperBound { amount += 2 }
        if isPunct(amount, "€") || (word(amount).map { self.is($0, "euros") || self.is($0, "eur") } ?? false) { amount += 1 }
        return amount
    }

    /// "secours d'urgence | lemaire kevin | 80 €", "AIDE URGENCE ; DUPRAT ; Josiane ; 150 €": a
    /// subject pasted from a spreadsheet, its fields split by semicolons or pipes. A field that
    /// holds only a name (two to four words, one a first name of the list) is a person; so are a
    /// field of one or two capitalised words and the next field when that one is a lone first
    /// name. At least two separators of the same kind make the cell an export.
    ///
    /// "RH<TAB>Recrutement<TAB>M.<TAB>MARECHAL<TAB>Loïc": tabs split the fields too, and a
    /// field that holds only a civility says the next one is a person's name.
    ///
    /// "…récapitulatif :⏎Nom | Prénom | Montant⏎BONNAFOUS | Virginie | 184,20 €": in a cell of
    /// several lines, a line break ends a field and a row, so a row's first field starts a line.
    func exportField(from start: Int) -> [Range<Int>]? {
        guard start > 0 else { return nil }
        let separatorIndex = isFieldSeparator(start - 1) ? start - 1
            : startsLine(start) ? (start..<tokens.count).first(where: isFieldSeparator) : nil
        guard let separatorIndex else { return nil }
        let separator = tokens[separatorIndex]
        guard tokens.indices.lazy.filter({ self.tokens[$0].kind == .punct && self.sameMark(self.tokens[$0], separator) }).count >= 2 else { return nil }
        func fieldEnd(_ from: Int) -> Int {
            var end = from
            while end < tokens.count, !isFieldSeparator(end), end == from || !startsLine(end) { end += 1 }
            return end
        }
        func plainName(_ index: Int) -> Bool {
            guard let token = word(index) else { return false }
            return !self.is(token, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .transaction, .link, .titleArticle])
                && !Scan.bytes(key(token), isOneOf: Scan.functionWords) && !Scan.bytes(key(token), isOneOf: Scan.prepositions)
        }
        func listedFirstName(_ index: Int) -> Bool {
            guard let token = word(index) else { return false }
            return isFirstName(token) && !self.is(token, .commonWord)
        }
        let end = fieldEnd(start)
        let count = end - start
        // "M.<TAB>MARECHAL<TAB>Loïc": the field before holds only a civility.
        let fieldStart = start - 2 - (isPunct(start - 2, ".") ? 1 : 0)
        let civilityField = word(fieldStart).map { $0.startsUpper && self.is($0, .civility) } == true
            && (fieldStart == 0 || isFieldSeparator(fieldStart - 1))
        if civilityField, count >= 1, count <= 3, (start..<end).allSatisfy({ tokens[$0].isWord && plainName($0) && tokens[$0].startsUpper }) {
            if end + 1 < tokens.count, fieldEnd(end + 1) == end + 2, listedFirstName(end + 1) { return [start..<end, (end + 1)..<(end + 2)] }
            return [start..<end]
        }
        // "| BOIS Henri |": a surname in capitals that is also a list's word, before the first name.
        let surnameFirst = count == 2 && tokens[start].isWord && tokens[start].allCaps && !shouting && listedFirstName(start + 1)
            && !(word(start + 1)?.allCaps ?? true)
        // "LE CORRE ; Gwenaëlle": a particle may open the surname's field.
        let particleOpens = count >= 2 && tokens[start].isWord && isParticle(tokens[start]) && word(start + 1).map(\.startsUpper) == true
        guard count >= 1, count <= 4, (start..<end).allSatisfy({ tokens[$0].isWord && (plainName($0) || (surnameFirst || particleOpens) && $0 == start) }),
              !isCommune(around: start, end: end), !isPublicFigure(Array(start..<end)) else { return nil }
        // "DUPRAT ; Josiane", "NGUYEN VAN ; Thanh", "VAN DEN BERGHE | Noémie": the surname's
        // field, then the first name's.
        // A surname that is a common word ("LE ROUX ; Killian") counts before a listed first name.
        let nextFieldListed = end + 1 < tokens.count && fieldEnd(end + 1) == end + 2 && listedFirstName(end + 1)
        let givenField = count <= 3 && (start..<end).allSatisfy({ tokens[$0].allCaps && (nextFieldListed || !self.is(tokens[$0], .commonWord)) })
            && end + 1 < tokens.count && fieldEnd(end + 1) == end + 2
            && (word(end + 1).map { listedFirstName(end + 1) || $0.startsUpper && !$0.allCaps && isUnknownWord($0) } ?? false)
        if givenField { return [start..<end, (end + 1)..<(end + 2)] }
        return count >= 2 && (start..<end).contains(where: listedFirstName) ? [start..<end] : nil
    }

    /// Inlined: the scan's loop asks it for every word.
    @inline(__always)
    func isFieldSeparator(_ index: Int) -> Bool { isPunct(index, ";") || isPunct(index, "|") || isPunct(index, "\t") }

    /// Whether a line break stands between the token at `index` and the one before it.
    func startsLine(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        let gap = tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound
        return gap.contains { source[$0] == 0x0A || source[$0] == 0x0D }
    }

    /// Whether two punctuation tokens are the same mark.
    func sameMark(_ a: Token, _ b: Token) -> Bool {
        a.range.count == b.range.count && (0..<a.range.count).allSatisfy { source[a.range.lowerBound + $0] == source[b.range.lowerBound + $0] }
    }

    /// Two-word entries from `start`, each starting where `isEntry` holds, coordinated by commas
    /// or « et »: the entries and the index where the list stopped.
    private func pairEntries(from start: Int, _ isEntry: (Int) -> Bool) -> (items: [Range<Int>], end: Int) {
        var items: [Range<Int>] = []
        var position = start
        while isEntry(position) {
            items.append(position..<(position + 2))
            position += 2
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, "/") || (word(position).map { self.is($0, .link) } ?? false) {
                position += 1
                continue
            }
            break
        }
        return (items, position)
    }
}

extension Scan {
    /// "sépultures DUMAS / CHARBONNIER / VIALLON", "aux familles suivantes – COULIBALY, LEMAIRE,
    /// ROSSI, GASHI", "renouvellements (GAUTHIER-DAVID ; N’DIAYE ; WOJCIK)": in a mixed-case
    /// subject, surnames in capitals listed without first names after a list opener. Two
    /// entries at least are words of no list nor the lexicon, and they are half the list or
    /// more: acronyms and bodies in capitals are listed words ("CCAS, SDIS"), surnames mostly
    /// are not.
    func capitalSurnameList(from start: Int) -> [Range<Int>]? {
        guard !shouting, listOpens(before: start) else { return nil }
        var items: [Range<Int>] = []
        var unknown = 0
        var position = start
        while let surname = word(position), capitalSurnameEntry(surname) {
            var end = position + 1
            // "DA SILVA", "LE GALL": a particle in capitals opens a surname of two words.
            if isParticle(surname), let rest = word(end), capitalSurnameEntry(rest), !isParticle(rest) { end += 1 }
            if (position..<end).contains(where: { isUnknownWord(tokens[$0]) }) { unknown += 1 }
            items.append(position..<end)
            position = end
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, "/") || isPunct(position, "&")
                || (word(position).map { self.is($0, .link) && !$0.startsUpper } ?? false) {
                position += 1
                continue
            }
            break
        }
        guard items.count >= 2, unknown >= 2, unknown * 2 >= items.count,
              // What follows must not go on with a capitalised word (a body's or a place's name).
              !(word(items[items.count - 1].upperBound).map { $0.startsUpper } ?? false),
              namesPersons(from: start), !items.contains(where: { isOfficial(Array($0)) || isPublicFigure(Array($0)) })
        else { return nil }
        return items
    }

    /// "dégrèvement eau : Fabre, Chabert et Reynaud", "AFFOUAGE : LISTE DES INSCRITS (GIRARDIN,
    /// MOUGIN, BOILLOT)": after the colon or parenthesis of a heading about a matter decided
    /// person by person (a fee, a lease, a grave, a grant, a recruitment), two or more bare
    /// capitalised words, one or two to an item and in no list, are surnames, even when a
    /// surname spells a common word. The heading decides: the same list after « Quartiers : »
    /// or « Subventions : » names places or bodies.
    func bareSurnameList(from start: Int) -> [Range<Int>]? {
        // ("Fermage : remise partielle sécheresse pour Besson, Malet, Vigier": or after « pour »
        // or « à » closing the heading.)
        let afterPreposition = word(start - 1).map { !$0.startsUpper && Scan.bytes(key($0), isOneOf: ["pour", "a", "au", "aux"]) } ?? false
        // ("LISTE DES BENEFICIAIRES / BARREAU, LOISEAU": a slash after the persons' heading word.)
        let afterHeadingSlash = start >= 2 && isPunct(start - 1, "/") && (word(start - 2).map { self.is($0, .listHeading, bare: true) } ?? false)
        // ("Affouage : lots attribués à Klein/Weber": the heading before the clause's colon.)
        let headingColon = afterPreposition ? (max(0, start - 8)..<start).last(where: { isPunct($0, ":") }) : nil
        guard start > 0, isPunct(start - 1, ":") || isPunct(start - 1, "(") || afterPreposition || afterHeadingSlash,
              personMatterHeading(before: start - 1) || headingColon.map({ personMatterHeading(before: $0) }) == true else { return nil }
        var items: [Range<Int>] = []
        var position = start
        while let first = word(position), bareSurnameWord(first) {
            var end = position + 1
            // "Le Goff", "Da Costa": a particle then the surname, or a compound written apart.
            if let more = word(end), bareSurnameWord(more), isParticle(first) || !isPunct(end, ",") && !(word(end + 1).map(bareSurnameWord) ?? false) { end += 1 }
            items.append(position..<end)
            position = end
            if separatesListEntries(position) {
                position += 1
                continue
            }
            break
        }
        // The list closes the clause; a list of one is a name another mechanism reads.
        // ("marché attribué à Granits Rauscher et Fils": a firm, not two persons.)
        guard items.count >= 2, closesList(position), !items.contains(where: { companyAfter($0.upperBound) }) else { return nil }
        guard !items.contains(where: { isOfficial(Array($0)) || isPublicFigure(Array($0)) }) else { return nil }
        return items
    }

    /// "fermiers : delmas / combes / lavergne", "agents : monteil c. / bouchard p.": the same in
    /// lower case, where at least half the entries are a word of no list nor the lexicon, a
    /// first name of the list, or any word before an initial (« fermages : ble / orge » lists
    /// crops; « combes » is a French word too).
    func lowercaseSurnameList(from start: Int) -> [Range<Int>]? {
        // ("38 foyers inscrits dont 3 nouveaux (kessler, schmitt, haegel)": or in parentheses.)
        guard start > 0, isPunct(start - 1, ":") || isPunct(start - 1, "("), personMatterHeading(before: start - 1) else { return nil }
        var items: [Range<Int>] = []
        var named = 0
        var position = start
        while let first = word(position), !first.startsUpper {
            // ("… belkacem, da cruz, moreau": a surname opened by its particle, one entry.)
            let particled = particleEntry(at: position)
            guard particled || first.scalars >= 3 && listableSurname(first) && !isSaint(first) else { break }
            var end = particled ? position + 2 : position + 1
            let initial = lowercaseInitialEnd(at: end)
            if let initial { end = initial }
            if initial != nil || isUnknownWord(first, anyCase: true) || isFirstName(first) && !self.is(first, .commonWord) { named += 1 }
            items.append(position..<end)
            position = end
            if separatesListEntries(position) {
                position += 1
                continue
            }
            break
        }
        guard items.count >= 2, 2 * named >= items.count, closesList(position) else { return nil }
        guard !items.contains(where: { isOfficial(Array($0)) }) else { return nil }
        return items
    }

    /// "da cruz", "dos santos", "le goff": a particle in lower case then a surname, in a list.
    private func particleEntry(at position: Int) -> Bool {
        guard let particle = word(position), !particle.startsUpper, isParticle(particle), !self.is(particle, .link),
              let surname = word(position + 1), !surname.startsUpper, surname.scalars >= 3, listableSurname(surname) else { return false }
        return true
    }

    /// ",", "/" or « et » between two entries of a list of bare surnames.
    private func separatesListEntries(_ position: Int) -> Bool {
        isPunct(position, ",") || isPunct(position, "/") || (word(position).map { self.is($0, "et") && !$0.startsUpper } ?? false)
    }

    /// The end of the cell or of its clause after a list of bare surnames.
    private func closesList(_ position: Int) -> Bool {
        position >= tokens.count || isPunct(position, ")") || isPunct(position, ";") || isPunct(position, ".")
            || isPunct(position, "-") || isPunct(position, "–") || isPunct(position, "(")
    }

    /// A capitalised word that may be a surname listed bare.
    private func bareSurnameWord(_ token: Token) -> Bool {
        guard token.startsUpper, token.scalars >= 2, listableSurname(token), !self.is(token, .firstName), !isSaint(token) else { return false }
        return token.scalars >= 3 || isParticle(token)
    }

    /// What a surname listed alone must be, whatever its case: a vowel, no digit, in none of
    /// the lists of places, bodies, companies, offices, programmes or grammar words, no commune.
    private func listableSurname(_ token: Token) -> Bool {
        surnameLetters(token)
            && !self.is(token, [.place, .body, .legalEntity, .role, .rolePlural, .civility, .designation, .family, .link, .titleArticle,
                                .session, .cultural, .transaction])
    }

    /// The letters of a surname written alone: a vowel, no digit, not a commune's name (the
    /// bare lists here and the registers in capitals, `shoutedSurnameShape`).
    func surnameLetters(_ token: Token) -> Bool {
        Scan.hasVowel(key(token)) && !key(token).contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            && !context.words.communes.contains(key(token))
    }

    /// The clause before a list's colon names a matter decided person by person.
    /// ("Location des salles : Pasteur, Jaurès", "Aides aux quartiers : Bellevue, …": a place,
    /// body or programme word in the heading makes its list one of places or bodies.)
    private func personMatterHeading(before colon: Int) -> Bool {
        var index = colon - 1
        var matter = false
        // (A dash ends the heading: « VOYAGE SCOLAIRE COLLEGE - BOURSES : » is about grants.)
        while index >= 0, colon - index <= 8, !isPunct(index, ";"), !isPunct(index, ":"), !isPunct(index, "."),
              !(matter && (isPunct(index, "-") || isPunct(index, "–"))) {
            if let token = word(index) {
                if self.is(token, [.place, .body, .legalEntity, .cultural, .role, .rolePlural], bare: true) { return false }
                if self.is(token, [.transaction, .family, .designation, .listHeading], bare: true) {
                    matter = true
                }
            }
            index -= 1
        }
        return matter
    }

    /// A word in capitals that may be a surname listed alone: no digit, a vowel, three letters
    /// or more, in none of the lists of places, bodies, companies, offices or grammar words.
    private func capitalSurnameEntry(_ token: Token) -> Bool {
        guard token.allCaps, token.scalars >= 2 else { return false }
        if isParticle(token) { return token.scalars <= 3 }
        return token.scalars >= 3 && listableSurname(token)
    }
}
