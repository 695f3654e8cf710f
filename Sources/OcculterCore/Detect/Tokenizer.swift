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

/// A growable byte buffer written through a pointer, for the folded bytes of one cell.
/// Not copyable: a copy would share the buffer and free it twice.
struct FoldedWriter: FoldedBytes, ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    /// One capacity check for the run, then plain stores.
    @inline(__always)
    mutating func appendLowercased(_ run: UnsafeBufferPointer<UInt8>) {
        while count + run.count > capacity { grow() }
        let target = base + count
        for index in 0..<run.count { target[index] = run[index] | 0x20 }
        count += run.count
    }

    /// Folding can lengthen text ("ß" → "ss", symbols past U+0800): rare, so out of line.
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    deinit { base.deallocate() }
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
    /// `tables` is the shared one; the name detector passes its context's copy, as reaching a
    /// static from every cell went through `swift_once`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout Tokens, tables: ScalarTables = .shared) {
        tokens.items.removeAll(keepingCapacity: true)
        tokens.folded.removeAll(keepingCapacity: true)
        let count = bytes.count
        var index = 0
        // Folded bytes go through a pointer, then into `tokens.folded` at once: appending to
        // the array byte by byte checked its uniqueness at every byte (a third of the tokenizer).
        var folded = FoldedWriter(capacity: count * 2 + 16)
        defer { tokens.folded.append(contentsOf: folded.bytes) }

        func appendFolded(_ range: Range<Int>) -> Range<Int> {
            let start = folded.count
            Tokenizer.fold(bytes, range, tables: tables, into: &folded)
            return start..<folded.count
        }

        while index < count {
            guard let (current, length) = ScalarClass.at(index, in: bytes, tables: tables) else { index += 1; continue }
            if current.isSpace {
                // A tab separates the fields of a table pasted into a cell ("rue du
                // Lavoir<TAB>M. CHAUVIN Marcel"): a boundary, as punctuation is, so that no
                // context reads across it. (A line feed is not: names wrap across lines.)
                if bytes[index] == 0x09 {
                    let range = index..<(index + 1)
                    tokens.items.append(Token(kind: .punct, range: range, folded: appendFolded(range), scalars: 1,
                                              startsUpper: false, allCaps: false))
                }
                index += length
                continue
            }
            var start = index
            if current.isLetter {
                if let split = elisionSplit(bytes, at: start, tables: tables) {
                    let prefix = start..<(start + split)
                    tokens.items.append(Token(kind: .word, range: prefix, folded: appendFolded(prefix),
                                              scalars: scalarCount(prefix, bytes), startsUpper: false, allCaps: false))
                    start += split
                }
                let foldedStart = folded.count
                let word = readWord(bytes, from: start, tables: tables, folded: &folded)
                tokens.items.append(Token(kind: .word, range: start..<word.end, folded: foldedStart..<folded.count,
                                          scalars: word.scalars, startsUpper: word.startsUpper, allCaps: word.allCaps))
                index = word.end
            } else if current.isDigit {
                let end = numberEnd(bytes, from: index)
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

    /// "d'Anaïs", "l'OCCE", "qu'Ahmed": the byte length of the elided article at `start` (a
    /// letter), which is its own token so that the name after it is seen. "D'ALMEIDA",
    /// "N'DIAYE" (capital prefix) stay whole. The article is recognised on the cell's bytes (it
    /// is at most 7 bytes long); the capital after it must be a letter, as it is when it
    /// belongs to the word.
    @inline(__always)
    static func elisionSplit(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, tables: ScalarTables) -> Int? {
        // Articles start with "d", "l" or "q": most words are told apart without the call.
        let first = bytes[start]
        guard first == UInt8(ascii: "d") || first == UInt8(ascii: "l") || first == UInt8(ascii: "q"),
              let split = elisionLength(UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 8)])),
              start + split < bytes.count,
              let (after, _) = ScalarClass.at(start + split, in: bytes, tables: tables), after.isLetter else { return nil }
        return split
    }

    /// A word as `readWord` finds it.
    struct WordShape {
        var end: Int
        var scalars: Int
        var startsUpper: Bool
        var allCaps: Bool
    }

    /// Reads the word starting at `start` (a letter) and writes its folded form to `folded`:
    /// letters and digits, and joiners followed by a letter ("Jean-Baptiste"). One pass finds
    /// the word's end, counts its letters and folds it. The name prefilter reads words with
    /// this same function, so it sees exactly the tokenizer's words.
    @inline(__always)
    static func readWord<Output: FoldedBytes & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, tables: ScalarTables,
                                              folded: inout Output) -> WordShape {
        let count = bytes.count
        var letters = 0, upper = 0, scalars = 0
        var end = start
        while end < count {
            // A run of ASCII letters and digits, most of the text: counted without branches (the
            // letter flag is bit 0, the capital flag bit 1), then folded at once (`| 0x20` lowers
            // a capital and leaves small letters and digits as they are). Folded byte by byte in
            // the same loop, the counters lived on the stack: 33 instructions a byte, 10 now.
            let lead = bytes[end]
            if lead < 0x80, tables.flags[Int(lead)] & (ScalarClass.letter | ScalarClass.digit) != 0 {
                var runEnd = end
                var runLetters = 0, runUpper = 0
                while runEnd < count {
                    let byte = bytes[runEnd]
                    guard byte < 0x80 else { break }
                    let flags = tables.flags[Int(byte)]
                    guard flags & (ScalarClass.letter | ScalarClass.digit) != 0 else { break }
                    runLetters &+= Int(flags & ScalarClass.letter)
                    runUpper &+= Int((flags & ScalarClass.upper) &>> 1)
                    runEnd &+= 1
                }
                folded.appendLowercased(UnsafeBufferPointer(rebasing: bytes[end..<runEnd]))
                letters &+= runLetters
                upper &+= runUpper
                scalars &+= runEnd &- end
                end = runEnd
                continue
            }
            guard let (info, scalarLength) = ScalarClass.at(end, in: bytes, tables: tables) else { break }
            if !(info.isLetter || info.isDigit) {
                guard info.isJoiner, let next = joinedLetter(bytes, after: end, length: scalarLength, tables: tables) else { break }
                // The line break is in the word's range, not in its folded form.
                if next != end + scalarLength {
                    info.appendFolded(to: &folded, tables: tables)
                    scalars += 1
                    end = next
                    continue
                }
            }
            info.appendFolded(to: &folded, tables: tables)
            scalars += 1
            if info.isLetter {
                letters += 1
                if info.isUpper { upper += 1 }
            }
            end += scalarLength
        }
        return WordShape(end: end, scalars: scalars, startsUpper: startsUpper(bytes, start..<end, tables: tables),
                         allCaps: letters >= 2 && upper == letters)
    }

    /// Whether the word's first letter is a capital; "o'Neil": with a lowercase first letter,
    /// the letter after a one-letter apostrophe prefix decides. Read from the word's first
    /// scalars once its end is known, which keeps this bookkeeping out of the word loop.
    @inline(__always)
    static func startsUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, tables: ScalarTables) -> Bool {
        // Most words open with an ASCII letter (a word starts with a letter): a capital decides,
        // and so does a small letter followed by an ASCII byte other than an apostrophe.
        let first = bytes[word.lowerBound]
        if first &- 0x41 < 26 { return true }
        if first &- 0x61 < 26 {
            guard word.count >= 2 else { return false }
            let second = bytes[word.lowerBound + 1]
            if second < 0x80, second != UInt8(ascii: "'") { return false }
        }
        var position = word.lowerBound, index = 0
        var firstUpper = false, sawLetter = false
        var secondIsApostrophe = false, thirdIsUpper = false
        while position < word.upperBound, index < 3 || !sawLetter,
              let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) {
            if index == 1 { secondIsApostrophe = info.isApostrophe } else if index == 2 { thirdIsUpper = info.isUpper }
            if info.isLetter, !sawLetter { firstUpper = info.isUpper; sawLetter = true }
            index += 1
            position += length
        }
        if !firstUpper, secondIsApostrophe, index >= 3 { firstUpper = thirdIsUpper }
        return firstUpper
    }

    /// Where the letter a joiner at `end` joins starts, or nil when none follows. "M. LAPI-⏎ERRE":
    /// a word hyphenated at a line break (a PDF's export) runs on after it.
    @inline(__always)
    static func joinedLetter(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, length: Int, tables: ScalarTables) -> Int? {
        let count = bytes.count
        var next = end + length
        guard next < count else { return nil }
        if bytes[end] == UInt8(ascii: "-") {
            if bytes[next] == 0x0A { next += 1 } else if bytes[next] == 0x0D, next + 1 < count, bytes[next + 1] == 0x0A { next += 2 }
        }
        guard next < count, let (after, _) = ScalarClass.at(next, in: bytes, tables: tables), after.isLetter else { return nil }
        return next
    }

    /// `readWord(…).end` without the folding and the counting, for words the name prefilter
    /// only steps over: the same rule, with a tight loop over ASCII letters and digits.
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, tables: ScalarTables) -> Int {
        let count = bytes.count
        var end = start
        while end < count {
            let lead = bytes[end]
            if lead < 0x80, tables.flags[Int(lead)] & (ScalarClass.letter | ScalarClass.digit) != 0 {
                end += 1
                continue
            }
            guard let (info, scalarLength) = ScalarClass.at(end, in: bytes, tables: tables) else { break }
            if !(info.isLetter || info.isDigit) {
                guard info.isJoiner, let next = joinedLetter(bytes, after: end, length: scalarLength, tables: tables) else { break }
                if next != end + scalarLength {
                    end = next
                    continue
                }
            }
            end += scalarLength
        }
        return end
    }

    /// The end of the number starting at `start` (a digit): digits and ASCII letters ("2e", "12bis").
    @inline(__always)
    static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end] >= 48 && bytes[end] <= 57 || (bytes[end] | 0x20 >= 97 && bytes[end] | 0x20 <= 122) {
            end += 1
        }
        return end
    }

    /// Appends the folded form of `bytes[range]` (as `fold` gives it) to `folded`.
    @inline(__always)
    static func fold<Output: FoldedBytes & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tables: ScalarTables,
                                          into folded: inout Output) {
        var position = range.lowerBound
        while position < range.upperBound {
            guard let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) else { position += 1; continue }
            info.appendFolded(to: &folded, tables: tables)
            position += length
        }
    }

    private static func scalarCount(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scalars = 0
        for position in range where bytes[position] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }
}
