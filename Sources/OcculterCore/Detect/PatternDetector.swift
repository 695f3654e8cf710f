/// A PCRE2 pattern, optionally confirmed by a checksum (NIR key, IBAN mod 97, Luhn…).
struct PatternDetector: CellDetector {
    let regex: PCRE2Regex
    let validator: Validator?
    let prefilter: Prefilter?

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        if let prefilter, !Prefilters.pass(prefilter, cell.bytes) { return }
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch) { range in
            if let validator {
                let text = String(decoding: UnsafeBufferPointer(rebasing: cell.bytes[range]), as: UTF8.self)
                guard Checksums.check(validator, Substring(text)) else { return }
            }
            findings.append(Finding(rule: rule, span: range, verdict: .occult))
        }
    }
}

/// Byte scans cheap enough to run on every cell before any regex.
enum Prefilters {
    static func pass(_ prefilter: Prefilter, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch prefilter {
        case .digit: return bytes.contains { $0 &- 48 < 10 }
        case .digits10: return hasDigits(10, bytes)
        case .digits13: return hasDigits(13, bytes)
        case .countryKey: return hasCountryKey(bytes)
        case .at: return bytes.contains(UInt8(ascii: "@"))
        }
    }

    private static func hasDigits(_ wanted: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        for byte in bytes where byte &- 48 < 10 {
            count += 1
            if count == wanted { return true }
        }
        return false
    }

    private static func hasCountryKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4) where bytes[index + 2] &- 48 < 10 && bytes[index + 3] &- 48 < 10 {
            if (bytes[index] | 0x20) &- 97 < 26, (bytes[index + 1] | 0x20) &- 97 < 26 { return true }
        }
        // Caseless PCRE2 also takes U+017F (ſ) for s and U+212A (K) for k: let those through.
        for index in bytes.indices.dropLast() where bytes[index] == 0xC5 && bytes[index + 1] == 0xBF
            || bytes[index] == 0xE2 && bytes[index + 1] == 0x84 {
            return true
        }
        return false
    }
}
