import XCTest
@testable import OcculterCore

/// The detector kinds are found by their YAML name alone, each reads only its own keys, and a
/// worker's copy has regular expressions of its own.
final class DetectorRegistryTests: XCTestCase {
    func testEveryKindOfThePacksIsFoundByItsName() throws {
        let library = try Repo.library()
        var kinds: Set<String> = []
        for name in library.availablePacks() {
            let pack = try library.pack(name)
            for rule in pack.rules.values {
                let kind = type(of: rule.detector)
                XCTAssertTrue(DetectorRegistry.kind(named: kind.kind) == kind, kind.kind)
                kinds.insert(kind.kind)
            }
        }
        XCTAssertTrue(kinds.isSuperset(of: ["pattern", "email", "person-name", "linked-identifier", "flag-column", "row-marker", "first-name-threshold"]))
    }

    func testKindNamesAreUniqueAndScopesConsistent() {
        let names = DetectorRegistry.kinds.map { $0.kind }
        XCTAssertEqual(Set(names).count, names.count, names.joined(separator: ", "))
        for kind in DetectorRegistry.kinds {
            // What the run calls: a cell kind detects in cells, a row kind in rows.
            switch kind.scope {
            case .cell: XCTAssertTrue(kind is any CellDetector.Type, kind.kind)
            case .row: XCTAssertTrue(kind is any RowDetector.Type, kind.kind)
            case .table: XCTAssertFalse(kind is any CellDetector.Type || kind is any RowDetector.Type, kind.kind)
            }
        }
    }

    func testNamesThatAreNoKind() {
        for name in ["", "Pattern", "pattern-", "-pattern", "pattern detector", "magie", "detector-kind", "registry"] {
            XCTAssertNil(DetectorRegistry.kind(named: name), name)
        }
    }

    func testAKindRefusesAnotherKindsKey() throws {
        let dir = TempDir()
        let path = dir.write("mon-pack.yaml", """
        pack: essai
        version: "1"
        title: "Essai"
        include: [common]
        rules:
          - id: r
            title: "t"
            detector: { kind: email, pattern: 'x@y', fields: [a] }
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            review: { bases: [crpa-l312-1-2-al2], justification: "x" }
            exemptions: { contact-fonctionnel: { bases: [crpa-l312-1-2-al2], justification: "x" } }
            examples: [{input: "abc"}]
        """)
        XCTAssertThrowsError(try Repo.library().pack(path)) { error in
            let error = error as? OcculterError
            XCTAssertEqual(error?.location?.line, 8)
            XCTAssertTrue(error?.message.contains("« fields »") ?? false, error?.message ?? "")
            XCTAssertTrue(error?.message.contains("détecteur email") ?? false, error?.message ?? "")
        }
    }

    func testAWorkerCopyCompilesItsOwnRegexes() throws {
        let pack = try Repo.library().pack("marches-publics")
        let copy = pack.forWorker()
        var checked = 0
        for id in pack.ruleOrder {
            if let own = copy.rules[id]?.detector as? RowMarkerDetector, let shared = pack.rules[id]?.detector as? RowMarkerDetector {
                XCTAssertFalse(own.regex === shared.regex)
                XCTAssertEqual(own.regex.pattern, shared.regex.pattern)
                checked += 1
            }
            if let own = copy.rules[id]?.detector as? PatternDetector, let shared = pack.rules[id]?.detector as? PatternDetector {
                XCTAssertFalse(own.regex === shared.regex)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 1)
    }
}
