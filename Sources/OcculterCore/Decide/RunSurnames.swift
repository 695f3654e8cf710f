/// The surnames a run decided on, for propagation from row to row: a surname occulted as a
/// private person's in one row is occulted where it stands again, undecided, in another
/// row's text (« Vente à M. Paul GONDOUIN » … « Servitude GONDOUIN »), unless the run also
/// kept it under an exemption (an official or a facility of the same name: homonyms, left
/// as each row decided them) or a place or organisation word stands before it.
///
/// Only words that can be a surname travel: three letters or more, capitalised where they were
/// hidden, neither a first name (« Martin » is decided row by row) nor a common, place, role
/// or body word of the tool's lists. A surname that is also in the French lexicon (« Durand »,
/// « Fontaine », « Laval ») is not distinctive: it travels only to a word in capitals of a cell
/// not written in capitals (« Servitude FONTAINE », not « place de la Fontaine »). Words are
/// kept as the unkeyed FNV hashes of their folded form (`TextWords`), in memory only.
struct RunSurnames {
    /// Hash of a private surname → the rule that hid it (the first one, in row order).
    private(set) var hidden: [UInt64: Entry] = [:]
    /// Surnames kept under an exemption somewhere in the run.
    private(set) var exempt = Set<UInt64>()

    /// One surname decided in a row.
    struct Mark {
        var hash: UInt64
        var rule: Int
        var exempt: Bool
        var distinctive: Bool
    }

    struct Entry {
        /// Index of the rule that hid it.
        var rule: Int
        /// Absent from the French lexicon: it travels written in any case.
        var distinctive: Bool
    }

    mutating func add(_ marks: [Mark]) {
        for mark in marks {
            if mark.exempt { exempt.insert(mark.hash) } else if hidden[mark.hash] == nil {
                hidden[mark.hash] = Entry(rule: mark.rule, distinctive: mark.distinctive)
            }
        }
    }

    /// The surnames to occult in other rows: hidden somewhere, exempt nowhere.
    var propagating: [UInt64: Entry] { hidden.filter { !exempt.contains($0.key) } }

    /// The surnames of the person decisions of one cell: hidden words of applied occultations,
    /// and words of exemptions (`bytes` is the cell's UTF-8; spans are the decisions'). Words
    /// are classified once per worker (`Kinds`): looking every decision's words up in the lists
    /// and the lexicon was 0.1 G instructions on the 10 MB délibérations file (callgrind).
    ///
    /// `cellWords` are the words of the whole cell when the decider made them: a span whose
    /// ends fall between words reads its words there instead of splitting the span again.
    static func marks(of decisions: [Decision], in bytes: UnsafeBufferPointer<UInt8>, cellWords: TextWords? = nil,
                      isPersonRule: (String) -> Int?, kinds: Kinds, into marks: inout [Mark]) {
        // Where the previous span's words start in `cellWords` (spans come sorted by start).
        var cursor = 0, cursorStart = 0
        // By index, fields read in place: a copy of each decision retained its eight strings.
        for index in decisions.indices {
            guard let span = decisions[index].span, let rule = isPersonRule(decisions[index].rule), span.upperBound <= bytes.count else { continue }
            let exempt: Bool
            switch decisions[index].status {
            case .applied, .reviewedOccult:
                guard decisions[index].action.hidesValue else { continue }
                exempt = false
            case .exempt, .reviewedKeep:
                exempt = true
            case .pending:
                continue
            }
            let before = UnsafeBufferPointer(rebasing: bytes[..<span.lowerBound])
            if let cellWords, endsBetweenWords(span, in: bytes) {
                // The span's words are the cell's words inside it, read in place (a second
                // `TextWords` per decision was 0.5 k instructions a délibérations row). Only
                // digit groups may differ (a group cut by the span), and none is read: the
                // first digit word stops the loop, and a group comes after its first block.
                let words = cellWords.words
                if span.lowerBound < cursorStart { cursor = 0 }
                cursorStart = span.lowerBound
                while cursor < words.count, words[cursor].range.lowerBound < span.lowerBound { cursor += 1 }
                var end = cursor
                while end < words.count, words[end].range.lowerBound < span.upperBound { end += 1 }
                let spanWords = words[cursor..<end].lazy.filter { $0.range.lowerBound >= span.lowerBound && $0.range.upperBound <= span.upperBound }
                assert(Array(spanWords.filter { $0.digits == 0 }.map(\.hash))
                       == TextWords(UnsafeBufferPointer(rebasing: bytes[span])).words.filter { $0.digits == 0 }.map(\.hash))
                mark(spanWords, in: bytes, before: before, rule: rule, exempt: exempt, kinds: kinds, into: &marks)
            } else {
                let text = UnsafeBufferPointer(rebasing: bytes[span])
                mark(TextWords(text).words, in: text, before: before, rule: rule, exempt: exempt, kinds: kinds, into: &marks)
            }
        }
    }

    /// The marks of one decision's words (`spanWords`, ranges in `text`).
    @inline(__always)
    private static func mark<Words: Collection<TextWords.Word>>(_ spanWords: Words, in text: UnsafeBufferPointer<UInt8>,
                                                                before: UnsafeBufferPointer<UInt8>, rule: Int, exempt: Bool,
                                                                kinds: Kinds, into marks: inout [Mark]) {
        // Only a name read as a whole person's travels: after a civility, or with a first
        // name. A single word hidden on weaker evidence (« élève ULIS Jallais ») would
        // spread one mistake over the whole file.
        if !exempt, !namesPerson(spanWords, in: text, before: before, kinds: kinds) {
            return
        }
        for word in spanWords {
            // "M. X, demeurant 4 Kerhallet": the address that closes a person's span (its
            // number first) names a place, not the person.
            if word.digits > 0 { break }
            guard word.letters >= 3, startsUpper(word, in: text) else { continue }
            let kind = kinds.kind(of: word, in: text)
            guard kind == .commonSurname || kind == .distinctiveSurname else { continue }
            marks.append(Mark(hash: word.hash, rule: rule, exempt: exempt, distinctive: kind == .distinctiveSurname))
        }
    }

    /// Whether no word runs across either end of `span`: each end is the cell's end or an
    /// ASCII byte that is neither a letter nor a digit (`TextWords` ends a word there).
    private static func endsBetweenWords(_ span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let flags = ScalarTables.shared.flags, wordFlags = ScalarClass.letter | ScalarClass.digit
        if span.lowerBound > 0 {
            let byte = bytes[span.lowerBound - 1]
            guard byte < 0x80, flags[Int(byte)] & wordFlags == 0 else { return false }
        }
        if span.upperBound < bytes.count {
            let byte = bytes[span.upperBound]
            guard byte < 0x80, flags[Int(byte)] & wordFlags == 0 else { return false }
        }
        return true
    }

    /// What a word is for propagation, whatever its case.
    enum Kind: UInt8 {
        case firstName, civility, other, commonSurname, distinctiveSurname
    }

    /// Each worker's classification of words, by the hash of their folded form. Bounded: it is
    /// emptied when full, so a large file of distinct names keeps a flat memory.
    final class Kinds {
        private let words: WordLists
        /// Through a pointer: read and written without exclusivity checks (`HashedKinds`).
        private let known: UnsafeMutablePointer<HashedKinds>
        static let capacity = 1 << 16

        init(words: WordLists) {
            self.words = words
            known = .allocate(capacity: 1)
            known.initialize(to: HashedKinds())
        }

        deinit {
            known.deinitialize(count: 1)
            known.deallocate()
        }

        func kind(of word: TextWords.Word, in text: UnsafeBufferPointer<UInt8>) -> Kind {
            if let kind = known.pointee[word.hash] { return kind }
            let kind = TextWords.withFolded(word, in: text, classify)
            if known.pointee.count >= Kinds.capacity { known.pointee.removeAll() }
            known.pointee.insert(word.hash, kind)
            return kind
        }

        private func classify(_ folded: UnsafeBufferPointer<UInt8>) -> Kind {
            if RunSurnames.civilities.contains(where: { $0.elementsEqual(folded) }) { return .civility }
            if words.firstNames.contains(folded) { return .firstName }
            guard !words.commonWords.contains(folded), !words.places.contains(folded), !words.triggers.contains(folded),
                  !words.roles.contains(folded), !words.bodies.contains(folded), !words.legalEntities.contains(folded),
                  !words.communes.contains(folded) else { return .other }
            return words.isLexiconWord(folded) ? .commonSurname : .distinctiveSurname
        }
    }

    static let civilities: [[UInt8]] = ["m", "mm", "mme", "mmes", "mlle", "melle", "mr", "monsieur", "madame", "mademoiselle",
                                        "messieurs", "mesdames", "vve", "veuve", "epoux", "consorts"].map { Array($0.utf8) }

    /// Whether the span names a person in full: a first name among its words, or a civility
    /// (or « consorts », « époux ») right before it or opening it.
    static func namesPerson<Words: Collection<TextWords.Word>>(_ spanWords: Words, in text: UnsafeBufferPointer<UInt8>,
                                                               before: UnsafeBufferPointer<UInt8>, kinds: Kinds) -> Bool {
        for (index, word) in spanWords.enumerated() where word.digits == 0 {
            switch kinds.kind(of: word, in: text) {
            case .firstName: return true
            case .civility where index == 0: return true
            default: continue
            }
        }
        // The word before the span (civilities are ASCII), read backwards without a copy.
        var end = before.count
        while end > 0, before[end - 1] == 0x20 || before[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > 0, end - start < 13, before[start - 1] | 0x20 >= 0x61, before[start - 1] | 0x20 <= 0x7A { start -= 1 }
        guard start < end, start == 0 || before[start - 1] < 0x80 && before[start - 1] | 0x20 < 0x61 || before[start - 1] | 0x20 > 0x7A else { return false }
        return civilities.contains { civility in
            civility.count == end - start && zip(civility, before[start..<end]).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    /// Whether every letter of the word is a capital.
    static func allCaps(_ word: TextWords.Word, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = word.range.lowerBound
        while position < word.range.upperBound {
            guard let (info, length) = ScalarClass.at(position, in: text, tables: .shared) else { return false }
            if info.isLetter, !info.isUpper { return false }
            position += length
        }
        return true
    }

    /// Whether most letters of the cell are capitals (a subject written in capitals).
    static func shouting(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0, letters = 0
        var position = 0
        while position < text.count {
            guard let (info, length) = ScalarClass.at(position, in: text, tables: .shared) else { position += 1; continue }
            if info.isLetter { letters += 1; if info.isUpper { upper += 1 } }
            position += length
        }
        return upper * 2 > letters
    }

    static func startsUpper(_ word: TextWords.Word, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (info, _) = ScalarClass.at(word.range.lowerBound, in: text, tables: .shared) else { return false }
        return info.isUpper
    }

    /// « Saint-Pierre-de-Chartreuse », « Gondouin-Lagarde »: a word joined by a hyphen is part of
    /// a compound (a place's, a firm's or another person's name).
    static func hyphenJoined(_ word: TextWords.Word, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hyphen = UInt8(ascii: "-")
        return word.range.lowerBound > 0 && bytes[word.range.lowerBound - 1] == hyphen
            || word.range.upperBound < bytes.count && bytes[word.range.upperBound] == hyphen
    }

    static let linkingParticles: [[UInt8]] = ["de", "du", "des", "d", "et"].map { Array($0.utf8) }
    static let compoundPlaceParts: [[UInt8]] = ["saint", "sainte", "st", "ste", "saints", "saintes", "notre", "de", "du", "des", "d",
                                                "sur", "sous", "en", "la", "le", "les", "l", "aux", "lez"].map { Array($0.utf8) }
    static let articles: [[UInt8]] = ["le", "la", "les", "l"].map { Array($0.utf8) }

    /// Whether the word at `index` of `text` stands where a surname may not be a person's:
    /// joined by a hyphen to another word (« Saint-Gondouin », « Gondouin-Lagarde »), or after
    /// a place or organisation word among the five words before it, with only capitalised words
    /// or particles between (« rue Paul GONDOUIN », « SARL Les Viviers Le Meur », « EARL Huîtres
    /// de Kerhervé »).
    static func inPlaceOrBody(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>, words: WordLists) -> Bool {
        hyphenJoined(text.words[index], in: bytes) || afterPlaceOrBody(index, of: text, bytes: bytes, words: words)
    }

    /// Whether a word joined by hyphens belongs to a place's compound, where a repeat in the same
    /// cell is no person: « Saint-Pierre-de-Chartreuse », « Plaine Saint-Pierre », « gymnase
    /// Jean-Jaurès », « lieu-dit Le Moulin-Neuf » (a family compound, « tombe Milhau-Bax », is
    /// none).
    /// Whether the word at `index` follows a locality word (« lieu-dit », « hameau », « quartier »),
    /// an article between: there it names the place, whoever the family it recalls.
    ///
    /// The locality's name may run over a few capitalised words before it: « au lieu-dit La
    /// Combe Vincent », « lieu-dit Le Trou du Loup », « au lieu-dit Chez Bernard ».
    static func namesLocality(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var back = index - 1
        while back >= 0, back >= index - 5 {
            var linking = false
            let locality = TextWords.withFolded(text.words[back], in: bytes) { folded in
                linking = articles.contains { $0.elementsEqual(folded) } || linkingParticles.contains { $0.elementsEqual(folded) }
                if localityWords.contains(where: { $0.elementsEqual(folded) }) { return true }
                // « lieu-dit » is two words for `TextWords`.
                guard folded.elementsEqual("dit".utf8), back > 0 else { return false }
                return TextWords.withFolded(text.words[back - 1], in: bytes) { $0.elementsEqual("lieu".utf8) }
            }
            if locality { return true }
            guard linking || startsUpper(text.words[back], in: bytes) else { return false }
            back -= 1
        }
        return false
    }

    /// Whether the word at `index` is part of a registered company's name: a legal form right
    /// before it, or before one or two capitalised words (« SARL Weber Chasse & Nature »,
    /// « GAEC Bertholon Frères », « EURL Garage Martin »). A legal person's name is published
    /// even when it carries its founder's; a sole trader's trade name (« Boulangerie Moulin »)
    /// has no such form and stays hidden.
    static func inCompanyName(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var back = index - 1
        while back >= 0, back >= index - 3 {
            var form = false
            TextWords.withFolded(text.words[back], in: bytes) { folded in
                form = companyForms.contains { $0.elementsEqual(folded) }
            }
            if form { return true }
            guard startsUpper(text.words[back], in: bytes) else { return false }
            back -= 1
        }
        return false
    }

    /// Whether a preposition or an article stands right before the word (« Colis de Noël »,
    /// « à Metz »): where a place's or a feast's name stands, not a house's or a trade's.
    static func afterPreposition(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        return TextWords.withFolded(text.words[index - 1], in: bytes) { folded in
            prepositions.contains { $0.elementsEqual(folded) } || articles.contains { $0.elementsEqual(folded) }
                || linkingParticles.contains { $0.elementsEqual(folded) }
        }
    }

    static let prepositions: [[UInt8]] = ["a", "au", "aux", "en", "sur", "sous"].map { Array($0.utf8) }

    static let companyForms: [[UInt8]] = ["sarl", "sas", "sasu", "eurl", "sci", "gaec", "earl", "snc", "scea", "selarl", "selas", "scp", "scm",
                                          "etablissements", "ets"].map { Array($0.utf8) }

    static let localityWords: [[UInt8]] = ["lieudit", "lieu-dit", "ld", "hameau", "quartier", "village", "lotissement", "lieux-dits", "lieuxdits"].map { Array($0.utf8) }

    static func inPlaceCompound(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>, words: WordLists) -> Bool {
        guard hyphenJoined(text.words[index], in: bytes) else { return false }
        func joined(_ left: Int) -> Bool {
            text.words[left].range.upperBound + 1 == text.words[left + 1].range.lowerBound
                && bytes[text.words[left].range.upperBound] == UInt8(ascii: "-")
        }
        var first = index, last = index
        while first > 0, joined(first - 1) { first -= 1 }
        while last + 1 < text.words.count, joined(last) { last += 1 }
        for part in first...last where TextWords.withFolded(text.words[part], in: bytes, { folded in
            compoundPlaceParts.contains { $0.elementsEqual(folded) } }) { return true }
        if first > 0, TextWords.withFolded(text.words[first - 1], in: bytes, { folded in articles.contains { $0.elementsEqual(folded) } }) {
            return true
        }
        return afterPlaceOrBody(first, of: text, bytes: bytes, words: words)
    }

    private static func afterPlaceOrBody(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>, words: WordLists) -> Bool {
        let places = words.places, bodies = words.bodies, legal = words.legalEntities
        var back = index - 1
        while back >= 0, back >= index - 5 {
            let before = text.words[back]
            var linking = false
            let isContext = TextWords.withFolded(before, in: bytes) { folded in
                linking = RunSurnames.linkingParticles.contains { $0.elementsEqual(folded) }
                return places.contains(folded) || bodies.contains(folded) || legal.contains(folded)
            }
            if isContext { return true }
            guard linking || startsUpper(before, in: bytes) else { return false }
            back -= 1
        }
        return false
    }
}

extension Action {
    /// Whether the action removes the value from the output (what the run then hides).
    var hidesValue: Bool {
        switch self {
        case .keep, .review: return false
        default: return true
        }
    }
}
