/// Character encodings French administrations really publish in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// Windows-1252 bytes 0x80…0x9F; nil marks the five bytes the code page leaves undefined.
    static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    static let cp1252Reverse: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for (offset, scalar) in cp1252High.enumerated() {
            if let scalar { map[scalar.value] = UInt8(0x80 + offset) }
        }
        return map
    }()

    /// Decodes Windows-1252 bytes; returns the offset of an undefined byte on failure.
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, UndecodableByte> {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else if let scalar = cp1252High[Int(byte - 0x80)] {
                scalars.append(scalar)
            } else {
                return .failure(UndecodableByte(offset: offset, byte: byte))
            }
        }
        return .success(String(scalars))
    }

    struct UndecodableByte: Error {
        let offset: Int
        let byte: UInt8
    }

    /// Encodes text for output; nil names the first character the encoding cannot hold.
    func encode(_ text: String, into output: inout [UInt8]) -> Character? {
        switch self {
        case .utf8:
            output.append(contentsOf: text.utf8)
            return nil
        case .windows1252:
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 || (value >= 0xA0 && value <= 0xFF) {
                    output.append(UInt8(value))
                } else if let byte = TextEncoding.cp1252Reverse[value] {
                    output.append(byte)
                } else {
                    return Character(scalar)
                }
            }
            return nil
        }
    }

    /// Result of looking at a sample of bytes.
    enum Guess: Equatable {
        /// Only ASCII seen so far: both encodings read it the same way.
        case ascii
        case utf8
        case windows1252
    }

    /// Decides from the bytes: valid UTF-8 with at least one multi-byte sequence is UTF-8;
    /// anything else with high bytes is Windows-1252. `complete` is false when the sample may
    /// end inside a multi-byte sequence.
    static func guess(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> Guess {
        var index = 0
        var sawMultiByte = false
        let count = bytes.count
        guard let base = bytes.baseAddress else { return .ascii }
        while index < count {
            // Sixteen ASCII bytes at a time, most of a file: byte by byte, this pass over the
            // whole input cost 0.65 k instructions a délibérations row.
            if index &+ 16 <= count {
                let low = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high = UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)
                if (low | high) & 0x8080_8080_8080_8080 == 0 { index &+= 16; continue }
            }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            if byte & 0xE0 == 0xC0, byte >= 0xC2 { length = 2 }
            else if byte & 0xF0 == 0xE0 { length = 3 }
            else if byte & 0xF8 == 0xF0, byte <= 0xF4 { length = 4 }
            else { return .windows1252 }
            if index + length > count { return complete ? .windows1252 : (sawMultiByte ? .utf8 : .ascii) }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return .windows1252 }
            sawMultiByte = true
            index += length
        }
        return sawMultiByte ? .utf8 : .ascii
    }
}
