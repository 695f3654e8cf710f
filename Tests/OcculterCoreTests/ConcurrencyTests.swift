import Foundation
import XCTest
@testable import OcculterCore

/// Runs on several threads, made to be run under ThreadSanitizer (`make test` runs this class
/// once with `--sanitize=thread`): reading, processing and writing overlap on CSV and DECP
/// inputs large enough for several chunks, and the outputs must equal the one-thread run's.
final class ConcurrencyTests: XCTestCase {
    static let subjects = ["Cession à M. Paul RENARD de la parcelle AB 12", "Travaux de voirie rue Jean Jaurès",
                           "Bail consenti à Mme Anne VIDAL, demeurant 12 impasse des Lilas", "Subvention au club de pétanque",
                           "Indemnisation de M. et Mme DIALLO", "Convention avec la SARL Dupont Frères"]

    /// A CSV whose first rows are ASCII and whose later rows hold Windows-1252 bytes: the
    /// encoding is decided while workers and the writer are already running.
    func lateEncodingCSV(rows: Int) -> [UInt8] {
        var text = delibHeader + "\r\n"
        for index in 0..<rows {
            var subject = ConcurrencyTests.subjects[index % ConcurrencyTests.subjects.count]
            if index < rows / 2 { subject = subject.replacingOccurrences(of: "à", with: "a").replacingOccurrences(of: "è", with: "e").replacingOccurrences(of: "é", with: "e") }
            text += delibRow("2024-\(index)", subject) + "\r\n"
        }
        return Array(text.data(using: .windowsCP1252)!)
    }

    func decp(contracts: Int) -> String {
        let items = (0..<contracts).map { index in
            """
            {"id": "2024-MP-\(index)", "objet": "\(ConcurrencyTests.subjects[index % ConcurrencyTests.subjects.count])", "montant": \(1000 + index),
             "titulaires": [{"typeIdentifiant": "SIRET", "id": "37284063700014", "denominationSociale": "Jean-Michel ROUX"}]}
            """
        }
        return "{\"marches\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    func run(_ input: String, pack: String, jobs: Int, in dir: TempDir, name: String) throws -> [UInt8] {
        var options = RunOptions(input: input, output: dir.path(name), pack: pack, reportDirectory: dir.path("r-\(name)"), jobs: jobs)
        options.fingerprintKey = testFingerprintKey
        _ = try Pipeline(library: try Repo.library()).run(options)
        return [UInt8](FileManager.default.contents(atPath: dir.path(name)) ?? Data())
    }

    /// The reports of both runs, but for the output's file name and the run's date.
    func sameReports(_ dir: TempDir, _ a: String, _ b: String) -> Bool {
        func stable(_ text: String?) -> [Substring] {
            (text ?? "").replacingOccurrences(of: b, with: a).split(separator: "\n")
                .filter { $0.range(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, options: .regularExpression) == nil }
        }
        return ["report.json", "report.md"].allSatisfy { file in
            let first = stable(dir.read("r-\(a)/\(file)")), second = stable(dir.read("r-\(b)/\(file)"))
            return !first.isEmpty && first == second
        }
    }

    func testCSVWithLateEncodingOnTwoJobs() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", bytes: lateEncodingCSV(rows: 3000))
        let one = try run(input, pack: "deliberations", jobs: 1, in: dir, name: "un.csv")
        let two = try run(input, pack: "deliberations", jobs: 2, in: dir, name: "deux.csv")
        XCTAssertTrue(one == two, "sorties différentes selon le nombre de fils")
        XCTAssertTrue(one.contains(0xE0), "à en Windows-1252 dans la sortie")
        XCTAssertFalse(String(decoding: one, as: UTF8.self).contains("RENARD"))
        XCTAssertTrue(sameReports(dir, "un.csv", "deux.csv"))
    }

    func testDECPOnTwoJobs() throws {
        let dir = TempDir()
        let input = dir.write("marches.json", decp(contracts: 2500))
        let one = try run(input, pack: "marches-publics", jobs: 1, in: dir, name: "un.json")
        let two = try run(input, pack: "marches-publics", jobs: 2, in: dir, name: "deux.json")
        XCTAssertTrue(one == two, "sorties différentes selon le nombre de fils")
        XCTAssertFalse(String(decoding: one, as: UTF8.self).contains("RENARD"))
        XCTAssertTrue(sameReports(dir, "un.json", "deux.json"))
    }
}
