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
        /// Significant words hidden in the row's cells (hash, rule index, column index), for the
        /// last check of the public reports.
        var hidden: [(hash: UInt64, rule: Int, column: Int, capitalsOnly: Bool)] = []
        /// Whether a worker encoded the published row into its block's output, which the
        /// writer receives before the row (true only when the sink has a row encoder).
        var written = false
        /// Each decision as JSON, encoded by a worker for the decision log.
        var decisionJSON: [[UInt8]] = []
        /// Surnames of the row's person decisions, for the run's propagation (`RunSurnames`).
        var surnames: [RunSurnames.Mark] = []
    }

    let pack: RulePack
    let rules: [CompiledRule]
    let header: [String]
    let canonical: [String]
    /// How each input column was matched to the pack (for the report's column listing).
    let matches: [ColumnMatch]
    let plans: [ColumnPlan]
    let rowRules: [Int]
    let decider: CellDecider
    /// Each rule's cell detector, unretained: `rules` holds them for the processor's life, and
    /// loading the box from the array retained and released it for every rule of every cell.
    private let cellDetectors: [Unmanaged<CellDetectorBox>?]
    /// Replacements that would break the pack's official schema empty the cell instead.
    let schemaGuard: SchemaCellGuard?
    let reviews: ReviewDecisions
    let secrets: SecretsFile?
    let file: String
    let canonicalIndex: [String: Int]
    /// Whether some column (a flag column) never reaches the output.
    let dropsColumns: Bool
    /// Rules of the person-name detector, by id: their surnames propagate through the run.
    let personRules: [String: Int]
    /// The person rule's id and index, when there is exactly one.
    private let soloPersonRule: (id: String, index: Int)?

    /// True when every scanned rule reads only its cell and no row rule or dropped column
    /// applies: records can then be scanned before they are decoded (`detect(raw:)`).
    let scansRawRecords: Bool

    /// Where the natural key comes from, when it can be shown in a public report: key columns
    /// published as they are (a scanned key column could carry a hidden value).
    private let publicKeyColumns: [Int]?
    /// The columns of the pack's row key present in the header, in the key's order.
    private let keyColumns: [Int]
    /// Whether column `i` is one of `keyColumns`.
    private let isKeyColumn: [Bool]
    /// Each scanned column's keyword sets, scanned together (nil: fewer than two).
    private let columnKeywords: [ColumnKeywords?]

    /// `tabular`: false for a DECP JSON document, whose fields are the essential data by
    /// definition: the pack's `unknown_columns` (drop) then does not apply.
    init(pack: RulePack, config: OcculterConfig, header: [String], pseudonymiser: Pseudonymiser?,
         reviews: ReviewDecisions, secrets: SecretsFile?, file: String, tabular: Bool = true, fingerprints: FingerprintKey) throws {
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
        cellDetectors = compiled.map { $0.detector.map { Unmanaged.passUnretained($0) } }
        personRules = Dictionary(uniqueKeysWithValues: compiled.indices.compactMap { index in
            compiled[index].rule.detector is PersonNameDetector ? (compiled[index].rule.id, index) : nil
        })
        soloPersonRule = personRules.count == 1 ? personRules.first.map { ($0.key, $0.value) } : nil
        let resolved = header.map { pack.resolve($0, config: config) }
        for (position, item) in resolved.enumerated() where item.match == .config && !pack.isKnown(item.canonical) {
            throw OcculterError(.config, "columns : « \(header[position]) » est associée à « \(item.canonical) », colonne inconnue du jeu « \(pack.name) ».",
                                hint: "colonnes du jeu : \(pack.columns.map(\.name).joined(separator: ", ")).")
        }
        matches = resolved.map(\.match)
        canonical = resolved.map(\.canonical)
        var index: [String: Int] = [:]
        for (position, name) in canonical.enumerated() where index[name] == nil { index[name] = position }
        canonicalIndex = index
        plans = zip(canonical, matches).map { name, match in
            if match == .configDrop { return .drop }
            if match == .unknown, !tabular { return .scan(pack.defaultScan.map { indexByID[$0]! }) }
            switch pack.policy(for: name) {
            case .scan(let ids): return .scan(ids.map { indexByID[$0]! })
            case .keep: return .keep
            case .drop: return .drop
            }
        }
        // Whole-table rules (the first-name threshold) run in their own stage, not per row.
        rowRules = pack.tableRules.map { indexByID[$0]! }.filter { compiled[$0].scope != .table }
        decider = CellDecider(rules: compiled, pseudonymiser: pseudonymiser, reviews: reviews, fingerprints: fingerprints)
        self.reviews = reviews
        for addition in reviews.additions where indexByID[addition.rule] == nil {
            throw OcculterError(.config, at: SourceLocation(file: reviews.file ?? "--decisions"),
                                "ajout (add) : règle « \(addition.rule) » inconnue du jeu « \(pack.name) ».",
                                hint: "règles du jeu : \(pack.ruleOrder.joined(separator: ", ")).")
        }
        let keyColumns = pack.rowKey.compactMap { index[$0] }
        self.keyColumns = keyColumns
        isKeyColumn = header.indices.map { keyColumns.contains($0) }
        columnKeywords = plans.map { plan in
            guard case .scan(let indices) = plan else { return nil }
            return ColumnKeywords(indices.flatMap { compiled[$0].detector?.keywordSets ?? [] })
        }
        let columnPlans = plans
        publicKeyColumns = !keyColumns.isEmpty && keyColumns.allSatisfy({ if case .keep = columnPlans[$0] { return true } else { return false } })
            ? keyColumns : nil
        schemaGuard = SchemaCellGuard(pack: pack, header: header)
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

    func rowKey(_ row: Row) -> RowKey {
        // The key's values, joined; one value (the usual case) is taken as it is.
        func joined(_ columns: [Int]) -> String {
            if columns.count == 1 { return row.values[columns[0]] }
            return columns.map { row.values[$0] }.filter { !$0.isEmpty }.joined(separator: "/")
        }
        // No key column: the row's content, stable when rows are reordered. It only ever enters
        // the keyed fingerprint, never a public report (a digest of it could be reversed); a
        // run that makes no fingerprint does not build it.
        var stable = ""
        if decider.fingerprints.isUsed {
            stable = joined(keyColumns)
            if stable.isEmpty { stable = row.values.joined(separator: "\u{1F}") }
        }
        var published = publicKeyColumns.map(joined) ?? ""
        if published.isEmpty { published = "ligne \(row.line)" }
        return RowKey(stable: stable, published: published)
    }

    /// What scanning a raw record found.
    enum RawDetection {
        /// Nothing in any scanned cell: the record is published as read.
        case clean
        /// The findings of the cells that have some, for `process(_:context:found:)`.
        case found(CellFindings)
    }

    /// Scans a UTF-8 record's cells on its raw bytes, so that records with nothing to occult
    /// (most of a large file) are never decoded into Strings nor re-encoded. Returns nil when
    /// the record must take the full path: another encoding, bytes that are not valid UTF-8
    /// (the full path reports them), a detector error (the full path reports it with its place).
    func detect(raw: RawRecord, context: DetectionContext) -> RawDetection? {
        guard scansRawRecords, raw.encoding == .utf8, raw.ends.count == plans.count else { return nil }
        let buffer = raw.bytes
        // One pass (an ASCII record is told apart by it): an ASCII check first read most
        // records' bytes twice.
        if !isValidUTF8WithoutBOM(fieldsOf: raw) { return nil }
        let placeholder = Row(number: raw.number, line: raw.line, columns: header, values: [])
        var found = CellFindings()
        var findings: [Finding] = []
        var start = 0
        for (column, end) in raw.ends.enumerated() {
            defer { start = end + 1 }
            guard case .scan(let ruleIndices) = plans[column], !ruleIndices.isEmpty, end > start else { continue }
            // A hand-added span is matched on the row key, which a raw record does not have:
            // a cell holding an addition's text takes the full path.
            if reviews.hasAdditions, decider.mayHoldAddition(UnsafeBufferPointer(rebasing: buffer[start..<end]), column: header[column]) {
                return nil
            }
            let cell = Cell(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]), column: canonical[column],
                            rawColumn: header[column], row: placeholder, lookup: { _ in nil }, keywords: columnKeywords[column])
            do { try detect(cell, rules: ruleIndices, at: column, of: placeholder, context: context, into: &findings) } catch { return nil }
            // Moved, not copied: a copy left `findings` sharing its buffer, and the next cell's
            // `removeAll(keepingCapacity:)` allocated another.
            if !findings.isEmpty { found.add(column, moving: &findings) }
        }
        return found.isEmpty ? .clean : .found(found)
    }

    /// Whether a record scanned on its bytes can be processed from a partial row, holding only
    /// the cells with findings and the row key (`needsColumn`): nothing else reads the row
    /// when no hand-added span is matched, no fingerprint is made (a key-less row's stable key
    /// is its whole content) and no row rule applies (`scansRawRecords`).
    var processesPartialRows: Bool { scansRawRecords && !reviews.hasAdditions && !decider.fingerprints.isUsed }

    /// The cells a partial row holds: those with findings, and the row key's.
    func needsColumn(_ column: Int, found: CellFindings) -> Bool { !found[column].isEmpty || isKeyColumn[column] }

    /// Runs a cell's rules; a regex failure becomes an error naming the rule and the cell.
    private func detect(_ cell: Cell, rules ruleIndices: [Int], at column: Int, of row: Row, context: DetectionContext,
                        into findings: inout [Finding]) throws {
        findings.removeAll(keepingCapacity: true)
        // A cell that may hold full-width forms or other scripts' digits is scanned as its ASCII
        // fold (`CompatibilityFold`); the others, as they are, without copying the cell.
        if CompatibilityFold.mayApply(to: cell.bytes, facts: cell.facts), let fold = CompatibilityFold(cell.bytes) {
            try fold.scan(cell, into: &findings) { try detect($0, rules: ruleIndices, at: column, of: row, context: context, appendingTo: &$1) }
        } else {
            try detect(cell, rules: ruleIndices, at: column, of: row, context: context, appendingTo: &findings)
        }
    }

    @inline(__always)
    private func detect(_ cell: Cell, rules ruleIndices: [Int], at column: Int, of row: Row, context: DetectionContext,
                        appendingTo findings: inout [Finding]) throws {
        for ruleIndex in ruleIndices {
            // Called in place: taking the detector out of the array copied it (and retained its
            // regex) for every rule of every cell.
            guard let detector = cellDetectors[ruleIndex] else { continue }
            do {
                try detector._withUnsafeGuaranteedRef { try $0.detect(cell, rule: ruleIndex, context: context, into: &findings) }
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

    func process(_ row: consuming Row, context: DetectionContext, found: CellFindings? = nil) throws -> Result {
        // Scanned on the raw record and without row rules, nothing reads a cell of the row once
        // an earlier one is written (no detector looks a column up, no row rule reads the row,
        // the key is made before the first write): changed cells are written into the row's
        // own values, which a caller that gives the row up (a partial row) leaves unshared.
        // Written into a copy, they were copied whole for every changed row.
        let inPlace = found != nil && rowRules.isEmpty
        var values = inPlace ? [] : row.values
        var decisions: [Decision] = []
        var suppressed = false
        var matchedReviews: [String] = []
        // The key is only needed when something is decided: most rows of most files need none.
        // Made on first use (`key(_:of:)`), by a method: a local function capturing the row and
        // the cache made their accesses checked at run time (five a row).
        var cachedKey: RowKey?
        // Only detectors read other columns: none runs on a row scanned already.
        let lookup: ((String) -> String?)? = found != nil ? nil : { [canonicalIndex, header, row] name in
            // An exact input column first (`titulaires/1/id`), then the canonical name.
            if let index = header.firstIndex(of: name) { return row.values[index] }
            return canonicalIndex[name].map { row.values[$0] }
        }
        var findings: [Finding] = []
        var hidden: [(hash: UInt64, rule: Int, column: Int, capitalsOnly: Bool)] = []
        var surnames: [RunSurnames.Mark] = []
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
                    try detect(Cell(bytes: bytes, column: columnName, rawColumn: header[column], row: copy row, lookup: lookup!,
                                    keywords: columnKeywords[column]),
                               rules: ruleIndices, at: column, of: row, context: context, into: &findings)
                }
                if reviews.hasAdditions { findings += decider.added(bytes: bytes, column: header[column], rowKey: key(&cachedKey, of: row).published) }
                guard !findings.isEmpty else { return }
                var outcome: CellDecider.CellResult
                do {
                    outcome = try decider.decide(cell: original, bytes: bytes, column: header[column], row: row, rowKey: key(&cachedKey, of: row),
                                                 findings: findings, words: context.words)
                } catch let leak as HiddenWordReappeared {
                    throw OcculterError.leak(rule: leak.rule, column: leak.column, at: SourceLocation(file: file, line: row.line, column: column + 1))
                }
                // Appended one by one: a mapped array was made and freed for every changed cell.
                hidden.reserveCapacity(hidden.count + outcome.hidden.count)
                for word in outcome.hidden { hidden.append((word.hash, word.rule, column, word.capitalsOnly)) }
                if let (id, index) = soloPersonRule {
                    // One person rule (every pack): its id compared, not hashed (0.3 k instructions a decision).
                    RunSurnames.marks(of: outcome.decisions, in: bytes, cellWords: outcome.words, isPersonRule: { $0 == id ? index : nil },
                                      kinds: context.surnameKinds, into: &surnames)
                } else if !personRules.isEmpty {
                    RunSurnames.marks(of: outcome.decisions, in: bytes, cellWords: outcome.words, isPersonRule: { [personRules] in personRules[$0] },
                                      kinds: context.surnameKinds, into: &surnames)
                }
                // Lengths first: comparing the texts byte by byte cost 0.5 k instructions a changed cell.
                if outcome.text.utf8.count != original.utf8.count || outcome.text != original, let emptied = schemaGuard?.publishable(outcome.text, original: original, column: column) {
                    outcome.text = emptied
                    for index in outcome.decisions.indices where outcome.decisions[index].action != .keep {
                        // A held item stays `review` (the DPO may still keep it); a replacement becomes an emptied cell.
                        if [.occult, .pseudonymise, .generalise].contains(outcome.decisions[index].action) {
                            outcome.decisions[index].action = .suppressCell
                        }
                        outcome.decisions[index].evidence = [outcome.decisions[index].evidence,
                            "cellule vidée : le remplacement aurait rendu la valeur non conforme au schéma officiel"].compactMap { $0 }.joined(separator: " ; ")
                    }
                }
                if inPlace { row.values[column] = outcome.text } else { values[column] = outcome.text }
                // Most rows have one cell with findings: taking its array moves it, where
                // appending copied every decision (and retained its strings).
                if decisions.isEmpty { decisions = outcome.decisions } else { decisions.append(contentsOf: outcome.decisions) }
                if !outcome.matchedReviews.isEmpty { matchedReviews.append(contentsOf: outcome.matchedReviews) }
                if outcome.suppressRow { suppressed = true }
            }
        }
        var matchedSecrets: [String] = []
        for ruleIndex in rowRules {
            let before = (decisions.count, suppressed)
            try applyRowRule(ruleIndex, row: row, key: key(&cachedKey, of: row), values: &values, decisions: &decisions,
                             suppressed: &suppressed, matchedSecrets: &matchedSecrets, matchedReviews: &matchedReviews, context: context)
            // What a row rule removed is hidden like a span: whole cells, or the whole row.
            if suppressed && !before.1 {
                for column in row.values.indices { hideWords(of: row.values[column], rule: ruleIndex, column: column, context: context, into: &hidden) }
            } else {
                for decision in decisions[before.0...] where decision.action == .suppressCell {
                    if let column = header.firstIndex(of: decision.column) {
                        hideWords(of: row.values[column], rule: ruleIndex, column: column, context: context, into: &hidden)
                    }
                }
            }
        }
        if suppressed {
            // A withheld row is counted, never named: its key is itself a value of the row.
            for index in decisions.indices { decisions[index].rowKey = RowKey.withheld }
        }
        if inPlace { swap(&values, &row.values) }
        let output = dropsColumns
            ? zip(values, plans).compactMap { value, plan -> String? in if case .drop = plan { return nil } else { return value } }
            : values
        return Result(values: output, decisions: decisions, suppressed: suppressed, matchedReviews: matchedReviews,
                      matchedSecrets: matchedSecrets, hidden: hidden, surnames: surnames)
    }

    /// The row's key, made once into `cached`.
    @inline(__always)
    private func key(_ cached: inout RowKey?, of row: Row) -> RowKey {
        if let cached { return cached }
        let computed = rowKey(row)
        cached = computed
        return computed
    }

    /// The significant words of a whole cell removed by a row rule.
    private func hideWords(of value: String, rule: Int, column: Int, context: DetectionContext,
                           into hidden: inout [(hash: UInt64, rule: Int, column: Int, capitalsOnly: Bool)]) {
        var value = value
        value.withUTF8 { bytes in
            let text = TextWords(bytes)
            for word in text.words where HiddenWordFilter.isSignificant(word, in: bytes, words: context.words, placeholders: decider.placeholderWords) {
                hidden.append((word.hash, rule, column, false))
            }
        }
    }

    /// A row rule's findings, decided by the decider and applied to the row.
    private func applyRowRule(_ ruleIndex: Int, row: Row, key: RowKey, values: inout [String], decisions: inout [Decision],
                              suppressed: inout Bool, matchedSecrets: inout [String], matchedReviews: inout [String],
                              context: DetectionContext) throws {
        guard let detector = rules[ruleIndex].rowDetector else { return }
        var findings: [RowFinding] = []
        try detector.findings(in: row, key: key, table: self, context: context, into: &findings, matchedSecrets: &matchedSecrets)
        for finding in findings {
            let (decision, matched) = decider.decide(finding, rule: ruleIndex, row: row, key: key, header: header)
            if let matched { matchedReviews.append(matched) }
            switch decision.action {
            case .suppressCell: values[finding.column] = ""
            case .suppressRow: suppressed = true
            default: break
            }
            decisions.append(decision)
        }
    }
}

/// How a row is referred to: `stable` (natural key or content) enters the keyed fingerprint;
/// `published` (natural key of a published column, else the input line) is what reports show.
struct RowKey: Sendable {
    var stable: String
    var published: String

    static let withheld = "[ligne retirée]"
}
