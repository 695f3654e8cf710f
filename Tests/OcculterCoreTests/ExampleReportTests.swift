import XCTest
@testable import OcculterCore

/// Every bundled example, end to end: nothing detected reaches the published dataset or the
/// public reports, the confidential report says so, and occultation keeps SCDL values valid.
final class ExampleReportTests: XCTestCase {
    struct Example {
        var file: String
        var pack: String
        var config: Bool
        var secrets: Bool = false
        var schema: String?
    }

    static let examples = [
        Example(file: "deliberations.csv", pack: "deliberations", config: true, schema: "scdl_deliberations.latest.schema.json"),
        Example(file: "subventions.csv", pack: "subventions", config: true),
        Example(file: "subventions-scdl.csv", pack: "subventions", config: true, schema: "scdl_subventions.latest.schema.json"),
        Example(file: "prenoms.csv", pack: "prenoms", config: true, schema: "scdl_prenoms.latest.schema.json"),
        Example(file: "marches.json", pack: "marches-publics", config: false, secrets: true),
        Example(file: "marches-decp.csv", pack: "marches-publics", config: false),
        Example(file: "adresses.csv", pack: "adresses", config: false),
        Example(file: "equipements.csv", pack: "equipements", config: true, schema: "scdl_equipements.latest.schema.json"),
    ]

    static func run(_ example: Example, in dir: TempDir) throws -> RunResult {
        let examples = Repo.root.appendingPathComponent("Examples")
        let config = example.config ? try OcculterConfig.load(path: examples.appendingPathComponent("deliberations.config.yaml").path) : OcculterConfig()
        var options = RunOptions(
            input: examples.appendingPathComponent(example.file).path, output: dir.path("out-" + example.file),
            pack: example.pack, config: config, reportDirectory: dir.path("reports"),
            secretsFile: example.secrets ? examples.appendingPathComponent("marches-secrets.csv").path : nil, jobs: 1)
        options.fingerprintKey = testFingerprintKey
        return try Pipeline(library: try Repo.library()).run(options)
    }

    /// The original text of every occulting decision (names, identifiers, suppressed fields).
    func occultedValues(_ result: RunResult) -> Set<String> {
        var values = Set<String>()
        // Aggregated first names are checked per group by DatasetTests; a withheld row's marker
        // cell is not a detected value.
        for decision in result.report.decisions where ![.keep, .aggregate, .suppressRow].contains(decision.action) {
            guard let cell = result.review.cells[.init(row: decision.row, column: decision.column)],
                  let span = decision.span else { continue }
            let bytes = Array(cell.utf8)
            let value = String(decoding: bytes[min(span.lowerBound, bytes.count)..<min(span.upperBound, bytes.count)], as: UTF8.self)
            if value.trimmingCharacters(in: .whitespaces).count >= 4 { values.insert(value) }
        }
        return values
    }

    func testNoOccultedValueInOutputOrPublicReports() throws {
        for example in ExampleReportTests.examples {
            let dir = TempDir()
            let result = try Self.run(example, in: dir)
            let values = occultedValues(result)
            if example.pack != "prenoms" { XCTAssertFalse(values.isEmpty, "\(example.file) : aucune occultation ?") }
            let output = FileManager.default.contents(atPath: dir.path("out-" + example.file))!
            let outputText = String(data: output, encoding: .utf8) ?? String(data: output, encoding: .windowsCP1252)!
            for file in ["report.json", "report.md", "report.html"] {
                let text = try XCTUnwrap(dir.read("reports/" + file))
                for value in values { XCTAssertFalse(text.contains(value), "\(example.file) : « \(value) » dans \(file)") }
            }
            // In a JSON output the value may come back escaped: compare on the parsed text too.
            for value in values { XCTAssertFalse(outputText.contains(value), "\(example.file) : « \(value) » publié") }
            let review = try XCTUnwrap(dir.read("reports/review.html"))
            XCTAssertTrue(review.contains("CONFIDENTIEL — ne pas publier"))
            XCTAssertFalse(try XCTUnwrap(dir.read("reports/report.html")).contains("CONFIDENTIEL"))
        }
    }

    /// Occultation must not break the schema: a value valid at the input stays valid.
    func testOccultationKeepsSCDLValuesValid() throws {
        for example in ExampleReportTests.examples {
            guard let schemaFile = example.schema else { continue }
            let schema = try TableSchemaConstraints(schemaFile: schemaFile)
            let dir = TempDir()
            _ = try Self.run(example, in: dir)
            let input = try CSVReader(path: Repo.root.appendingPathComponent("Examples/\(example.file)").path)
            let output = try CSVReader(path: dir.path("out-" + example.file))
            if example.pack == "prenoms" {
                // Rows are regrouped: every published row must be valid on its own.
                while let row = try output.next() {
                    for (column, value) in zip(row.columns, row.values) where row.values[3] != "_PRENOMS_RARES" || column != "ENFANT_PRENOM" {
                        XCTAssertNil(schema.violation(column, value), "\(example.file) ligne \(row.line) \(column)")
                    }
                }
                continue
            }
            while let before = try input.next(), let after = try output.next() {
                for (index, column) in before.columns.enumerated() where schema.violation(column, before.values[index]) == nil {
                    XCTAssertNil(schema.violation(column, after.values[index]),
                                 "\(example.file) ligne \(before.line) \(column) : « \(after.values[index]) »")
                }
            }
        }
    }
}
