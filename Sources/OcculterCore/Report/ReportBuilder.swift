import Foundation

/// Builds the report model from a finished run.
struct ReportBuilder {
    let pack: RulePack
    let catalogue: LegalBasisCatalogue
    let options: RunOptions
    let processor: RowProcessor
    let source: TableSource
    let reviews: ReviewDecisions
    let secrets: SecretsFile?

    /// The run date: SOURCE_DATE_EPOCH when set (reproducible builds convention), else now.
    static func runDate() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        // By hand, not with ISO8601DateFormatter: making one took 5 ms, serial, at the end of a run.
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    func build(state: RunState, outputSHA256: String?) -> Report {
        var cited = state.cited
        let pending = state.pendingCount
        var notes = pack.notes.map { $0.replacingOccurrences(of: "{seuil}", with: String(options.config.firstNameThreshold)) }
        if state.byAction[Action.pseudonymise.rawValue] != nil {
            notes.append("Des pseudonymes à clé (HMAC-SHA256) remplacent certaines valeurs : ce n'est pas une anonymisation. Les données pseudonymisées demeurent des données personnelles (fondement rgpd-art4-5) ; la clé ne doit jamais être publiée.")
            cited.insert("rgpd-art4-5")
        }
        if let thresholdNote = thresholdNote() {
            notes.append(thresholdNote.justification)
            cited.formUnion(thresholdNote.bases)
        }
        notes.append(contentsOf: state.notes)
        let columns = columnEntries(cited: &cited)
        let csv = source as? CSVReader
        let description = source.description
        let fileName = { (path: String) in path == "-" ? "-" : URL(fileURLWithPath: path).lastPathComponent }
        var report = Report(
            tool: .init(name: "occulter", version: Pipeline.toolVersion),
            run: .init(date: ReportBuilder.runDate(), mode: options.mode.rawValue),
            organisation: options.config.organisation,
            dataset: .init(pack: pack.name, title: pack.title, version: pack.version),
            input: .init(file: fileName(options.input), format: description.format, encoding: description.encoding,
                         delimiter: description.delimiter, lineEnding: description.lineEnding, bom: description.bom,
                         sha256: source.inputSHA256(), rows: state.rowsRead, blankLinesSkipped: csv?.blankLines ?? 0,
                         rowsWithTrailingEmptyFields: csv?.trimmedTrailingFieldRows ?? 0),
            output: outputSHA256.map { .init(file: fileName(options.output ?? "-"), sha256: $0, rows: state.rowsPublished) },
            packs: [PackIdentity(name: pack.name, version: pack.version, file: URL(fileURLWithPath: pack.file).lastPathComponent, sha256: pack.sha256)]
                + pack.included.map { PackIdentity(name: $0.name, version: $0.version, file: URL(fileURLWithPath: $0.file).lastPathComponent, sha256: $0.sha256) },
            catalogue: .init(version: catalogue.version, sha256: catalogue.sha256),
            config: PublicConfig(options.config),
            summary: .init(rowsRead: state.rowsRead, rowsPublished: state.rowsPublished, rowsSuppressed: state.rowsSuppressed,
                           rowsAggregated: state.rowsAggregated, decisions: state.decisionCount, pendingReview: pending,
                           byAction: state.byAction, byRule: state.byRule, byColumn: state.byColumn),
            columns: columns,
            decisions: state.listed,
            staleReviewDecisions: (reviews.order + reviews.additions.enumerated().map { $1.staleID($0) })
                .filter { !state.matchedReviews.contains($0) }.count,
            unmatchedSecrets: (secrets?.order ?? []).filter { !state.matchedSecrets.contains($0) }
                .map { .init(line: secrets!.entries[$0]!.line) },
            notes: notes,
            legalBases: catalogue.order.filter(cited.contains).compactMap { catalogue[$0] })
        report.signOff = SignOff.make(pack: pack, columns: columns, reviews: reviews)
        return report
    }

    /// Every input column with what happened to it and why, unknown columns first (they are
    /// what a DPO must look at: dropped or scanned without the pack knowing them).
    private func columnEntries(cited: inout Set<String>) -> [Report.ColumnEntry] {
        let entries = processor.header.enumerated().map { index, name -> (unknown: Bool, entry: Report.ColumnEntry) in
            let match = processor.matches[index]
            let canonical = processor.canonical[index]
            var entry = Report.ColumnEntry(name: name, policy: "keep", rules: [], reason: nil,
                                           mappedTo: [.alias, .normalised, .config].contains(match) ? canonical : nil,
                                           match: match.rawValue, bases: nil)
            switch processor.plans[index] {
            case .scan(let rules):
                entry.policy = "scan"
                entry.rules = rules.map { processor.rules[$0].rule.id }
                if match == .unknown { entry.reason = "Colonne inconnue du jeu de règles : analysée par les règles par défaut avant publication." }
            case .keep:
                if case .keep(let reason) = pack.policy(for: canonical) { entry.reason = reason }
            case .drop:
                entry.policy = "drop"
                if match == .configDrop {
                    entry.reason = "Retirée par la configuration du DPO (drop) : non publiée."
                } else {
                    if case .drop(let reason) = pack.policy(for: canonical) { entry.reason = reason }
                    if match == .unknown, let unknown = pack.unknownColumns {
                        entry.bases = unknown.bases
                        cited.formUnion(unknown.bases)
                    }
                }
            }
            if match != .exact, match != .unknown {
                entry.reason = [entry.reason, "(\(match.label))"].compactMap { $0 }.joined(separator: " ")
            }
            return (match == .unknown, entry)
        }
        return entries.filter(\.unknown).map(\.entry) + entries.filter { !$0.unknown }.map(\.entry)
    }

    /// The threshold rule's statement about the threshold in force (departure from the SCDL
    /// recommendation, or publication of every name at threshold 1).
    private func thresholdNote() -> Outcome? {
        for id in pack.tableRules {
            guard let rule = pack.rules[id], rule.detector is FirstNameThresholdDetector else { continue }
            if options.config.firstNameThreshold <= 1 { return rule.exemptions[.aboveThreshold] }
            return Outcome(bases: rule.occult.bases,
                           justification: rule.occult.justification.replacingOccurrences(of: "{seuil}", with: String(options.config.firstNameThreshold)))
        }
        return nil
    }
}
