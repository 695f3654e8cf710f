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
    /// Whether the result records the SHA-256 of input and output and the decisions' keyed
    /// fingerprints although no report is written and no decisions file is read (a library
    /// caller may read them from `RunResult`). The CLI sets it to false: without reports
    /// nothing reads them, and they were a tenth of such a run's time (fingerprints 6 %,
    /// input and output SHA-256 3.6 % on the délibérations benchmark). The report's digests
    /// and fingerprints are then "".
    public var keepsDigests = true

    /// Whether the result keeps, without a report, the original cells and rows of the listed
    /// decisions (`RunResult.review`, which review.html and the workbench show). The CLI sets
    /// it to false: without reports nothing reads them, and a record with findings is then
    /// processed from the cells it needs, its other fields copied to the output as read.
    public var keepsReviewContext = true

    /// Digests and fingerprints are made when something will read them.
    var needsDigests: Bool { reportDirectory != nil || keepsDigests }
    var needsFingerprints: Bool { needsDigests || decisionsFile != nil }

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
        // Without a key given in memory, the key file of the run (also handed to the workbench).
        let fingerprintKeyFile = options.fingerprintKey == nil
            ? FingerprintKey.path(explicit: options.fingerprintKeyFile, configFile: options.configFile) : nil
        let key = try options.fingerprintKey ?? FingerprintKey.loadOrCreate(path: fingerprintKeyFile!)
        let fingerprints = options.needsFingerprints ? key : key.unused()
        let reviews = try options.decisionsFile.map { try ReviewDecisions.load(path: $0) } ?? ReviewDecisions()
        let secrets = try options.secretsFile.map { try SecretsFile.load(path: $0) }
        var words = library.words
        if let extra = options.config.extraFirstNamesFile { try words.addINSEEFirstNames(path: extra) }
        if options.mode == .apply, options.output == nil {
            throw OcculterError(.usage, "--output est obligatoire avec « apply ».", hint: "ajoutez --output FICHIER (ou - pour la sortie standard).")
        }

        let source = try TableSources.open(path: options.input, forWriting: options.mode == .apply, digests: options.needsDigests)
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
            sink = try TableSinks.make(source.outputFormat, destination: output, header: processor.outputHeader,
                                       digest: options.needsDigests)
        }
        // The words of the rows written, for the propagation at the end.
        if let csv = sink as? CSVSink { csv.index = RunPropagation.index(for: processor, dialect: csv.writer.dialect) }
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
                               encodesDecisions: state.log != nil,
                               keepsRows: options.reportDirectory != nil || options.keepsReviewContext) {
            // The pack loaded (and hashed in the report) at start, with compiled code of the
            // worker's own: never a second read of the YAML, which may change during the run.
            try RowProcessor(pack: pack.forWorker(), config: config, header: header, pseudonymiser: pseudonymiser,
                             reviews: reviews, secrets: secrets, file: file, tabular: tabular, fingerprints: fingerprints)
        }
        if let rule = pack.tableRules.lazy.compactMap({ pack.rules[$0] }).first(where: { $0.detector is FirstNameThresholdDetector }),
           let spec = rule.detector as? FirstNameThresholdDetector {
            try FirstNameThreshold(rule: rule, group: spec.group, name: spec.name, count: spec.count, alsoSum: spec.alsoSum, year: spec.year,
                                   threshold: options.config.firstNameThreshold, processor: processor, words: words)
                .run(source: source, sink: sink, state: &state, runner: runner)
        } else {
            try runner.run(source: source, sink: sink, state: &state)
        }

        // Every row was decided: surnames hidden in one row are hidden where they reappear in
        // another (CSV output; a DECP document's parties are decided per contract).
        if let csv = sink as? CSVSink, let index = csv.index,
           let propagation = RunPropagation(processor: processor, words: words, surnames: state.surnames,
                                            dialect: csv.writer.dialect, file: source.description.file) {
            try csv.rewrite(finalLineEnding: source.endsWithLineEnding) { path, output in
                try propagation.rewrite(path: path, index: index, into: output, state: &state)
            }
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
                                                                     invocation: .init(options, packFile: pack.file, fingerprintKeyFile: fingerprintKeyFile)),
                               exitStatus: report.summary.pendingReview > 0 ? .pendingReview : .success)
        if let directory = options.reportDirectory {
            var gate = ReportLeakGate(
                index: state.hidden ?? HiddenWordIndex(),
                allowed: ReportLeakGate.allowedWords(header: source.header, config: options.config, reviewers: state.reviewers,
                                                     pack: pack, catalogue: library.catalogue,
                                                     files: [report.input.file, report.output?.file ?? ""]),
                ruleName: { processor.rules.indices.contains($0) ? processor.rules[$0].rule.id : "?" },
                columnName: { processor.header.indices.contains($0) ? processor.header[$0] : "?" })
            gate.subjectRules = Set(processor.rules.indices.filter { type(of: processor.rules[$0].rule.detector).kind == SensitiveSubjectDetector.kind })
            gate.evidenceWords = state.evidenceWords
            try ReportWriter(templates: try ReportWriter.locateTemplates(rulesDirectory: library.directory))
                .write(result, to: directory, log: state.log, gate: gate, dataStrings: state.dataStrings)
        }
        try sink?.commit()
        return result
    }
}
