import XCTest
@testable import OcculterCore

/// One test per dataset on a real-shaped file written here (tests never read ../shared).
final class DatasetTests: XCTestCase {
    private func run(_ input: String, bytes: [UInt8]? = nil, pack: String?, config: OcculterConfig = OcculterConfig(),
                     secrets: String? = nil, in dir: TempDir, name: String = "input.csv", output: String = "output.csv") throws -> RunResult {
        let path = bytes.map { dir.write(name, bytes: $0) } ?? dir.write(name, input)
        return try Pipeline(library: try Repo.library()).run(RunOptions(
            input: path, output: dir.path(output), pack: pack, config: config, reportDirectory: dir.path("reports"),
            secretsFile: secrets, jobs: 1))
    }

    // MARK: Prénoms

    /// Antibes-style file: most counts are 1. No name under the threshold is published and the
    /// totals per year and sex are unchanged.
    func testPrenomsThresholdKeepsTotalsAndHidesRareNames() throws {
        let dir = TempDir()
        var lines = ["COMMUNE_NOM;COLL_INSEE;ENFANT_SEXE;ENFANT_PRENOM;NOMBRE_OCCURRENCES;ANNEE"]
        var totals: [String: Int] = [:]
        var rare = Set<String>()
        let names = ["Aaron", "Abbygaël", "Zélie", "Ilona", "Maëlys", "Timéo", "Côme", "Anouk", "Lyam", "Naïm", "Soan", "Ezio"]
        for year in ["2022", "2023"] {
            for sex in ["F", "M"] {
                for (index, name) in names.enumerated() {
                    let count = index % 5 == 0 ? 6 : 1
                    lines.append("Antibes;06004;\(sex);\(name)\(sex);\(count);\(year)")
                    totals["\(year)\(sex)", default: 0] += count
                    if count < 5 { rare.insert("\(name)\(sex)") }
                }
                // The same name twice in a group: summed before the threshold applies.
                lines.append("Antibes;06004;\(sex);Noah\(sex);3;\(year)")
                lines.append("Antibes;06004;\(sex);Noah\(sex);2;\(year)")
                totals["\(year)\(sex)", default: 0] += 5
            }
        }
        let result = try run(lines.joined(separator: "\n") + "\n", pack: nil, in: dir)
        XCTAssertEqual(result.report.dataset.pack, "prenoms", "reconnu d'après l'en-tête")
        let reader = try CSVReader(path: dir.path("output.csv"))
        var outputTotals: [String: Int] = [:]
        var published: [String] = []
        while let row = try reader.next() {
            outputTotals[row.values[5] + row.values[2], default: 0] += Int(row.values[4])!
            published.append(row.values[3])
            if row.values[3] != "_PRENOMS_RARES" { XCTAssertGreaterThanOrEqual(Int(row.values[4])!, 5) }
        }
        XCTAssertEqual(outputTotals, totals)
        XCTAssertTrue(rare.isDisjoint(with: published))
        XCTAssertEqual(published.filter { $0 == "NoahF" }.count, 2, "une ligne par année, sommée")
        XCTAssertEqual(published.filter { $0 == "_PRENOMS_RARES" }.count, 4)
        let report = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(report.contains("scdl-prenoms-seuil"))
        XCTAssertTrue(result.report.notes.contains { $0.contains("s'écarte") })
        for name in rare { XCTAssertFalse(report.contains(name)) }
    }

    func testPrenomsThresholdOnePublishesEverythingAndSaysSo() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.firstNameThreshold = 1
        let csv = "Nombre prénoms déclarés;Sexe;Annee;Prenoms;Nombre total cumule par annee\n1;F;2021;Zélie;1\n46;M;2021;Yacine;46\n"
        let result = try run(csv, pack: nil, config: config, in: dir)
        XCTAssertEqual(dir.read("output.csv"), csv)
        XCTAssertTrue(result.report.notes.contains { $0.contains("tous les prénoms sont publiés") })
    }

    // MARK: Subventions

    func testSubventionsWindows1252MunicipalExport() throws {
        let dir = TempDir()
        let text = "CODE;STRUCTURE;Nature ;Montant \r\n4861;Améthyste;F;5 000 €\r\n12;OCCE M. CURIE;F;1 200 €\r\n13;M. Karim BENSAÏD;F;300 €\r\n14;Lucas Girard;I;12 350 000 €\r\n"
        var bytes: [UInt8] = []
        _ = TextEncoding.windows1252.encode(text, into: &bytes)
        let result = try run("", bytes: bytes, pack: nil, in: dir)
        XCTAssertEqual(result.report.dataset.pack, "subventions")
        XCTAssertEqual(result.report.input.encoding, "Windows-1252")
        let output = try XCTUnwrap(FileManager.default.contents(atPath: dir.path("output.csv")))
        XCTAssertTrue(output.contains(0xE9), "toujours en Windows-1252 (é = 0xE9)")
        let decoded = try XCTUnwrap(String(data: output, encoding: .windowsCP1252))
        XCTAssertTrue(decoded.hasPrefix("CODE;STRUCTURE;Nature ;Montant \r\n"))
        XCTAssertTrue(decoded.contains("OCCE M. CURIE;F;1 200 €"))
        XCTAssertTrue(decoded.contains("12 350 000 €"), "montants intacts")
        XCTAssertFalse(decoded.contains("BENSAÏD"))
        XCTAssertFalse(decoded.contains("Girard"))
        let keep = result.report.decisions.filter { $0.action == .keep }.map(\.exemption)
        XCTAssertTrue(keep.contains(.association))
    }

    func testSubventionsSCDLRegisteredBodiesAndSoleTraders() throws {
        let dir = TempDir()
        let header = "nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;idBeneficiaire;rnaBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;notificationUE;pourcentageSubvention;dispositifAide"
        let csv = [header,
                   "Ville;21429990100014;2024-02-20;D1;Paul LEMOINE;73282932000074;;Aide à l'installation;2500;aide en numéraire;unique;2024-03-15;;non;1;",
                   "Ville;21429990100014;2024-02-20;D2;Odile FAURE;;;Bourse d'études pour Mme Odile FAURE;800;aide en numéraire;unique;2024-03-15;;non;1;"].joined(separator: "\n") + "\n"
        var config = OcculterConfig()
        let result = try run(csv, pack: "subventions", config: config, in: dir)
        let output = try XCTUnwrap(dir.read("output.csv"))
        XCTAssertTrue(output.contains("Paul LEMOINE"), "entrepreneur individuel immatriculé : publié")
        XCTAssertFalse(output.contains("FAURE"))
        XCTAssertTrue(result.report.decisions.contains { $0.exemption == .registeredBody && $0.bases.contains("crpa-d312-1-3-2-sirene") })
        // A SIREN declared non-diffusible is occulted instead.
        config.nonDiffusibleSirens = ["732829320"]
        _ = try run(csv, pack: "subventions", config: config, in: dir)
        XCTAssertFalse(try XCTUnwrap(dir.read("output.csv")).contains("LEMOINE"))
    }

    // MARK: Marchés publics

    static let decp = """
    {
      "marches": [
        {
          "id": "2024-MP-0001",
          "objet": "Nettoyage des locaux",
          "montant": 120000.0,
          "titulaires": [{"typeIdentifiant": "SIRET", "id": "73282932000074", "denominationSociale": "NET PLUS SAS"}],
          "offreTechnique": "Méthodes propres au titulaire",
          "dureeMois": 36
        },
        {
          "id": "2024-MP-0002",
          "objet": "Maintenance des chaudières",
          "montant": 45000,
          "titulaires": [{"typeIdentifiant": "SIRET", "id": "35600000000006", "denominationSociale": "Jean-Michel ROUX"}]
        },
        {
          "id": "2024-MP-0003",
          "objet": "Fourniture de repas",
          "montant": 300000,
          "titulaires": [{"typeIdentifiant": "SIRET", "id": "73282932000074", "denominationSociale": "RESTO SA"}],
          "chiffreAffairesTitulaire": 2500000
        }
      ]
    }
    """

    func testDECPJSONWithSecretsSidecar() throws {
        let dir = TempDir()
        let secrets = dir.write("secrets.csv", "id;champs;motif\n2024-MP-0001;offreTechnique|dureeMois;Savoir-faire du titulaire\n2023-MP-9999;montant;Contrat inconnu\n")
        let result = try run(DatasetTests.decp, pack: nil, secrets: secrets, in: dir, name: "marches.json", output: "sortie.json")
        XCTAssertEqual(result.report.dataset.pack, "marches-publics")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: dir.path("sortie.json")))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let marches = try XCTUnwrap(json["marches"] as? [[String: Any]])
        XCTAssertEqual(marches.count, 3, "même nombre de contrats")
        XCTAssertNil(marches[0]["offreTechnique"])
        XCTAssertNil(marches[0]["dureeMois"])
        XCTAssertEqual(marches[0]["montant"] as? Double, 120000.0, "le montant global reste")
        XCTAssertNil(marches[2]["chiffreAffairesTitulaire"])
        let holder = (marches[1]["titulaires"] as? [[String: Any]])?.first?["denominationSociale"] as? String
        XCTAssertEqual(holder, "Jean-Michel ROUX", "entrepreneur individuel immatriculé au répertoire Sirene")
        // Same structure and key order as the input.
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertLessThan(text.range(of: "\"id\"")!.lowerBound, text.range(of: "\"objet\"")!.lowerBound)
        XCTAssertTrue(text.contains("120000.0"), "nombres écrits comme à l'entrée")
        let report = try XCTUnwrap(dir.read("reports/report.json"))
        XCTAssertTrue(report.contains("crpa-l311-6-1-secret-affaires"))
        XCTAssertFalse(report.contains("Savoir-faire du titulaire"), "le motif reste dans le fichier confidentiel des secrets")
        XCTAssertEqual(result.report.unmatchedSecrets.count, 1, "signalé, pas ignoré")
        XCTAssertFalse(report.contains("2023-MP-9999"), "l'identifiant d'un contrat secret n'est pas publié")
        XCTAssertFalse(report.contains("Méthodes propres"))
    }

    func testDECPFlattenedCSVWithFlagColumnAndDefenceContract() throws {
        let dir = TempDir()
        let csv = """
        "id","nature","objet","montant","titulaires/0/id","titulaires/0/denominationSociale","offreTechnique","SECRET_AFFAIRES"
        "M1","Marché","Travaux de voirie","400000.0","73282932000074","EUROVIA SAS","Mémoire technique","oui"
        "M2","Marché de défense ou de sécurité","Vidéoprotection des sites sensibles","90000.0","73282932000074","SECURE SA","",""
        "M3","Marché","Entretien","30000.0","","Sophie VIGNAL","",""

        """
        let result = try run(csv, pack: nil, in: dir)
        let output = try XCTUnwrap(dir.read("output.csv"))
        XCTAssertFalse(output.contains("SECRET_AFFAIRES"), "la colonne de signalement n'est jamais publiée")
        XCTAssertFalse(output.contains("Mémoire technique"))
        XCTAssertFalse(output.contains("M2"), "marché de défense retiré")
        XCTAssertFalse(output.contains("VIGNAL"), "personne physique sans SIRET")
        XCTAssertTrue(output.contains("\"400000.0\""))
        XCTAssertTrue(result.report.decisions.contains { $0.action == .suppressRow && $0.bases.contains("crpa-l311-5") })
    }

    // MARK: Adresses and équipements

    func testBALKeepsParcelsUnlessConfiguredAndOccultsPrivateLieuxDits() throws {
        let dir = TempDir()
        let csv = "\u{FEFF}uid_adresse;cle_interop;commune_insee;commune_nom;commune_deleguee_insee;commune_deleguee_nom;voie_nom;lieudit_complement_nom;numero;suffixe;position;x;y;long;lat;cad_parcelles;source;date_der_maj;certification_commune;;;\n"
            + ";71999_0090_00001;71999;Vernay;;;Rue Jean Jaurès;Chez M. PERRIN;1;;entrée;793021.33;6613288.80;4.21;46.61;710346000AI0188;Commune;2023-06-23;1;;;\n"
        let kept = try run(csv, pack: nil, in: dir)
        XCTAssertEqual(kept.report.dataset.pack, "adresses")
        let output = try XCTUnwrap(dir.read("output.csv"))
        XCTAssertTrue(output.hasPrefix("\u{FEFF}uid_adresse;"), "BOM conservé")
        XCTAssertTrue(output.contains("Rue Jean Jaurès"))
        XCTAssertTrue(output.contains("710346000AI0188"))
        XCTAssertFalse(output.contains("PERRIN"))
        var config = OcculterConfig()
        config.suppressCadastralParcels = true
        let suppressed = try run(csv, pack: "adresses", config: config, in: dir)
        XCTAssertFalse(try XCTUnwrap(dir.read("output.csv")).contains("710346000AI0188"))
        XCTAssertTrue(suppressed.report.decisions.contains { $0.rule == "parcelles-cadastrales" && $0.bases.contains("crpa-l312-1-2-al2") })
    }

    func testEquipementsContacts() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.emailDomains = ["ville.fr"]
        let header = "COLL_NOM;COLL_SIRET;EQUIP_UID;EQUIP_THEME;EQUIP_CODE;EQUIP_TYPE;EQUIP_NOM;ADR_NUMERO;ADR_NOMVOIE;ADR_CODEPOSTAL;ADR_COMMUNE;ADR_CLE_INTEROP;ERP_ID;ERP_TYPE;ERP_CATEGORIE;EQUIP_LAT;EQUIP_LONG;EQUIP_OUVERTURE;EQUIP_TEL;EQUIP_EMAIL;EQUIP_WEB"
        let csv = [header,
                   "Ville;21429990100014;42999-05020101-001;Sport;05020101;Gymnase;Gymnase Marie Marvingt;3;Rue des Sports;42600;Ville;42999_0180_00003;;X;3;45.6;4.0;;0477581230;accueil@ville.fr;",
                   "Ville;21429990100014;42999-05020101-002;Sport;05020101;Stade;Stade municipal;5;Rue des Sports;42600;Ville;42999_0180_00005;;PA;4;45.6;4.0;;0612345678;marc.bouvier@ville.fr;"].joined(separator: "\n") + "\n"
        _ = try run(csv, pack: nil, config: config, in: dir)
        let output = try XCTUnwrap(dir.read("output.csv"))
        XCTAssertTrue(output.contains("Gymnase Marie Marvingt"))
        XCTAssertTrue(output.contains("0477581230;accueil@ville.fr"))
        XCTAssertFalse(output.contains("0612345678"))
        XCTAssertFalse(output.contains("bouvier"))
    }

    func testUnrecognisedHeaderListsThePacks() throws {
        let dir = TempDir()
        XCTAssertThrowsError(try run("foo;bar\n1;2\n", pack: nil, in: dir)) { error in
            let error = error as? OcculterError
            XCTAssertEqual(error?.location?.line, 1)
            XCTAssertTrue(error?.hint?.contains("deliberations") ?? false)
            XCTAssertTrue(error?.hint?.contains("prenoms") ?? false)
        }
        XCTAssertFalse(dir.exists("output.csv"))
    }
}
