import XCTest
@testable import OcculterCore

/// hold → decide → re-run → exit 0, with the DPO's decisions recorded and stale ones reported.
final class ReviewLoopTests: XCTestCase {
    let csv = [delibHeader,
               delibRow("2024-031", "Courrier de Martine Lefort pour son engagement"),
               delibRow("2024-032", "Plaque commémorative pour Marcel Tourneur"),
               delibRow("2024-033", "Cession à M. Paul RENARD")].joined(separator: "\n") + "\n"

    func testHoldDecideRerun() throws {
        let dir = TempDir()
        let (first, firstOutput) = try runPipeline(csv, in: dir, reports: true)
        XCTAssertEqual(first.exitStatus, .pendingReview)
        let pending = first.report.decisions.filter { $0.status == .pending }
        XCTAssertEqual(pending.count, 2)
        XCTAssertFalse(firstOutput?.contains("Lefort") ?? true, "occulté en attendant la revue")
        // review.html gives the exact lines to paste.
        let review = try XCTUnwrap(dir.read("reports/review.html"))
        for item in pending { XCTAssertTrue(review.contains("fingerprint: &quot;\(item.fingerprint)&quot;") || review.contains("fingerprint: \"\(item.fingerprint)\"")) }

        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(pending[0].fingerprint)"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-11-27"
            comment: "Personne privée"
          - fingerprint: "\(pending[1].fingerprint)"
            decision: keep
            reviewer: "A. Martin, DPO"
            date: "2026-11-27"
            comment: "Peintre local décédé en 1901"
          - fingerprint: "00000000000000000000"
            decision: keep
            reviewer: "A. Martin, DPO"
            date: "2026-11-27"
        """)
        let (second, output) = try runPipeline(csv, in: dir, reports: true, decisions: decisions)
        XCTAssertEqual(second.exitStatus, .success)
        XCTAssertFalse(output?.contains("Lefort") ?? true)
        XCTAssertTrue(output?.contains("Marcel Tourneur") ?? false)
        let reviewed = second.report.decisions.filter { $0.review != nil }
        XCTAssertEqual(Set(reviewed.map(\.status)), [.reviewedOccult, .reviewedKeep])
        XCTAssertEqual(reviewed.first?.review?.reviewer, "A. Martin, DPO")
        XCTAssertEqual(second.report.staleReviewDecisions, 1, "signalée, pas ignorée")
        // Fingerprints stay in confidential files: the public report counts, the review lists.
        XCTAssertFalse(try XCTUnwrap(dir.read("reports/report.md")).contains("00000000000000000000"))
        XCTAssertTrue(try XCTUnwrap(dir.read("reports/review.html")).contains("00000000000000000000"))
    }

    func testFingerprintsSurviveRowReordering() throws {
        let reordered = [delibHeader,
                         delibRow("2024-033", "Cession à M. Paul RENARD"),
                         delibRow("2024-032", "Plaque commémorative pour Marcel Tourneur"),
                         delibRow("2024-031", "Courrier de Martine Lefort pour son engagement")].joined(separator: "\n") + "\n"
        let (a, _) = try runPipeline(csv, in: TempDir())
        let (b, _) = try runPipeline(reordered, in: TempDir())
        XCTAssertEqual(Set(a.report.decisions.map(\.fingerprint)), Set(b.report.decisions.map(\.fingerprint)))
    }

    func testCLIExitCodesThroughTheLoop() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", csv)
        let held = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out.csv")])
        XCTAssertEqual(held.status, 3)
        XCTAssertTrue(held.stderr.contains("attendent la revue"))
        XCTAssertTrue(dir.exists("out.csv"))
    }
}
