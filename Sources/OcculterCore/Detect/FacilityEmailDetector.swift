import Foundation

/// E-mail addresses given as a facility's contact. Besides what `EmailDetector` tells apart,
/// a facility file shows what makes a mailbox functional: its local part names the facility of
/// the same row (« piscine.bouin@ » for « Piscine Jean Bouin »), a school's standard address
/// (`ce.<UAI>@ac-<académie>.fr`), or a generic mailbox of a public domain (gouv.fr, ac-*.fr,
/// the organisation's own domains). A named agent's work address follows the DPO's policy.
struct FacilityEmailDetector: CellDetector {
    let regex: PCRE2Regex
    /// The column naming the facility of the row (`EQUIP_NOM`).
    let facilityColumn: String
    var readsRow: Bool { true }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        guard cell.facts.at else { return }
        let facility = cell.lookup(facilityColumn) ?? ""
        try regex.forEachMatch(in: cell.bytes, scratch: context.scratch, validUTF8: true) { range in
            let address = String(decoding: UnsafeBufferPointer(rebasing: cell.bytes[range]), as: UTF8.self)
            let (verdict, evidence) = FacilityEmailDetector.classify(address, facility: facility, context: context)
            findings.append(Finding(rule: rule, span: range, verdict: verdict, evidence: evidence))
        }
    }

    static func classify(_ address: String, facility: String, context: DetectionContext) -> (Verdict, String) {
        let lowered = address.lowercased()
        guard let at = lowered.lastIndex(of: "@") else { return (.uncertain, "adresse sans @") }
        let local = String(lowered[..<at])
        let domain = String(lowered[lowered.index(after: at)...])
        if isSchoolStandard(local: local, domain: domain) {
            return (.exempt(.functionalContact), "adresse standard d'établissement scolaire (ce.UAI@ac-…)")
        }
        let parts = local.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).map { fold($0) }
        let words = context.words
        if !parts.isEmpty, namesFacility(parts, facility: facility, words: words) {
            return (.exempt(.functionalContact), "partie locale reprenant le nom de l'équipement de la ligne")
        }
        let (verdict, evidence) = EmailDetector.classify(address, context: context)
        let publicDomain = isPublicDomain(domain, context: context)
        switch verdict {
        case .occult where publicDomain && !words.webmailDomains.contains(domain):
            // prenom.nom@ of the organisation or of a public domain: an agent's work address.
            if context.config.agentEmails == .keep {
                return (.exempt(.agentAddress), "adresse professionnelle nominative d'un agent (politique de la configuration : publier)")
            }
            return (.occult, "adresse professionnelle nominative d'un agent (politique de la configuration : occulter)")
        case .uncertain where publicDomain && parts.count == 1 && !words.isFirstName(parts[0]):
            return (.exempt(.functionalContact), "adresse générique d'un domaine public ou de la collectivité")
        default:
            return (verdict, evidence)
        }
    }

    /// `ce.0421234a@ac-lyon.fr`: the standard mailbox of a school, by its UAI.
    static func isSchoolStandard(local: String, domain: String) -> Bool {
        let bytes = Array(local.utf8)
        guard bytes.count == 11, local.hasPrefix("ce."), isAcademy(domain) else { return false }
        return bytes[3..<10].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (bytes[10] >= 0x61 && bytes[10] <= 0x7A)
    }

    static func isAcademy(_ domain: String) -> Bool { domain.hasPrefix("ac-") && domain.hasSuffix(".fr") }

    static func isPublicDomain(_ domain: String, context: DetectionContext) -> Bool {
        domain == "gouv.fr" || domain.hasSuffix(".gouv.fr") || isAcademy(domain)
            || context.config.emailDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// Every part of the local part is a word of the facility's name, a service word, or holds a
    /// distinctive word of the name (« lespetitspas » for « Crèche Les Petits Pas »).
    static func namesFacility(_ parts: [String], facility: String, words: WordLists) -> Bool {
        let names = fold(facility).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count >= 3 }
        guard !names.isEmpty else { return false }
        let distinctive = names.filter { $0.count >= 5 }
        var namedOne = false
        for part in parts {
            if names.contains(part) || distinctive.contains(where: { part.contains($0) }) { namedOne = true; continue }
            if words.functionalMailboxes.contains(part) { continue }
            return false
        }
        return namedOne
    }
}
