/// E-mail addresses, told apart: functional ones (accueil@, mairie@, a service's name, the
/// collectivité's generic addresses) are kept; personal ones (prenom.nom@, webmail domains)
/// are occulted; the rest is held for review.
struct EmailDetector: CellDetector {
    let regex: PCRE2Regex

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        guard cell.facts.at else { return }
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch, validUTF8: true) { range in
            let address = String(decoding: UnsafeBufferPointer(rebasing: cell.bytes[range]), as: UTF8.self)
            let (verdict, evidence) = EmailDetector.classify(address, context: context)
            findings.append(Finding(rule: rule, span: range, verdict: verdict, evidence: evidence))
        }
    }

    static func classify(_ address: String, context: DetectionContext) -> (Verdict, String) {
        let lowered = address.lowercased()
        // An ASCII address (what the pattern matches in practice) is searched and split by
        // bytes, where each character is one byte: by `Character`, the backward search for
        // « @ » and the split were three quarters of this function (12 k instructions an address).
        let ascii = lowered.utf8.allSatisfy { $0 < 0x80 }
        guard let at = ascii ? lowered.utf8.lastIndex(of: UInt8(ascii: "@")) : lowered.lastIndex(of: "@") else {
            return (.uncertain, "adresse sans @")
        }
        let local = String(lowered[..<at])
        let domain = String(lowered[lowered.index(after: at)...])
        let words = context.words
        let localParts = ascii
            ? local.utf8.split(whereSeparator: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
                .map { String(decoding: $0, as: UTF8.self) }
            : local.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).map(String.init)
        let isWebmail = words.webmailDomains.contains(domain)
        let functionalWord = localParts.contains { words.functionalMailboxes.contains($0) }
        let namedParts = localParts.filter { words.isFirstName(fold($0)) }
        let looksNamed = localParts.count >= 2 && !namedParts.isEmpty && !functionalWord
        if looksNamed { return (.occult, "forme prénom.nom") }
        if isWebmail {
            return (.occult, "domaine de messagerie grand public (liste des webmails)")
        }
        if functionalWord { return (.exempt(.functionalContact), "boîte fonctionnelle") }
        let ownDomain = context.config.emailDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
        if ownDomain, localParts.count == 1, words.isFirstName(fold(local)) == false, local.count > 2 {
            return (.exempt(.functionalContact), "adresse générique du domaine de la collectivité")
        }
        if localParts.count == 1, words.isFirstName(fold(local)) { return (.occult, "prénom seul") }
        return (.uncertain, "adresse sans indice décisif")
    }
}
