/// Private individuals' names in French administrative text.
///
/// Triggers: a civility ("M.", "Mme", "Monsieur et Madame"…), a family or estate word
/// ("consorts", "époux", "succession"…), or a first name from the word list followed by a
/// surname. Exemptions are looked for around the name (a street or facility, an association,
/// a company, a role phrase, an official of the config, a profession, a public figure) and
/// reported as such; shapes without strong evidence are held for review.
struct PersonNameDetector: CellDetector {
    static let civilities: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mlles", "mr", "monsieur", "madame", "mademoiselle", "messieurs",
        "mesdames", "dr", "docteur", "me", "maitre", "pr", "professeur",
    ]
    /// Civilities that are also titles in street names ("rue du Docteur Roux").
    static let titles: Set<String> = [
        "docteur", "dr", "professeur", "pr", "general", "marechal", "president", "commandant", "colonel", "capitaine",
        "lieutenant", "amiral", "abbe", "chanoine", "pasteur", "cardinal", "sergent", "adjudant", "aviateur", "maitre",
    ]
    static let family: Set<String> = [
        "consorts", "consort", "epoux", "famille", "indivision", "succession", "heritiers", "heritier", "hoirs",
        "ayants-droit", "veuve", "veuf", "orphelins", "propriete", "proprietes",
    ]
    static let particles: Set<String> = [
        "de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den", "ben", "bin", "ibn", "el", "al", "da",
        "dos", "das", "di", "del", "della", "do", "mac", "mc", "ter", "ten", "y", "zu", "dal", "lo",
    ]
    static let birthNameWords: Set<String> = ["nee", "epouse", "veuve", "divorcee", "dit", "dite", "alias"]
    static let linkWords: Set<String> = ["et", "&"]
    static let professionalCivilities: Set<String> = ["me", "maitre"]
    static let placeAdjectives: Set<String> = [
        "municipal", "municipale", "municipaux", "communal", "communale", "intercommunal", "intercommunale", "public",
        "publique", "sportif", "sportive", "culturel", "culturelle", "scolaire", "maternelle", "elementaire", "primaire",
        "polyvalent", "polyvalente", "omnisports", "aquatique", "departemental", "departementale", "nouveau", "nouvelle",
        "grand", "grande", "petit", "petite", "vieux", "vieille", "haut", "haute", "bas", "basse", "ancien", "ancienne",
        "square", "jardin", "privee", "prive", "collectif", "collective",
    ]

    /// Every name this detector can find has a word starting with a capital after the cell's
    /// first word (the name after a civility, a family word or a first name). Cells without one
    /// — most mixed-case subjects — skip tokenisation; a byte scan is enough to tell.
    static func mayHoldName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let previous = bytes[index - 1]
            let afterSeparator = previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x27 || previous == 0x2D
                || previous == 0x28 || previous == 0x22 || previous == 0x2C || previous == 0x2E || previous == 0x99 || previous == 0xA0
            if afterSeparator {
                if byte >= 65 && byte <= 90 { return true }
                // UTF-8 capitals: À–Þ (C3 80–9E), Latin Extended-A/B and beyond: let the tokeniser decide.
                if byte == 0xC3, index + 1 < count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9E { return true }
                if byte >= 0xC4 { return true }
            }
            index += 1
        }
        return false
    }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        guard PersonNameDetector.mayHoldName(cell.bytes) else { return }
        var scan = Scan(tokens: Tokenizer.tokenize(cell.bytes), words: context.words, officials: context.officials)
        scan.run(rule: rule, into: &findings)
    }
}

/// One pass over one cell's tokens.
private struct Scan {
    let tokens: [Token]
    let words: WordLists
    let officials: OfficialNames
    let shouting: Bool
    typealias D = PersonNameDetector

    init(tokens: [Token], words: WordLists, officials: OfficialNames) {
        self.tokens = tokens
        self.words = words
        self.officials = officials
        let wordTokens = tokens.filter(\.isWord)
        let capsWords = wordTokens.filter { $0.allCaps || ($0.text.count == 1 && $0.startsUpper) }.count
        shouting = wordTokens.count >= 3 && Double(capsWords) >= 0.7 * Double(wordTokens.count)
    }

    /// Whether the cell is about a person's own situation (sanction, recruitment, pay…): then an
    /// official or agent named in it is not exempt. Only asked when an official is found, as
    /// matching every phrase on every cell dominated the profile (55 % of the time).
    var ownSituation: Bool {
        let folded = tokens.filter(\.isWord).map { Scan.withoutElision($0.folded) }
        for start in folded.indices {
            var phrase = ""
            for length in 0..<min(words.longestPhrase, folded.count - start) {
                phrase += (length == 0 ? "" : " ") + folded[start + length]
                if words.ownSituation.contains(phrase) { return true }
            }
        }
        return false
    }

    // MARK: Token classes

    func word(_ index: Int) -> Token? {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
        return tokens[index]
    }

    /// A civility at `index`; returns the index after it (and its dot).
    func civility(at index: Int) -> Int? {
        guard let token = word(index), token.startsUpper, D.civilities.contains(token.folded) else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunct(".") { next += 1 }
        // "M" without a dot only before a name-like word, and never as an initial ("J. M. DUPONT" is handled as initials).
        if token.folded == "m", next == index + 1 {
            guard let following = word(next), following.startsUpper, !following.text.hasSuffix(".") else { return nil }
        }
        // "Me" and "Pr" are civilities only with a capital and before a capitalised word.
        if ["me", "pr", "dr"].contains(token.folded) {
            guard let following = word(next), following.startsUpper || initialEnd(at: next) != nil else { return nil }
        }
        return next
    }

    /// An initial ("J.", "J.-P.", "J.P.") at `index`; returns the index after it.
    func initialEnd(at index: Int) -> Int? {
        guard let token = word(index), token.startsUpper, token.text.unicodeScalars.count <= 2,
              index + 1 < tokens.count, tokens[index + 1].isPunct(".") else { return nil }
        if token.text.unicodeScalars.count == 2, !token.allCaps { return nil }
        var next = index + 2
        // "J.-P." : a hyphen then another initial.
        if next + 1 < tokens.count, tokens[next].isPunct("-"), let after = initialEnd(at: next + 1) { next = after }
        return next
    }

    func isParticle(_ token: Token) -> Bool {
        D.particles.contains(token.folded) || (token.folded.hasPrefix("d'") && token.folded.count == 2)
    }

    /// A word that can be part of a name.
    func nameLike(_ token: Token) -> Bool {
        guard token.isWord, token.startsUpper else { return false }
        if words.isFirstName(token.folded) { return true }
        if words.places.contains(token.folded) || words.bodies.contains(token.folded) || words.legalEntities.contains(token.folded) {
            return false
        }
        return !words.commonWords.contains(token.folded)
    }

    // MARK: Name consumption

    struct Name {
        var parts: [Int] = []
        var end: Int
        var sawSurnameShape = false
        var firstNames = 0
    }

    /// Consumes a name starting at `index`: first names, surnames, particles, initials,
    /// couples ("Paul et Anne DURAND"), birth names ("née DURAND").
    func consumeName(from index: Int, linkCivilities: Bool = true) -> Name {
        var name = Name(end: index)
        var position = index
        while position < tokens.count, name.parts.count < 8 {
            if let after = initialEnd(at: position) {
                name.parts.append(position)
                position = after
                name.end = after
                continue
            }
            guard let token = word(position) else { break }
            if isParticle(token) || (token.folded == "d'" ) {
                // A particle chain counts only when a name-like word follows it.
                var look = position
                while let particle = word(look), isParticle(particle), look - position < 3 { look += 1 }
                if let following = word(look), nameLike(following), !name.parts.isEmpty || token.startsUpper {
                    position = look
                    continue
                }
                break
            }
            if D.linkWords.contains(token.folded), !name.parts.isEmpty {
                if linkCivilities, let after = civility(at: position + 1) {
                    position = after
                    continue
                }
                if let following = word(position + 1), nameLike(following), words.isFirstName(following.folded) {
                    position += 1
                    continue
                }
                break
            }
            if D.birthNameWords.contains(token.folded), !name.parts.isEmpty {
                // "épouse DE BROGLIE", "née d'ORNANO": particles may open the other name.
                var look = position + 1
                while let particle = word(look), isParticle(particle), look - position < 4 { look += 1 }
                if let following = word(look), nameLike(following) || following.allCaps {
                    position += 1
                    continue
                }
                break
            }
            // In mixed-case text, capitals right after a first name are the surname, even when
            // they spell a common word or an acronym ("M. Ahamada MSA", "Mme Claire PETIT").
            let capsSurname = !shouting && token.allCaps && !name.parts.isEmpty && !name.sawSurnameShape
            guard nameLike(token) || capsSurname else { break }
            // In capitals, a common word ends the name once a surname was seen ("M. DUPONT DE LA
            // PARCELLE"); before that it may be the surname itself ("MME CLAIRE PETIT").
            if shouting, words.commonWords.contains(token.folded), !words.isFirstName(token.folded),
               name.parts.contains(where: { !words.isFirstName(tokens[$0].folded) }) || name.parts.isEmpty && !token.allCaps { break }
            if !name.parts.isEmpty, !shouting, !token.allCaps, words.commonWords.contains(token.folded),
               !words.isFirstName(token.folded) { break }
            name.parts.append(position)
            if words.isFirstName(token.folded) { name.firstNames += 1 }
            if token.allCaps || !words.isFirstName(token.folded) { name.sawSurnameShape = true }
            position += 1
            name.end = position
        }
        return name
    }

    /// After a name, the person's address in the same cell ("286 avenue du Petit Train",
    /// ", demeurant 12 impasse des Lilas") goes with it.
    func addressEnd(after index: Int) -> Int? {
        var position = index
        if position < tokens.count, tokens[position].isPunct(",") { position += 1 }
        while let token = word(position), ["demeurant", "domicilie", "domiciliee", "domicilies", "residant", "residente",
                                           "sis", "sise", "au", "a", "habitant"].contains(token.folded) {
            position += 1
        }
        guard position < tokens.count, tokens[position].kind == .number else { return nil }
        position += 1
        if position < tokens.count, tokens[position].isPunct(",") { position += 1 }
        guard let street = word(position), words.places.contains(street.folded) else { return nil }
        var end = position + 1
        while end < tokens.count {
            let token = tokens[end]
            if token.kind == .number { end += 1; continue }
            if token.isWord, token.startsUpper || isParticle(token) { end += 1; continue }
            break
        }
        return end
    }

    // MARK: Context

    /// A place, body or company word right before the name ("rue", "OCCE", "SARL").
    func contextBefore(_ start: Int, allowTitleSkip: Bool) -> Exemption? {
        var position = start - 1
        var steps = 0
        while position >= 0, steps < 4 {
            for length in (1...min(3, position + 1)).reversed() {
                let slice = (position - length + 1...position)
                guard slice.allSatisfy({ tokens[$0].isWord }) else { continue }
                // "l'OCCE", "d'Amis" : the elided article is not part of the context word.
                let phrase = slice.map { Scan.withoutElision(tokens[$0].folded) }.joined(separator: " ")
                if words.places.contains(phrase) { return .place }
                if words.bodies.contains(phrase) { return .association }
                if words.legalEntities.contains(phrase) { return .legalEntity }
            }
            guard let token = word(position) else { return nil }
            if D.placeAdjectives.contains(Scan.withoutElision(token.folded)) || (allowTitleSkip && ["du", "de", "des", "la", "l'"].contains(token.folded)) {
                position -= 1
                steps += 1
                continue
            }
            return nil
        }
        return nil
    }

    static func withoutElision(_ folded: String) -> String {
        for prefix in ["l'", "d'", "qu'"] where folded.hasPrefix(prefix) && folded.count > prefix.count + 1 {
            return String(folded.dropFirst(prefix.count))
        }
        return folded
    }

    /// "et Fils", "& Associés", "Frères" after a name make it a company name.
    func companyAfter(_ end: Int) -> Bool {
        for length in 1...2 where end + length <= tokens.count {
            let phrase = tokens[end..<(end + length)].map(\.folded).joined(separator: " ")
            if words.legalEntities.contains(phrase) { return true }
        }
        return false
    }

    /// A profession right after the name (", notaire", "avocat au barreau").
    func professionAfter(_ end: Int) -> Bool {
        var position = end
        if position < tokens.count, tokens[position].isPunct(",") { position += 1 }
        for length in 1...3 where position + length <= tokens.count {
            let slice = tokens[position..<(position + length)]
            guard slice.allSatisfy(\.isWord) else { break }
            if words.professions.contains(slice.map(\.folded).joined(separator: " ")) { return true }
        }
        return false
    }

    /// A trigger phrase right before `start` ("vente à", "au profit de").
    func triggerBefore(_ start: Int) -> Bool {
        for length in 1...4 where start - length >= 0 {
            let slice = (start - length)..<start
            guard slice.allSatisfy({ tokens[$0].isWord }) else { continue }
            if words.triggers.contains(slice.map { tokens[$0].folded }.joined(separator: " ")) { return true }
        }
        return false
    }

    func isPublicFigure(_ parts: [Int]) -> Bool {
        let full = parts.map { tokens[$0].folded }.joined(separator: " ")
        if words.publicFigures.contains(full) { return true }
        // "Charles de Gaulle": the particles were skipped; rebuild with them.
        guard let first = parts.first, let last = parts.last else { return false }
        let withParticles = tokens[first...last].filter(\.isWord).map(\.folded).joined(separator: " ")
        return words.publicFigures.contains(withParticles)
    }

    func nameTokens(_ parts: [Int]) -> [String] {
        parts.map { tokens[$0].folded }.filter { $0.count > 1 }
    }

    // MARK: The scan

    mutating func run(rule: Int, into findings: inout [Finding]) {
        var index = 0
        func emit(_ from: Int, _ to: Int, _ verdict: Verdict, _ evidence: String) {
            guard from < to else { return }
            findings.append(Finding(rule: rule, span: tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound,
                                    verdict: verdict, evidence: evidence))
        }
        while index < tokens.count {
            if let afterCivility = civility(at: index) {
                index = handleCivility(at: index, after: afterCivility, emit: emit)
                continue
            }
            if let token = word(index), D.family.contains(Scan.withoutElision(token.folded)) {
                var position = index + 1
                while let particle = word(position), ["de", "du", "des", "d'", "l'"].contains(particle.folded) { position += 1 }
                if civility(at: position) == nil {
                    let name = consumeName(from: position)
                    if !name.parts.isEmpty, name.sawSurnameShape || name.firstNames > 0 {
                        let end = addressEnd(after: name.end) ?? name.end
                        emit(name.parts[0], end, .occult, "déclencheur : «\u{A0}\(token.text)\u{A0}»")
                        index = end
                        continue
                    }
                }
                index += 1
                continue
            }
            if let token = word(index), token.startsUpper, !token.allCaps || shouting,
               words.isFirstName(token.folded), !(index > 0 && tokens[index - 1].isPunct("-") && index > 1 && word(index - 2) != nil) {
                if let next = handleBareName(at: index, emit: emit) { index = next; continue }
            } else if let token = word(index), token.allCaps, !shouting, !words.commonWords.contains(token.folded),
                      nameLike(token), let following = word(index + 1), following.startsUpper,
                      !following.allCaps, words.isFirstName(following.folded) {
                // Surname first: "BERNARD Paul".
                if let next = handleBareName(at: index, emit: emit) { index = next; continue }
            }
            index += 1
        }
    }

    private func handleCivility(at start: Int, after: Int, emit: (Int, Int, Verdict, String) -> Void) -> Int {
        let civilityToken = tokens[start]
        var position = after
        // Couples: "M. et Mme", "Monsieur et Madame".
        while let link = word(position), D.linkWords.contains(link.folded), let next = civility(at: position + 1) {
            position = next
        }
        // Role phrases: "M. le Maire", "Madame la Présidente", "Monsieur l'Adjoint".
        if let article = word(position) {
            var roleIndex: Int?
            if ["le", "la"].contains(article.folded), let role = word(position + 1), words.roles.contains(role.folded) {
                roleIndex = position + 1
            } else if article.folded.hasPrefix("l'"), words.roles.contains(String(article.folded.dropFirst(2))) {
                roleIndex = position
            }
            if let roleIndex {
                var end = roleIndex + 1
                while let more = word(end), words.roles.contains(more.folded) || ["general", "generale", "delegue", "deleguee"].contains(more.folded) { end += 1 }
                let name = consumeName(from: end)
                if name.parts.isEmpty {
                    emit(start, end, .exempt(.role), "fonction sans nom («\u{A0}\(civilityToken.text) … \(tokens[roleIndex].text)\u{A0}»)")
                    return end
                }
                return evaluate(start: start, nameStart: name.parts[0], name: name, civility: civilityToken, emit: emit)
            }
        }
        let name = consumeName(from: position)
        guard !name.parts.isEmpty else { return after }
        return evaluate(start: start, nameStart: name.parts[0], name: name, civility: civilityToken, emit: emit)
    }

    private func evaluate(start: Int, nameStart: Int, name: Name, civility: Token,
                          emit: (Int, Int, Verdict, String) -> Void) -> Int {
        let trigger = "déclencheur : civilité «\u{A0}\(civility.text)\u{A0}»"
        let isTitle = D.titles.contains(civility.folded)
        if let exemption = contextBefore(start, allowTitleSkip: isTitle) {
            emit(start, name.end, .exempt(exemption), trigger + ", dans une dénomination")
            return name.end
        }
        if officials.matches(nameTokens(name.parts)) {
            if ownSituation {
                emit(nameStart, name.end, .uncertain, trigger + " ; élu de la configuration, mais décision sur sa situation personnelle")
            } else {
                emit(start, name.end, .exempt(.official), trigger + " ; élu déclaré dans la configuration")
            }
            return name.end
        }
        if isPublicFigure(name.parts) {
            emit(start, name.end, .exempt(.publicFigure), trigger + " ; personnalité historique")
            return name.end
        }
        // "Maître" is the title of notaries and lawyers, used when they act professionally;
        // a profession right after the name ("…, architecte") says the same for anyone.
        if D.professionalCivilities.contains(civility.folded) || professionAfter(name.end) {
            emit(start, name.end, .exempt(.profession), trigger + " ; professionnel dans l'exercice de sa profession")
            return name.end
        }
        let end = addressEnd(after: name.end) ?? name.end
        let allCommon = name.parts.allSatisfy {
            words.commonWords.contains(tokens[$0].folded) && !words.isFirstName(tokens[$0].folded)
        }
        if allCommon {
            emit(nameStart, end, .uncertain, trigger + " ; mots du vocabulaire courant")
        } else {
            emit(nameStart, end, .occult, trigger)
        }
        return end
    }

    /// A name without civility: a first name from the list followed by a surname, or a
    /// capitalised surname followed by a first name.
    private func handleBareName(at start: Int, emit: (Int, Int, Verdict, String) -> Void) -> Int? {
        let name = consumeName(from: start, linkCivilities: false)
        guard name.parts.count >= 2 else { return nil }
        let first = tokens[start]
        let evidence = "prénom de la liste «\u{A0}\(first.text)\u{A0}» suivi d'un nom"
        if isPublicFigure(name.parts) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personnalité historique")
            return name.end
        }
        // Two first names ("Julien Bertin") make a name only after a trigger ("indemnisation de").
        guard name.sawSurnameShape || triggerBefore(start) else { return nil }
        if let exemption = contextBefore(start, allowTitleSkip: false) {
            emit(start, name.end, .exempt(exemption), evidence + ", dans une dénomination")
            return name.end
        }
        if companyAfter(name.end) {
            emit(start, name.end, .exempt(.legalEntity), evidence + ", raison sociale")
            return name.end
        }
        if officials.matches(nameTokens(name.parts)) {
            emit(start, name.end, ownSituation ? .uncertain : .exempt(.official), evidence + " ; élu déclaré dans la configuration")
            return name.end
        }
        if isPublicFigure(name.parts) {
            emit(start, name.end, .exempt(.publicFigure), evidence + " ; personnalité historique")
            return name.end
        }
        if professionAfter(name.end) {
            emit(start, name.end, .exempt(.profession), evidence + " ; professionnel dans l'exercice de sa profession")
            return name.end
        }
        let end = addressEnd(after: name.end) ?? name.end
        let hasCapsSurname = name.parts.contains { tokens[$0].allCaps && !words.isFirstName(tokens[$0].folded) }
        if triggerBefore(start) {
            emit(start, end, .occult, evidence + ", après «\u{A0}\(tokens[start - 1].text)\u{A0}»")
        } else if hasCapsSurname && !shouting {
            emit(start, end, .occult, evidence + " en capitales")
        } else {
            emit(start, end, .uncertain, evidence + ", sans autre indice")
        }
        return end
    }
}
