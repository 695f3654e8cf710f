import XCTest
@testable import OcculterCore

/// Crafted exports shaped like real municipal files (purchasing tools, grant software,
/// spreadsheets, GIS layers: see Fixtures/exports/PROVENANCE.md), run end to end: what must
/// disappear, what must survive, which rows are held for the DPO.
final class RealExportTests: XCTestCase {
    struct Run {
        var output: String
        var result: RunResult
        var reports: [String: String]

        var held: Set<String> { Set(result.report.decisions.filter { $0.status == .pending }.map(\.rowKey)) }
        func column(_ name: String) -> Report.ColumnEntry? { result.report.columns.first { $0.name == name } }
    }

    func run(_ fixture: String, pack: String, config: OcculterConfig = OcculterConfig()) throws -> Run {
        let dir = TempDir()
        let input = Repo.fixtures.appendingPathComponent("exports/\(fixture)").path
        let result = try Pipeline(library: try Repo.library()).run(RunOptions(
            input: input, output: dir.path("sortie.csv"), pack: pack, config: config, reportDirectory: dir.path("rapports"), jobs: 1))
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: dir.path("sortie.csv")))
        let output = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) ?? ""
        var reports: [String: String] = [:]
        for file in ["report.json", "report.md", "report.html"] { reports[file] = try XCTUnwrap(dir.read("rapports/" + file)) }
        return Run(output: output, result: result, reports: reports)
    }

    func assertGone(_ values: [String], from run: Run, file: StaticString = #filePath, line: UInt = #line) {
        for value in values {
            XCTAssertFalse(run.output.contains(value), "« \(value) » publié", file: file, line: line)
            for (name, text) in run.reports { XCTAssertFalse(text.contains(value), "« \(value) » dans \(name)", file: file, line: line) }
        }
    }

    func assertKept(_ values: [String], in run: Run, file: StaticString = #filePath, line: UInt = #line) {
        for value in values { XCTAssertTrue(run.output.contains(value), "« \(value) » manque", file: file, line: line) }
    }

    // MARK: Contracts

    func testPurchasingToolRegisterPublishesEssentialDataOnly() throws {
        let run = try run("marches-registre-achats.csv", pack: "marches-publics")
        // Unit prices, turnover, headcount, technical notes naming staff, bank details, contacts.
        assertGone(["0,42 €/m²", "1250000", "4300000", "Hervé Costil", "Valérie Chomat", "Nadir Belkacem",
                    "FR7630006000011234567890189", "h.costil@", "sandrine.veyrat@", "Sandrine VEYRAT", "Méthode de phasage",
                    "vidéoprotection des sites sensibles", "tests d'intrusion"], from: run)
        assertKept(["2024-001;Entretien des espaces verts des parcs municipaux", "PAYSAGES DU LIGNON SARL;51234567800017;85000",
                    "TP ONDAINE", "610000", "2024-002;[objet occulté : sécurité]", "SÉCURIS-LOIRE SAS", "240000"], in: run)
        // Security subjects and the contract flagged « OUI » are held, not withheld.
        XCTAssertEqual(run.held, ["2024-002", "2024-003", "2024-004"])
        XCTAssertEqual(run.result.report.summary.rowsPublished, 5)
        let header = try XCTUnwrap(run.output.split(separator: "\n").first)
        XCTAssertFalse(header.contains("CONTACT TECHNIQUE"))
        XCTAssertFalse(header.contains("CONFIDENTIEL"))
        // Every input column is listed with its fate, the unknown one first.
        XCTAssertEqual(run.result.report.columns.count, 15)
        XCTAssertEqual(run.result.report.columns.first?.name, "CONTACT TECHNIQUE")
        XCTAssertEqual(run.result.report.columns.first?.policy, "drop")
        XCTAssertEqual(run.result.report.columns.first?.match, "inconnue")
        XCTAssertEqual(run.column("MONTANT HT")?.mappedTo, "montant")
        XCTAssertEqual(run.column("CONFIDENTIEL")?.mappedTo, "SECRET_AFFAIRES")
        XCTAssertTrue(run.result.report.legalBases.contains { $0.id == "crpa-l311-5" })
    }

    func testSpreadsheetRegisterHonoursAFlaggedAmountWithAWarning() throws {
        let run = try run("marches-tableur.csv", pack: "marches-publics")
        assertGone(["Gilet 640 €", "Lucas Ferrand", "Odile Brunon", "06 71 22 33 44", "Grégory Saby", "pare-balles", "pare-feu", "320000"], from: run)
        assertKept(["T-24-11;[objet occulté : sécurité];Marché;ARMURERIE DU PILAT", "T-24-12;Restauration scolaire : fourniture de repas",
                    "T-24-13;Location de bennes pour la déchetterie;Marché;BENNES SERVICES;63456789000030;45000"], in: run)
        XCTAssertEqual(run.held, ["T-24-11", "T-24-14"])
        let amount = try XCTUnwrap(run.result.report.decisions.first { $0.column == "Montant du marché" })
        XCTAssertEqual(amount.action, .suppressCell)
        XCTAssertEqual(amount.rowKey, "T-24-12")
        XCTAssertTrue(amount.justification.contains("en principe communicable"))
        XCTAssertEqual(run.column("Observations")?.policy, "drop")
    }

    func testDPOMapsAnUnknownColumnOrDropsAKnownOne() throws {
        var config = OcculterConfig()
        config.columnMap = ["observations": "objet"]
        config.droppedColumns = ["Nature du marché"]
        let run = try run("marches-tableur.csv", pack: "marches-publics", config: config)
        let header = try XCTUnwrap(run.output.split(separator: "\n").first)
        XCTAssertTrue(header.contains("Observations"))
        XCTAssertFalse(header.contains("Nature du marché"))
        // Mapped to the object, the column is scanned: the names in it go.
        assertGone(["Lucas Ferrand", "Odile Brunon"], from: run)
        XCTAssertEqual(run.column("Observations")?.match, "configuration")
        XCTAssertEqual(run.column("Nature du marché")?.match, "configuration-drop")
        config.columnMap = ["Observations": "colonne-inexistante"]
        XCTAssertThrowsError(try self.run("marches-tableur.csv", pack: "marches-publics", config: config))
    }

    func testDPODecisionsSettleHeldContracts() throws {
        let first = try run("marches-registre-achats.csv", pack: "marches-publics")
        XCTAssertEqual(first.result.exitStatus, .pendingReview)
        let pending = first.result.report.decisions.filter { $0.status == .pending }
        let flagged = try XCTUnwrap(pending.first { $0.rowKey == "2024-004" })
        let audit = try XCTUnwrap(pending.first { $0.rowKey == "2024-003" })
        let video = try XCTUnwrap(pending.first { $0.rowKey == "2024-002" })
        let dir = TempDir()
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - {fingerprint: "\(flagged.fingerprint)", decision: keep, reviewer: "DPO", date: "2026-12-01"}
          - {fingerprint: "\(audit.fingerprint)", decision: keep, reviewer: "DPO", date: "2026-12-01"}
          - {fingerprint: "\(video.fingerprint)", decision: occult, reviewer: "DPO", date: "2026-12-01"}
        """)
        let input = Repo.fixtures.appendingPathComponent("exports/marches-registre-achats.csv").path
        let second = try Pipeline(library: try Repo.library()).run(RunOptions(
            input: input, output: dir.path("sortie.csv"), pack: "marches-publics", decisionsFile: decisions, jobs: 1))
        XCTAssertEqual(second.exitStatus, .success)
        XCTAssertEqual(second.report.staleReviewDecisions, 0)
        let output = try XCTUnwrap(dir.read("sortie.csv"))
        // Kept: the audit's object is published; the flagged contract's secret fields stay out.
        XCTAssertTrue(output.contains("Audit de sécurité du réseau informatique"))
        XCTAssertTrue(output.contains("2024-004;Travaux de réfection de la voirie rue de la Paix;Appel d'offres ouvert;2024-05-20;12;TP ONDAINE;54567890100044;610000;;;;;"))
        XCTAssertFalse(output.contains("vidéoprotection"))
    }

    func testFlattenedDECPKeepsEveryEssentialDatumAndDropsTheRest() throws {
        let dir = TempDir()
        let input = dir.write("decp.csv", "id;objet;montant;modifications/0/montant;considerationsSociales/0;Remarque interne\nM1;Voirie;10000;12000;Clause sociale;Voir avec Mme Odile Brunon\n")
        let result = try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: dir.path("sortie.csv"), pack: "marches-publics", jobs: 1))
        XCTAssertEqual(dir.read("sortie.csv"), "id;objet;montant;modifications/0/montant;considerationsSociales/0\nM1;Voirie;10000;12000;Clause sociale\n")
        XCTAssertEqual(result.report.columns.map(\.name).first, "Remarque interne")
    }

    // MARK: Grants

    func testWindows1252GrantsKeepAssociationsAndHoldOnlyTheDoubtful() throws {
        let run = try run("subventions-export-cp1252.csv", pack: "subventions")
        assertKept(["BOULE LYONNAISE DU COTEAU;", "LES AMIS DE L'ORGUE SAINT-ENNEMOND;", "RADIO ONDAINE;", "HARMONIE MUNICIPALE;",
                    "PÉTANQUE DES TILLEULS;", "[en attente de revue];;Prix du concours"], in: run)
        assertGone(["Patrick SOULIER", "GRANGER", "Josiane Veyrat", "12 rue des Lilas"], from: run)
        XCTAssertEqual(run.result.report.summary.pendingReview, 1)
        XCTAssertEqual(run.output.components(separatedBy: "[personne physique]").count - 1, 1)
        XCTAssertEqual(run.result.report.input.encoding?.lowercased().contains("1252"), true)
    }

    func testGrantSoftwareExportRecognisesBodiesByRNAShapeAndForm() throws {
        let run = try run("subventions-logiciel-aides.csv", pack: "subventions")
        assertKept(["Comité des fêtes du Bourg", "LES COPAINS DU PLATEAU", "Club de tarot du Mont", "SCI DES GRANDS PRÉS",
                    "Atelier Vincent Roussel,45678912300011"], in: run)
        assertGone(["Julien Marcoux"], from: run)
        XCTAssertEqual(run.column("Tiers")?.mappedTo, "nomBeneficiaire")
        XCTAssertEqual(run.column("Objet du dossier")?.mappedTo, "objet")
    }

    // MARK: Facilities

    func testFacilityDirectoryKeepsFunctionalMailboxesAndFacilityNames() throws {
        var config = OcculterConfig()
        config.emailDomains = ["ville-stebois.fr", "ccas-stebois.fr"]
        let run = try run("equipements-annuaire.csv", pack: "equipements", config: config)
        assertKept(["ce.0421234a@ac-lyon.fr", "piscine.bouin@ville-stebois.fr", "mediatheque@ville-stebois.fr",
                    "residence.docteurroux@ccas-stebois.fr", "Résidence autonomie Docteur Roux", "Piscine Jean Bouin",
                    "services-techniques@ville-stebois.fr", "ce.0420987k@ac-lyon.fr", "04 77 21 10 10"], in: run)
        assertGone(["florian.moulin@", "nadine.perret42@", "06 71 84 22 19"], from: run)
        XCTAssertTrue(run.held.isEmpty)
    }

    func testDomainsOfSeveralFunctionalMailboxesAreTheOrganisations() throws {
        // No configured domain: piscine.bouin@, mediatheque@ and services-techniques@ show that
        // ville-stebois.fr is the organisation's, so its generic « lescapucines@ » is functional.
        let run = try run("equipements-annuaire.csv", pack: "equipements")
        assertKept(["lescapucines@ville-stebois.fr", "piscine.bouin@ville-stebois.fr"], in: run)
        assertGone(["florian.moulin@", "nadine.perret42@"], from: run)
        XCTAssertTrue(run.result.report.notes.contains { $0.contains("ville-stebois.fr") })
        XCTAssertTrue(run.held.isEmpty)
    }

    func testGISLayerFollowsTheAgentsMailPolicy() throws {
        var config = OcculterConfig()
        config.emailDomains = ["valfleury.fr"]
        let occulted = try run("equipements-sig.csv", pack: "equipements", config: config)
        assertKept(["creche.lespetitspas@valfleury.fr", "accueil@valfleury.fr", "Crèche Les Petits Pas"], in: occulted)
        assertGone(["j.martin@valfleury.fr", "jeanne.martin@valfleury.fr", "Carole Dumas"], from: occulted)
        XCTAssertEqual(occulted.column("contact mail")?.mappedTo, "EQUIP_EMAIL")
        config.agentEmails = .keep
        let published = try run("equipements-sig.csv", pack: "equipements", config: config)
        assertKept(["jeanne.martin@valfleury.fr", "j.martin@valfleury.fr"], in: published)
    }

    // MARK: First names

    func testSmallGroupsAreWithheldWholeAndSharesAreReportedPerYear() throws {
        let run = try run("prenoms-etat-civil.csv", pack: "prenoms")
        // The group (2023, I) has one birth: neither its name, nor a rare row, nor its total.
        XCTAssertFalse(run.output.contains(";I;"))
        assertGone(["Camille", "Ysaline", "Kaïs", "Rose"], from: run)
        assertKept(["2023;F;Louise;9", "2023;F;_PRENOMS_RARES;3", "2023;M;_PRENOMS_RARES;1", "2022;F;_PRENOMS_RARES;5", "2022;M;Noah;7"], in: run)
        let notes = run.result.report.notes
        XCTAssertTrue(notes.contains { $0.hasPrefix("Part des naissances non publiées") && $0.hasSuffix("par année : 2022 : 42 % ; 2023 : 15 %.") },
                      "\(notes)")
        let withheld = try XCTUnwrap(run.result.report.decisions.first { $0.action == .suppressRow })
        XCTAssertEqual(withheld.rowKey, "[groupe retiré]")
        XCTAssertFalse(run.reports["report.json"]!.contains("ENFANT_SEXE=I"))
        XCTAssertEqual(run.result.report.summary.rowsSuppressed, 1)
    }

    func testCommuneFileWithholdsASmallCommuneYear() throws {
        let run = try run("prenoms-commune-insee.csv", pack: "prenoms")
        XCTAssertFalse(run.output.contains("Valfleury"))
        assertKept(["Bourg-Argental,42023,2023,F,Alice,6", "Bourg-Argental,42023,2023,F,_PRENOMS_RARES,5",
                    "Bourg-Argental,42023,2023,M,_PRENOMS_RARES,1"], in: run)
        XCTAssertEqual(run.result.report.summary.rowsSuppressed, 3)
        XCTAssertFalse(run.reports["report.md"]!.contains("Valfleury"))
    }

    /// The keyword prefilter of each security rule lets through every subject its pattern
    /// matches (typographic apostrophes and capitals included); plain subjects do not match.
    func testSecurityRulesKeywordsNeverSkipAMatch() throws {
        let subjects = [
            "GILETS DE PROTECTION BALISTIQUE", "Contrôle d’accès du dépôt", "Système d’alarme de la mairie", "TÉLÉSURVEILLANCE des écoles",
            "Sécurité des systèmes d’information", "Tests d’intrusion", "Caméras piétons pour les agents", "Véhicule blindé",
            "Plots anti-bélier du marché de Noël", "Centre de supervision urbain", "Armement des agents", "Munitions d'entraînement",
            "Vidéo-protection", "VIDEOSURVEILLANCE", "Sites sensibles", "Cybersécurité", "Pare-feu", "défense nationale",
        ]
        let library = try Repo.library()
        var matched = 0
        for name in ["marches-publics", "deliberations"] {
            let pack = try library.pack(name)
            for id in pack.ruleOrder {
                guard let detector = pack.rules[id]?.detector as? SensitiveSubjectDetector else { continue }
                let regex = detector.pattern.regex, keywords = detector.pattern.keywords
                for subject in subjects + ["Entretien des espaces verts", "Restauration scolaire"] {
                    var text = subject
                    try text.withUTF8 { bytes in
                        guard try regex.firstMatch(in: bytes, scratch: RegexScratch()) != nil else { return }
                        matched += 1
                        XCTAssertFalse(subject.hasPrefix("Entretien") || subject.hasPrefix("Restauration"), "\(name) : « \(subject) »")
                        if let keywords { XCTAssertTrue(keywords.mayOccur(in: bytes, facts: ByteFacts(bytes)), "\(name) : mots-clés sautent « \(subject) »") }
                    }
                }
            }
        }
        XCTAssertGreaterThan(matched, subjects.count)
    }

    // MARK: Header matching

    func testHeadersMatchWhateverTheCaseAccentsSpacesAndPunctuation() throws {
        let pack = try Repo.library().pack("marches-publics")
        XCTAssertEqual(pack.resolve("MONTANT_HT").canonical, "montant")
        XCTAssertEqual(pack.resolve(" montant (HT) ").canonical, "montant")
        XCTAssertEqual(pack.resolve("Date_de_Notification").canonical, "dateNotification")
        XCTAssertEqual(pack.resolve("titulaires/0/denominationSociale").canonical, "titulaires/*/denominationSociale")
        XCTAssertEqual(pack.resolve("_type").match, .exact)
        XCTAssertEqual(pack.resolve("Remarques du service").match, .unknown)
        var config = OcculterConfig()
        config.droppedColumns = ["OBJET"]
        XCTAssertEqual(pack.resolve("Objet", config: config).match, .configDrop)
    }

    func testConfigReadsColumnsDropAndAgentsPolicy() throws {
        let config = try OcculterConfig.parse(yaml: """
        columns:
          "Libellé de l'opération": objet
        drop: ["Observations internes"]
        agents_emails: publier
        """)
        XCTAssertEqual(config.columnMap["Libellé de l'opération"], "objet")
        XCTAssertEqual(config.droppedColumns, ["Observations internes"])
        XCTAssertEqual(config.agentEmails, .keep)
        XCTAssertThrowsError(try OcculterConfig.parse(yaml: "agents_emails: parfois"))
    }
}
