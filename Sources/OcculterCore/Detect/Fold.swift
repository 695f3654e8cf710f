/// Case- and accent-insensitive form used for every word-list lookup:
/// "Hélène" → "helene", "N’DIAYE" → "n'diaye".
func fold(_ text: some StringProtocol) -> String {
    // ASCII fast path (most words): lowercase the bytes directly.
    if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        guard bytes.contains(where: { $0 >= 65 && $0 <= 90 }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return bytes.count
        }
    }), let ascii {
        return ascii
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        let value = scalar.value
        if value < 0x80 {
            // ASCII fast path.
            scalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
            continue
        }
        if let folded = foldTable[value] {
            scalars.append(contentsOf: folded.unicodeScalars)
            continue
        }
        // « ０ », « ٣ », « Ｊ » are the word « 0 », « 3 », « j » (`CompatibilityFold`).
        if let ascii = CompatibilityFold.alphanumeric(for: value) {
            scalars.append(Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
            continue
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let folded = foldTable[lower.value] { scalars.append(contentsOf: folded.unicodeScalars) } else { scalars.append(lower) }
        }
    }
    return String(scalars)
}

private let foldTable: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let groups: [(String, String)] = [
        ("àáâãäåÀÁÂÃÄÅāĀăĂąĄ", "a"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒėĖęĘěĚ", "e"), ("ìíîïÌÍÎÏīĪįĮıİ", "i"),
        ("ñÑńŃňŇ", "n"), ("òóôõöøÒÓÔÕÖØōŌőŐ", "o"), ("ùúûüÙÚÛÜūŪůŮűŰųŲ", "u"), ("ýÿÝŸ", "y"),
        ("šŠśŚşŞșȘ", "s"), ("žŽźŹżŻ", "z"), ("ğĞ", "g"), ("ďĎđĐ", "d"), ("ťŤțȚţŢ", "t"), ("řŘ", "r"), ("łŁľĽĺĹ", "l"),
        ("’‘ʼ`´", "'"), ("‐‑‒–", "-"),
    ]
    for (letters, replacement) in groups {
        for scalar in letters.unicodeScalars { table[scalar.value] = replacement }
    }
    table[0x00E6] = "ae"; table[0x00C6] = "ae"; table[0x0153] = "oe"; table[0x0152] = "oe"; table[0x00DF] = "ss"
    table[0x00A0] = " "; table[0x202F] = " "
    return table
}()

/// What the tokenizer needs to know of one Unicode scalar, read straight from UTF-8 bytes.
/// Scalars below U+0800 (Latin, Greek, Cyrillic…) come from a table built once from the
/// Unicode properties and `fold`; the few above (’, ‐, narrow no-break space…) are special
/// cases, and the rest ask the properties, as the String-based tokenizer did.
struct ScalarClass {
    let value: UInt32
    let flags: UInt8

    static let letter: UInt8 = 1, upper: UInt8 = 2, space: UInt8 = 4, digit: UInt8 = 8, joiner: UInt8 = 16, apostrophe: UInt8 = 32
    /// A non-ASCII separator of a number's blocks (`CompatibilityFold.isNumberSeparator`).
    static let numberSeparator: UInt8 = 64

    var isLetter: Bool { flags & ScalarClass.letter != 0 }
    var isUpper: Bool { flags & ScalarClass.upper != 0 }
    var isSpace: Bool { flags & ScalarClass.space != 0 }
    var isDigit: Bool { flags & ScalarClass.digit != 0 }
    var isJoiner: Bool { flags & ScalarClass.joiner != 0 }
    var isApostrophe: Bool { flags & ScalarClass.apostrophe != 0 }
    var isNumberSeparator: Bool { flags & ScalarClass.numberSeparator != 0 }

    /// The scalar starting at `position` and its length in bytes; nil for bytes that do not
    /// decode (the tokenizer skips them).
    @inline(__always)
    static func at(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>, tables: ScalarTables) -> (ScalarClass, Int)? {
        let lead = bytes[position]
        if lead < 0x80 { return (ScalarClass(value: UInt32(lead), flags: tables.flags[Int(lead)]), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard position + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in 1..<length { value = (value << 6) | (UInt32(bytes[position + next]) & 0x3F) }
        if value < ScalarTables.limit { return (ScalarClass(value: value, flags: tables.flags[Int(value)]), length) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (ScalarClass(value: value, flags: flags(of: scalar)), length)
    }

    /// Appends the folded form of this scalar (as `fold` would give it) to `output`.
    @inline(__always)
    func appendFolded<Output: FoldedBytes & ~Copyable>(to output: inout Output, tables: ScalarTables) {
        if value < 0x80 {
            let byte = UInt8(value)
            output.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        } else if value < ScalarTables.limit {
            let base = Int(value) * ScalarTables.foldWidth
            for offset in 0..<Int(tables.foldLength[Int(value)]) { output.append(tables.fold[base + offset]) }
        } else {
            switch value {
            case 0x2018, 0x2019: output.append(UInt8(ascii: "'"))
            case 0x2010...0x2013: output.append(UInt8(ascii: "-"))
            case 0x202F: output.append(0x20)
            default:
                guard let scalar = Unicode.Scalar(value) else { return }
                for byte in fold(String(Character(scalar))).utf8 { output.append(byte) }
            }
        }
    }

    static func flags(of scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            var flags: UInt8 = 0
            if (byte | 0x20) >= 97 && (byte | 0x20) <= 122 { flags |= letter }
            if byte >= 65 && byte <= 90 { flags |= upper }
            // "DELIB_2024_112_VENTE_TERRAIN_M_DEMIR_BURAK": file names and old exports join words
            // with underscores, which separate them as spaces do.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: "_") { flags |= space }
            if byte >= 48 && byte <= 57 { flags |= digit }
            if byte == UInt8(ascii: "-") { flags |= joiner }
            if byte == UInt8(ascii: "'") { flags |= joiner | apostrophe }
            return flags
        }
        switch value {
        case 0x2019: return joiner | apostrophe
        case 0x2010, 0x2011: return joiner
        case 0x202F, 0x00A0: return space | numberSeparator
        default: break
        }
        if CompatibilityFold.isNumberSeparator(value) { return scalar.properties.isWhitespace ? space | numberSeparator : numberSeparator }
        // A decimal digit of another script is a digit, as its ASCII fold (`CompatibilityFold`).
        if let ascii = CompatibilityFold.alphanumeric(for: value), ascii >= 48, ascii <= 57 { return digit }
        var flags: UInt8 = 0
        if scalar.properties.isAlphabetic { flags |= letter }
        if scalar.properties.isUppercase { flags |= upper }
        if scalar.properties.isWhitespace { flags |= space }
        return flags
    }
}

/// Where folded bytes go: the tokenizer's writer, or the name prefilter's fixed buffer. One
/// folding code for both is what makes the prefilter see exactly the tokenizer's words.
protocol FoldedBytes: ~Copyable {
    mutating func append(_ byte: UInt8)
    /// Appends a run of ASCII letters and digits, lowered (`byte | 0x20`).
    mutating func appendLowercased(_ run: UnsafeBufferPointer<UInt8>)
}

extension FoldedBytes where Self: ~Copyable {
    @inline(__always)
    mutating func appendLowercased(_ run: UnsafeBufferPointer<UInt8>) {
        for byte in run { append(byte | 0x20) }
    }
}

extension Array: FoldedBytes where Element == UInt8 {}

/// Classes and folded forms of the scalars below U+0800, computed once. The tokenizer takes
/// the tables once per cell: reaching a lazy global at every scalar went through `swift_once`
/// (2 % of the benchmark).
struct ScalarTables: @unchecked Sendable {
    static let limit: UInt32 = 0x800
    static let foldWidth = 8
    static let shared = ScalarTables()

    let flags: UnsafeMutablePointer<UInt8>
    let foldLength: UnsafeMutablePointer<UInt8>
    let fold: UnsafeMutablePointer<UInt8>

    private init() {
        let count = Int(ScalarTables.limit)
        flags = .allocate(capacity: count)
        foldLength = .allocate(capacity: count)
        fold = .allocate(capacity: count * ScalarTables.foldWidth)
        fold.initialize(repeating: 0, count: count * ScalarTables.foldWidth)
        for value in 0..<ScalarTables.limit {
            let index = Int(value)
            guard let scalar = Unicode.Scalar(value) else {
                flags[index] = 0
                foldLength[index] = 0
                continue
            }
            flags[index] = ScalarClass.flags(of: scalar)
            let folded = Array(OcculterCore.fold(String(Character(scalar))).utf8)
            precondition(folded.count <= ScalarTables.foldWidth, "fold of U+\(String(value, radix: 16)) is too long for the table")
            foldLength[index] = UInt8(folded.count)
            for (offset, byte) in folded.enumerated() { fold[index * ScalarTables.foldWidth + offset] = byte }
        }
    }
}
