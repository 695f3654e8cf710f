/// Fingerprints identify a finding across re-runs and row reordering without containing the
/// value: SHA-256 of rule, column, row key and the normalised value, truncated.
enum Fingerprint {
    static func make(rule: String, column: String, rowKey: String, value: String) -> String {
        let normalised = fold(value).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return String(StreamingSHA256.hex(of: "occulter-v1\u{1F}\(rule)\u{1F}\(column)\u{1F}\(rowKey)\u{1F}\(normalised)").prefix(20))
    }
}
