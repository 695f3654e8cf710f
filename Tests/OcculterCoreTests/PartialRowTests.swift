import XCTest
@testable import OcculterCore

/// A run that keeps no review context (the CLI without `--report`) processes a record with
/// findings from the cells it needs and writes its other fields as read. What it publishes
/// and decides must be what the full path gives, byte for byte, whatever the quoting of the
/// fields around the changed one, the line endings and the number of jobs.
final class PartialRowTests: XCTestCase {
    /// Rows whose other fields need quotes (delimiter, quote, line break) or not, subjects
    /// that need quotes once occulted or not, a name in the last column, a clean row.
    private func csv(lineEnding: String) -> String {
        var rows = [delibHeader]
        let subjects = [
            "Cession à M. Paul RENARD du terrain AB 12",
            "Vente; acquisition auprès de Mme Anne MARTIN, \"lot 4\"",
            "Budget primitif 2024",
            "Indemnité versée à M. Hugo BLANC\nsuite au sinistre",
            "Convention avec M. Jean DUPONT ; avenant n° 2",
        ]
        for (index, subject) in subjects.enumerated() {
            var row = delibRow("2024-\(index + 1)", subject)
            if index % 2 == 1 {
                // A quoted field elsewhere in the record: the whole-record copy does not apply.
                row = row.replacingOccurrences(of: "Budget principal", with: "\"Budget \"\"annexe\"\"; eau\"")
            }
            rows.append(row)
        }
        rows.append("Ville de Test;21420218600016;2024-9;2024-03-12;3.2;Domaine;Acquisition d'une parcelle;2024;Budget principal;042;2024-03-20;33;30;28;1;1;https://ville-test.fr/d")
        return rows.joined(separator: lineEnding) + lineEnding
    }

    private func run(_ text: String, keepsReviewContext: Bool, jobs: Int, in dir: TempDir) throws -> RunResult {
        var options = RunOptions(input: dir.write("in.csv", text), output: dir.path("out.csv"), pack: "deliberations", jobs: jobs)
        options.fingerprintKey = testFingerprintKey
        options.keepsDigests = false
        options.keepsReviewContext = keepsReviewContext
        return try Pipeline(library: try Repo.library()).run(options)
    }

    func testPartialRowsPublishWhatFullRowsPublish() throws {
        for lineEnding in ["\n", "\r\n"] {
            for jobs in [1, 2] {
                let fullDir = TempDir(), partialDir = TempDir()
                let full = try run(csv(lineEnding: lineEnding), keepsReviewContext: true, jobs: jobs, in: fullDir)
                let partial = try run(csv(lineEnding: lineEnding), keepsReviewContext: false, jobs: jobs, in: partialDir)
                let label = "fin de ligne \(lineEnding.debugDescription), \(jobs) tâche(s)"
                XCTAssertEqual(fullDir.read("out.csv"), partialDir.read("out.csv"), label)
                XCTAssertEqual(full.report.decisions.map(\.rule), partial.report.decisions.map(\.rule), label)
                XCTAssertEqual(full.report.decisions.map(\.rowKey), partial.report.decisions.map(\.rowKey), label)
                XCTAssertEqual(full.report.decisions.map(\.action), partial.report.decisions.map(\.action), label)
                XCTAssertEqual(full.exitStatus, partial.exitStatus, label)
                // The names are gone from both, and the full path kept the original cells for review.
                let published = try XCTUnwrap(partialDir.read("out.csv"), label)
                for name in ["RENARD", "MARTIN", "BLANC", "DUPONT"] { XCTAssertFalse(published.contains(name), "\(name), \(label)") }
                XCTAssertTrue(published.contains("\"Budget \"\"annexe\"\"; eau\""), label)
                XCTAssertFalse(full.review.cells.isEmpty, label)
                XCTAssertTrue(partial.review.cells.isEmpty, label)
            }
        }
    }

    /// The CLI without `--report` writes no review.html: its message says how to get one, and
    /// with `--report` it names the file it wrote.
    func testPendingReviewMessageNamesOnlyAFileThatExists() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", delibHeader + "\n" + delibRow("2024-1", "Vente de terrain à BOUVIER") + "\n")
        let bare = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out.csv")])
        XCTAssertEqual(bare.status, 3, bare.stderr)
        XCTAssertTrue(bare.stderr.contains("relancez avec --report DOSSIER pour obtenir review.html"), bare.stderr)
        let reported = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out2.csv"), "--report", dir.path("r")])
        XCTAssertEqual(reported.status, 3, reported.stderr)
        XCTAssertTrue(reported.stderr.contains("voir \(dir.path("r"))/review.html, puis relancez avec --decisions"), reported.stderr)
        XCTAssertTrue(dir.exists("r/review.html"))
    }
}
