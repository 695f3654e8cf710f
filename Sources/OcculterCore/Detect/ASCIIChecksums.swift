/// `Checksums.nir` and `Checksums.iban` on an ASCII match's bytes, step for step: the same
/// upper-casing, the same characters dropped, the same checks. Their `String` versions went
/// through `uppercased()` and a filter by `Character`: about 45,000 instructions a match
/// (0.35 k a délibérations row). Nil for text with a non-ASCII byte, which takes the
/// `String` path (Unicode spaces, other scripts' digits).
enum ASCIIChecksums {
    /// What `Character.isWhitespace` is for an ASCII character: tab to carriage return, space.
    /// (A CR LF pair, one `Character`, is whitespace too: both its bytes are dropped.)
    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The text upper-cased, without the bytes `drop` names; nil when a byte is not ASCII.
    private static func compact(_ bytes: UnsafeBufferPointer<UInt8>, dropping drop: (UInt8) -> Bool) -> [UInt8]? {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if drop(byte) { continue }
            compact.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
        }
        return compact
    }

    static func nir(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard var compact = compact(bytes, dropping: { isWhitespace($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }) else {
            return nil
        }
        guard compact.count == 15 else { return false }
        // `Int` of the last two characters: two digits, or a sign and a digit.
        let (a, b) = (compact[13], compact[14])
        guard isDigit(b) else { return false }
        let key: Int
        if isDigit(a) {
            key = Int(a - 0x30) * 10 + Int(b - 0x30)
        } else if a == UInt8(ascii: "+") {
            key = Int(b - 0x30)
        } else if a == UInt8(ascii: "-") {
            key = -Int(b - 0x30)
        } else {
            return false
        }
        // Corsica: 2A and 2B count as 19 and 18.
        if compact[5] == UInt8(ascii: "2"), compact[6] == UInt8(ascii: "A") {
            compact[5] = UInt8(ascii: "1"); compact[6] = UInt8(ascii: "9")
        } else if compact[5] == UInt8(ascii: "2"), compact[6] == UInt8(ascii: "B") {
            compact[5] = UInt8(ascii: "1"); compact[6] = UInt8(ascii: "8")
        }
        var number: UInt64 = 0
        for byte in compact[0..<13] {
            guard isDigit(byte) else { return false }
            number = number * 10 + UInt64(byte - 0x30)
        }
        guard [UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "7"), UInt8(ascii: "8")].contains(compact[0]) else {
            return false
        }
        return 97 - Int(number % 97) == key
    }

    static func iban(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let compact = compact(bytes, dropping: { isWhitespace($0) || $0 == UInt8(ascii: "-") }) else { return nil }
        guard compact.count >= 15, compact.count <= 34 else { return false }
        let country = String(decoding: compact[0..<2], as: UTF8.self)
        if let length = Checksums.ibanLengths[country], length != compact.count { return false }
        return Checksums.ibanRemainderIsOne(compact[4...] + compact[0..<4])
    }
}
