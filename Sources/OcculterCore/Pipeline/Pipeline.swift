import Foundation

/// What a run is asked to do.
public struct RunOptions: Sendable {
    public enum Mode: String, Sendable { case apply, scan }

    public var mode: Mode
    public var input: String
    /// Output dataset (`-` for standard output); required for `apply`.
    public var output: String?
    /// Pack name or path; recognised from the header when nil.
    public var pack: String?
    public var config: OcculterConfig
    public var configFile: String?
    public var reportDirectory: String?
    public var decisionsFile: String?
    public var keyFile: String?
    public var secretsFile: String?
    /// The key of decision fingerprints; when nil, read (or created) at `fingerprintKeyFile`,
    /// else beside `configFile`, else in the user's configuration folder (`FingerprintKey`).
    public var fingerprintKey: FingerprintKey?
    public var fingerprintKeyFile: String?
    /// Worker threads; 0 means one per core.
    public var jobs: Int
    /// Called now and then with the rows and bytes read so far (the CLI draws a progress line).
    public var progress: (@Sendable (_ rows: Int, _ bytes: Int) -> Void)?

    public init(mode: Mode = .apply, input: String, output: String? = nil, pack: String? = nil,
                config: OcculterConfig = OcculterConfig(), configFile: String? = nil, reportDirectory: String? = nil,
                decisionsFile: String? = nil, keyFile: String? = nil, secretsFile: String? = nil, jobs: Int = 0) {
        self.mode = mode
        self.input = input
        self.output = output
        self.pack = pack
        self.config = config
        self.configFile = configFile
        self.reportDirectory = reportDirectory
        self.decisionsFile = decisionsFile
        self.keyFile = keyFile
        self.secretsFile = secretsFile
        self.jobs = jobs
    }
}

/// What a run produced.
public struct RunResult: Sendable {
    public var report: Report
    /// Original cells of the decisions, for the confidential review report only.
    public var review: ReviewContext
    public var exitStatus: ExitStatus
}

/// read → detect → decide → write → report, failing closed: the output dataset appears
/// (by rename) only after every row was processed and every report was written.
public struct Pipeline: Sendable {
    public static let toolVersion = "0.1.0"
    public let library: RuleLibrary

    public init(library: RuleLibrary) {
        self.library = library
    }

    public func run(_ options: RunOptions) throws -> RunResult {
        // Everything that can be checked before reading a row is checked first.
        let pseudonymiser = try Pseudonymiser.fromEnvironment(keyFile: options.keyFile)
        let fingerprints = try options.fingerprintKey
            ?? FingerprintKey.loadOrCreate(path: FingerprintKey.path(explicit: options.fingerprintKeyFile, configFile: options.configFile))
        let reviews = try options.decisionsFile.map { try ReviewDecisions.load(path: $0) } ?? ReviewDecisions()
        let secrets = try options.secretsFile.map { try SecretsFile.load(path: $0) }
        var words = library.words
        if let extra = options.config.extraFirstNamesFile { try words.addINSEEFirstNames(path: extra) }
        if options.mode == .apply, options.output == nil {
            throw OcculterError(.usage, "--output est obligatoire avec « apply ».", hint: "ajoutez --output FICHIER (ou - pour la sortie standard).")
        }

        let source = try TableSources.open(path: options.input, forWriting: options.mode == .apply)
        let pack = try options.pack.map { try library.pack($0) } ?? library.recognise(header: source.header, file: options.input)
        // Whether rows are a table's (CSV) rather than a document's contracts (DECP JSON).
        let tabular: Bool
        if case .csv = source.outputFormat { tabular = true } else { tabular = false }
        // Facility files: domains of several functional mailboxes count as the organisation's.
        var runConfig = options.config
        let learnedDomains = try FunctionalDomains.learn(path: options.input, pack: pack, config: runConfig, words: words)
        runConfig.emailDomains += learnedDomains
        let processor = try RowProcessor(pack: pack, config: runConfig, header: source.header, pseudonymiser: pseudonymiser,
                                         reviews: reviews, secrets: secrets, file: source.description.file, tabular: tabular,
                                         fingerprints: fingerprints)

        var sink: TableSink?
        if options.mode == .apply, let output = options.output {
            sink = try TableSinks.make(source.outputFormat, destination: output, header: processor.outputHeader)
        }
        // The full list of decisions is only for report.json: without a report, it is not written.
        var state = try RunState(logsDecisions: options.reportDirectory != nil)
        if options.reportDirectory != nil { state.hidden = HiddenWordIndex() }
        if !learnedDomains.isEmpty {
            state.notes.append("Domaines de messagerie utilisés par plusieurs boîtes fonctionnelles du fichier, traités comme ceux de la collectivité : \(learnedDomains.joined(separator: ", ")).")
        }
        state.progress = options.progress.map { report in { rows in report(rows, source.bytesRead) } }
        // Workers are built on their own threads (header and file name copied here: the reader
        // is busy on another thread meanwhile).
        let header = source.header, file = source.description.file, config = runConfig
        let runner = RowRunner(processor: processor, jobs: options.jobs, config: config, words: words,
                               encodesDecisions: state.log != nil) {
            // The pack loaded (and hashed in the report) at start, with compiled code of the
            // worker's own: never a second read of the YAML, which may change during the run.
            try RowProcessor(pack: pack.forWorker(), config: config, header: header, pseudonymiser: pseudonymiser,
                             reviews: reviews, secrets: secrets, file: file, tabular: tabular, fingerprints: fingerprints)
        }
        if let rule = pack.tableRules.lazy.compactMap({ pack.rules[$0] }).first(where: {
            if case .firstNameThreshold = $0.detector { return true } else { return false }
        }), case let .firstNameThreshold(group, name, count, alsoSum, year) = rule.detector {
            try FirstNameThreshold(rule: rule, group: group, name: name, count: count, alsoSum: alsoSum, year: year,
                                   threshold: options.config.firstNameThreshold, processor: processor, words: words)
                .run(source: source, sink: sink, state: &state, runner: runner)
        } else {
            try runner.run(source: source, sink: sink, state: &state)
        }

        // Every row was read: the input's end is known, and the reader's thread is done.
        let outputHash = try sink?.seal(finalLineEnding: source.endsWithLineEnding)
        var report = ReportBuilder(pack: pack, catalogue: library.catalogue, options: options, processor: processor,
                                   source: source, reviews: reviews, secrets: secrets)
            .build(state: state, outputSHA256: outputHash)
        // What is about to be published is validated against the pack's official schema (a
        // second read of the output: only when reports are asked for).
        let schemaPath = TableSchema.path(forPack: pack.name, rulesDirectory: library.directory)
        let conformance = try options.reportDirectory.flatMap { _ in sink?.sealedPath }.flatMap { published in
            try schemaPath.map { try SchemaConformance.check(csv: published, schema: $0) }
        }
        report.addConformity(obligation: PublicationObligation(config: options.config), schema: conformance, catalogue: library.catalogue)
        let stale = (reviews.order + reviews.additions.enumerated().map { $1.staleID($0) }).filter { !state.matchedReviews.contains($0) }
        let result = RunResult(report: report, review: ReviewContext(cells: state.reviewCells, staleFingerprints: stale,
                                                                     rows: state.reviewRows, header: processor.header,
                                                                     outputHeader: processor.outputHeader,
                                                                     invocation: .init(options, packFile: pack.file)),
                               exitStatus: report.summary.pendingReview > 0 ? .pendingReview : .success)
        if let directory = options.reportDirectory {
            let gate = ReportLeakGate(
                index: state.hidden ?? HiddenWordIndex(),
                allowed: ReportLeakGate.allowedWords(header: source.header, config: options.config, reviewers: state.reviewers,
                                                     pack: pack, catalogue: library.catalogue),
                ruleName: { processor.rules.indices.contains($0) ? processor.rules[$0].rule.id : "?" },
                columnName: { processor.header.indices.contains($0) ? processor.header[$0] : "?" })
            try ReportWriter(templates: try ReportWriter.locateTemplates(rulesDirectory: library.directory))
                .write(result, to: directory, log: state.log, gate: gate, dataStrings: state.dataStrings)
        }
        try sink?.commit()
        return result
    }
}

/// Everything accumulated over the rows of a run.
struct RunState {
    var rowsRead = 0
    var rowsPublished = 0
    var rowsSuppressed = 0
    var rowsAggregated = 0
    /// Notes a stage adds to the report (first names: share of births not shown by name).
    var notes: [String] = []
    /// Every decision, on disk (report.json lists them all).
    let log: DecisionLog?
    /// The decisions the Markdown and HTML reports list: up to `listedPerRule` per rule. Memory
    /// stays flat however many decisions a large file makes.
    var listed: [Decision] = []
    private var listedByRule: [String: Int] = [:]
    var decisionCount = 0
    var pendingCount = 0
    /// Decisions per action, rule and column, and the legal bases cited, streak included.
    var byAction: [String: Int] { counted(talliedByAction) { [$0.action.rawValue] } }
    var byRule: [String: Int] { counted(talliedByRule) { [$0.rule] } }
    var byColumn: [String: Int] { counted(talliedByColumn) { [$0.column] } }
    var cited: Set<String> { talliedCited.union(streak?.bases ?? []) }
    private var talliedByAction: [String: Int] = [:]
    private var talliedByRule: [String: Int] = [:]
    private var talliedByColumn: [String: Int] = [:]
    private var talliedCited = Set<String>()
    /// Consecutive decisions of one rule, column, action and bases (most decisions of a large
    /// file follow one another so) are counted together: four dictionary and set updates per
    /// decision, each hashing strings, were 3 % of a run on the thread that writes the output.
    private var streak: Streak?

    private struct Streak {
        let rule: String
        let column: String
        let action: Action
        let bases: [String]
        var count: Int
        /// The rule has its `listedPerRule` decisions listed already.
        var listingFull: Bool

        func continues(with decision: Decision) -> Bool {
            action == decision.action && rule == decision.rule && column == decision.column && bases == decision.bases
        }
    }

    private func counted(_ tallied: [String: Int], _ keys: (Streak) -> [String]) -> [String: Int] {
        guard let streak else { return tallied }
        var counts = tallied
        for key in keys(streak) { counts[key, default: 0] += streak.count }
        return counts
    }

    private mutating func endStreak() {
        guard let ended = streak else { return }
        talliedByAction[ended.action.rawValue, default: 0] += ended.count
        talliedByRule[ended.rule, default: 0] += ended.count
        talliedByColumn[ended.column, default: 0] += ended.count
        talliedCited.formUnion(ended.bases)
        streak = nil
    }
    var matchedReviews = Set<String>()
    var matchedSecrets = Set<String>()
    /// What the run hid, word by word, when a report is written (its last check).
    var hidden: HiddenWordIndex?
    /// Distinct strings of decisions that come from the data (evidence, reviewers' comments),
    /// for the report check: report.json lists every decision, which no rendering re-reads.
    var dataStrings = Set<String>()
    var reviewers = Set<String>()
    /// Original cell per (row, column) of a listed decision: confidential report only.
    var reviewCells: [ReviewContext.Key: String] = [:]
    /// Original and published row of a listed decision, by row number: confidential only.
    var reviewRows: [Int: ReviewContext.RowPair] = [:]

    static let listedPerRule = 500

    init(logsDecisions: Bool = true) throws { log = logsDecisions ? try DecisionLog() : nil }

    mutating func add(_ decision: Decision, cell: String?, json: [UInt8]? = nil) throws {
        if let log {
            if let json { try log.append(encoded: json) } else { try log.append(decision) }
        }
        decisionCount += 1
        if decision.status == .pending { pendingCount += 1 }
        if hidden != nil {
            if let evidence = decision.evidence { dataStrings.insert(evidence) }
            if let review = decision.review {
                reviewers.insert(review.reviewer)
                if let comment = review.comment { dataStrings.insert(comment) }
            }
        }
        if streak?.continues(with: decision) == true {
            streak!.count += 1
            if streak!.listingFull { return }
        } else {
            endStreak()
            streak = Streak(rule: decision.rule, column: decision.column, action: decision.action, bases: decision.bases,
                            count: 1, listingFull: false)
        }
        let alreadyListed = listedByRule[decision.rule, default: 0]
        guard alreadyListed < RunState.listedPerRule else {
            streak!.listingFull = true
            return
        }
        listedByRule[decision.rule] = alreadyListed + 1
        listed.append(decision)
        let key = ReviewContext.Key(row: decision.row, column: decision.column)
        if reviewCells[key] == nil, let cell { reviewCells[key] = cell }
    }

    /// Progress callback, called every 20,000 rows.
    var progress: ((Int) -> Void)?

    mutating func absorb(_ result: RowProcessor.Result, row: Row) throws {
        rowsRead += 1
        if rowsRead % 20_000 == 0 { progress?(rowsRead) }
        if result.suppressed { rowsSuppressed += 1 } else { rowsPublished += 1 }
        // By index, not `enumerated()`: each decision was copied (its strings retained) on the
        // way, by a thread other than the one that made them.
        let listedBefore = listed.count
        for index in result.decisions.indices {
            try add(result.decisions[index], cell: row.columns.firstIndex(of: result.decisions[index].column).map { row.values[$0] },
                    json: index < result.decisionJSON.count ? result.decisionJSON[index] : nil)
        }
        matchedReviews.formUnion(result.matchedReviews)
        matchedSecrets.formUnion(result.matchedSecrets)
        if hidden != nil {
            for word in result.hidden { hidden!.add(hash: word.hash, rule: word.rule, column: word.column) }
        }
        // The whole row, before and after, of each listed decision: the workbench shows it.
        if listed.count > listedBefore, !row.values.isEmpty {
            reviewRows[row.number] = .init(before: row.values, after: result.suppressed ? nil : result.values)
        }
    }
}

/// The original cells behind decisions, kept apart from the report model so that no public
/// rendering can reach them by mistake.
public struct ReviewContext: Sendable {
    public struct Key: Hashable, Sendable {
        public var row: Int
        public var column: String
    }
    public var cells: [Key: String]
    /// Entries of the decisions file that matched nothing, by fingerprint.
    public var staleFingerprints: [String] = []
    public var rows: [Int: RowPair] = [:]
    public var header: [String] = []
    public var outputHeader: [String] = []
    /// How the run was made, so that the workbench can run it again with the decisions.
    public var invocation: Invocation?
}
