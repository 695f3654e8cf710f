/// A word, number or punctuation mark of a cell, with its UTF-8 byte range.
struct Token {
    enum Kind { case word, number, punct }
    var kind: Kind
    var range: Range<Int>
    var text: String
    /// Lowercased, accent-free form for word-list lookups.
    var folded: String
    /// First letter upper case ("Jaurès", "JAURÈS", "N’Diaye").
    var startsUpper: Bool
    /// Every letter upper case and at least two letters ("JAURÈS").
    var allCaps: Bool

    var isWord: Bool { kind == .word }
    func isPunct(_ character: String) -> Bool { kind == .punct && text == character }
}

/// Splits French administrative text into tokens. Hyphens and apostrophes between letters
/// stay inside a word ("Jean-Baptiste", "N’DIAYE", "d'Estaing"), dots are separate tokens so
/// that civilities and initials ("M.", "J.-P.") can be recognised.
enum Tokenizer {
    /// Byte length of a lowercase elided article ("d'", "l'", "qu'", with ' or ’) followed by a capital.
    static func elisionLength(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        // Byte checks only: this runs on every word (String.hasPrefix went through Foundation).
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

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = bytes.count

        func scalar(at position: Int) -> (Unicode.Scalar, Int)? {
            guard position < count else { return nil }
            let lead = bytes[position]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard position + length <= count else { return nil }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in 1..<length { value = (value << 6) | (UInt32(bytes[position + next]) & 0x3F) }
            return Unicode.Scalar(value).map { ($0, length) }
        }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? ((scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122) : scalar.properties.isAlphabetic
        }
        func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2010}" || scalar == "\u{2011}"
        }

        while index < count {
            guard let (current, length) = scalar(at: index) else { index += 1; continue }
            let isSpace = current.value < 0x80
                ? (current.value == 0x20 || (current.value >= 0x09 && current.value <= 0x0D))
                : (current.properties.isWhitespace || current == "\u{A0}" || current == "\u{202F}")
            if isSpace {
                index += length
                continue
            }
            let start = index
            if isLetter(current) {
                var end = index + length
                while let (next, nextLength) = scalar(at: end) {
                    if isLetter(next) || (next.value >= 48 && next.value <= 57) {
                        end += nextLength
                    } else if isJoiner(next), let (after, _) = scalar(at: end + nextLength), isLetter(after) {
                        end += nextLength
                    } else {
                        break
                    }
                }
                var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                var start = start
                // "d'Anaïs", "l'OCCE", "qu'Ahmed": the elided article is its own token, so that the
                // name after it is seen. "D'ALMEIDA", "N'DIAYE" (capital prefix) stay whole.
                if let split = elisionLength(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + split)]), as: UTF8.self)
                    tokens.append(Token(kind: .word, range: start..<(start + split), text: prefix, folded: fold(prefix),
                                        startsUpper: false, allCaps: false))
                    start += split
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                }
                var letters = 0, upper = 0
                var firstUpper = false
                var sawLetter = false
                for scalar in text.unicodeScalars where isLetter(scalar) {
                    letters += 1
                    // ASCII fast path: Unicode property look-ups were 10 % of the profile.
                    let isUpper = scalar.value < 0x80 ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
                    if isUpper { upper += 1 }
                    if !sawLetter { firstUpper = isUpper; sawLetter = true }
                }
                // "d'Estaing", "N’Diaye": the letter after a short apostrophe prefix decides.
                if !firstUpper, let apostrophe = text.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
                   text.distance(from: text.startIndex, to: apostrophe) == 1,
                   let after = text[text.index(after: apostrophe)...].unicodeScalars.first {
                    firstUpper = after.properties.isUppercase
                }
                tokens.append(Token(kind: .word, range: start..<end, text: text, folded: fold(text),
                                    startsUpper: firstUpper, allCaps: letters >= 2 && upper == letters))
                index = end
            } else if current.value >= 48 && current.value <= 57 {
                var end = index + 1
                while end < count, bytes[end] >= 48 && bytes[end] <= 57 || (bytes[end] | 0x20 >= 97 && bytes[end] | 0x20 <= 122) {
                    end += 1
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                tokens.append(Token(kind: .number, range: start..<end, text: text, folded: text.lowercased(),
                                    startsUpper: false, allCaps: false))
                index = end
            } else {
                let text = String(Character(current))
                tokens.append(Token(kind: .punct, range: start..<(start + length), text: text, folded: fold(text),
                                    startsUpper: false, allCaps: false))
                index += length
            }
        }
        return tokens
    }
}
