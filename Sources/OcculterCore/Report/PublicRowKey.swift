/// How a row's natural key is shown in a public report (`report.md`, `report.json`,
/// `report.html`, the sign-off): long runs of digits cut to their last four ("2024-004/…0012").
///
/// The key columns are published as they are, so nothing here is hidden from the dataset; but
/// a beneficiary's SIRET or a similar identifier repeated row by row in an audit report is not
/// needed to find the row (its number and the rest of the key are there), and a long digit run
/// in a public report cannot be told from a per-row digest by whoever audits it. The
/// confidential review keeps the whole key.
enum PublicRowKey {
    /// Runs of at least this many digits are cut: a SIREN has nine, a row number far fewer.
    static let longestShownRun = 8
    static let keptDigits = 4

    static func shown(_ key: String) -> String {
        var out = ""
        var run = ""
        func flush() {
            if run.count > longestShownRun { out += "…" + run.suffix(keptDigits) } else { out += run }
            run = ""
        }
        for character in key {
            if character.isASCII, character.isNumber { run.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }
}
