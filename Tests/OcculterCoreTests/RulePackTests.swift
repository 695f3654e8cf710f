import XCTest
@testable import OcculterCore

/// One generic test runs every example of every rule of every pack (as SwiftLint does for its
/// rules), then the loader's errors are checked one by one.
final class RulePackTests: XCTestCase {
    func testEveryRuleExampleOfEveryPack() throws {
        let library = try Repo.library()
        var total = 0
        for name in library.availablePacks() {
            let summary = try RuleExamples(library: library).run(pack: try library.pack(name))
            total += summary.examples
            for failure in summary.failures { XCTFail(failure.description) }
        }
        XCTAssertGreaterThan(total, 30)
    }

    func testEveryRuleHasTriggeringAndNonTriggeringExamples() throws {
        let library = try Repo.library()
        for name in library.availablePacks() {
            let pack = try library.pack(name)
            for id in pack.ruleOrder where pack.rules[id]!.pack == name {
                let rule = pack.rules[id]!
                guard type(of: rule.detector).scope == .cell else { continue }
                let triggering = rule.examples.filter { $0.output != nil || $0.action != nil }
                let silent = rule.examples.filter { $0.output == nil && $0.action == nil }
                XCTAssertFalse(triggering.isEmpty, "\(id) : aucun exemple déclenchant")
                if rule.exemptions.isEmpty { XCTAssertFalse(silent.isEmpty, "\(id) : aucun exemple non déclenchant") }
            }
        }
    }

    func testEveryBasisCitedExistsAndEveryPackLoads() throws {
        let library = try Repo.library()
        for name in library.availablePacks() {
            let pack = try library.pack(name)
            for rule in pack.rules.values {
                for basis in rule.occult.bases + rule.exemptions.values.flatMap(\.bases) + (rule.review?.bases ?? []) {
                    XCTAssertNotNil(library.catalogue[basis], "\(rule.id) cite \(basis)")
                }
            }
        }
    }

    // MARK: Pack errors name file and line, before any row is read.

    private func loadError(_ yaml: String) throws -> OcculterError? {
        let dir = TempDir()
        let path = dir.write("mon-pack.yaml", yaml)
        do {
            _ = try Repo.library().pack(path)
            return nil
        } catch let error as OcculterError {
            XCTAssertEqual(error.location?.file, path)
            return error
        }
    }

    private let header = """
    pack: essai
    version: "1"
    title: "Essai"
    include: [common]

    """

    func testBadRegexNamesRuleLineAndOffset() throws {
        let error = try loadError(header + """
        rules:
          - id: casse
            title: "Motif cassé"
            detector:
              kind: pattern
              pattern: 'abc(def'
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples: [{input: "abc"}]
        """)
        XCTAssertEqual(error?.location?.line, 10)
        XCTAssertTrue(error?.message.contains("casse") ?? false)
        XCTAssertTrue(error?.message.contains("position 7") ?? false, error?.message ?? "")
    }

    /// Keywords are compared in ASCII case only: an accented one could never be found in a
    /// cell written in capitals, and would hide matches. It is refused with its place.
    func testNonASCIIKeywordIsRefused() throws {
        let error = try loadError(header + """
        rules:
          - id: domicile
            title: "Domicile"
            detector:
              kind: pattern
              pattern: 'domicilié'
              caseless: true
              keywords: [domicilié]
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples: [{input: "DOMICILIÉ"}]
        """)
        XCTAssertEqual(error?.location?.line, 12)
        XCTAssertTrue(error?.message.contains("keywords") ?? false, error?.message ?? "")
        XCTAssertTrue(error?.hint?.contains("sans accent") ?? false)
    }

    func testUnknownDetector() throws {
        let error = try loadError(header + """
        rules:
          - id: r
            title: "t"
            detector: { kind: magie }
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples: [{input: "abc"}]
        """)
        XCTAssertEqual(error?.location?.line, 8)
        XCTAssertTrue(error?.message.contains("magie") ?? false)
    }

    func testUnknownLegalBasis() throws {
        let error = try loadError(header + """
        rules:
          - id: r
            title: "t"
            detector: { kind: pattern, pattern: 'x' }
            action: redact
            bases: [crpa-l312-1-2-al2, loi-imaginaire]
            justification: "x"
            examples: [{input: "abc"}]
        """)
        XCTAssertEqual(error?.location?.line, 10)
        XCTAssertTrue(error?.message.contains("loi-imaginaire") ?? false)
    }

    func testUnknownColumnAndUnknownRule() throws {
        let unknownColumn = try loadError(header + """
        columns:
          A: { keep: "x" }
        row_key: B
        """)
        XCTAssertTrue(unknownColumn?.message.contains("B") ?? false)
        XCTAssertEqual(unknownColumn?.location?.line, 7)
        let unknownRule = try loadError(header + """
        columns:
          A: { scan: [nir, inexistante] }
        """)
        XCTAssertTrue(unknownRule?.message.contains("inexistante") ?? false)
        XCTAssertEqual(unknownRule?.location?.line, 6)
    }

    func testUnknownKeyTabAndDuplicateRule() throws {
        let unknownKey = try loadError(header + "colonnes: {}\n")
        XCTAssertTrue(unknownKey?.message.contains("colonnes") ?? false)
        XCTAssertEqual(unknownKey?.location?.line, 5)

        let tab = try loadError(header + "columns:\n\tA: { keep: \"x\" }\n")
        XCTAssertTrue(tab?.message.contains("tabulation") ?? false)
        XCTAssertEqual(tab?.location?.line, 6)

        let rule = """
          - id: double
            title: "t"
            detector: { kind: pattern, pattern: 'x' }
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples: [{input: "abc"}]

        """
        let duplicate = try loadError(header + "rules:\n" + rule + rule)
        XCTAssertTrue(duplicate?.message.contains("double") ?? false)
        XCTAssertEqual(duplicate?.location?.line, 13)
    }

    func testConfigUnknownKeyNamesLine() {
        XCTAssertThrowsError(try OcculterConfig.parse(yaml: "organisation: X\nelus: []\n", path: "config.yaml")) { error in
            let error = error as? OcculterError
            XCTAssertEqual(error?.location?.line, 2)
            XCTAssertTrue(error?.message.contains("elus") ?? false)
        }
    }
}
