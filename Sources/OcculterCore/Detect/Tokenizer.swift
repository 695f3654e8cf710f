/// A word, number or punctuation mark of a cell. It holds no `String`: its text is a byte
/// range of the cell and its folded form a byte range of `Tokens.folded`, so tokenising a
/// cell allocates nothing per word (a `String` per word was the hot spot of the benchmark).
struct Token {
    enum Kind: UInt8 { case word, number, punct }
    var kind: Kind
    /// UTF-8 bytes of the token in the cell.
    var range: Range<Int>
    /// Lowercased, accent-free form for word-list lookups, in `Tokens.folded`.
    var folded: Range<Int>
    /// Unicode scalars in the token ("J" is 1, "Jo" is 2).
    var scalars: Int
    /// First letter upper case ("Jaurès", "JAURÈS", "N’Diaye").
    var startsUpper: Bool
    /// Every letter upper case and at least two letters ("JAURÈS").
    var allCaps: Bool
    /// The word's classes for the name detector (`PersonNameDetector.WordClass` bits), and
    /// those of its form without elided article; set by `PersonNameDetector.classify`.
    var classes: UInt32 = 0
    var bareClasses: UInt32 = 0

    var isWord: Bool { kind == .word }
}

/// The tokens of one cell and the bytes of their folded forms, end to end.
struct Tokens {
    var items: [Token] = []
    var folded: [UInt8] = []

    init() {
        items.reserveCapacity(64)
        folded.reserveCapacity(512)
    }
}

/// Splits French administrative text into tokens. Hyphens and apostrophes between letters
/// stay inside a word ("Jean-Baptiste", "N’DIAYE", "d'Estaing"), dots are separate tokens so
/// that civilities and initials ("M.", "J.-P.") can be recognised.
enum Tokenizer {
    /// Byte length of a lowercase elided article ("d'", "l'", "qu'", with ' or ’) followed by a capital.
    static func elisionLength(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        var index = 0
        switch word[0] {
        case UInt8(ascii: "d"), UInt8(ascii: "l"): index = 1
        case UInt8(ascii: "q") where word[1] == UInt8(ascii: "u"): index = 2
        default: return nil
        }
        if word[index] == UInt8(ascii: "'") {
            index += 1
        } else if index + 2 < word.count, word[index] == 0xE2, word[index + 1] == 0x80, word[index + 2] == 0x99 {
            index += 3
        } else {
            return nil
        }
        guard index < word.count else { return nil }
        let next = word[index]
        if next >= 65 && next <= 90 { return index }
        // A UTF-8 capital (À–Þ) after the apostrophe.
        if next == 0xC3, index + 1 < word.count, word[index + 1] >= 0x80, word[index + 1] <= 0x9E { return index }
        return nil
    }

    /// Tokenises `bytes` (valid UTF-8) into `tokens`, replacing what it held.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout Tokens) {
        tokens.items.removeAll(keepingCapacity: true)
        tokens.folded.removeAll(keepingCapacity: true)
        let count = bytes.count
        var index = 0
        let tables = ScalarTables.shared

        @inline(__always) func scalar(at position: Int) -> (ScalarClass, Int)? {
            guard position < count else { return nil }
            return ScalarClass.at(position, in: bytes, tables: tables)
        }
        func appendFolded(_ range: Range<Int>) -> Range<Int> {
            let start = tokens.folded.count
            var position = range.lowerBound
            while position < range.upperBound {
                guard let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) else { position += 1; continue }
                info.appendFolded(to: &tokens.folded, tables: tables)
                position += length
            }
            return start..<tokens.folded.count
        }

        while index < count {
            guard let (current, length) = scalar(at: index) else { index += 1; continue }
            if current.isSpace {
                index += length
                continue
            }
            var start = index
            if current.isLetter {
                // "d'Anaïs", "l'OCCE", "qu'Ahmed": the elided article is its own token, so that the
                // name after it is seen. "D'ALMEIDA", "N'DIAYE" (capital prefix) stay whole. The
                // article is recognised on the cell's bytes (it is at most 7 bytes long); the
                // capital after it must be a letter, as it is when it belongs to the word.
                if let split = elisionLength(UnsafeBufferPointer(rebasing: bytes[start..<min(count, start + 8)])),
                   let (after, _) = scalar(at: start + split), after.isLetter {
                    let prefix = start..<(start + split)
                    tokens.items.append(Token(kind: .word, range: prefix, folded: appendFolded(prefix),
                                              scalars: scalarCount(prefix, bytes), startsUpper: false, allCaps: false))
                    start += split
                }
                // One pass finds the word's end, counts its letters and writes its folded form:
                // letters and digits, and joiners followed by a letter ("Jean-Baptiste").
                var letters = 0, upper = 0, scalars = 0
                var firstUpper = false
                var sawLetter = false
                // "o'Neil": with a lowercase first letter, the letter after a one-letter
                // apostrophe prefix decides.
                var second: ScalarClass?, third: ScalarClass?
                let foldedStart = tokens.folded.count
                var end = start
                while let (info, scalarLength) = scalar(at: end) {
                    if !(info.isLetter || info.isDigit) {
                        guard info.isJoiner, let (after, _) = scalar(at: end + scalarLength), after.isLetter else { break }
                    }
                    info.appendFolded(to: &tokens.folded, tables: tables)
                    if scalars == 1 { second = info } else if scalars == 2 { third = info }
                    scalars += 1
                    if info.isLetter {
                        letters += 1
                        if info.isUpper { upper += 1 }
                        if !sawLetter { firstUpper = info.isUpper; sawLetter = true }
                    }
                    end += scalarLength
                }
                if !firstUpper, second?.isApostrophe == true, let third { firstUpper = third.isUpper }
                let range = start..<end
                tokens.items.append(Token(kind: .word, range: range, folded: foldedStart..<tokens.folded.count, scalars: scalars,
                                          startsUpper: firstUpper, allCaps: letters >= 2 && upper == letters))
                index = end
            } else if current.isDigit {
                var end = index + 1
                while end < count, bytes[end] >= 48 && bytes[end] <= 57 || (bytes[end] | 0x20 >= 97 && bytes[end] | 0x20 <= 122) {
                    end += 1
                }
                let range = start..<end
                tokens.items.append(Token(kind: .number, range: range, folded: appendFolded(range), scalars: end - start,
                                          startsUpper: false, allCaps: false))
                index = end
            } else {
                let range = start..<(start + length)
                tokens.items.append(Token(kind: .punct, range: range, folded: appendFolded(range), scalars: 1,
                                          startsUpper: false, allCaps: false))
                index += length
            }
        }
    }

    private static func scalarCount(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scalars = 0
        for position in range where bytes[position] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }
}
