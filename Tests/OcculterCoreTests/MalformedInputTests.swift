import XCTest
@testable import OcculterCore

/// The malformed-input corpus, each case with its specified outcome, run through the real
/// `occulter` executable: errors give exit 1, a French message naming file and line, and no
/// output file; the valid oddities are processed.
final class MalformedInputTests: XCTestCase {
    enum Outcome {
        /// Exit 1, the message names this line and contains this text.
        case error(line: Int?, containing: String)
        /// Processed: exit 0 (or 3), output written.
        case processed
    }

    struct Case {
        var name: String
        var file: String
        var bytes: [UInt8]
        var outcome: Outcome
        var pack: String = "deliberations"
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
    static let header = "ID;DELIB_ID;DELIB_DATE;DELIB_OBJET\n"

    static var corpus: [Case] {
        [
            Case(name: "guillemet non fermé", file: "guillemet.csv",
                 bytes: utf8(header + "1;A;2024-01-01;ok\n2;B;2024-01-01;\"jamais fermé\n3;C;2024-01-01;x\n"),
                 outcome: .error(line: 3, containing: "guillemet")),
            Case(name: "ligne irrégulière", file: "irreguliere.csv", bytes: utf8(header + "1;A;2024-01-01\n"),
                 outcome: .error(line: 2, containing: "champs")),
            Case(name: "octet nul", file: "nul.csv", bytes: utf8(header + "1;A;2024-01-01;a") + [0] + utf8("b\n"),
                 outcome: .error(line: 2, containing: "octet nul")),
            Case(name: "ni UTF-8 ni Windows-1252", file: "octets.csv", bytes: utf8(header + "1;A;2024-01-01;x") + [0x8D, 0x81] + utf8("\n"),
                 outcome: .error(line: 2, containing: "ni en UTF-8 ni en Windows-1252")),
            Case(name: "fichier vide", file: "vide.csv", bytes: [], outcome: .error(line: 1, containing: "vide")),
            Case(name: "en-tête en double", file: "double.csv", bytes: utf8("ID;DELIB_ID;DELIB_ID;DELIB_OBJET\n1;A;B;x\n"),
                 outcome: .error(line: 1, containing: "deux fois")),
            Case(name: "en-tête seul", file: "entete.csv", bytes: utf8(header), outcome: .processed),
            Case(name: "fins de ligne mélangées", file: "fins.csv", bytes: utf8(header + "1;A;2024-01-01;x\r\n2;B;2024-01-01;y\n"),
                 outcome: .processed),
            Case(name: "BOM au milieu", file: "bom.csv", bytes: utf8(header + "1;A;2024-01-01;x\n") + [0xEF, 0xBB, 0xBF] + utf8(header),
                 outcome: .error(line: 3, containing: "BOM")),
            Case(name: "JSON DECP tronqué", file: "tronque.json", bytes: utf8("{\"marches\": [{\"id\": \"M1\", \"objet\": \"Voirie\""),
                 outcome: .error(line: 1, containing: "incomplet"), pack: "marches-publics"),
            Case(name: "cellule de 50 Mo", file: "enorme.csv",
                 bytes: utf8(header + "1;A;2024-01-01;\"") + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20) + utf8("\"\n"),
                 outcome: .error(line: 2, containing: "Mo")),
            Case(name: "10 000 colonnes", file: "colonnes.csv",
                 bytes: utf8((0..<10_000).map { "C\($0)" }.joined(separator: ";") + "\n" + (0..<10_000).map { "v\($0)" }.joined(separator: ";") + "\n"),
                 outcome: .processed),
        ]
    }

    func testCorpus() throws {
        for item in MalformedInputTests.corpus {
            let dir = TempDir()
            let input = dir.write(item.file, bytes: item.bytes)
            let output = dir.path("sortie")
            let run = try CLIRun.run(["apply", input, "--pack", item.pack, "--output", output])
            switch item.outcome {
            case let .error(line, text):
                XCTAssertEqual(run.status, 1, "\(item.name) : \(run.stderr)")
                XCTAssertTrue(run.stderr.contains(item.file), "\(item.name) : fichier non nommé — \(run.stderr)")
                if let line { XCTAssertTrue(run.stderr.contains("ligne \(line)"), "\(item.name) : \(run.stderr)") }
                XCTAssertTrue(run.stderr.contains(text), "\(item.name) : \(run.stderr)")
                XCTAssertTrue(run.stderr.contains("À faire"), "\(item.name) : pas de conseil")
                XCTAssertEqual(dir.listing(), [item.file], "\(item.name) : aucun fichier de sortie")
            case .processed:
                XCTAssertTrue([0, 3].contains(run.status), "\(item.name) : \(run.stderr)")
                XCTAssertTrue(dir.exists("sortie"), item.name)
            }
        }
    }

    func testHeaderOnlyGivesTheHeaderAlone() throws {
        let dir = TempDir()
        let input = dir.write("entete.csv", MalformedInputTests.header)
        let run = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out.csv")])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(dir.read("out.csv"), MalformedInputTests.header)
    }

    func testBrokenPacksStopBeforeAnyRow() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", MalformedInputTests.header + "1;A;2024-01-01;x\n")
        let cases: [(String, String, Int)] = [
            ("tab.yaml", "pack: p\nversion: \"1\"\ntitle: t\ninclude: [common]\ncolumns:\n\tDELIB_OBJET: { keep: x }\n", 6),
            ("cle.yaml", "pack: p\nversion: \"1\"\ntitle: t\ninclude: [common]\nregles: []\n", 5),
            ("double.yaml", "pack: p\nversion: \"1\"\ntitle: t\ninclude: [common]\nrules:\n  - {id: a, title: t, detector: {kind: pattern, pattern: x}, action: redact, bases: [crpa-l312-1-2-al2], justification: j, examples: [{input: a}]}\n  - {id: a, title: t, detector: {kind: pattern, pattern: y}, action: redact, bases: [crpa-l312-1-2-al2], justification: j, examples: [{input: a}]}\n", 7),
        ]
        for (name, yaml, line) in cases {
            let pack = dir.write(name, yaml)
            let run = try CLIRun.run(["apply", input, "--pack", pack, "--output", dir.path("out.csv")])
            XCTAssertEqual(run.status, 1, name)
            XCTAssertTrue(run.stderr.contains("\(name), ligne \(line)"), "\(name) : \(run.stderr)")
            XCTAssertFalse(dir.exists("out.csv"))
        }
    }

    func testUsageErrorsExitTwoInFrench() throws {
        let missing = try CLIRun.run(["apply"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("erreur d'utilisation"))
        let unknown = try CLIRun.run(["apply", "x.csv", "--output", "y.csv", "--inconnue"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("option inconnue"))
        let pack = try CLIRun.run(["apply", "x.csv", "--output", "y.csv", "--pack", "introuvable"])
        XCTAssertEqual(pack.status, 1, "fichier absent : erreur d'entrée")
    }

    func testStandardInputAndOutput() throws {
        let csv = MalformedInputTests.header + "1;A;2024-01-01;Vente à M. Paul RENARD\n"
        let run = try CLIRun.run(["apply", "-", "--pack", "deliberations", "--output", "-"], stdin: Data(csv.utf8))
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, MalformedInputTests.header + "1;A;2024-01-01;Vente à M. [nom occulté]\n")
        let failing = try CLIRun.run(["apply", "-", "--pack", "deliberations", "--output", "-"], stdin: Data((csv + "2;\"x\n").utf8))
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stdout, "", "rien sur la sortie standard en cas d'échec")
    }
}
