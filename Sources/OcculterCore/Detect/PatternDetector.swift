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

    /// Sixteen bytes are tested at a time (SIMD), each lane answering for the windows that
    /// start at its byte (with the next three bytes, loaded at +1, +2, +3); the last bytes
    /// are copied to a zero-padded block first (a zero byte is no digit, letter, '@' nor part
    /// of ſ or K). Eight bytes at a time (SWAR), this pass was 24 M instructions of the
    /// délibérations 9,000-row run (callgrind): 14 per byte, in spilled registers.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var lanes = Lanes()
        let count = bytes.count
        var index = 0
        while index + 19 <= count {
            lanes.block(UnsafeRawPointer(base + index))
            index += 16
        }
        if index < count {
            // The rest (at most 18 bytes) and three bytes of lookahead, zero-padded.
            var padded: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
            let rest = count - index
            withUnsafeMutableBytes(of: &padded) { block in
                block.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: rest))
                lanes.block(UnsafeRawPointer(block.baseAddress!))
                if rest > 16 { lanes.block(UnsafeRawPointer(block.baseAddress! + 16)) }
            }
        }
        let digitCount = lanes.digitCount()
        let wide = Lanes.holds(lanes.wide)
        let partner = Lanes.holds(lanes.partner)
        digits = wide ? max(digitCount, ByteFacts.otherDigits) : digitCount
        at = Lanes.holds(lanes.at)
        countryKey = Lanes.holds(lanes.key) || partner || wide
        caselessPartner = partner
    }

    /// What `init` gathers, lane by lane.
    private struct Lanes {
        /// Digits per lane, added up every 255 blocks (before a lane can overflow).
        var digitLanes = SIMD16<UInt8>()
        var blocks = 0
        var digitTotal = 0
        /// Lead bytes of scalars from U+0600 on (0xD8 and up), but 0xE2 (U+2000-U+2FFF,
        /// punctuation such as ’ « – …, where no decimal digit is): the first decimal digits
        /// past ASCII are U+0660; none lies between U+0080 and U+05FF.
        var wide = SIMDMask<SIMD16<Int8>>(repeating: false)
        var at = SIMDMask<SIMD16<Int8>>(repeating: false)
        /// Two ASCII letters followed by two ASCII digits, any case.
        var key = SIMDMask<SIMD16<Int8>>(repeating: false)
        /// U+017F ſ (C5 BF) or U+212A K (E2 84 AA), which PCRE2 caseless takes for s and k.
        var partner = SIMDMask<SIMD16<Int8>>(repeating: false)

        /// The sixteen bytes at `pointer`, and the windows starting at them (19 bytes read).
        @inline(__always)
        mutating func block(_ pointer: UnsafeRawPointer) {
            let v0 = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
            let v1 = pointer.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
            let v2 = pointer.loadUnaligned(fromByteOffset: 2, as: SIMD16<UInt8>.self)
            let v3 = pointer.loadUnaligned(fromByteOffset: 3, as: SIMD16<UInt8>.self)
            let zero = SIMD16<UInt8>(repeating: 0x30), ten = SIMD16<UInt8>(repeating: 10)
            let lowerA = SIMD16<UInt8>(repeating: 0x61), caseBit = SIMD16<UInt8>(repeating: 0x20)
            let twentySix = SIMD16<UInt8>(repeating: 26)
            let digit0 = (v0 &- zero) .< ten
            digitLanes &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: digit0)
            blocks += 1
            if blocks == 255 { flushDigits() }
            wide .|= (v0 .>= SIMD16<UInt8>(repeating: 0xD8)) .& (v0 .!= SIMD16<UInt8>(repeating: 0xE2))
            at .|= v0 .== SIMD16<UInt8>(repeating: 0x40)
            // An ASCII letter is one whose byte with the case bit set is a to z (no byte from
            // 0x80 up is, with it or without).
            let letter0 = ((v0 | caseBit) &- lowerA) .< twentySix, letter1 = ((v1 | caseBit) &- lowerA) .< twentySix
            key .|= letter0 .& letter1 .& ((v2 &- zero) .< ten) .& ((v3 &- zero) .< ten)
            partner .|= (v0 .== SIMD16<UInt8>(repeating: 0xC5)) .& (v1 .== SIMD16<UInt8>(repeating: 0xBF))
                .| (v0 .== SIMD16<UInt8>(repeating: 0xE2)) .& (v1 .== SIMD16<UInt8>(repeating: 0x84))
        }

        /// Adds the lanes' digits up as two words (`wrappedSum` and `any` are library calls).
        mutating func flushDigits() {
            let halves = unsafeBitCast(digitLanes, to: SIMD2<UInt64>.self)
            let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
            // Sixteen-bit sums of byte pairs (at most 510 each), then of those four.
            let pairs = (halves[0] & evenBytes) &+ ((halves[0] >> 8) & evenBytes) &+ (halves[1] & evenBytes) &+ ((halves[1] >> 8) & evenBytes)
            digitTotal += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
            digitLanes = SIMD16<UInt8>()
            blocks = 0
        }

        @inline(__always)
        static func holds(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
            let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
            return words[0] | words[1] != 0
        }

        mutating func digitCount() -> Int {
            flushDigits()
            return digitTotal
        }
    }

    /// How many bytes of a mask that flags bytes by their high bit (0x80) are flagged: one
    /// multiply adds the eight 0/1 bytes into the top one. `nonzeroBitCount` is a library
    /// loop of a dozen instructions on the baseline x86-64 the package is built for (no
    /// `popcnt`): it was a quarter of this pass when it went eight bytes at a time.
    @inline(__always)
    static func flaggedBytes(_ mask: UInt64) -> Int {
        Int(((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
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
