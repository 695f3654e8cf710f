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
        case .at: return bytes.contains(UInt8(ascii: "@"))
        }
    }
}
