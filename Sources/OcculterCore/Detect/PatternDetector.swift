/// A PCRE2 pattern, optionally confirmed by a checksum (NIR key, IBAN mod 97, Luhn…).
struct PatternDetector: CellDetector {
    let regex: PCRE2Regex
    let validator: Validator?
    let prefilter: Prefilter?

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        if let prefilter, !Prefilters.pass(prefilter, cell.facts) { return }
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch) { range in
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
    var digits = 0
    var at = false
    /// Two ASCII letters followed by two ASCII digits, any case (or a scalar caseless PCRE2
    /// takes for an ASCII letter: U+017F ſ, U+212A K).
    var countryKey = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var letters = 0        // ASCII letters just before the current run of digits
        var letterRun = 0      // current run of ASCII letters
        var digitRun = 0       // current run of ASCII digits
        var previous: UInt8 = 0
        for byte in bytes {
            if byte &- 48 < 10 {
                digits += 1
                if digitRun == 0 { letters = letterRun }
                digitRun += 1
                letterRun = 0
                if digitRun == 2, letters >= 2 { countryKey = true }
            } else if (byte | 0x20) &- 97 < 26 {
                letterRun += 1
                digitRun = 0
            } else {
                if byte == UInt8(ascii: "@") { at = true }
                if (previous == 0xC5 && byte == 0xBF) || (previous == 0xE2 && byte == 0x84) { countryKey = true }
                letterRun = 0
                digitRun = 0
            }
            previous = byte
        }
    }
}

/// Byte tests cheap enough to run on every cell before any regex.
enum Prefilters {
    static func pass(_ prefilter: Prefilter, _ facts: ByteFacts) -> Bool {
        switch prefilter {
        case .digit: return facts.digits >= 1
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
