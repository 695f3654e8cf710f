import Foundation

/// The scan's reading of tokens: their folded and written text, word classes and phrases, and
/// the clause-level checks built on them (own situation, election, agents, clause bounds).
extension Scan {
    // MARK: Token text

    /// The folded bytes of a token.
    @inline(__always)
    func key(_ token: Token) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: folded[token.folded]) }

    /// The folded bytes without an elided article ("l'occe" → "occe"), when at least two
    /// scalars remain.
    func keyWithoutElision(_ token: Token) -> UnsafeBufferPointer<UInt8> { PersonNameDetector.withoutElision(key(token)) }

    /// Whether the word is a commune's name or one of its parts (`lexique-communes.txt`, or the
    /// many-part communes of `communes.txt`).
    func namesCommune(_ token: Token) -> Bool { context.words.communeWords.contains(key(token)) || context.words.communes.contains(key(token)) }

    /// Whether the token's folded form is exactly `literal` (ASCII).
    @inline(__always)
    func `is`(_ token: Token, _ literal: StaticString) -> Bool {
        let bytes = key(token)
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }

    /// Whether the token at `index` is the punctuation mark `literal`, as written.
    @inline(__always)
    func isPunct(_ index: Int, _ literal: StaticString) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punct else { return false }
        let range = tokens[index].range
        guard range.count == literal.utf8CodeUnitCount else { return false }
        for offset in 0..<range.count where source[range.lowerBound + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    /// The token as written, for evidence.
    func text(_ token: Token) -> String { String(decoding: UnsafeBufferPointer(rebasing: source[token.range]), as: UTF8.self) }

    func foldedString(_ token: Token) -> String { String(decoding: key(token), as: UTF8.self) }

    func isFirstName(_ token: Token) -> Bool { token.classes & C.firstName.rawValue != 0 }

    /// Whether the token (or, with `bare`, its form without elided article) is of `wordClass`.
    @inline(__always)
    func `is`(_ token: Token, _ wordClass: C, bare: Bool = false) -> Bool {
        (bare ? token.bareClasses : token.classes) & wordClass.rawValue != 0
    }

    /// Whether the tokens at `indices`, folded and joined by spaces, make an entry of `set`.
    func phrase<C: RandomAccessCollection>(_ indices: C, in set: ByteWordSet, withoutElision: Bool = false) -> Bool where C.Element == Int, C.Index == Int {
        set.containsPhrase(count: indices.count) { offset in
            let token = tokens[indices[indices.startIndex + offset]]
            return withoutElision ? keyWithoutElision(token) : key(token)
        }
    }

    /// Whether the subject decides on the own situation (sanction, recruitment, pay…) of the
    /// person named at `start..<end`: then an official or agent named there is not exempt. A
    /// phrase of `situation-agent.txt` concerns the names after it in its clause but an agent's
    /// ("Régime indemnitaire de M. X, présenté par Mme Y, adjointe": X, not Y), or, with no
    /// name after it, the last name before it ("M. X, agent technique : mise en
    /// disponibilité"). Clauses end at ";" and "—". Only asked once a role or an official is
    /// found: matching every phrase on every cell dominated the profile (55 % of the time).
    func ownSituation(_ start: Int, _ end: Int) -> Bool {
        // No word that may head a phrase (most cells): no phrase, without listing the words.
        guard presentClasses & C.situationHead.rawValue != 0 else { return false }
        // "Rapporteur : M. X – Protection fonctionnelle des agents", "Mme Y présente le rapport :
        // remboursement des cautions": the person presenting the point is not the one it
        // decides on, unless the subject names them again.
        if presentsThePoint(start: start, end: end) || presentsAfter(end) || isPunct(start - 1, ":") && introducesAgent(start - 2)
            || signedInOffice(start, end) || actsForBody(start, end), !namedAgain(start, end) { return false }
        // The cell's word indices on the stack (an array of them was an allocation a call).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { storage in
        var count = 0
        for index in tokens.indices where tokens[index].isWord {
            storage[count] = index
            count += 1
        }
        let wordIndices = UnsafeBufferPointer(rebasing: storage[0..<count])
        for first in wordIndices.indices {
            // Only a phrase's first word can start one (a lookup per word and length was the
            // costliest part of the scan).
            guard self.is(tokens[wordIndices[first]], .situationHead, bare: true) else { continue }
            for length in 1...max(1, min(context.words.longestPhrase, wordIndices.count - first)) {
                let slice = wordIndices[first..<(first + length)]
                guard phrase(slice, in: context.words.ownSituation, withoutElision: true) else { continue }
                if situation(from: slice.first!, to: slice.last! + 1, concerns: start, end) { return true }
            }
        }
        return false
        }
    }

    /// "mémoire en défense signé par M. X, maire", "liste d'aptitude établie par M. Y, président
    /// du centre de gestion": who signs or draws up in their office acts for their body (a
    /// private signer has no office after the name: « PV de bornage signé par Mme Z »).
    func signedInOffice(_ start: Int, _ end: Int) -> Bool {
        guard let by = word(start - 1), self.is(by, "par"), let signed = word(start - 2),
              Scan.bytes(key(signed), isOneOf: ["signe", "signee", "signes", "signees", "signature", "etabli", "etablie", "etablis",
                                               "etablies", "arrete", "arretee",
                                               // « procès-verbal de reprise dressé par M. X, policier municipal ».
                                               "dresse", "dressee", "dresses", "dressees"]) else { return false }
        return electedAfter(end) || officeInApposition(end)
    }

    /// "la commune de Firminy, représentée par son maire, Mme X", "commune de Saint-Jean (M. Y,
    /// maire)", "désignation de Mme Z, conseillère communautaire, comme représentante": an
    /// elected member acting for a body or designated to a seat; the subject's phrase (« mise
    /// à disposition », « conseil de discipline ») decides nothing on them.
    func actsForBody(_ start: Int, _ end: Int) -> Bool {
        // Back over the office that introduces the name (« par son maire, », « par sa présidente »).
        var index = start - 1
        while index >= 0, start - index <= 5 {
            if let token = word(index), self.is(token, "par") {
                return word(index - 1).map { Scan.bytes(key($0), isOneOf: Scan.representedForms) } ?? false
            }
            index -= 1
        }
        // (« Mme X, adjoint administratif »: an agent's grade, not an office.)
        guard electedAfter(end), !agentGrade(after: end) else { return false }
        if isPunct(start - 1, "(") { return true }
        guard let link = word(start - 1), self.is(link, "de") || self.is(link, "d'"), let event = word(start - 2) else { return false }
        return Scan.bytes(key(event), isOneOf: Scan.designationEvents)
    }

    /// "Mme X présente le rapport", "M. Y rapporte": a presenting verb right after the name.
    func presentsAfter(_ end: Int) -> Bool {
        // ("Mme X, maire, présente le rapport": across the office in apposition.)
        var at = end
        if isPunct(end, ","), let office = word(end + 1), self.is(office, .role, bare: true), isPunct(end + 2, ",") { at = end + 3 }
        guard let verb = word(at) else { return false }
        let end = at
        // ("M. X, président, rend compte des demandes": reports on them.)
        if self.is(verb, "rend") || self.is(verb, "rendent"), let account = word(end + 1), self.is(account, "compte") { return true }
        // ("Mme X présente sa démission": her own request.)
        return Scan.presentingVerbs.contains { self.is(verb, $0) }
            && !(word(end + 1).map { self.is($0, "par") || self.is($0, "sa") || self.is($0, "son") || self.is($0, "ses") } ?? false)
    }

    /// Whether the surname of the name at `start..<end` comes back elsewhere in the cell.
    func namedAgain(_ start: Int, _ end: Int) -> Bool {
        guard let last = (start..<end).last(where: { tokens[$0].isWord }) else { return false }
        let surname = key(tokens[last])
        return tokens.indices.contains { ($0 < start || $0 >= end) && tokens[$0].isWord && key(tokens[$0]).elementsEqual(surname) }
    }

    /// Whether the situation phrase at `from..<to` concerns the name at `start..<end`.
    func situation(from: Int, to: Int, concerns start: Int, _ end: Int) -> Bool {
        // « l'état d'avancement du columbarium »: a work's progress, not an agent's career.
        if let head = word(from), Scan.bytes(keyWithoutElision(head), isOneOf: ["avancement"]),
           let state = word(from - 1), Scan.bytes(keyWithoutElision(state), isOneOf: ["etat"]) { return false }
        if from < end, to > start { return true }
        // "Hommage à M. X, maire honoraire": a title in apposition describes the person; the
        // decision is the one that confers it (« Attribution du titre de maire honoraire à … »).
        if from == end + 1, isPunct(end, ","), let last = word(to - 1), self.is(last, "honoraire") { return false }
        // "Nomination du secrétaire de séance": a councillor's office in the sitting, not a
        // decision on anyone's situation.
        if (to..<min(to + 4, tokens.count)).contains(where: { word($0).map { self.is($0, "seance") } ?? false }) { return false }
        // "Nomination d'un correspondant défense : M. X, conseiller municipal": an elected
        // member named to an office holds a mandate; an agent's nomination is their situation.
        if to == from + 1, let nomination = word(from), self.is(nomination, "nomination") || self.is(nomination, "nominations") {
            if electedAfter(end) { return false }
            // "Nomination d'un délégué et d'un suppléant à la commission : M. X": a seat.
            if (to..<min(to + 4, tokens.count)).contains(where: { word($0).map { Scan.bytes(key($0), isOneOf: Scan.seatNouns) } ?? false }) {
                return false
            }
        }
        // "ciné-rencontre avec le comédien X – prise en charge des frais d'hébergement": a
        // programme's guest is paid their costs, which decides nothing on them.
        // (« accueil de l'écrivaine X et rémunération de ses interventions »: the same.)
        if let head = word(from), self.is(head, "prise") || self.is(head, "remboursement") || self.is(head, "remuneration"),
           culturalContext(before: start) { return false }
        // "Indemnités de fonction des élus – modification suite à l'élection de Mme X": the fees
        // change because of a mandate's event, which names the official in their mandate.
        // (« Tableau des indemnités des élus – modification suite à l'élection de M. X ».)
        if let head = word(from), self.is(head, "indemnites") || self.is(head, "indemnite") || self.is(head, "tableau"),
           (max(0, start - 3)..<start).contains(where: { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.mandateEvents) } ?? false }) {
            return false
        }
        // "délégation à M. X, 1er adjoint, pour signer le protocole transactionnel avec la société
        // Y": the person signs the act on the commune's behalf; it decides nothing on them.
        if end <= from, (end..<from).contains(where: { word($0).map { Scan.bytes(key($0), isOneOf: ["signer", "signature", "representer"]) } ?? false }) {
            return false
        }
        // A signature's delegate signs the acts the phrase names: before the delegation
        // (« Conventions de mise à disposition … : délégation de signature à M. X, DGS »), or
        // after the name with « pour » (« … à M. X, adjoint au personnel, pour les contrats de
        // recrutement »), not past a dash (« … à Mme X, DGS – et attribution de la prime … à
        // l'intéressée » decides on her).
        if isSignatureDelegation(before: start) {
            if to <= start, (to..<start).contains(where: { word($0).map { self.is($0, "delegation") } == true }) { return false }
            if end <= from, (end..<from).contains(where: { word($0).map { self.is($0, "pour") } ?? false }),
               !(end..<from).contains(where: { isPunct($0, "–") || isPunct($0, "-") || isPunct($0, "—") || isPunct($0, ";") }) { return false }
        }
        // "Désignation des représentants de la collectivité au conseil de discipline : M. X": the
        // phrase names the seat the council fills, not a procedure on those seated.
        if let at = word(from - 1), self.is(at, "au") || self.is(at, "aux"),
           (max(0, from - 8)..<from).contains(where: { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.representativeNouns)
               || Scan.bytes(keyWithoutElision($0), isOneOf: Scan.designationEvents) } ?? false }) {
            return false
        }
        // "mise à disposition de la salle des fêtes à l'association X, représentée par Mme Y":
        // premises or equipment lent, not an agent put at another body's disposal.
        if let head = word(from), self.is(head, "mise") || self.is(head, "mis") || self.is(head, "mises") {
            var next = to
            while let article = word(next), next - to < 3, self.is(article, [.particle, .titleArticle]) || Scan.bytes(key(article), isOneOf: ["un", "une", "d'un", "d'une", "du", "des"]) {
                next += 1
            }
            // (The one the thing is lent to, « … à M. X », is a party: a benefit of their own.)
            let recipient = word(start - 1).map { Scan.bytes(key($0), isOneOf: ["a", "au", "aux"]) } ?? false
            if !recipient, let thing = word(next), self.is(thing, .place, bare: true) || Scan.bytes(keyWithoutElision(thing), isOneOf: Scan.lentThings) {
                return false
            }
        }
        // "Jury de recrutement … – Composition : M. X, Mme Y": the jury's members recruit.
        if let jury = word(from - 2), self.is(jury, "jury") || self.is(jury, "jurys") { return false }
        // "Concours de recrutement d'ATSEM : composition du jury – M. X, maire": the jury named
        // between the phrase and the person.
        if to <= start, (to..<start).contains(where: { word($0).map { self.is($0, "jury") || self.is($0, "jurys") } ?? false }) { return false }
        let clause = clauseBounds(around: from)
        // "Protection fonctionnelle — ancien maire, M. X, poursuivi …": the phrase heads the
        // subject alone before the dash, and the first person after it is the one concerned.
        // « Recrutement d'un agent contractuel — Mme X »: before a dash, a few words in lower
        // case may complete the phrase.
        if start >= clause.upperBound, !(clause.lowerBound..<from).contains(where: startsName),
           clause.upperBound <= to + 1 || clause.upperBound <= to + 6 && isPunct(clause.upperBound, "—")
            && !(to..<clause.upperBound).contains(where: { tokens[$0].isWord && tokens[$0].startsUpper }) {
            let next = clauseBounds(around: clause.upperBound + 1)
            return next.contains(start) && !(next.lowerBound..<start).contains(where: { startsName($0) || introducesAgent($0) })
        }
        // « Fixation des indemnités de fonction : M. X, maire ; Mme Y, 1re adjointe »: a phrase
        // that heads a list after its colon concerns every person the list names.
        // (« INDEMNITES DE FONCTION DU MAIRE ET DES ADJOINTS : MME X … ; M. Y … »: a few words
        // in lower case or of the offices may complete the phrase before its colon.)
        var colon = to
        while colon < min(to + 7, start), !isPunct(colon, ":"), tokens[colon].isWord, !startsName(colon) { colon += 1 }
        if isPunct(colon, ":"), start > colon, !(to..<start).contains(where: introducesAgent),
           !(colon + 1..<start).contains(where: { isPunct($0, ":") || isPunct($0, "–") || isPunct($0, "—") }) {
            return true
        }
        guard clause.contains(start) else { return false }
        // After the phrase: every name of its clause but those introduced as an agent
        // ("présenté par", "rapporté par"): "protection fonctionnelle au maire, X, et à son
        // adjoint Y" concerns both.
        if start >= to {
            if (to..<start).contains(where: introducesAgent) { return false }
            // "Mise à disposition de Mme X … à la demande de son maire, Mme Y", "Détachement de
            // M. X auprès du cabinet de M. Y, député": a person the phrase's own one relates to
            // is not the one it decides on.
            if let previous = (to..<start).last(where: { civility(at: $0) != nil }),
               // (In lower case: « Chef de Cabinet » is the first one's own office.)
               (previous + 1..<start).contains(where: { word($0).map { !$0.startsUpper && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.relationWords) } ?? false }) {
                return false
            }
            return true
        }
        // (A name past a dash is another matter's: « Remplacement de Mme X, en congé de longue
        // maladie – exposé de Mme Y ».)
        let matter = (to..<clause.upperBound).first(where: { isPunct($0, "–") || isPunct($0, "-") }) ?? clause.upperBound
        if (to..<matter).contains(where: startsName) { return false }
        // No name after the phrase: the last name before it, with no other between (« M. X,
        // directeur de l'école Jacques Prévert, … son départ à la retraite »: a first name in a
        // place's name names nobody).
        return end <= from && !(end..<from).contains(where: { startsName($0) && !(word($0 - 1).map { self.is($0, .place, bare: true) } ?? false) })
    }

    /// ", conseiller municipal", ", adjointe", ", maire": an elected office in apposition.
    func electedAfter(_ end: Int) -> Bool {
        guard isPunct(end, ","), let office = word(end + 1) else { return false }
        if self.is(office, "adjoint") || self.is(office, "adjointe") || self.is(office, "maire") { return true }
        guard Scan.councilWords.contains(where: { self.is(office, $0) }), let kind = word(end + 2) else { return false }
        return Scan.councilKinds.contains { self.is(kind, $0) }
    }

    /// "présenté par", "rapporté par", "sur le rapport de", "rapporteur :": what introduces
    /// the official who presents a point, not a party to it.
    func introducesAgent(_ index: Int) -> Bool {
        // "tutrice : Mme Y", "maître d'apprentissage : M. Z": a heading of the commune's agent.
        if isPunct(index, ":"), let heading = word(index - 1), Scan.bytes(keyWithoutElision(heading), isOneOf: Scan.agentHeadings) { return true }
        // "maître d'apprentissage : M. Z" is the tutor; "Contrat d'apprentissage : Mlle Y" the apprentice.
        if isPunct(index, ":"), let heading = word(index - 1), self.is(heading, "d'apprentissage") || self.is(heading, "apprentissage"),
           let master = word(index - 2) ?? word(index - 3), self.is(master, "maitre") || self.is(master, "maitres") { return true }
        // "2 ABSTENTIONS (MME X ET M. Y, CONSEILLERS MUNICIPAUX)": councillors voting.
        // "contre 4 (Mme X, M. Y)": the count may stand between.
        let voteIndex = index > 0 && tokens[index - 1].kind == .number ? index - 2 : index - 1
        if isPunct(index, "("), let vote = word(voteIndex), self.is(vote, "abstention") || self.is(vote, "abstentions") || self.is(vote, "contre")
            || self.is(vote, "pour") && voteIndex < index - 1 {
            return true
        }
        guard let token = word(index) else { return false }
        if self.is(token, "rapport") || self.is(token, "rapporteur") || self.is(token, "rapporteure") || self.is(token, "rapp") { return true }
        // "GESTION DES CONTENTIEUX : COMPTE RENDU DE M. X": who reports on the matter.
        if self.is(token, "rendu"), let account = word(index - 1), self.is(account, "compte") { return true }
        // "sur proposition de M. X, comptable public": who proposes the point.
        // (« accepte la proposition de M. X de céder »: a party's offer, not the point's author.)
        if self.is(token, "proposition"), let on = word(index - 1),
           self.is(on, "sur") || self.is(on, "la") && (word(index - 2).map { self.is($0, "sur") } ?? false) { return true }
        guard self.is(token, "par"), let verb = word(index - 1) else { return false }
        // "Présentation du projet d'aménagement de notre forêt par Mme X (ONF)".
        var noun = index - 1
        // ("Présentation du rapport annuel sur les contentieux en cours par M. X": ten words.)
        while noun >= 0, index - noun <= 10, let before = word(noun) {
            if self.is(before, "presentation") || self.is(before, "presentations") { return true }
            noun -= 1
        }
        // "demande présentée par M. X", "Demande de protection fonctionnelle présentée par M. X":
        // the applicant, not an agent presenting a point. The request heads the verb's clause,
        // up to sixteen tokens before it, never across a comma or a colon (« Demande
        // d'autorisation d'occupation du plan d'eau pour une activité de location de paddles
        // présentée par M. X »). A chair ("présidée par") is never the applicant.
        var back = key(verb).starts(with: "presid".utf8) ? -1 : index - 2
        // ("dossier présenté par M. X, président" of a club: the applicant's file; a file
        // « suivi » or « instruit » by an agent is theirs to handle.)
        let filed = Scan.bytes(key(verb), isOneOf: ["presente", "presentee", "depose", "deposee"])
        while back >= 0, index - back <= 16, !isPunct(back, ","), !isPunct(back, ":") {
            guard let thing = word(back) else { back -= 1; continue }
            if Scan.requestWords.contains(where: { self.is(thing, $0) }) || filed && (self.is(thing, "dossier") || self.is(thing, "dossiers")) {
                return false
            }
            back -= 1
        }
        // "dossier suivi par M. X, DGA", but not "Suivi par Mme X, diététicienne" (who follows a
        // contract may be the contractor's).
        if self.is(verb, "suivi") || self.is(verb, "suivie") {
            return word(index - 2).map { self.is($0, "dossier") || self.is($0, "dossiers") } ?? false
        }
        return Scan.presentingVerbs.contains { self.is(verb, $0) }
    }

    /// The token range of the clause holding `index`, cut at ";" and "—" (an en dash often
    /// joins a heading to its detail: « Recrutement … – service X – Mme Y, adjoint d'animation »),
    /// and with `atColon` at ":" too.
    func clauseBounds(around index: Int, atColon: Bool = false) -> Range<Int> {
        func cuts(_ position: Int) -> Bool {
            isPunct(position, ";") || isPunct(position, "—") || atColon && isPunct(position, ":") || sentenceEnd(position)
        }
        var low = index, high = index
        while low > 0, !cuts(low - 1) { low -= 1 }
        while high < tokens.count, !cuts(high) { high += 1 }
        return low..<high
    }

    /// "… à l'école de musique Hector Berlioz. Le conseil autorise M. X": a full stop after a
    /// word of four letters or more (not an abbreviation: "M.", "Av.", "succ.") or a closing
    /// bracket, before a capitalised word, ends a sentence.
    func sentenceEnd(_ position: Int) -> Bool {
        guard isPunct(position, "."), position > 0, let next = word(position + 1), next.startsUpper else { return false }
        if isPunct(position - 1, ")") { return true }
        guard let previous = word(position - 1) else { return false }
        return previous.scalars >= 4 && !self.is(previous, .civility) && !self.is(previous, .family)
    }

    /// Whether a name starts at `index`: a civility, or a first name with a capital.
    func startsName(_ index: Int) -> Bool {
        guard let token = word(index) else { return false }
        if civility(at: index) != nil { return true }
        return token.startsUpper && isFirstName(token) && !(word(index - 1).map { self.is($0, .civility) } ?? false)
    }
}
