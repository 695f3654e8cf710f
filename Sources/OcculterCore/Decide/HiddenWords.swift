/// The words of a cell as the leak checks read them: maximal runs of letters and digits,
/// folded (case and accents), plus one word of digits for a group of digit blocks written
/// apart ("06 12 34 56 78", "1 85 05 78 006 084 36"), so that a number cannot reappear
/// under another spacing. Folded forms share one buffer: a cell makes no array per word.
struct TextWords {
    struct Word {
        /// UTF-8 byte range in the scanned text.
        var range: Range<Int>
        /// FNV-1a of the folded bytes: equal words, equal hashes (in every run and thread).
        var hash: UInt64
        var letters: Int
        var digits: Int
        /// Range of the folded bytes in `folded`.
        var foldedRange: Range<Int>
    }

    private(set) var words: [Word] = []
    private(set) var folded: [UInt8] = []

    /// Digit groups shorter than this are dates, amounts or years, not identifiers.
    static let digitGroupMinimum = 8

    init(_ bytes: UnsafeBufferPointer<UInt8>, tables: ScalarTables = .shared) {
        var position = 0
        var start = -1, foldedStart = 0, letters = 0, digits = 0
        // The current group of digit blocks, and whether one separator follows its last block.
        var groupStart = 0, groupEnd = 0, groupDigits: [UInt8] = [], groupBlocks = 0, separatorPending = false
        func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf29ce484222325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            return hash
        }
        func flushGroup() {
            if groupBlocks > 1, groupDigits.count >= TextWords.digitGroupMinimum {
                let from = folded.count
                folded.append(contentsOf: groupDigits)
                words.append(Word(range: groupStart..<groupEnd, hash: hash(folded[from...]), letters: 0,
                                  digits: groupDigits.count, foldedRange: from..<folded.count))
            }
            groupDigits.removeAll(keepingCapacity: true)
            groupBlocks = 0
            separatorPending = false
        }
        func endWord(at end: Int) {
            guard start >= 0 else { return }
            words.append(Word(range: start..<end, hash: hash(folded[foldedStart...]), letters: letters, digits: digits,
                              foldedRange: foldedStart..<folded.count))
            if letters == 0 {
                if !(groupBlocks > 0 && separatorPending) {
                    flushGroup()
                    groupStart = start
                }
                groupDigits.append(contentsOf: folded[foldedStart...])
                groupBlocks += 1
                groupEnd = end
                separatorPending = false
            } else {
                flushGroup()
            }
            start = -1
        }
        while position < bytes.count {
            guard let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) else {
                endWord(at: position)
                flushGroup()
                position += 1
                continue
            }
            if info.isLetter || info.isDigit {
                if start < 0 { start = position; foldedStart = folded.count; letters = 0; digits = 0 }
                info.appendFolded(to: &folded, tables: tables)
                if info.isDigit { digits += 1 } else { letters += 1 }
            } else {
                endWord(at: position)
                // One space, dot or dash may separate the blocks of a number; anything else ends it.
                let separator: Bool
                switch info.value {
                case 0x20, 0x2E, 0x2D, 0xA0, 0x202F: separator = true
                default: separator = false
                }
                if separator, groupBlocks > 0, groupEnd == position, !separatorPending {
                    separatorPending = true
                } else {
                    flushGroup()
                }
            }
            position += length
        }
        endWord(at: bytes.count)
        flushGroup()
    }

    func foldedBytes(_ word: Word) -> ArraySlice<UInt8> { folded[word.foldedRange] }
}

/// Which hidden words are worth looking for elsewhere: a word of three letters or more that is
/// not tool vocabulary (common words, place, role and civility words, the rules' placeholders),
/// or an identifier of six characters or more with digits. Shorter words (« de », « 12 ») recur
/// lawfully everywhere and identify no one.
enum HiddenWordFilter {
    static func placeholderWords(_ placeholders: [String]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        for placeholder in placeholders {
            var text = placeholder
            text.withUTF8 { for word in TextWords($0).words { hashes.insert(word.hash) } }
        }
        return hashes
    }

    static func isSignificant(_ word: TextWords.Word, in text: TextWords, words: WordLists, placeholders: Set<UInt64>) -> Bool {
        if word.letters == 0 { return word.digits >= 6 }
        if word.digits > 0 { return word.letters + word.digits >= 6 }
        guard word.letters >= 3, !placeholders.contains(word.hash) else { return false }
        return text.foldedBytes(word).withUnsafeBufferPointer { folded in
            !words.commonWords.contains(folded) && !words.places.contains(folded) && !words.triggers.contains(folded)
                && !words.roles.contains(folded)
        }
    }
}

/// A hidden word found again where it must not be: in the published cell it was hidden from.
/// The run stops (nothing is published); the message names the rule and column, never the word.
struct HiddenWordReappeared: Error {
    let rule: String
    let column: String
}
