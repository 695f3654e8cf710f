/// Applies a pack to one row: cell rules on scanned columns, then row rules (flags, trade
/// secrets, markers). Stateless across rows, so rows can be processed on several cores.
final class RowProcessor: @unchecked Sendable {
    enum ColumnPlan {
        case scan([Int])
        case keep
        case drop
    }

    struct Result {
        var values: [String]
        var decisions: [Decision]
        var suppressed: Bool
        var matchedReviews: [String]
        var matchedSecrets: [String]
        /// Whether a worker encoded the published row into its block's output, which the
        /// writer receives before the row (true only when the sink has a row encoder).
        var written = false
        /// Each decision as JSON, encoded by a worker for the decision log.
        var decisionJSON: [[UInt8]] = []
    }

    let pack: RulePack
    let rules: [CompiledRule]
    let header: [String]
    let canonical: [String]
    let plans: [ColumnPlan]
    let rowRules: [Int]
    let decider: CellDecider
    let reviews: ReviewDecisions
    let secrets: SecretsFile?
    let file: String
    private let canonicalIndex: [String: Int]
    /// Whether some column (a flag column) never reaches the output.
    let dropsColumns: Bool

    /// True when every scanned rule reads only its cell and no row rule or dropped column
    /// applies: records can then be scanned before they are decoded (`detect(raw:)`).
    let scansRawRecords: Bool

    init(pack: RulePack, config: OcculterConfig, header: [String], pseudonymiser: Pseudonymiser?,
         reviews: ReviewDecisions, secrets: SecretsFile?, file: String) throws {
        self.pack = pack
        // A header of its own (new array, new strings): rows made by a worker hold it, and
        // workers sharing one array contended on its reference count at every row.
        self.header = header.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        self.file = file
        self.secrets = secrets
        var compiled: [CompiledRule] = []
        var indexByID: [String: Int] = [:]
        for id in pack.ruleOrder {
            indexByID[id] = compiled.count
            compiled.append(CompiledRule(rule: pack.rules[id]!, config: config, reviewKeep: pack.reviewKeep))
        }
        for id in config.actions.keys.sorted() where indexByID[id] == nil {
            throw OcculterError(.config, "actions : règle « \(id) » inconnue du jeu « \(pack.name) ».",
                                hint: "règles du jeu : \(pack.ruleOrder.joined(separator: ", ")).")
        }
        if pseudonymiser == nil, let rule = compiled.first(where: { $0.action == .pseudonymise }) {
            throw OcculterError(.config, "la règle « \(rule.rule.id) » pseudonymise mais aucune clé n'est fournie.",
                                hint: "donnez une clé avec --key-file FICHIER ou la variable OCCULTER_KEY (jamais de clé par défaut).")
        }
        rules = compiled
        canonical = header.map { pack.canonical(normalisedPath($0)) }
        var index: [String: Int] = [:]
        for (position, name) in canonical.enumerated() where index[name] == nil { index[name] = position }
        canonicalIndex = index
        plans = canonical.map { name in
            switch pack.policy(for: name) {
            case .scan(let ids): return .scan(ids.map { indexByID[$0]! })
            case .keep: return .keep
            case .drop: return .drop
            }
        }
        // Whole-table rules (the first-name threshold) run in their own stage, not per row.
        rowRules = pack.tableRules.map { indexByID[$0]! }.filter {
            if case .firstNameThreshold = compiled[$0].rule.detector { return false } else { return true }
        }
        decider = CellDecider(rules: compiled, pseudonymiser: pseudonymiser, reviews: reviews)
        self.reviews = reviews
        for addition in reviews.additions where indexByID[addition.rule] == nil {
            throw OcculterError(.config, at: SourceLocation(file: reviews.file ?? "--decisions"),
                                "ajout (add) : règle « \(addition.rule) » inconnue du jeu « \(pack.name) ».",
                                hint: "règles du jeu : \(pack.ruleOrder.joined(separator: ", ")).")
        }
        dropsColumns = plans.contains { if case .drop = $0 { return true } else { return false } }
        scansRawRecords = rowRules.isEmpty && plans.allSatisfy { plan in
            switch plan {
            case .drop: return false
            case .keep: return true
            case .scan(let indices): return indices.allSatisfy { compiled[$0].detector?.readsRow != true }
            }
        }
    }

    /// True when no column is scanned or dropped and no row rule applies (prénoms files): rows
    /// then pass through untouched, without the cost of dispatching them to workers.
    var isIdentity: Bool {
        rowRules.isEmpty && plans.allSatisfy {
            if case .keep = $0 { return true }
            if case .scan(let rules) = $0 { return rules.isEmpty }
            return false
        }
    }

    /// Output header: dropped columns (flag columns) never reach the output.
    var outputHeader: [String] {
        zip(header, plans).compactMap { name, plan in if case .drop = plan { return nil } else { return name } }
    }

    func rowKey(_ row: Row) -> String {
        let parts = pack.rowKey.compactMap { canonicalIndex[$0].map { row.values[$0] } }.filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: "/") }
        // No key column: a hash of the row's content, stable when rows are reordered.
        return "#" + StreamingSHA256.hex(of: row.values.joined(separator: "\u{1F}")).prefix(12)
    }

    /// What scanning a raw record found.
    enum RawDetection {
        /// Nothing in any scanned cell: the record is published as read.
        case clean
        /// Findings per column (empty for the others), for `process(_:context:found:)`.
        case found([[Finding]])
    }

    /// Scans a UTF-8 record's cells on its raw bytes, so that records with nothing to occult
    /// (most of a large file) are never decoded into Strings nor re-encoded. Returns nil when
    /// the record must take the full path: another encoding, bytes that are not valid UTF-8
    /// (the full path reports them), a detector error (the full path reports it with its place).
    func detect(raw: RawRecord, context: DetectionContext) -> RawDetection? {
        guard scansRawRecords, raw.encoding == .utf8, raw.ends.count == plans.count else { return nil }
        let buffer = raw.bytes
        if !isASCII(buffer), !isValidUTF8WithoutBOM(fieldsOf: raw) { return nil }
        let placeholder = Row(number: raw.number, line: raw.line, columns: header, values: [])
        var found: [[Finding]]?
        var findings: [Finding] = []
        var start = 0
        for (column, end) in raw.ends.enumerated() {
            defer { start = end }
            guard case .scan(let ruleIndices) = plans[column], !ruleIndices.isEmpty, end > start else { continue }
            // A hand-added span is matched on the row key, which a raw record does not have:
            // a cell holding an addition's text takes the full path.
            if reviews.hasAdditions, decider.mayHoldAddition(UnsafeBufferPointer(rebasing: buffer[start..<end]), column: header[column]) {
                return nil
            }
            let cell = Cell(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]), column: canonical[column],
                            rawColumn: header[column], row: placeholder, lookup: { _ in nil })
            do { try detect(cell, rules: ruleIndices, at: column, of: placeholder, context: context, into: &findings) } catch { return nil }
            if !findings.isEmpty {
                if found == nil { found = Array(repeating: [], count: plans.count) }
                found![column] = findings
            }
        }
        return found.map { .found($0) } ?? .clean
    }

    /// Runs a cell's rules; a regex failure becomes an error naming the rule and the cell.
    private func detect(_ cell: Cell, rules ruleIndices: [Int], at column: Int, of row: Row, context: DetectionContext,
                        into findings: inout [Finding]) throws {
        findings.removeAll(keepingCapacity: true)
        for ruleIndex in ruleIndices {
            // Called in place: taking the detector out of the array copied it (and retained its
            // regex) for every rule of every cell.
            do {
                try rules[ruleIndex].detector?.detect(cell, rule: ruleIndex, context: context, into: &findings)
            } catch PCRE2Regex.MatchFailure.limitExceeded {
                throw OcculterError(.scan, at: SourceLocation(file: file, line: row.line, column: column + 1),
                                    "la règle « \(rules[ruleIndex].rule.id) » a dépassé les limites de calcul de PCRE2 (motif à retour arrière catastrophique) ; aucune sortie n'a été écrite.",
                                    hint: "corrigez le motif de la règle dans \(rules[ruleIndex].rule.location.french) (évitez les quantificateurs imbriqués comme (a+)+).")
            } catch PCRE2Regex.MatchFailure.other(let message) {
                throw OcculterError(.scan, at: SourceLocation(file: file, line: row.line, column: column + 1),
                                    "la règle « \(rules[ruleIndex].rule.id) » a échoué (\(message)) ; aucune sortie n'a été écrite.",
                                    hint: "corrigez la règle dans \(rules[ruleIndex].rule.location.french).")
            }
        }
    }

    func process(_ row: Row, context: DetectionContext, found: [[Finding]]? = nil) throws -> Result {
        var values = row.values
        var decisions: [Decision] = []
        var suppressed = false
        var matchedReviews: [String] = []
        // The key is only needed when something is decided: most rows of most files need none.
        var cachedKey: String?
        let key = { () -> String in
            if let cachedKey { return cachedKey }
            let computed = self.rowKey(row)
            cachedKey = computed
            return computed
        }
        let lookup: (String) -> String? = { [canonicalIndex, header] name in
            // An exact input column first (`titulaires/1/id`), then the canonical name.
            if let index = header.firstIndex(of: name) { return row.values[index] }
            return canonicalIndex[name].map { row.values[$0] }
        }
        var findings: [Finding] = []
        for (column, plan) in plans.enumerated() {
            guard case .scan(let ruleIndices) = plan, !ruleIndices.isEmpty else { continue }
            let original = row.values[column]
            if original.isEmpty { continue }
            var text = original
            let columnName = canonical[column]
            try text.withUTF8 { bytes in
                if let found {
                    // Scanned already on the raw record: same bytes, same spans.
                    findings = found[column]
                } else {
                    try detect(Cell(bytes: bytes, column: columnName, rawColumn: header[column], row: row, lookup: lookup),
                               rules: ruleIndices, at: column, of: row, context: context, into: &findings)
                }
                if reviews.hasAdditions { findings += decider.added(bytes: bytes, column: header[column], rowKey: key()) }
                guard !findings.isEmpty else { return }
                let outcome = decider.decide(cell: original, bytes: bytes, column: header[column], row: row, rowKey: key(), findings: findings)
                values[column] = outcome.text
                // Most rows have one cell with findings: taking its array moves it, where
                // appending copied every decision (and retained its strings).
                if decisions.isEmpty { decisions = outcome.decisions } else { decisions.append(contentsOf: outcome.decisions) }
                if !outcome.matchedReviews.isEmpty { matchedReviews.append(contentsOf: outcome.matchedReviews) }
                if outcome.suppressRow { suppressed = true }
            }
        }
        var matchedSecrets: [String] = []
        for ruleIndex in rowRules {
            try applyRowRule(ruleIndex, row: row, key: key(), values: &values, decisions: &decisions,
                             suppressed: &suppressed, matchedSecrets: &matchedSecrets, context: context)
        }
        let output = dropsColumns
            ? zip(values, plans).compactMap { value, plan -> String? in if case .drop = plan { return nil } else { return value } }
            : values
        return Result(values: output, decisions: decisions, suppressed: suppressed, matchedReviews: matchedReviews,
                      matchedSecrets: matchedSecrets)
    }

    private func wholeCellDecision(rule: CompiledRule, row: Row, key: String, column: Int, action: Action,
                                   justificationSuffix: String? = nil, evidence: String?) -> Decision {
        var justification = rule.rule.occult.justification
        if let justificationSuffix { justification += " " + justificationSuffix }
        // A withheld row (defence contract, contract secret as a whole) is not named in the
        // public report: its key is itself a value of the row.
        return Decision(row: row.number, line: row.line, rowKey: action == .suppressRow ? "[ligne retirée]" : key, column: header[column], rule: rule.rule.id, action: action,
                        status: .applied, exemption: nil, bases: rule.rule.occult.bases, justification: justification,
                        evidence: evidence,
                        fingerprint: Fingerprint.make(rule: rule.rule.id, column: canonical[column], rowKey: key, value: row.values[column]),
                        review: nil, span: 0..<row.values[column].utf8.count)
    }

    private func applyRowRule(_ ruleIndex: Int, row: Row, key: String, values: inout [String], decisions: inout [Decision],
                              suppressed: inout Bool, matchedSecrets: inout [String], context: DetectionContext) throws {
        let rule = rules[ruleIndex]
        switch rule.rule.detector {
        case let .flagColumn(flagColumn, defaultFields):
            var flagged: [(fields: [String], motif: String?, source: String)] = []
            if let index = canonicalIndex[flagColumn] {
                let raw = row.values[index].trimmingCharacters(in: .whitespaces)
                if !raw.isEmpty, !["non", "no", "false", "0"].contains(raw.lowercased()) {
                    let fields = ["oui", "yes", "true", "1", "x"].contains(raw.lowercased())
                        ? defaultFields
                        : raw.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
                    flagged.append((fields, nil, "colonne \(flagColumn)"))
                }
            }
            if let secrets, let entry = secrets.entries[key] ?? secrets.entries[row[header.first ?? ""] ?? ""] {
                flagged.append((entry.fields, entry.motif, "fichier des secrets signalés, ligne \(entry.line)"))
                matchedSecrets.append(entry.id)
            }
            for flag in flagged {
                if flag.fields == ["*"] {
                    suppressed = true
                    decisions.append(wholeCellDecision(rule: rule, row: row, key: key, column: 0, action: .suppressRow,
                                                       justificationSuffix: flag.motif.map { "Motif : « \($0) »." },
                                                       evidence: "contrat entier signalé (\(flag.source))"))
                    continue
                }
                for field in flag.fields {
                    let targets = canonical.indices.filter { canonical[$0] == field || canonical[$0].hasPrefix(field + "/") || header[$0] == field }
                    for target in targets where !row.values[target].isEmpty {
                        values[target] = ""
                        decisions.append(wholeCellDecision(rule: rule, row: row, key: key, column: target, action: .suppressCell,
                                                           justificationSuffix: flag.motif.map { "Motif : « \($0) »." },
                                                           evidence: "champ signalé (\(flag.source))"))
                    }
                }
            }
        case let .alwaysSecretFields(fields, enabledBy):
            if let enabledBy, !enabledBy.isOn(context.config) { return }
            for (index, name) in canonical.enumerated() where fields.contains(name) && !row.values[index].isEmpty {
                values[index] = ""
                decisions.append(wholeCellDecision(rule: rule, row: row, key: key, column: index, action: .suppressCell, evidence: "champ couvert par le secret des affaires"))
            }
        case let .rowMarker(columns, regex):
            for name in columns {
                guard let index = canonicalIndex[name] else { continue }
                var text = row.values[index]
                let hit = try text.withUTF8 { try regex.firstMatch(in: $0, scratch: context.scratch) } != nil
                if hit {
                    suppressed = true
                    decisions.append(wholeCellDecision(rule: rule, row: row, key: key, column: index, action: .suppressRow, evidence: "marqueur trouvé dans \(name)"))
                    return
                }
            }
        default:
            break
        }
    }
}
