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
    /// and words of exemptions (`bytes` is the cell's UTF-8; spans are the decisions').
    static func marks(of decisions: [Decision], in bytes: UnsafeBufferPointer<UInt8>, isPersonRule: (String) -> Int?,
                      words: WordLists, into marks: inout [Mark]) {
        for decision in decisions {
            guard let span = decision.span, let rule = isPersonRule(decision.rule), span.upperBound <= bytes.count else { continue }
            let exempt: Bool
            switch decision.status {
            case .applied, .reviewedOccult:
                guard decision.action.hidesValue else { continue }
                exempt = false
            case .exempt, .reviewedKeep:
                exempt = true
            case .pending:
                continue
            }
            let text = UnsafeBufferPointer(rebasing: bytes[span])
            let spanWords = TextWords(text).words
            // Only a name read as a whole person's travels: after a civility, or with a first
            // name. A single word hidden on weaker evidence (« élève ULIS Jallais ») would
            // spread one mistake over the whole file.
            if !exempt, !namesPerson(spanWords, in: text, before: UnsafeBufferPointer(rebasing: bytes[..<span.lowerBound]), words: words) {
                continue
            }
            for word in spanWords {
                guard let distinctive = surname(word, in: text, words: words) else { continue }
                marks.append(Mark(hash: word.hash, rule: rule, exempt: exempt, distinctive: distinctive))
            }
        }
    }

    static let civilities: [[UInt8]] = ["m", "mm", "mme", "mmes", "mlle", "melle", "mr", "monsieur", "madame", "mademoiselle",
                                        "messieurs", "mesdames", "vve", "veuve", "epoux", "consorts"].map { Array($0.utf8) }

    /// Whether the span names a person in full: a first name among its words, or a civility
    /// (or « consorts », « époux ») right before it or opening it.
    static func namesPerson(_ spanWords: [TextWords.Word], in text: UnsafeBufferPointer<UInt8>, before: UnsafeBufferPointer<UInt8>,
                            words: WordLists) -> Bool {
        let first = words.firstNames
        func isCivility(_ word: TextWords.Word, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            TextWords.withFolded(word, in: bytes) { folded in civilities.contains { $0.elementsEqual(folded) } }
        }
        if let opening = spanWords.first, isCivility(opening, in: text) { return true }
        if spanWords.contains(where: { word in TextWords.withFolded(word, in: text) { first.contains($0) } }) { return true }
        // The word before the span, within its last 24 bytes.
        let tail = UnsafeBufferPointer(rebasing: before[max(0, before.count - 24)...])
        guard let last = TextWords(tail).words.last else { return false }
        let gap = tail[last.range.upperBound...]
        return gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ".") } && isCivility(last, in: tail)
    }

    /// Whether a word of `text` can be a surname (see the type's comment): nil if not, else
    /// whether it is distinctive.
    static func surname(_ word: TextWords.Word, in text: UnsafeBufferPointer<UInt8>, words: WordLists) -> Bool? {
        guard word.digits == 0, word.letters >= 3, startsUpper(word, in: text) else { return nil }
        let first = words.firstNames, common = words.commonWords, places = words.places, triggers = words.triggers
        let roles = words.roles, bodies = words.bodies, legal = words.legalEntities, lexicon = words.frenchWords
        let communes = words.communes
        return TextWords.withFolded(word, in: text) { folded -> Bool? in
            guard !first.contains(folded), !common.contains(folded), !places.contains(folded), !triggers.contains(folded),
                  !roles.contains(folded), !bodies.contains(folded), !legal.contains(folded), !communes.contains(folded) else { return nil }
            return !lexicon.contains(folded)
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

    /// Whether the word at `index` of `text` stands where a surname may not be a person's:
    /// joined by a hyphen to another word (« Saint-Gondouin », « Gondouin-Lagarde »), or after
    /// a place or organisation word among the three words before it, with only capitalised
    /// words between (« rue Paul GONDOUIN », « SARL GONDOUIN », « Gymnase GONDOUIN »).
    static func inPlaceOrBody(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>, words: WordLists) -> Bool {
        let word = text.words[index]
        let hyphen = UInt8(ascii: "-")
        if word.range.lowerBound > 0, bytes[word.range.lowerBound - 1] == hyphen { return true }
        if word.range.upperBound < bytes.count, bytes[word.range.upperBound] == hyphen { return true }
        let places = words.places, bodies = words.bodies, legal = words.legalEntities
        var back = index - 1
        while back >= 0, back >= index - 3 {
            let before = text.words[back]
            let isContext = TextWords.withFolded(before, in: bytes) { folded in
                places.contains(folded) || bodies.contains(folded) || legal.contains(folded)
            }
            if isContext { return true }
            guard startsUpper(before, in: bytes) else { return false }
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
