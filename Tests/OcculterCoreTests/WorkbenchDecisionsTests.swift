import XCTest
@testable import OcculterCore

/// The decisions the workbench writes: signed by a reviewer, `add` entries for what the tool
/// missed, overturned automatic decisions recorded, and review.json confidential.
final class WorkbenchDecisionsTests: XCTestCase {
    let csv = [delibHeader,
               delibRow("2024-031", "Courrier de Martine Lefort pour son engagement"),
               delibRow("2024-033", "Cession à M. Paul RENARD"),
               delibRow("2024-034", "Travaux de voirie confiés au voisin Dupontel")].joined(separator: "\n") + "\n"

    func testDecisionWithoutReviewerIsRefused() throws {
        let dir = TempDir()
        let path = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "00000000000000000000"
            decision: keep
            reviewer: "  "
            date: "2026-12-02"
        """)
        XCTAssertThrowsError(try ReviewDecisions.load(path: path)) { error in
            XCTAssertTrue(String(describing: error).contains("sans nom de relecteur"), "\(error)")
        }
        let blank = dir.write("blank.yaml", """
        decisions:
          - fingerprint: "00000000000000000000"
            decision:
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
        """)
        XCTAssertThrowsError(try ReviewDecisions.load(path: blank), "une décision laissée vide n'est pas un choix")
    }

    func testWrittenFileReadsBackExactly() throws {
        var decisions = ReviewDecisions()
        decisions.set("abc123", ReviewRecord(decision: .keep, reviewer: "Anne \"la DPO\" Martin", date: "2026-12-02T10:00:00Z",
                                             comment: "ligne 1\nligne 2 ; « guillemets » : oui"))
        decisions.add(.init(rule: "nom-personne", column: "DELIB_OBJET", rowKey: "2024-034", text: "Dupontel: #1",
                            record: ReviewRecord(decision: .occult, reviewer: "A. Martin", date: "2026-12-02T10:01:00Z")))
        let dir = TempDir()
        let path = dir.write("decisions.yaml", decisions.yaml())
        let loaded = try ReviewDecisions.load(path: path)
        XCTAssertEqual(loaded.order, ["abc123"])
        XCTAssertEqual(loaded.entries["abc123"], decisions.entries["abc123"])
        XCTAssertEqual(loaded.additions, decisions.additions)
        XCTAssertEqual(loaded.yaml(), decisions.yaml())
    }

    func testAddedSpanIsOccultedAndRecordedWithoutItsText() throws {
        let dir = TempDir()
        let (first, firstOutput) = try runPipeline(csv, in: dir)
        XCTAssertTrue(firstOutput?.contains("Dupontel") ?? false, "le détecteur ne le voit pas : c'est le cas à ajouter")
        XCTAssertFalse(first.report.decisions.contains { $0.rowKey == "2024-034" })
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - add:
              rule: "nom-personne"
              column: "DELIB_OBJET"
              row_key: "2024-034"
              text: "Dupontel"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02T10:00:00Z"
          - add:
              rule: "nom-personne"
              column: "DELIB_OBJET"
              row_key: "2099-999"
              text: "Personne"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02T10:00:00Z"
        """)
        let (second, output) = try runPipeline(csv, in: dir, reports: true, decisions: decisions)
        XCTAssertFalse(output?.contains("Dupontel") ?? true)
        let added = try XCTUnwrap(second.report.decisions.first { $0.rowKey == "2024-034" })
        XCTAssertEqual(added.status, .reviewedOccult)
        XCTAssertEqual(added.review?.added, true)
        XCTAssertEqual(added.review?.reviewer, "A. Martin, DPO")
        XCTAssertFalse(added.bases.isEmpty, "les fondements de la règle choisie")
        XCTAssertEqual(second.report.staleReviewDecisions, 1, "l'ajout sans correspondance est signalé (compté), sans son texte")
        XCTAssertEqual(second.review.staleFingerprints, ["ajout-2"], "le rapport confidentiel le nomme")
        for name in ["report.json", "report.md", "report.html"] {
            XCTAssertFalse(try XCTUnwrap(dir.read("reports/" + name)).contains("Dupontel"), name)
        }
        let html = try XCTUnwrap(dir.read("reports/report.html"))
        XCTAssertTrue(html.contains("passage ajouté par le DPO"))
    }

    func testUnknownRuleInAdditionIsAnError() throws {
        let dir = TempDir()
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - add: { rule: "pas-une-regle", column: "DELIB_OBJET", row_key: "2024-034", text: "Dupontel" }
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
        """)
        XCTAssertThrowsError(try runPipeline(csv, in: dir, decisions: decisions)) { error in
            XCTAssertTrue(String(describing: error).contains("pas-une-regle"))
        }
        XCTAssertFalse(dir.exists("output.csv"), "aucune sortie")
    }

    func testOverturnedAutomaticDecisionIsRecorded() throws {
        let dir = TempDir()
        let (first, _) = try runPipeline(csv, in: dir)
        let automatic = try XCTUnwrap(first.report.decisions.first { $0.rowKey == "2024-033" && $0.status == .applied })
        let pending = try XCTUnwrap(first.report.decisions.first { $0.status == .pending })
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(automatic.fingerprint)"
            decision: keep
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
          - fingerprint: "\(pending.fingerprint)"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
        """)
        let (second, _) = try runPipeline(csv, in: dir, reports: true, decisions: decisions)
        let overturned = try XCTUnwrap(second.report.decisions.first { $0.fingerprint == automatic.fingerprint })
        XCTAssertEqual(overturned.status, .reviewedKeep)
        XCTAssertEqual(overturned.review?.overturned, .applied)
        let settled = try XCTUnwrap(second.report.decisions.first { $0.fingerprint == pending.fingerprint })
        XCTAssertNil(settled.review?.overturned, "trancher un élément en attente ne renverse rien")
        let json = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(json.contains("\"overturned\" : \"appliquee\""))
        let html = try XCTUnwrap(dir.read("reports/report.html"))
        XCTAssertTrue(html.contains("Décisions du DPO") && html.contains("oui (décision automatique"))
        XCTAssertTrue(html.contains(try XCTUnwrap(second.report.signOff?.decisionsFile?.sha256)), "la signature porte l'empreinte du fichier de décisions")
    }

    func testReviewJSONIsConfidentialWithPendingFirst() throws {
        let dir = TempDir()
        _ = try runPipeline(csv, in: dir, reports: true)
        let path = dir.path("reports/review.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let review = try JSONDecoder().decode(ReviewJSON.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(review.items.first?.status, .pending)
        let statuses = review.items.map(\.status)
        XCTAssertFalse(statuses.drop(while: { $0 == .pending }).contains(.pending), "en attente d'abord")
        let lefort = try XCTUnwrap(review.items.first { $0.cell.contains("Lefort") })
        let utf16 = Array(lefort.cell.utf16)
        XCTAssertEqual(String(decoding: utf16[lefort.start..<lefort.end], as: UTF16.self), lefort.value)
        XCTAssertEqual(review.run?.input, dir.path("input.csv"))
        XCTAssertTrue(review.rows.contains { $0.row == lefort.row && $0.before.contains { $0.contains("Lefort") } })
        XCTAssertFalse(review.rows.first { $0.row == lefort.row }?.after?.contains { $0.contains("Lefort") } ?? true)
        let reviewHTML = try XCTUnwrap(dir.read("reports/review.html"))
        XCTAssertFalse(reviewHTML.contains("decision: occult") || reviewHTML.contains("decision: keep"), "aucune décision pré-remplie")
    }
}
