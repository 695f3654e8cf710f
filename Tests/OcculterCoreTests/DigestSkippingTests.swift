import XCTest
@testable import OcculterCore

/// A run without reports (the CLI's `apply` without `--report`) computes neither the SHA-256
/// of input and output nor keyed fingerprints: nothing reads them. What it publishes must not
/// change, and a run that needs them (reports, a decisions file) must still have them.
final class DigestSkippingTests: XCTestCase {
    private let csv = delibHeader + "\n" + delibRow("2024-1", "Cession à M. Paul RENARD du terrain AB 12") + "\n"
        + delibRow("2024-2", "Courrier de Martine Lefort pour son engagement") + "\n"
        + delibRow("2024-3", "Budget primitif 2024") + "\n"

    private func run(keepsDigests: Bool, reports: Bool = false, decisions: String? = nil, in dir: TempDir) throws -> RunResult {
        var options = RunOptions(input: dir.write("in.csv", csv), output: dir.path("out.csv"), pack: "deliberations",
                                 reportDirectory: reports ? dir.path("r") : nil, decisionsFile: decisions, jobs: 1)
        options.fingerprintKey = testFingerprintKey
        options.keepsDigests = keepsDigests
        return try Pipeline(library: try Repo.library()).run(options)
    }

    func testSameOutputWithoutDigests() throws {
        let withDigests = TempDir(), without = TempDir()
        let full = try run(keepsDigests: true, in: withDigests)
        let lean = try run(keepsDigests: false, in: without)
        XCTAssertEqual(withDigests.read("out.csv"), without.read("out.csv"))
        XCTAssertEqual(full.report.summary.decisions, lean.report.summary.decisions)
        XCTAssertEqual(full.report.summary.pendingReview, lean.report.summary.pendingReview)
        XCTAssertEqual(full.exitStatus, lean.exitStatus)
        // Nothing computed that nothing reads.
        XCTAssertEqual(lean.report.input.sha256, "")
        XCTAssertEqual(lean.report.output?.sha256, "")
        XCTAssertTrue(lean.report.decisions.allSatisfy { $0.fingerprint.isEmpty })
        XCTAssertEqual(full.report.input.sha256.count, 64)
        XCTAssertTrue(full.report.decisions.allSatisfy { $0.fingerprint.count == 20 })
    }

    /// Reports and decisions files read them: then they are made, whatever `keepsDigests` says.
    func testReportsAndDecisionsStillGetThem() throws {
        let reported = try run(keepsDigests: false, reports: true, in: TempDir())
        XCTAssertEqual(reported.report.input.sha256.count, 64)
        XCTAssertTrue(reported.report.decisions.allSatisfy { $0.fingerprint.count == 20 })

        let first = try run(keepsDigests: true, in: TempDir())
        let held = try XCTUnwrap(first.report.decisions.first { $0.status == .pending })
        let dir = TempDir()
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(held.fingerprint)"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
        """)
        let second = try run(keepsDigests: false, decisions: decisions, in: dir)
        XCTAssertTrue(second.report.decisions.contains { $0.fingerprint == held.fingerprint && $0.status == .reviewedOccult })
    }
}
