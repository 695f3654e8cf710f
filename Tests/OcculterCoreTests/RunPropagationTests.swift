import XCTest
@testable import OcculterCore

/// Propagation through the run (issue 13): a surname hidden as a private person's in one row is
/// hidden where it stands again, bare, in another row, whatever the number of jobs; a name the
/// run also kept under an exemption, a place or a firm of that name, and a name read whole in
/// its own row are left as each row decided them.
final class RunPropagationTests: XCTestCase {
    private func subjects(_ lines: [String], jobs: Int = 1, reports: Bool = false, in dir: TempDir = TempDir()) throws -> ([String], RunResult) {
        try runSubjects(lines, idPrefix: "P", jobs: jobs, reports: reports, in: dir)
    }

    func testABareSurnameInAnotherRowIsHiddenWithItsOwnDecision() throws {
        let (published, result) = try subjects([
            "Vente d'un terrain à M. Paul KERDRAON, parcelle AB 12",
            "Subvention au club de judo",
            "Servitude de tréfonds KERDRAON pour le réseau d'eaux pluviales",
        ])
        XCTAssertFalse(published[0].contains("KERDRAON"))
        XCTAssertFalse(published[2].contains("KERDRAON"), published[2])
        XCTAssertTrue(published[2].hasPrefix("Servitude de tréfonds ["), published[2])
        XCTAssertEqual(published[1], "Subvention au club de judo")
        let propagated = result.report.decisions.filter { $0.evidence == RunPropagation.evidence }
        XCTAssertEqual(propagated.map(\.row), [3])
        XCTAssertEqual(propagated.first?.rule, "nom-personne")
        XCTAssertEqual(propagated.first?.status, .applied)
        // The basis is the rule's, from the catalogue.
        XCTAssertFalse(propagated.first?.bases.isEmpty ?? true)
    }

    func testTheOutputIsTheSameWhateverTheJobs() throws {
        var lines: [String] = []
        for index in 0..<12_000 {
            switch index % 5 {
            case 0: lines.append("Vente à Mme Lina QUEFFELEC d'une parcelle")
            case 1: lines.append("Acquisition amiable QUEFFELEC – accord")
            case 2: lines.append("Convention avec l'association Les Amis du Vieux Moulin")
            case 3: lines.append("Accord de Trégouët pour la clôture")
            default: lines.append("Cession à M. Yann TREGOUET d'un délaissé")
            }
        }
        let one = TempDir(), two = TempDir()
        let (first, _) = try subjects(lines, jobs: 1, in: one)
        let (second, _) = try subjects(lines, jobs: 2, in: two)
        XCTAssertEqual(first, second)
        XCTAssertEqual(one.read("output.csv"), two.read("output.csv"))
        // 12,000 rows make an output of several read blocks (1 MiB) and several chunks of rows.
        XCTAssertGreaterThan(try XCTUnwrap(one.read("output.csv")).utf8.count, 2 << 20)
        // Rows 4, 9… name « Trégouët » bare: hidden from the rows of « M. Yann TREGOUET ».
        XCTAssertFalse(first[3].contains("Trégouët"), first[3])
        // Every row, wherever the blocks of the read were cut.
        XCTAssertFalse(first.contains { $0.contains("QUEFFELEC") || $0.contains("Trégouët") || $0.contains("TREGOUET") })
    }

    func testExemptHomonymsPlacesFirmsAndWholeNamesAreLeft() throws {
        let (published, _) = try subjects([
            "Vente d'un terrain à M. Paul KERDRAON",
            "Vente d'une maison à Mme Anne GUILLEVIC",
            "Travaux de la rue KERDRAON",
            "Convention avec le cabinet KERDRAON & Associés",
            "Concert du trio Erwan KERDRAON au théâtre",
            "M. Jean GUILLEVIC, adjoint au maire, présente le budget",
            "Accord de GUILLEVIC pour la clôture",
        ])
        XCTAssertEqual(published[2], "Travaux de la rue KERDRAON")
        XCTAssertEqual(published[3], "Convention avec le cabinet KERDRAON & Associés")
        XCTAssertTrue(published[4].contains("KERDRAON") || !published[4].contains("Erwan"),
                      "a whole name is read by its own row's detector: \(published[4])")
        // GUILLEVIC is also an official kept in role: homonyms stay as each row decided them.
        XCTAssertTrue(published[5].contains("GUILLEVIC"))
        XCTAssertTrue(published[6].contains("GUILLEVIC"), published[6])
    }

    /// Fourteenth session: a firm's name may hold several words after its legal form, and a
    /// particle (« EARL Huîtres de X »); the surname stays in it, and travels elsewhere.
    func testAFirmNameSeveralWordsAfterItsLegalFormIsLeft() throws {
        let (published, _) = try subjects([
            "Vente d'un terrain à M. Paul KERDRAON",
            "Renouvellement de l'AOT au profit de la SARL Les Viviers du Port KERDRAON",
            "Transfert de concession au profit de l'EARL Huîtres de KERDRAON",
            "Accord de KERDRAON pour la clôture",
        ])
        XCTAssertEqual(published[1], "Renouvellement de l'AOT au profit de la SARL Les Viviers du Port KERDRAON")
        XCTAssertEqual(published[2], "Transfert de concession au profit de l'EARL Huîtres de KERDRAON")
        XCTAssertFalse(published[3].contains("KERDRAON"), published[3])
    }

    /// A locality named after a family is a place, in another row as in the same cell; the
    /// address that closes a person's span does not travel as a surname.
    func testALocalityAfterLieuDitAndAnAddressAreLeft() throws {
        let (published, _) = try subjects([
            "Échange de terrains avec M. Paul KERBRAT au lieu-dit Kerbrat",
            "Convention de passage au lieu-dit Kerbrat",
            "Renouvellement AOT mouillage – M. Erwan LE GALL, demeurant 4 Kerhallet",
            "Travaux de voirie à Kerhallet",
            "Accord de KERBRAT pour la clôture",
        ])
        XCTAssertEqual(published[0], "Échange de terrains avec M. [nom occulté] au lieu-dit Kerbrat")
        XCTAssertEqual(published[1], "Convention de passage au lieu-dit Kerbrat")
        XCTAssertEqual(published[3], "Travaux de voirie à Kerhallet")
        XCTAssertFalse(published[4].contains("KERBRAT"), published[4])
    }

    func testACommonWordSurnameTravelsOnlyInCapitals() throws {
        let (published, _) = try subjects([
            "Vente d'un terrain à M. Paul FONTAINE",
            "Servitude de tréfonds FONTAINE pour le réseau pluvial",
            "Restauration de la Fontaine du village",
        ])
        XCTAssertFalse(published[1].contains("FONTAINE"), published[1])
        XCTAssertEqual(published[2], "Restauration de la Fontaine du village")
    }

    func testPublicReportsNameNoPropagatedSurname() throws {
        let dir = TempDir()
        _ = try subjects([
            "Vente d'un terrain à M. Paul KERDRAON",
            "Servitude de tréfonds KERDRAON pour le réseau pluvial",
        ], reports: true, in: dir)
        for name in ["report.md", "report.html", "report.json"] {
            let text = try XCTUnwrap(dir.read("reports/\(name)"), name)
            XCTAssertFalse(text.lowercased().contains("kerdraon"), name)
        }
        XCTAssertTrue(try XCTUnwrap(dir.read("reports/report.json")).contains("autre ligne du fichier"))
    }

    func testARewrittenRowKeepsItsLineEndingAndItsMultiLineCell() throws {
        let dir = TempDir()
        let rows = [delibRow("C1", "Vente d'un terrain à M. Paul KERDRAON"),
                    delibRow("C2", "Servitude de tréfonds KERDRAON,\r\nsur deux lignes"),
                    delibRow("C3", "Subvention au club de judo")]
        let csv = ([delibHeader] + rows).joined(separator: "\r\n") + "\r\n"
        _ = try runPipeline(csv, config: OcculterConfig(), in: dir)
        let output = try XCTUnwrap(dir.read("output.csv"))
        XCTAssertFalse(output.contains("KERDRAON"), output)
        XCTAssertFalse(output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        XCTAssertEqual(output.components(separatedBy: "\r\n").count, 6, output)
        XCTAssertTrue(output.contains("Subvention au club de judo;2024"))
    }

    func testAnAccentedSurnameTravelsInUTF8AndInWindows1252() throws {
        let lines = ["Vente d'un terrain à M. Paul ÉVENOUGUÉ, parcelle AB 12",
                     "Servitude de tréfonds ÉVENOUGUÉ pour le réseau pluvial, accord de principe sur la clôture"]
        let (published, result) = try subjects(lines)
        XCTAssertFalse(published[1].contains("ÉVENOUGUÉ"), published[1])
        XCTAssertEqual(result.report.decisions.filter { $0.evidence == RunPropagation.evidence }.map(\.row), [2])

        let dir = TempDir()
        let csv = ([delibHeader] + lines.enumerated().map { delibRow("W\($0.offset + 1)", $0.element) }).joined(separator: "\r\n") + "\r\n"
        var bytes: [UInt8] = []
        XCTAssertNil(TextEncoding.windows1252.encode(csv, into: &bytes))
        dir.write("input.csv", bytes: bytes)
        var options = RunOptions(mode: .apply, input: dir.path("input.csv"), output: dir.path("output.csv"), pack: "deliberations", jobs: 1)
        options.fingerprintKey = testFingerprintKey
        let encoded = try Pipeline(library: try Repo.library()).run(options)
        XCTAssertEqual(encoded.report.decisions.filter { $0.evidence == RunPropagation.evidence }.map(\.row), [2])
        let output = try XCTUnwrap(FileManager.default.contents(atPath: dir.path("output.csv")))
        let decoded = try XCTUnwrap(output.withUnsafeBytes { raw in try? TextEncoding.decodeWindows1252(raw.bindMemory(to: UInt8.self)).get() })
        XCTAssertFalse(decoded.contains("ÉVENOUGUÉ"), decoded)
        XCTAssertTrue(decoded.contains("Servitude de tréfonds ["), decoded)
    }

    func testAWithheldRowDoesNotShiftTheRowOfAPropagatedDecision() throws {
        let dir = TempDir()
        let pack = dir.write("pack.yaml", """
        pack: essai-propagation
        version: "1"
        title: "Essai de la propagation après une ligne retenue"
        include: [common]
        row_key: ID
        columns:
          ID: { keep: "identifiant" }
          TEXTE: { scan: [nom-personne, defense] }
        rules:
          - id: defense
            title: "Défense"
            detector: { kind: pattern, pattern: '(?i)défense' }
            action: suppress-row
            bases: [crpa-l311-5]
            justification: "Défense nationale."
            examples: [{input: "défense"}]
        """)
        let csv = "ID;TEXTE\n1;Vente d'un terrain à M. Paul KERDRAON\n2;Marché de défense\n3;Servitude de tréfonds KERDRAON pour le réseau pluvial\n"
        let input = dir.write("input.csv", csv)
        var options = RunOptions(input: input, output: dir.path("out.csv"), pack: pack, jobs: 1)
        options.fingerprintKey = testFingerprintKey
        let result = try Pipeline(library: try Repo.library()).run(options)
        let output = try XCTUnwrap(dir.read("out.csv"))
        XCTAssertFalse(output.contains("KERDRAON"), output)
        XCTAssertFalse(output.contains("défense"), output)
        let propagated = result.report.decisions.filter { $0.evidence == RunPropagation.evidence }
        XCTAssertEqual(propagated.map(\.row), [3], "the third row read, the second published")
        XCTAssertEqual(propagated.map(\.line), [4])
        XCTAssertEqual(propagated.map(\.rowKey), ["3"])
    }
}
