import XCTest
@testable import OcculterCore

final class PipelineTests: XCTestCase {
    /// The issue's acceptance case: identifiers and a private name go, lawful names stay,
    /// report.json cites L312-1-2 and holds no occulted value.
    func testDeliberationWithEveryKindOfPersonalData() throws {
        let dir = TempDir()
        let secrets = ["1 85 05 78 006 084 91", "FR76 3000 6000 0112 3456 7890 189", "julie.marchand@gmail.com",
                       "06 12 34 56 78", "3 mai 1961", "Karim", "BENALI"]
        let csv = [delibHeader,
                   delibRow("2024-001", "Indemnisation de M. Karim BENALI, né le 3 mai 1961, NIR 1 85 05 78 006 084 91"),
                   delibRow("2024-002", "Remboursement sur le compte FR76 3000 6000 0112 3456 7890 189 - contact julie.marchand@gmail.com ou 06 12 34 56 78"),
                   delibRow("2024-003", "Dénomination de la rue Jean Jaurès - renseignements accueil@ville-test.fr"),
                   delibRow("2024-004", "Marché de travaux attribué à la SARL MARTIN et Fils")].joined(separator: "\n") + "\n"
        let (result, output) = try runPipeline(csv, in: dir, reports: true)
        let published = try XCTUnwrap(output)
        for secret in secrets { XCTAssertFalse(published.contains(secret), "« \(secret) » publié") }
        for kept in ["accueil@ville-test.fr", "rue Jean Jaurès", "SARL MARTIN et Fils"] {
            XCTAssertTrue(published.contains(kept), "« \(kept) » manquant")
        }
        let json = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(json.contains("crpa-l312-1-2-al2"))
        for secret in secrets { XCTAssertFalse(json.contains(secret), "« \(secret) » dans report.json") }
        for name in ["report.md", "report.html"] {
            let text = try XCTUnwrap(dir.read("reports/\(name)"))
            for secret in secrets { XCTAssertFalse(text.contains(secret), "« \(secret) » dans \(name)") }
        }
        let review = try XCTUnwrap(dir.read("reports/review.html"))
        XCTAssertTrue(review.contains("CONFIDENTIEL — ne pas publier"))
        XCTAssertTrue(review.contains("BENALI"), "le rapport confidentiel montre les valeurs")
        XCTAssertEqual(result.report.summary.rowsRead, 4)
        XCTAssertEqual(result.exitStatus, .success)
    }

    func testOfficialIsKeptAndTheKeepIsADecision() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.officials = ["Gaël PERDRIAU"]
        let csv = delibHeader + "\n" + delibRow("2024-010", "Délégation de signature à M. Gaël PERDRIAU, Président") + "\n"
        let (result, output) = try runPipeline(csv, config: config, in: dir)
        XCTAssertTrue(output?.contains("M. Gaël PERDRIAU") ?? false)
        let keep = try XCTUnwrap(result.report.decisions.first { $0.action == .keep })
        XCTAssertEqual(keep.exemption, .official)
        XCTAssertEqual(keep.bases, ["crpa-d312-1-3-6-elus"])
        XCTAssertEqual(keep.rowKey, "2024-010")
    }

    func testUncertainNameIsHeldOccultedAndExitIsThree() throws {
        let dir = TempDir()
        let csv = delibHeader + "\n" + delibRow("2024-020", "Courrier de Martine Lefort pour son engagement") + "\n"
        let (result, output) = try runPipeline(csv, in: dir)
        XCTAssertEqual(result.exitStatus, .pendingReview)
        XCTAssertFalse(output?.contains("Lefort") ?? true)
        XCTAssertEqual(result.report.summary.pendingReview, 1)
    }

    func testPseudonymiseNeedsAKeyAndIsStable() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.actions = ["nom-personne": .pseudonymise]
        let csv = delibHeader + "\n" + delibRow("1", "Bail consenti à M. Paul RENARD") + "\n" + delibRow("2", "Avenant au bail de M. Paul RENARD") + "\n"
        XCTAssertThrowsError(try runPipeline(csv, config: config, in: dir)) { error in
            XCTAssertTrue((error as? OcculterError)?.message.contains("aucune clé") ?? false)
        }
        XCTAssertFalse(dir.exists("output.csv"))
        let key = dir.write("cle.txt", "une-cle-secrete-de-test-assez-longue\n")
        let (result, output) = try runPipeline(csv, config: config, in: dir, reports: true, keyFile: key)
        let lines = try XCTUnwrap(output).split(separator: "\n")
        let pseudonyms = lines.dropFirst().compactMap { line in line.range(of: #"\[PERS-[0-9a-f]{12}\]"#, options: .regularExpression).map { String(line[$0]) } }
        XCTAssertEqual(pseudonyms.count, 2)
        XCTAssertEqual(pseudonyms[0], pseudonyms[1], "même personne, même pseudonyme")
        XCTAssertTrue(result.report.notes.contains { $0.contains("pas une anonymisation") })
        for file in ["reports/report.json", "reports/report.md", "reports/report.html", "reports/review.html", "output.csv"] {
            XCTAssertFalse(dir.read(file)?.contains("une-cle-secrete") ?? true, "clé dans \(file)")
        }
    }

    func testGeneraliseSuppressCellAndSuppressRow() throws {
        let dir = TempDir()
        let pack = dir.write("pack.yaml", """
        pack: essai
        version: "1"
        title: "Essai des actions"
        include: [common]
        row_key: ID
        columns:
          ID: { keep: "identifiant" }
          NAISSANCE: { scan: [annee] }
          NOTE: { scan: [note] }
          DEFENSE: { scan: [defense] }
        rules:
          - id: annee
            title: "Date complète"
            detector: { kind: pattern, pattern: '\\d{2}/\\d{2}/\\d{4}' }
            action: generalise
            generalise: year
            placeholder: "[né en {annee}]"
            bases: [crpa-l312-1-2-al2]
            justification: "Date généralisée à l'année."
            examples: [{input: "01/02/1980", output: "[né en 1980]"}]
          - id: note
            title: "Appréciation"
            detector: { kind: pattern, pattern: '(?i)insuffisant' }
            action: suppress-cell
            bases: [crpa-l311-6-2-jugement]
            justification: "Jugement de valeur."
            examples: [{input: "travail insuffisant", output: ""}]
          - id: defense
            title: "Défense"
            detector: { kind: pattern, pattern: '(?i)défense' }
            action: suppress-row
            bases: [crpa-l311-5]
            justification: "Défense nationale."
            examples: [{input: "défense"}]
        """)
        let csv = "ID;NAISSANCE;NOTE;DEFENSE\n1;le 01/02/1980;travail insuffisant;non\n2;x;y;marché de défense\n"
        let input = dir.write("input.csv", csv)
        let result = try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: dir.path("out.csv"), pack: pack, jobs: 1))
        XCTAssertEqual(dir.read("out.csv"), "ID;NAISSANCE;NOTE;DEFENSE\n1;le [né en 1980];;non\n")
        XCTAssertEqual(Set(result.report.decisions.map(\.action)), [.generalise, .suppressCell, .suppressRow])
        XCTAssertEqual(result.report.summary.rowsSuppressed, 1)
    }

    /// A pack whose one rule backtracks catastrophically on "aaa…ab" in column TEXTE.
    private func catastrophicPack(in dir: TempDir) -> String {
        dir.write("pack.yaml", """
        pack: essai
        version: "1"
        title: "Motif catastrophique"
        include: [common]
        columns:
          TEXTE: { scan: [catastrophe] }
        rules:
          - id: catastrophe
            title: "Retour arrière exponentiel"
            detector: { kind: pattern, pattern: '(a+)+$' }
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples: [{input: "b"}]
        """)
    }

    /// A rule that fails on row N leaves no output file at all.
    func testRuleFailingMidFileLeavesNoOutput() throws {
        let dir = TempDir()
        let pack = catastrophicPack(in: dir)
        var rows = ["TEXTE"]
        for index in 0..<3000 { rows.append("ligne \(index) sans danger") }
        rows.append(String(repeating: "a", count: 5000) + "b")
        let input = dir.write("input.csv", rows.joined(separator: "\n") + "\n")
        let started = Date()
        XCTAssertThrowsError(try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: dir.path("out.csv"), pack: pack, jobs: 1))) { error in
            let error = error as? OcculterError
            XCTAssertEqual(error?.location?.line, 3002)
            XCTAssertTrue(error?.message.contains("catastrophe") ?? false)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "arrêté par les limites PCRE2, pas bloqué")
        XCTAssertEqual(dir.listing(), ["input.csv", "pack.yaml"], "ni sortie ni fichier temporaire")
    }

    /// Rows are read, processed and written in chunks: a rule failing on a row must still be
    /// the error reported when a later line cannot be read, with one job or two, whether the
    /// unreadable line falls in the same chunk or a later one; and no output appears.
    func testTheFirstErrorInInputOrderIsReported() throws {
        let dir = TempDir()
        let pack = catastrophicPack(in: dir)
        for gap in [5, 3000] {
            var rows = ["TEXTE;N"]
            for index in 0..<100 { rows.append("ligne \(index) sans danger;\(index)") }
            rows.append(String(repeating: "a", count: 5000) + "b;x")       // line 102: the rule fails
            for index in 0..<gap { rows.append("ligne \(index);\(index)") }
            rows.append("\"guillemet jamais fermé;1")                         // unreadable
            let input = dir.write("input-\(gap).csv", rows.joined(separator: "\n") + "\n")
            for jobs in [1, 2] {
                let output = dir.path("out-\(gap)-\(jobs).csv")
                XCTAssertThrowsError(try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: output, pack: pack, jobs: jobs))) { error in
                    let error = error as? OcculterError
                    XCTAssertEqual(error?.location?.line, 102, "écart \(gap), --jobs \(jobs)")
                    XCTAssertTrue(error?.message.contains("catastrophe") ?? false, "écart \(gap), --jobs \(jobs)")
                }
                XCTAssertFalse(FileManager.default.fileExists(atPath: output))
            }
        }
        XCTAssertEqual(dir.listing(), ["input-3000.csv", "input-5.csv", "pack.yaml"], "ni sortie ni fichier temporaire")
    }

    func testTwoRunsGiveIdenticalBytes() throws {
        let csv = [delibHeader,
                   delibRow("A", "Cession à M. et Mme Karim BENALI de la parcelle BK 12"),
                   delibRow("B", "Courrier de Martine Lefort"),
                   delibRow("C", "Subvention à l'OCCE M. CURIE")].joined(separator: "\n") + "\n"
        var outputs: [[String: String]] = []
        // The run date is fixed as a publication chain fixes it: two runs may straddle a second.
        let previous = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        setenv("SOURCE_DATE_EPOCH", "1767225600", 1)
        defer { if let previous { setenv("SOURCE_DATE_EPOCH", previous, 1) } else { unsetenv("SOURCE_DATE_EPOCH") } }
        for _ in 0..<2 {
            let dir = TempDir()
            _ = try runPipeline(csv, in: dir, reports: true)
            var files: [String: String] = [:]
            for name in ["output.csv", "reports/report.json", "reports/report.md", "reports/report.html", "reports/review.html"] {
                files[name] = dir.read(name)
            }
            outputs.append(files)
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    func testJobsDoNotChangeTheOutput() throws {
        var rows = [delibHeader]
        for index in 0..<5000 {
            rows.append(delibRow("\(index)", index % 3 == 0 ? "Vente à M. Paul RENARD \(index)" : "Travaux de voirie rue Victor Hugo \(index)"))
        }
        let csv = rows.joined(separator: "\n") + "\n"
        let one = TempDir(), two = TempDir()
        let (first, out1) = try runPipeline(csv, in: one, jobs: 1)
        let (second, out2) = try runPipeline(csv, in: two, jobs: 2)
        XCTAssertEqual(out1, out2)
        XCTAssertEqual(first.report.decisions, second.report.decisions)
    }

    /// INSEE's *Fichier des prénoms* extends the first-name list (config `first_names.extra_list`).
    func testINSEEFirstNamesFileExtendsTheList() throws {
        // No trigger: without the first name, nothing says the two words are a person's.
        let csv = delibHeader + "\n" + delibRow("1", "Courrier de Zorbax Marzin reçu en mairie") + "\n"
        let without = try runPipeline(csv, in: TempDir()).1
        XCTAssertTrue(without?.contains("Zorbax Marzin") ?? false, "prénom inconnu de la liste intégrée")
        let dir = TempDir()
        var config = OcculterConfig()
        config.extraFirstNamesFile = dir.write("nat2022.csv", "sexe;preusuel;annais;nombre\n1;ZORBAX;2019;3\n2;_PRENOMS_RARES;2019;1200\n1;FRANCE;1950;12\n")
        let with = try runPipeline(csv, config: config, in: dir).1
        XCTAssertFalse(with?.contains("Zorbax") ?? true)
        XCTAssertFalse(with?.contains("Marzin") ?? true)
    }
}
