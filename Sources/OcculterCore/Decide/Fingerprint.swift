import Crypto

/// Fingerprints identify a finding across re-runs and row reordering without containing the
/// value: HMAC-SHA-256, under the DPO's `FingerprintKey`, of rule, column, row key and the
/// normalised value, truncated to 80 bits. Keyed, because rule, column and row key are public:
/// an unkeyed digest let anyone confirm a guessed name. DPO decision files refer to them, so
/// their definition does not change within a key: the value is folded (`fold`) and its runs of
/// spaces, tabs and line breaks (as Characters) become single spaces.
enum Fingerprint {
    static func make(key: FingerprintKey, rule: String, column: String, rowKey: String, value: String) -> String {
        guard key.isUsed else { return "" }
        var value = value
        return value.withUTF8 { make(key: key, rule: rule, column: column, rowKey: rowKey, value: $0) }
    }

    /// The same fingerprint from the value's UTF-8 bytes. One is made per decision: the String
    /// version (fold, split, join, interpolate) was a third of the decider's time. Values with
    /// a carriage return or with scalars that could join a space into one Character (combining
    /// marks and the like, none below U+0250) take the String path, which is the definition.
    static func make(key: FingerprintKey, rule: String, column: String, rowKey: String, value: UnsafeBufferPointer<UInt8>) -> String {
        guard key.isUsed else { return "" }
        guard let normalised = normalisedBytes(value) else {
            let text = String(decoding: value, as: UTF8.self)
            let normalised = fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
            return hash(key: key, rule: rule, column: column, rowKey: rowKey, normalised: Array(normalised.utf8))
        }
        return hash(key: key, rule: rule, column: column, rowKey: rowKey, normalised: normalised)
    }

    private static func hash(key: FingerprintKey, rule: String, column: String, rowKey: String, normalised: [UInt8]) -> String {
        // One buffer, one HMAC call, and hex for the ten bytes kept: a call per part and a
        // full hex string were most of a fingerprint's cost.
        var message: [UInt8] = []
        message.reserveCapacity(16 + rule.utf8.count + column.utf8.count + rowKey.utf8.count + normalised.count)
        message.append(contentsOf: "occulter-v2".utf8)
        // Part by part, not through an array literal: one allocation less per decision.
        message.append(0x1F)
        message.append(contentsOf: rule.utf8)
        message.append(0x1F)
        message.append(contentsOf: column.utf8)
        message.append(0x1F)
        message.append(contentsOf: rowKey.utf8)
        message.append(0x1F)
        message.append(contentsOf: normalised)
        let digest = message.withUnsafeBytes { key.mac($0) }
        return digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: 20) { hex in
                for index in 0..<10 {
                    hex[2 * index] = hexDigits[Int(bytes[index] >> 4)]
                    hex[2 * index + 1] = hexDigits[Int(bytes[index] & 0x0F)]
                }
                return 20
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Folded bytes with whitespace runs collapsed, or nil when only the String path is exact.
    private static func normalisedBytes(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(value.count)
        let tables = ScalarTables.shared
        var position = 0
        while position < value.count {
            guard let (info, length) = ScalarClass.at(position, in: value, tables: tables) else { return nil }
            switch info.value {
            case 0x0D: return nil
            case ..<0x250, 0x2010...0x2013, 0x2018, 0x2019, 0x202F: info.appendFolded(to: &folded, tables: tables)
            default: return nil
            }
            position += length
        }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(folded.count)
        var pendingSpace = false
        for byte in folded {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                pendingSpace = !normalised.isEmpty
                continue
            }
            if pendingSpace { normalised.append(0x20); pendingSpace = false }
            normalised.append(byte)
        }
        return normalised
    }
}
