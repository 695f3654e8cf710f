/// The organisation's own mail domains, learned from a facility file: a domain that several
/// functional mailboxes of the file use (accueil@, piscine.bouin@, ce.UAI@…) is one of the
/// organisation's, so a generic address there is functional too. One read of the file before
/// the run, for packs with a facility-email rule only; standard input cannot be read twice.
enum FunctionalDomains {
    static let minimumMailboxes = 2

    static func learn(path: String, pack: RulePack, config: OcculterConfig, words: WordLists) throws -> [String] {
        guard path != "-" else { return [] }
        let rules = pack.ruleOrder.compactMap { id -> (id: String, regex: PCRE2Regex, facility: String)? in
            if let detector = pack.rules[id]?.detector as? FacilityEmailDetector { return (id, detector.regex, detector.facilityColumn) }
            return nil
        }
        guard let rule = rules.first else { return [] }
        let source = try TableSources.open(path: path)
        let canonical = source.header.map { pack.resolve($0, config: config).canonical }
        let emailColumns = canonical.indices.filter { index in
            if case .scan(let ids) = pack.policy(for: canonical[index]) { return ids.contains(rule.id) }
            return false
        }
        guard !emailColumns.isEmpty else { return [] }
        let facilityIndex = canonical.firstIndex(of: rule.facility)
        let context = DetectionContext(config: config, words: words)
        var counts: [String: Int] = [:]
        while let row = try source.next() {
            let facility = facilityIndex.map { row.values[$0] } ?? ""
            for column in emailColumns {
                var text = row.values[column]
                try text.withUTF8 { bytes in
                    try rule.regex.forEachMatch(in: bytes, scratch: context.scratch) { range in
                        let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
                        guard FacilityEmailDetector.classify(address, facility: facility, context: context).0 == .exempt(.functionalContact),
                              let at = address.lastIndex(of: "@") else { return }
                        counts[String(address[address.index(after: at)...]), default: 0] += 1
                    }
                }
            }
        }
        return counts.filter { domain, count in
            count >= minimumMailboxes && !words.webmailDomains.contains(domain)
                && !config.emailDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
        }.keys.sorted()
    }
}
