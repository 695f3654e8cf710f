/// A sole trader is a private person: the trade name built on their own name is theirs
/// (« Plomberie Dupuis (EI) », « Menuiserie Hubert Koenig (entreprise individuelle) »), and a
/// profession does not make them a professional acting for others (« M. X, paysagiste
/// auto-entrepreneur »). Run once per cell after the scan, on the words that mark the status.
extension Scan {
    /// Emits the name before each sole-trader marker that no finding covers yet.
    func soleTraders(covered: [Range<Int>], emit: Emit) {
        // Every marker is a word for a private person (`NameLexicon.personNouns`).
        guard cellHas(.personNoun) else { return }
        var index = 0
        while index < tokens.count {
            guard let marker = soleTraderMarker(at: index) else {
                index += 1
                continue
            }
            if let name = tradeName(before: marker.start), !name.contains(where: { position in covered.contains { $0.contains(position) } }) {
                emit(name.lowerBound, name.upperBound, .occult, "entrepreneur individuel : nom commercial formé sur le nom de l'exploitant")
            }
            index = marker.end
        }
    }

    /// "« Chez Dédé » – M. X", "bar « chez bob »", "« Le Zinc de Fred »": in a subject that
    /// names the operator, a first name or a nickname in the shop's name is theirs.
    func operatorTradeNames(covered: [Range<Int>], emit: Emit) {
        for index in tokens.indices where tokens[index].isWord {
            let token = tokens[index]
            // "Chez" opening a quoted or capitalised trade name (not "hébergés chez l'habitant").
            let chez = self.is(token, "chez") && (token.startsUpper || index > 0 && isOpeningQuote(index - 1))
            // "Le Zinc de Fred »": a first name right before the closing quote, after "de".
            let ofName = (self.is(token, "de") || self.is(token, "d'")) && index + 2 < tokens.count
                && (isPunct(index + 2, "»") || isPunct(index + 2, "\"") || isPunct(index + 2, "”"))
            // "SARL CHEZ TONI": a company's name is public.
            // "lieu-dit Chez Laurent", "hameaux de La Besse et Chez Jeannot", "lavoir de Chez
            // Grandjean": a hamlet named so is a place, not a shop.
            // ("brasserie Chez Titou exploitée par M. X": a trade's word before « Chez » is no legal
            // form, and the subject says who runs it.)
            let operated = word(index + 2).map { Scan.bytes(key($0), isOneOf: ["exploite", "exploitee", "tenu", "tenue", "gere", "geree"]) } == true
            guard chez || ofName, !(word(index - 1).map { Scan.bytes(key($0), isOneOf: Scan.legalForms) || !(chez && operated) && self.is($0, .legalEntity) } ?? false),
                  !chez || !namesHamlet(before: index),
                  let name = word(index + 1), !name.allCaps || name.scalars >= 3,
                  !covered.contains(where: { $0.contains(index + 1) }),
                  !self.is(name, [.place, .body, .legalEntity, .role, .civility, .particle, .titleArticle]) else { continue }
            // "chez bob": in lower case, a first name or a word of no list; with a capital, any
            // word but the lists' (« Chez Dédé »); after "de", a first name only.
            let nameLikeWord = name.startsUpper ? (chez || isFirstName(name)) : isFirstName(name) || isUnknownWord(name, anyCase: true)
            // ("brasserie Chez Titou exploitée par M. X", "Chez Lulu – terrasse": the name ends
            // the trade name before a separator or the word that says who runs it.)
            let nameEnds = isPunct(index + 2, "»") || isPunct(index + 2, "\"") || isPunct(index + 2, "”") || isPunct(index + 2, ")") || word(index + 2) == nil
                || chez && name.startsUpper && (isPunct(index + 2, ",") || isPunct(index + 2, "–") || isPunct(index + 2, "-") || isPunct(index + 2, ":") || operated)
            guard nameLikeWord, ofName || nameEnds else { continue }
            emit(index + 1, index + 2, .occult, "nom commercial formé sur le prénom ou le surnom de l'exploitant")
        }
    }

    /// "Mme Fatima X, exploitante du salon « Fatima Coiff' »", "M. Ange-Marie X, paysagiste
    /// exerçant sous le nom commercial « Jardins d'Ange »": the first name of a person occulted
    /// in the cell (or a part of a compound one), repeated inside quotes, names their trade and
    /// would give them away — even where the quotes read as a title kept otherwise.
    func quotedOperatorFirstNames(occults: [Range<Int>], emit: Emit) {
        var names: [[UInt8]] = []
        for range in occults {
            for position in range {
                guard let token = word(position), isFirstName(token) else { continue }
                let folded = Array(key(token))
                names.append(folded)
                if folded.contains(UInt8(ascii: "-")) {
                    for part in folded.split(separator: UInt8(ascii: "-")) where part.count >= 3 { names.append(Array(part)) }
                }
            }
        }
        guard !names.isEmpty else { return }
        let premises = context.nameVocabulary.propertyNouns
        var quoted = false
        for index in tokens.indices {
            if tokens[index].kind == .punct {
                if isPunct(index, "»") || isPunct(index, "”") || quoted && isPunct(index, "\"") {
                    quoted = false
                } else if isOpeningQuote(index) {
                    // A trade's name only: after its premises' word (« salon », « bar »), or its
                    // commercial name or sign (not « exposition « Jean Jaurès » » lent by M. Jean X).
                    quoted = (max(0, index - 3)..<index).contains { position in
                        word(position).map { premises.contains(keyWithoutElision($0)) || self.is($0, "commercial") || keyWithoutElision($0).elementsEqual("enseigne".utf8) } ?? false
                    }
                }
                continue
            }
            guard quoted, let token = word(index), token.startsUpper, !occults.contains(where: { $0.contains(index) }) else { continue }
            let bare = keyWithoutElision(token)
            guard names.contains(where: { $0.elementsEqual(bare) }) else { continue }
            emit(index, index + 1, .occult, "nom commercial formé sur le prénom ou le surnom de l'exploitant")
        }
    }

    /// The owner's name in the trade name that ends before a marker's parenthesis or comma
    /// (at most four capitalised words), or nil.
    private func tradeName(before markerStart: Int) -> Range<Int>? {
        var end = markerStart
        if end > 0, isPunct(end - 1, "(") || isPunct(end - 1, ",") || isPunct(end - 1, "-") || isPunct(end - 1, "–") { end -= 1 }
        var start = end
        while start > 0, end - start < 4, let previous = word(start - 1), previous.startsUpper,
              civility(at: start - 1) == nil, !self.is(previous, [.civility, .legalEntity, .body, .role]) { start -= 1 }
        guard start < end else { return nil }
        // "Plomberie Dupuis": the trade's word opens the name; "Boulangerie (EI)" names none.
        if self.is(tokens[start], .commonWord) || context.words.isLexiconWord(key(tokens[start])) {
            if end - start >= 2 { start += 1 } else if !isFirstName(tokens[start]) { return nil }
        }
        return start..<end
    }

    /// "(EI)", "(EIRL)", "entreprise individuelle", "auto-entrepreneur", "micro-entrepreneur",
    /// "micro-entreprise" at `index`: the marker's token range.
    func soleTraderMarker(at index: Int, openStatus: Bool = false) -> (start: Int, end: Int)? {
        guard let token = word(index) else { return nil }
        // "entrepreneur individuel", "entrepreneuse individuelle".
        if self.is(token, "entrepreneur") || self.is(token, "entrepreneuse"), let next = word(index + 1),
           self.is(next, "individuel") || self.is(next, "individuelle") {
            return (index, index + 2)
        }
        // "M. X, PHOTOGRAPHE INDEPENDANT": a trade carried on alone, on one's own account.
        if Scan.bytes(key(token), isOneOf: ["independant", "independante", "freelance"]), let trade = word(index - 1),
           self.is(trade, .cultural, bare: true) || self.is(trade, .personNoun, bare: true) {
            return (index, index + 1)
        }
        // "M. X, paysagiste exerçant sous le nom commercial « … »", "sous l'enseigne « … »": a
        // person trading under a name of their own choosing, not a company.
        if self.is(token, "commercial"), let noun = word(index - 1), self.is(noun, "nom") {
            let article = word(index - 2).map { self.is($0, "le") || self.is($0, "un") } == true ? index - 2 : index - 1
            if let under = word(article - 1), self.is(under, "sous") { return (article - 1, index + 1) }
        }
        if keyWithoutElision(token).elementsEqual("enseigne".utf8) {
            let article = word(index - 1).map { self.is($0, "l'") || self.is($0, "l") } == true ? index - 1 : index
            if let under = word(article - 1), self.is(under, "sous") { return (article - 1, index + 1) }
        }
        guard self.is(token, .personNoun) else { return nil }
        // "(EI)", and after a name "(EI Bio & Vrac)": the status before the trade name (which
        // then is not the words before the parenthesis: "Boulangerie Au Bon Pain (EI X)").
        if token.allCaps, self.is(token, "ei") || self.is(token, "eirl"), isPunct(index - 1, "("),
           isPunct(index + 1, ")") || openStatus && (word(index + 1)?.startsUpper ?? false) {
            return (index, index + 1)
        }
        // "M. Alexis DUMONT, EI", "Jean-Claude SERRES paysagiste EI": the status closing the
        // name's apposition.
        if token.allCaps, self.is(token, "ei") || self.is(token, "eirl"), openStatus,
           index + 1 >= tokens.count || tokens[index + 1].kind == .punct {
            return (index, index + 1)
        }
        // ("de l'entreprise individuelle de M. X": with its elided article.)
        if self.is(token, "individuelle"), let previous = word(index - 1), keyWithoutElision(previous).elementsEqual("entreprise".utf8) {
            return (index - 1, index + 1)
        }
        return Scan.bytes(key(token), isOneOf: Scan.soleTraderWords) ? (index, index + 1) : nil
    }

    /// Whether a sole-trader word follows the name within its apposition ("…, paysagiste
    /// auto-entrepreneur").
    func soleTraderAfter(_ end: Int) -> Bool {
        var position = end
        if isPunct(position, ",") || isPunct(position, "(") { position += 1 }
        // "M. X, facteur d'orgues (entreprise individuelle)": a trade of two words may come first.
        // ("M. X, paysagiste concepteur, entrepreneur individuel": across the trade's comma.)
        for offset in 0..<6 {
            guard position + offset < tokens.count else { return false }
            if soleTraderMarker(at: position + offset, openStatus: true) != nil { return true }
            if tokens[position + offset].kind == .punct, !isPunct(position + offset, "("), !isPunct(position + offset, ",") { return false }
        }
        return false
    }

    /// "Entreprise individuelle de Mme X, paysagiste": the person's own business, before the name.
    func soleTraderBefore(_ start: Int) -> Bool {
        (max(0, start - 5)..<start).contains { soleTraderMarker(at: $0) != nil }
    }

    static let soleTraderWords: [StaticString] = ["auto-entrepreneur", "auto-entrepreneuse", "autoentrepreneur", "micro-entrepreneur",
                                                  "micro-entrepreneuse", "micro-entreprise", "microentreprise", "entrepreneur-individuel"]

    /// Whether "Chez" at `index` names a hamlet: right after "de", or within six tokens after a
    /// settlement word (« lieu-dit », « hameau », « village »).
    func namesHamlet(before index: Int) -> Bool {
        if let previous = word(index - 1), self.is(previous, "de") || self.is(previous, "d'") { return true }
        for position in max(0, index - 6)..<index where tokens[position].isWord {
            if Scan.bytes(keyWithoutElision(tokens[position]), isOneOf: Scan.settlementWords) { return true }
        }
        return false
    }

    /// "l'affaire SARL Les Délices de Camille c/ …": a word within a company's registered name,
    /// its legal form at most five capitalised words or particles before it.
    func inFirmName(_ start: Int) -> Bool {
        var position = start - 1
        while position >= 0, start - position <= 6, let token = word(position) {
            if token.allCaps, Scan.bytes(key(token), isOneOf: Scan.legalForms) { return true }
            guard token.startsUpper || isParticle(token) || isElided(token) else { return false }
            position -= 1
        }
        return false
    }

    /// Legal forms, whose name is the company's even when it reads « Chez Toni ».
    static let legalForms: [StaticString] = firmForms + ["sa", "ste", "eirl", "scop", "scp", "selarl"]

    static let settlementWords: [StaticString] = ["lieu-dit", "lieudit", "lieux-dits", "hameau", "hameaux", "village", "villages",
                                                  "quartier", "ld", "secteur"]
}
