import Foundation

/// Runs every rule's examples, as SwiftLint runs each rule's triggering and non-triggering
/// examples: the rule alone on the example input, with the pack's `examples_config`.
public struct RuleExamples {
    public struct Failure: Sendable, CustomStringConvertible {
        public var pack: String
        public var rule: String
        public var location: SourceLocation
        public var input: String
        public var expected: String
        public var actual: String

        public var description: String {
            "\(location.french) : règle « \(rule) » — entrée « \(input) » : attendu « \(expected) », obtenu « \(actual) »."
        }
    }

    public struct Summary: Sendable {
        public var examples = 0
        public var failures: [Failure] = []
    }

    /// A fixed key so that pseudonyms in examples are reproducible; never used on real data.
    static let exampleKey = Array("occulter-cle-des-exemples-uniquement".utf8)

    public let library: RuleLibrary

    public init(library: RuleLibrary) {
        self.library = library
    }

    /// Runs the examples of the rules a pack defines itself (not those it includes).
    public func run(pack: RulePack) throws -> Summary {
        var summary = Summary()
        let context = DetectionContext(config: pack.examplesConfig, words: library.words)
        let pseudonymiser = try Pseudonymiser(keyBytes: RuleExamples.exampleKey, source: "exemples")
        for id in pack.ruleOrder {
            guard let rule = pack.rules[id], rule.pack == pack.name else { continue }
            let compiled = CompiledRule(rule: rule, config: OcculterConfig(), reviewKeep: pack.reviewKeep)
            // Examples make no decisions file: any fixed key will do.
            let decider = CellDecider(rules: [compiled], pseudonymiser: pseudonymiser, reviews: ReviewDecisions(),
                                      fingerprints: FingerprintKey(bytes: Array("occulter-exemples".utf8)))
            for example in rule.examples {
                summary.examples += 1
                let (output, decisions) = compiled.detector == nil || compiled.scope != .cell
                    ? try applyToTable(pack: pack, csv: example.input)
                    : try apply(compiled, decider: decider, to: example.input, context: context)
                let actions = decisions.map(\.action)
                // Marked spans assert the decisions; the output then needs no `output` to be checked.
                let expected = example.output ?? (example.marks == nil ? example.input : output)
                var failed = output != expected
                var expectedText = expected
                var actualText = output
                if let action = example.action, !actions.contains(action) {
                    failed = true
                    expectedText += " (décision \(action.rawValue))"
                    actualText += " (décisions \(actions.map(\.rawValue).joined(separator: ", ")))"
                }
                if example.output == nil, example.action == nil, example.marks == nil, actions.contains(where: { $0 != .keep }) {
                    failed = true
                    actualText += " (décisions \(actions.map(\.rawValue).joined(separator: ", ")))"
                }
                if let marks = example.marks {
                    let found = decisions.compactMap { decision in
                        decision.span.map { ExampleMark(span: $0, exemption: decision.action == .keep ? decision.exemption : nil) }
                    }.sorted { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }
                    if found != marks {
                        failed = true
                        expectedText += " (passages \(ExampleMarks.render(example.input, marks)))"
                        actualText += " (passages \(ExampleMarks.render(example.input, found)))"
                    }
                }
                if failed {
                    summary.failures.append(Failure(pack: pack.name, rule: id, location: example.location, input: example.input,
                                                    expected: expectedText, actual: actualText))
                }
            }
        }
        return summary
    }

    /// Row and table rules act on whole rows: their examples are small CSV tables run through
    /// the real pipeline with the whole pack; the output table is compared.
    private func applyToTable(pack: RulePack, csv: String) throws -> (String, [Decision]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("occulter-exemple-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("entree.csv").path
        let output = directory.appendingPathComponent("sortie.csv").path
        FileManager.default.createFile(atPath: input, contents: Data(csv.utf8))
        let result = try Pipeline(library: library).run(RunOptions(input: input, output: output, pack: pack.file,
                                                                   config: pack.examplesConfig, jobs: 1))
        let text = FileManager.default.contents(atPath: output).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (text, result.report.decisions)
    }

    private func apply(_ rule: CompiledRule, decider: CellDecider, to input: String,
                       context: DetectionContext) throws -> (String, [Decision]) {
        guard let detector = rule.detector else { return (input, []) }
        var text = input
        let columns = ["EXEMPLE"]
        let row = Row(number: 1, line: 1, columns: columns, values: [input])
        return try text.withUTF8 { bytes in
            var findings: [Finding] = []
            let cell = Cell(bytes: bytes, column: "EXEMPLE", rawColumn: "EXEMPLE", row: row, lookup: { _ in nil })
            try cell.scanFolded(into: &findings) { try detector.detect($0, rule: 0, context: context, into: &$1) }
            let outcome = try decider.decide(cell: input, bytes: bytes, column: "EXEMPLE", row: row, rowKey: RowKey(stable: "exemple", published: "exemple"),
                                                 findings: findings, words: context.words)
            return (outcome.text, outcome.decisions)
        }
    }
}
