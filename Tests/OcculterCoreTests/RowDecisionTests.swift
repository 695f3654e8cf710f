import XCTest
@testable import OcculterCore

/// Row rules' decisions go through the decider: the DPO's decisions file settles them as it
/// settles a cell's finding.
final class RowDecisionTests: XCTestCase {
    private let csv = "id;objet;montant;bordereauPrixUnitaires\nM3;Enrobés;400000;92,50 € HT/t\n"

    func testDecisionsFileKeepsASecretFieldsDecision() throws {
        let dir = TempDir()
        let (first, output) = try runPipeline(csv, pack: "marches-publics", in: dir, reports: true)
        let withheld = try XCTUnwrap(first.report.decisions.first { $0.rule == "champs-secret-affaires" })
        XCTAssertEqual(withheld.action, .suppressCell)
        XCTAssertFalse(output?.contains("92,50") ?? true)

        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(withheld.fingerprint)"
            decision: keep
            reviewer: "A. Martin, DPO"
            date: "2026-12-01"
            comment: "Bordereau publié par le titulaire lui-même"
        """)
        let (second, kept) = try runPipeline(csv, pack: "marches-publics", in: dir, reports: true, decisions: decisions)
        let decision = try XCTUnwrap(second.report.decisions.first { $0.rule == "champs-secret-affaires" })
        XCTAssertEqual(decision.action, .keep)
        XCTAssertEqual(decision.status, .reviewedKeep)
        XCTAssertEqual(decision.review?.overturned, .applied)
        XCTAssertEqual(decision.fingerprint, withheld.fingerprint)
        XCTAssertTrue(kept?.contains("92,50 € HT/t") ?? false)
        XCTAssertEqual(second.report.staleReviewDecisions, 0)
    }

    func testDecisionsFileOccultMakesNoChangeToAnAppliedRowDecision() throws {
        let dir = TempDir()
        let (first, _) = try runPipeline(csv, pack: "marches-publics", in: dir, reports: true)
        let withheld = try XCTUnwrap(first.report.decisions.first { $0.rule == "champs-secret-affaires" })
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(withheld.fingerprint)"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-01"
        """)
        let (second, output) = try runPipeline(csv, pack: "marches-publics", in: dir, reports: true, decisions: decisions)
        let decision = try XCTUnwrap(second.report.decisions.first { $0.rule == "champs-secret-affaires" })
        XCTAssertEqual(decision.action, .suppressCell)
        XCTAssertEqual(decision.status, .reviewedOccult)
        XCTAssertFalse(output?.contains("92,50") ?? true)
    }

    /// One fingerprint for every rule: over the column as the input names it (the name the
    /// decision shows), whatever pack column the header maps to.
    func testRowDecisionFingerprintUsesTheInputColumn() throws {
        let csv = "N° MARCHÉ;Objet du marché;MONTANT HT;Prix unitaires\nM8;Enrobés;400000;92,50 € HT/t\n"
        let (result, _) = try runPipeline(csv, pack: "marches-publics", in: TempDir(), reports: true)
        let decision = try XCTUnwrap(result.report.decisions.first { $0.rule == "champs-secret-affaires" })
        XCTAssertEqual(decision.column, "Prix unitaires")
        XCTAssertEqual(decision.fingerprint, Fingerprint.make(key: testFingerprintKey, rule: "champs-secret-affaires", column: "Prix unitaires",
                                                              rowKey: "M8", value: "92,50 € HT/t"))
    }
}
