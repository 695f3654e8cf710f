import Synchronization

/// A PCRE2 pattern, optionally confirmed by a checksum (NIR key, IBAN mod 97, Luhn…).
///
/// A class: called through `any CellDetector` for every rule of every cell, a struct's fields
/// (the regex, the keywords' arrays) were retained and released at each call by the witness.
final class PatternDetector: CellDetector {
    var keywordSets: [Keywords] { keywords.map { [$0] } ?? [] }
    let regex: PCRE2Regex
    let validator: Validator?
    let prefilter: Prefilter?
    let keywords: Keywords?

    init(regex: PCRE2Regex, validator: Validator?, prefilter: Prefilter?, keywords: Keywords?) {
        self.regex = regex
        self.validator = validator
        self.prefilter = prefilter
        self.keywords = keywords
    }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        if let prefilter, !Prefilters.pass(prefilter, cell.facts) { return }
        if let keywords, !cell.mayHold(keywords) { return }
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch, validUTF8: true) { range in
            if let validator {
                let text = String(decoding: UnsafeBufferPointer(rebasing: cell.bytes[range]), as: UTF8.self)
                guard Checksums.check(validator, Substring(text)) else { return }
            }
            findings.append(Finding(rule: rule, span: range, verdict: .occult))
        }
    }
}

/// What the prefilters ask of a cell, found in one pass over its bytes: each of a column's
/// seven pattern rules scanning the cell for its own prefilter was 5 % of a run.
struct ByteFacts: Sendable {
    /// ASCII digits; `otherDigits` or more when the cell may hold a decimal digit of another
    /// script, which PCRE2's `\d` matches in UCP mode (« ０６ », « ٣ »): every digit
    /// prefilter then passes, so that such a number still meets its pattern.
    var digits = 0
    static let otherDigits = 1 << 20
    var at = false
    /// Two ASCII letters followed by two ASCII digits, any case (or a scalar caseless PCRE2
    /// takes for an ASCII letter: U+017F ſ, U+212A K).
    var countryKey = false
    /// A scalar that PCRE2 takes, caseless, for an ASCII letter: U+017F ſ (s) or U+212A K (k).
    var caselessPartner = false

    /// Eight bytes are loaded at a time and tested together (SWAR): a branch per byte made
    /// this pass 4 % of a run. Loads do not overlap: a four-byte window (two letters, two
    /// digits) or a two-byte sequence (ſ, K) that straddles two loads is tested on the last
    /// three bytes of the previous load joined to the first five of this one (overlapping
    /// loads, five bytes apart, cost 60 % more).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var digitCount = 0
        var sawAt = false
        var key = false
        var partner = false
        var previous: UInt64 = 0, previousLetters: UInt64 = 0, previousDigits: UInt64 = 0
        // Lead bytes of scalars from U+0600 on (0xD8 and up), but 0xE2 (U+2000-U+2FFF,
        // punctuation such as ’ « – …, where no decimal digit is): the first decimal digits
        // past ASCII are U+0660; none lies between U+0080 and U+05FF.
        var wide: UInt64 = 0
        var index = 0
        while index < count {
            // Zero padding at the end: a zero byte is no digit, letter, '@' nor part of ſ or K.
            let word = ByteFacts.word(at: index, in: base, count: count)
            let ascii = ~word & highs
            let low = word & ~highs
            let digits = (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ascii
            digitCount += ByteFacts.flaggedBytes(digits)
            wide |= (low &+ ones &* 0x28) & word & highs & ~ByteFacts.bytesEqual(word, to: 0xE2)
            if !sawAt { sawAt = ByteFacts.bytesEqual(word, to: 0x40) != 0 }
            if !key {
                let folded = low | (ones &* 0x20)
                let letters = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05) & ascii
                // Bit 8k+7 set when bytes k, k+1 are letters and k+2, k+3 digits.
                let joinedLetters = previousLetters >> 40 | letters << 24
                let joinedDigits = previousDigits >> 40 | digits << 24
                if letters & (letters >> 8) & (digits >> 16) & (digits >> 24)
                    | joinedLetters & (joinedLetters >> 8) & (joinedDigits >> 16) & (joinedDigits >> 24) != 0 {
                    key = true
                }
                previousLetters = letters
                previousDigits = digits
            }
            // U+017F ſ (C5 BF) and U+212A K (E2 84 AA): PCRE2 caseless takes them for s and k.
            if !partner, (word | previous) & highs != 0 {
                partner = ByteFacts.holdsPartner(word) || ByteFacts.holdsPartner(previous >> 40 | word << 24)
            }
            previous = word
            index += 8
        }
        digits = wide == 0 ? digitCount : max(digitCount, ByteFacts.otherDigits)
        at = sawAt
        countryKey = key || partner || wide != 0
        caselessPartner = partner
    }

    /// How many bytes of a mask that flags bytes by their high bit (0x80) are flagged: one
    /// multiply adds the eight 0/1 bytes into the top one. `nonzeroBitCount` is a library
    /// loop of a dozen instructions on the baseline x86-64 the package is built for (no
    /// `popcnt`): it was a quarter of this pass.
    @inline(__always)
    static func flaggedBytes(_ mask: UInt64) -> Int {
        Int(((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Whether `word` holds the first two bytes of ſ (C5 BF) or K (E2 84).
    @inline(__always)
    private static func holdsPartner(_ word: UInt64) -> Bool {
        bytesEqual(word, to: 0xC5) & (bytesEqual(word, to: 0xBF) >> 8)
            | bytesEqual(word, to: 0xE2) & (bytesEqual(word, to: 0x84) >> 8) != 0
    }

    /// The eight bytes from `index` as one word (little-endian), zero-padded past `count`.
    @inline(__always)
    static func word(at index: Int, in base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        if index + 8 <= count { return UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) }
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) { UnsafeMutableRawBufferPointer(rebasing: $0[0..<(count - index)])
            .copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: count - index)) }
        return word
    }

    /// The high bit of each byte of `word` equal to `byte`, exactly (no borrow between bytes).
    @inline(__always)
    static func bytesEqual(_ word: UInt64, to byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((x & lows) &+ lows) | x) & 0x8080_8080_8080_8080
    }
}

/// Byte tests cheap enough to run on every cell before any regex.
enum Prefilters {
    static func pass(_ prefilter: Prefilter, _ facts: ByteFacts) -> Bool {
        switch prefilter {
        case .digit: return facts.digits >= 1
        case .digits4: return facts.digits >= 4
        case .digits10: return facts.digits >= 10
        case .digits13: return facts.digits >= 13
        case .countryKey: return facts.countryKey
        case .at: return facts.at
        }
    }

    static func pass(_ prefilter: Prefilter, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        pass(prefilter, ByteFacts(bytes))
    }
}

/// Words one of which every match of a pattern contains, in any ASCII case ("demeurant",
/// "domicili" for a home address): a cell with none of them skips the regex. Keywords are
/// ASCII, three bytes or more; a caseless pattern also matches "ſ" for s and "K" for k, so a
/// cell holding either is always handed to the regex.
///
/// One pass over the cell rolls a window of its last three bytes, one multiply per byte, and
/// tests the window's hash in a bit table of the keywords' first three bytes; where the bit is
/// set, the keywords are compared. Measured with `perf` on délibérations (the L311-5 rule's
/// eleven keywords and the address rule's four on every subject): a Wu–Manber scan that jumps
/// over positions ran fewer instructions but cost 7.5 % of the run in mispredicted branches,
/// testing every position eight bytes at a time (SWAR, per keyword) 3 %, this table 1 to 2 %.
public struct Keywords: Sendable, Equatable {
    /// Lower-case ASCII keywords.
    public let words: [[UInt8]]
    /// A bit per hashed three-byte window that starts a keyword.
    let starts: [UInt64]
    static let slotBits: UInt32 = 16
    /// Tells the sets apart in a column's joint scan (`ColumnKeywords`); copies keep it.
    let id: Int
    private static let nextID = Atomic<Int>(0)

    /// Nil when a word is shorter than three bytes or not ASCII.
    public init?(_ words: [String]) {
        guard !words.isEmpty, words.allSatisfy({ $0.utf8.count >= 3 && $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        self.words = words.map { Array($0.lowercased().utf8) }
        var bits = [UInt64](repeating: 0, count: (1 << Int(Keywords.slotBits)) / 64)
        for word in self.words {
            let slot = Keywords.slot(window: UInt32(word[0]) << 16 | UInt32(word[1]) << 8 | UInt32(word[2]))
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        starts = bits
        id = Keywords.nextID.add(1, ordering: .relaxed).oldValue
    }

    /// The table slot of a three-byte window (first byte highest), its bytes lowered by
    /// `| 0x20` (ASCII capitals to lower case; other bytes may change too, which only adds
    /// candidates: each is compared with the keywords' bytes).
    @inline(__always)
    static func slot(window: UInt32) -> Int {
        Int(((window | 0x20_2020) &* 0x9E37_79B1) >> (32 - slotBits))
    }

    public static func == (lhs: Keywords, rhs: Keywords) -> Bool { lhs.words == rhs.words }

    func mayOccur(in bytes: UnsafeBufferPointer<UInt8>, facts: ByteFacts) -> Bool {
        if facts.caselessPartner { return true }
        var found = false
        Keywords.forEachCandidate(in: bytes, table: starts) { start in
            found = matches(startingAt: start, in: bytes)
            return found
        }
        return found
    }

    /// Calls `candidate` with each position of `bytes` whose three-byte window has its bit in
    /// `table`, in order, until it returns true. The one rolling scan of every keyword
    /// prefilter (a set's own, or a column's sets together in `ColumnKeywords`).
    @inline(__always)
    static func forEachCandidate(in bytes: UnsafeBufferPointer<UInt8>, table: [UInt64], _ candidate: (Int) -> Bool) {
        guard bytes.count >= 3 else { return }
        table.withUnsafeBufferPointer { bits in
            var window = UInt32(bytes[0]) << 8 | UInt32(bytes[1])
            var index = 2
            while index < bytes.count {
                window = (window << 8 | UInt32(bytes[index])) & 0xFF_FFFF
                let slot = Keywords.slot(window: window)
                if bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0, candidate(index - 2) { return }
                index += 1
            }
        }
    }

    /// Whether a keyword starts at `start`, in any ASCII case.
    func matches(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { word in
            guard start + word.count <= bytes.count else { return false }
            for offset in 0..<word.count {
                let byte = bytes[start + offset]
                if (byte >= 65 && byte <= 90 ? byte | 0x20 : byte) != word[offset] { return false }
            }
            return true
        }
    }
}
