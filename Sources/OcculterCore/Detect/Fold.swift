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
