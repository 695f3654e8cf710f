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
            let decider = CellDecider(rules: [compiled], pseudonymiser: pseudonymiser, reviews: ReviewDecisions())
            for example in rule.examples {
                summary.examples += 1
                let (output, actions) = try apply(compiled, decider: decider, to: example.input, context: context)
                let expected = example.output ?? example.input
                var failed = output != expected
                var expectedText = expected
                var actualText = output
                if let action = example.action, !actions.contains(action) {
                    failed = true
                    expectedText += " (décision \(action.rawValue))"
                    actualText += " (décisions \(actions.map(\.rawValue).joined(separator: ", ")))"
                }
                if example.output == nil, example.action == nil, actions.contains(where: { $0 != .keep }) {
                    failed = true
                    actualText += " (décisions \(actions.map(\.rawValue).joined(separator: ", ")))"
                }
                if failed {
                    summary.failures.append(Failure(pack: pack.name, rule: id, location: example.location, input: example.input,
                                                    expected: expectedText, actual: actualText))
                }
            }
        }
        return summary
    }

    private func apply(_ rule: CompiledRule, decider: CellDecider, to input: String,
                       context: DetectionContext) throws -> (String, [Action]) {
        guard let detector = rule.detector else {
            // Row and table rules are exercised by the pipeline tests; their examples document them.
            return (input, [])
        }
        var text = input
        let columns = ["EXEMPLE"]
        let row = Row(number: 1, line: 1, columns: columns, values: [input])
        return try text.withUTF8 { bytes in
            var findings: [Finding] = []
            let cell = Cell(text: input, bytes: bytes, column: "EXEMPLE", row: row, lookup: { _ in nil })
            try detector.detect(cell, rule: 0, context: context, into: &findings)
            let outcome = decider.decide(cell: input, bytes: bytes, column: "EXEMPLE", row: row, rowKey: "exemple", findings: findings)
            return (outcome.text, outcome.decisions.map(\.action))
        }
    }
}
