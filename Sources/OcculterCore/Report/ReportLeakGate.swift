import Foundation

/// Every significant word a run hid (see `HiddenWordFilter`), with the rule and column that hid
/// it first. Only hashes of folded words are kept, in memory, for the run's last check.
struct HiddenWordIndex {
    /// Folded-word hash → rule index << 32 | column index.
    private(set) var origins: [UInt64: UInt64] = [:]
    /// Words hidden only as names in capitals that are also common words, a first name or a
    /// place ("M. Jean PREMIER", "BIEN"): the run hides their repeats in capitals only, and the
    /// tool's own explanations may use the common word ("le premier nom", "d'un bien").
    private(set) var capitalsOnly: Set<UInt64> = []

    mutating func add(hash: UInt64, rule: Int, column: Int, capitalsOnly: Bool = false) {
        if origins[hash] == nil {
            origins[hash] = UInt64(rule) << 32 | UInt64(UInt32(truncatingIfNeeded: column))
            if capitalsOnly { self.capitalsOnly.insert(hash) }
        } else if !capitalsOnly {
            self.capitalsOnly.remove(hash)
        }
    }

    /// Adds the significant words of a whole hidden value (a suppressed cell, a withheld row's
    /// cells, a first name grouped under the threshold).
    mutating func add(value: String, rule: Int, column: Int, words: WordLists, placeholders: Set<UInt64>) {
        var value = value
        value.withUTF8 { bytes in
            let text = TextWords(bytes)
            for word in text.words where HiddenWordFilter.isSignificant(word, in: bytes, words: words, placeholders: placeholders) {
                add(hash: word.hash, rule: rule, column: column)
            }
        }
    }

    func origin(of hash: UInt64) -> (rule: Int, column: Int)? {
        origins[hash].map { (Int($0 >> 32), Int(UInt32(truncatingIfNeeded: $0))) }
    }
}

/// The last gate before anything is written: the public reports must not contain a word the
/// run hid. What the tool writes itself (templates, labels, the packs' justifications, the
/// catalogue) is told apart from what comes from the data by rendering the same report with
/// its data-derived strings blanked (`skeleton`); lawful repeats — the published header, the
/// organisation, officials listed by the DPO, the reviewers, the published row keys — are
/// allowed by name.
struct ReportLeakGate {
    let index: HiddenWordIndex
    /// Folded-word hashes that may appear whatever was hidden.
    let allowed: Set<UInt64>
    /// Rules that hide a whole subject for what it is about (`sensitive-subject`), not for a
    /// person's datum: the words they hide are ordinary vocabulary (« suivi », « marché »).
    var subjectRules: Set<Int> = []
    /// Words of the detectors' evidence, which the code writes from its own phrases (« prénom
    /// … suivi d'un nom »): a subject rule's hidden word met there is the tool's word, not the
    /// subject's (a real run of contracts stopped on « suivi »).
    var evidenceWords: Set<UInt64> = []
    let ruleName: (Int) -> String
    let columnName: (Int) -> String

    static func words(of text: String) -> Set<UInt64> {
        var text = text
        return text.withUTF8 { Set(TextWords($0).words.map(\.hash)) }
    }

    /// The words of a text, each with whether one of its occurrences is written in capitals.
    static func wordsAndCapitals(of text: String) -> [UInt64: Bool] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [UInt64: Bool] = [:]
            for word in TextWords(bytes).words {
                let capitals = RunSurnames.allCaps(word, in: bytes)
                words[word.hash] = (words[word.hash] ?? false) || capitals
            }
            return words
        }
    }

    /// Checks a rendering against its skeleton; `file` names the report in the error.
    func check(_ rendering: String, skeleton: String, file: String) throws {
        guard !index.origins.isEmpty else { return }
        let tool = ReportLeakGate.words(of: skeleton)
        try check(words: ReportLeakGate.wordsAndCapitals(of: rendering).filter { !tool.contains($0.key) }, file: file)
    }

    /// Checks strings that come from the data as a whole (evidence, reviewers' comments).
    func check(strings: some Sequence<String>, file: String) throws {
        guard !index.origins.isEmpty else { return }
        var words: [UInt64: Bool] = [:]
        for string in strings { words.merge(ReportLeakGate.wordsAndCapitals(of: string)) { $0 || $1 } }
        try check(words: words, file: file)
    }

    /// A hit is a hidden word of the report's words; a word hidden only as a name in capitals is
    /// one only where the report writes it in capitals (in lower case it is the common word).
    private func check(words: [UInt64: Bool], file: String) throws {
        let found = words.filter { !allowed.contains($0.key) && (!index.capitalsOnly.contains($0.key) || $0.value) }.keys
        // Sorted, so that the error names the same rule whatever the set's order.
        let hits = found.compactMap { hash in
            index.origin(of: hash).flatMap { subjectRules.contains($0.rule) && evidenceWords.contains(hash) ? nil : $0 }
        }.sorted { ($0.rule, $0.column) < ($1.rule, $1.column) }
        if let hit = hits.first {
            throw OcculterError.leak(rule: ruleName(hit.rule), column: columnName(hit.column), at: SourceLocation(file: file))
        }
    }

    /// Words that may appear in a public report even when a run hid the same word elsewhere:
    /// the published header, the organisation, the officials the DPO listed, the reviewers, the
    /// input and output file names the user chose (« marches-Saint-Etienne.csv » while a hidden
    /// contract object names Saint-Étienne: found on a real export), and
    /// the tool's own vocabulary — the pack's texts and the legal catalogue, which the detectors'
    /// evidence draws on (« vocabulaire de la sécurité des systèmes d'information » is no leak of
    /// a hidden object that speaks of information systems).
    static func allowedWords(header: [String], config: OcculterConfig, reviewers: some Sequence<String>,
                             pack: RulePack, catalogue: LegalBasisCatalogue, files: [String] = []) -> Set<UInt64> {
        var texts = header + config.officials + config.emailDomains + [config.organisation ?? ""] + Array(reviewers) + files
        texts += [pack.title] + pack.notes + catalogue.bases.values.flatMap { [$0.title, $0.article, $0.text] }
        for rule in pack.rules.values {
            texts += [rule.title, rule.placeholder, rule.occult.justification, rule.review?.justification ?? ""]
            texts += rule.exemptions.values.map(\.justification)
        }
        var allowed = Set<UInt64>()
        for text in texts { allowed.formUnion(words(of: text)) }
        return allowed
    }
}

extension Report {
    /// The same report with every string that comes from the data blanked: what remains is the
    /// tool's own text (and the published row keys, public by nature).
    func skeleton() -> Report {
        var copy = self
        copy.input.file = ""
        copy.output?.file = ""
        for index in copy.decisions.indices {
            copy.decisions[index].evidence = nil
            copy.decisions[index].review?.comment = nil
        }
        return copy
    }
}
