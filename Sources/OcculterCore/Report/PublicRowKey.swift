/// How a row's natural key is shown in a public report (`report.md`, `report.json`,
/// `report.html`, the sign-off): runs of eight digits or more cut to their last four
/// ("2024-004/…0012", "42999-…0101-001").
///
/// The key columns are published as they are, so nothing here is hidden from the dataset; but
/// a beneficiary's SIRET or a similar identifier repeated row by row in an audit report is not
/// needed to find the row (its number and the rest of the key are there), and a run of eight
/// hex characters or more in a public report cannot be told from a per-row digest by whoever
/// audits it (an équipement's type code « 08030101 » included). The confidential review keeps
/// the whole key.
enum PublicRowKey {
    /// Runs longer than this are cut: a SIREN has nine digits, a type code eight, a row number
    /// far fewer.
    static let longestShownRun = 7
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
