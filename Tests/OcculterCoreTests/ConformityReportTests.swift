import Foundation
import XCTest
@testable import OcculterCore

/// What `apply` says about conformity: the publication obligation from the configuration,
/// the schema conformance of the published file (codes and positions only), and the bases
/// of each decision.
final class ConformityReportTests: XCTestCase {
    private func apply(_ csv: String, pack: String, config: OcculterConfig = OcculterConfig(), in dir: TempDir) throws -> RunResult {
        try Pipeline(library: try Repo.library()).run(RunOptions(
            input: dir.write("input.csv", csv), output: dir.path("output.csv"), pack: pack, config: config,
            reportDirectory: dir.path("reports"), jobs: 1))
    }

    func testConfigPopulationAndAgentsDecideTheObligation() throws {
        let config = try OcculterConfig.parse(yaml: "population: 12000\nagents: 180\n")
        XCTAssertEqual(config.population, 12000)
        XCTAssertEqual(PublicationObligation(config: config).verdict, .applies)
        XCTAssertEqual(PublicationObligation(config: try OcculterConfig.parse(yaml: "population: 3499\nagents: 180\n")).verdict, .exempt)
        XCTAssertEqual(PublicationObligation(config: try OcculterConfig.parse(yaml: "population: 3500\nagents: 50\n")).verdict, .applies)
        XCTAssertEqual(PublicationObligation(config: try OcculterConfig.parse(yaml: "population: 9000\nagents: 49\n")).verdict, .exempt)
        // One threshold missed is enough; one figure missing otherwise leaves it undetermined.
        XCTAssertEqual(PublicationObligation(config: try OcculterConfig.parse(yaml: "agents: 12\n")).verdict, .exempt)
        XCTAssertEqual(PublicationObligation(config: try OcculterConfig.parse(yaml: "population: 9000\n")).verdict, .unknown)
        XCTAssertEqual(PublicationObligation(config: OcculterConfig()).verdict, .unknown)
        XCTAssertThrowsError(try OcculterConfig.parse(yaml: "population: beaucoup\n")) { error in
            XCTAssertEqual((error as? OcculterError)?.location?.line, 1)
        }
    }

    func testReportStatesObligationConformanceAndDecisionBases() throws {
        let row = try XCTUnwrap(SchemaSamples.rows["subventions"])
        var person = row.map(\.1)
        person[4] = "M. Karim BENSAID"
        person[5] = ""
        person[6] = ""
        let dir = TempDir()
        var config = OcculterConfig()
        config.population = 42_000
        config.agents = 600
        let result = try apply(SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1), person]), pack: "subventions", config: config, in: dir)
        let conformance = try XCTUnwrap(result.report.schemaConformance)
        XCTAssertTrue(conformance.valid, "\(conformance.errors)")
        XCTAssertEqual(conformance.version, "2.1.1")
        XCTAssertEqual(result.report.publicationObligation?.verdict, .applies)
        XCTAssertTrue(result.report.legalBases.contains { $0.id == "crpa-d312-1-1-1" })

        let json = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(json.contains("\"schema_conformance\" : {"), json)
        XCTAssertTrue(json.contains("\"publication_obligation\" : {"))
        XCTAssertTrue(json.contains("\"checked\" : \"2026-12-02\""))
        let html = try XCTUnwrap(dir.read("reports/report.html"))
        XCTAssertTrue(html.contains("id=\"conformite\""))
        XCTAssertTrue(html.contains("est <strong>conforme</strong> au schéma"))
        XCTAssertTrue(html.contains("La collectivité compte 42 000 habitants et 600 agents"), html)
        XCTAssertTrue(html.contains("atteint les seuils"))
        // Each decision shows its own bases, in HTML and Markdown.
        XCTAssertTrue(html.contains("Fondements : <a href=\"#fondement-crpa-l312-1-2-al2\""), html)
        let markdown = try XCTUnwrap(dir.read("reports/report.md"))
        XCTAssertTrue(markdown.contains(" — fondements : `crpa-l312-1-2-al2` ; `rgpd-art4-1` ; `loi-2000-321-art10` |"), markdown)
        XCTAssertTrue(markdown.contains("## Conformité"))
        XCTAssertFalse(markdown.contains("&#39;") || markdown.contains("&amp;"), "Markdown échappé comme du HTML")
    }

    /// A non-conforming published file: report.json lists codes and positions, never values.
    func testNonConformingOutputIsReportedByPositionOnly() throws {
        let row = try XCTUnwrap(SchemaSamples.rows["deliberations"])
        var bad = row.map(\.1)
        bad[3] = "14/03/2023"
        bad[1] = "213 401 722 01787"
        let dir = TempDir()
        let result = try apply(SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1), bad]), pack: "deliberations", in: dir)
        let conformance = try XCTUnwrap(result.report.schemaConformance)
        XCTAssertFalse(conformance.valid)
        XCTAssertEqual(conformance.errors, [SchemaIssue(line: 3, column: "COLL_SIRET", code: .pattern),
                                            SchemaIssue(line: 3, column: "DELIB_DATE", code: .typeDate)])
        XCTAssertEqual(result.report.publicationObligation?.verdict, .unknown)
        let json = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(json.contains("\"code\" : \"type-date\""))
        for file in ["report.json", "report.md", "report.html"] {
            let text = try XCTUnwrap(dir.read("reports/" + file))
            XCTAssertFalse(text.contains("14/03/2023"), file)
            XCTAssertFalse(text.contains("213 401 722"), file)
        }
        let html = try XCTUnwrap(dir.read("reports/report.html"))
        XCTAssertTrue(html.contains("<strong>n'est pas conforme</strong>") || html.contains("<strong>n&#39;est pas conforme</strong>"), html)
        XCTAssertTrue(html.contains("date attendue au format AAAA-MM-JJ"))
        // Without a schema (BAL), the report says it was not checked.
        let bal = TempDir()
        let balResult = try apply("cle_interop;voie_nom;numero;commune_insee\n71999_0090_00001;Rue du Bé;1;71999\n", pack: "adresses", in: bal)
        XCTAssertNil(balResult.report.schemaConformance)
        XCTAssertTrue(try XCTUnwrap(bal.read("reports/report.html")).contains("Conformité au schéma non vérifiée"))
    }

    /// Occulting never breaks the conformity the input had: personal data planted in every
    /// pack's constrained and free-text columns, the published file still conforms. The one
    /// departure is deliberate and stated: prénoms grouped under _PRENOMS_RARES.
    func testOccultingKeepsConformity() throws {
        let planted: [String: [String: String]] = [
            "deliberations": ["DELIB_OBJET": "Cession à M. Karim BENALI, né le 3 mai 1961, tél. 06 12 34 56 78, karim.benali@gmail.com",
                              "COLL_NOM": "Ville de Test", "BUDGET_NOM": "Budget de M. Lucas GIRARD",
                              // A placeholder here would break the uri format: the cell is emptied instead.
                              "DELIB_URL": "mailto:jean.dupont@gmail.com"],
            "subventions": ["nomBeneficiaire": "M. Karim BENSAID", "idBeneficiaire": "", "rnaBeneficiaire": "",
                            "objet": "Aide à Mme Isabelle FRANCK, IBAN FR76 3000 6000 0112 3456 7890 189",
                            "conditionsVersement": "Virement à Lucas Girard, 06 12 34 56 78"],
            "equipements": ["EQUIP_TEL": "0612345678", "EQUIP_EMAIL": "marc.bouvier@orange.fr", "EQUIP_NOM": "Salle de M. Karim BENALI"],
            "prenoms": [:],
        ]
        for (pack, row) in SchemaSamples.rows {
            var values = row.map(\.1)
            for (column, value) in planted[pack] ?? [:] {
                values[try XCTUnwrap(row.firstIndex { $0.0 == column })] = value
            }
            var rows = [row.map(\.1), values]
            if pack == "prenoms" {
                rows.append(["Montpellier", "34172", "F", "Zélie", "1", "2023"])
                rows.append(["Montpellier", "34172", "F", "Ilona", "2", "2023"])
            }
            let csv = SchemaSamples.csv(header: row.map(\.0), rows: rows)
            let dir = TempDir()
            let input = try SchemaValidator(schema: try SchemaSamples.schema(pack)).validate(try CSVReader(path: dir.write("check.csv", csv)))
            XCTAssertTrue(input.valid, "\(pack) : entrée non conforme \(input.errors)")
            let result = try apply(csv, pack: pack, in: dir)
            XCTAssertGreaterThan(result.report.summary.decisions, 0, pack)
            let conformance = try XCTUnwrap(result.report.schemaConformance, pack)
            if pack == "prenoms" {
                // The grouped row's name breaks the schema's pattern, and only it.
                let output = try XCTUnwrap(dir.read("output.csv"))
                let rare = try XCTUnwrap(output.split(separator: "\n").firstIndex { $0.contains("_PRENOMS_RARES") }) + 1
                XCTAssertEqual(conformance.errors, [SchemaIssue(line: rare, column: "ENFANT_PRENOM", code: .pattern)])
            } else {
                XCTAssertTrue(conformance.valid, "\(pack) : l'occultation a rendu le fichier non conforme : \(conformance.errors)")
            }
            if pack == "deliberations" {
                let emptied = try XCTUnwrap(result.report.decisions.first { $0.column == "DELIB_URL" })
                XCTAssertEqual(emptied.action, .suppressCell)
                XCTAssertTrue(emptied.evidence?.contains("non conforme au schéma officiel") ?? false)
                XCTAssertFalse(try XCTUnwrap(dir.read("output.csv")).contains("dupont"))
            }
        }
    }
}
