import Foundation
import XCTest
@testable import OcculterCore

/// The mechanisms of issue 13, through the real pipeline: one finding per person, the
/// officials of the national register, linked identifiers and their configuration switch,
/// evidence that never quotes the words it hides.
final class NameDetectorMechanismTests: XCTestCase {
    /// The subjects' DELIB_OBJET after a run, and the run.
    private func run(_ subjects: [String], config: OcculterConfig = OcculterConfig(), in dir: TempDir) throws -> ([String], RunResult) {
        let csv = ([delibHeader] + subjects.enumerated().map { delibRow("M\($0.offset + 1)", $0.element) }).joined(separator: "\n") + "\n"
        let (result, _) = try runPipeline(csv, config: config, in: dir)
        let reader = try CSVReader(path: dir.path("output.csv"))
        let column = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_OBJET"))
        var outputs: [String] = []
        while let row = try reader.next() { outputs.append(row.values[column]) }
        return (outputs, result)
    }

    func testEachCoordinatedPersonIsAFindingOfTheirOwn() throws {
        let dir = TempDir()
        let (outputs, result) = try run(["Cession à M. Paul DURAND et Mme Anne MARTIN d'un délaissé",
                                         "Propriété LACOMBE et FERRAND"], in: dir)
        XCTAssertEqual(outputs, ["Cession à M. [nom occulté] et Mme [nom occulté] d'un délaissé",
                                 "Propriété [nom occulté] et [nom occulté]"])
        let names = result.report.decisions.filter { $0.rule == "nom-personne" }
        XCTAssertEqual(names.filter { $0.row == 1 }.count, 2, "deux personnes, deux décisions")
        XCTAssertEqual(names.filter { $0.row == 2 }.count, 2)
    }

    func testRegisterOfficialsOfTheCommuneAreExemptWithTheirFirstNameOnly() throws {
        let dir = TempDir()
        // The header of the ministry's file (Répertoire national des élus, conseillers municipaux).
        dir.write("elus.csv", """
        Code du département;Libellé du département;Code de la collectivité à statut particulier;Libellé de la collectivité à statut particulier;Code de la commune;Libellé de la commune;Nom de l'élu;Prénom de l'élu;Code sexe;Date de naissance;Code de la catégorie socio-professionnelle;Libellé de la catégorie socio-professionnelle;Date de début du mandat;Libellé de la fonction;Date de début de la fonction;Code nationalité
        42;Loire;;;42218;Saint-Étienne;ROUX;Jean-Pierre;M;01/02/1960;74;Cadre;28/06/2020;Adjoint au maire;04/07/2020;FRA
        42;Loire;;;42218;Saint-Étienne;Delorme;Sophie;F;03/04/1970;33;Profession libérale;28/06/2020;;;FRA
        69;Rhône;;;69123;Lyon;VIDAL;Marc;M;05/06/1965;38;Ingénieur;28/06/2020;;;FRA

        """)
        let configPath = dir.write("config.yaml", "organisation: Ville de Test\ninsee: \"42218\"\nofficials_file: elus.csv\n")
        let config = try OcculterConfig.load(path: configPath)
        XCTAssertEqual(config.registerOfficials, ["Jean-Pierre ROUX", "Sophie DELORME"], "only the commune's officials")
        let (outputs, _) = try run(["Rapport de M. Jean-Pierre ROUX sur le budget",
                                    // (Not "Désignation … au conseil d'école": a person designated to a
                                    // board is named in that mandate, register or not.)
                                    "Courrier de Mme Sophie Delorme sur le budget",
                                    "Vente à M. ROUX d'un garage",
                                    "Courrier de M. Marc VIDAL sur le budget",
                                    "Protection fonctionnelle accordée à M. Jean-Pierre ROUX"], config: config, in: dir)
        XCTAssertEqual(outputs[0], "Rapport de M. Jean-Pierre ROUX sur le budget")
        XCTAssertEqual(outputs[1], "Courrier de Mme Sophie Delorme sur le budget")
        XCTAssertEqual(outputs[2], "Vente à M. [nom occulté] d'un garage", "a bare surname is not enough")
        XCTAssertEqual(outputs[3], "Courrier de M. [nom occulté] sur le budget", "another commune's official")
        XCTAssertEqual(outputs[4], "Protection fonctionnelle accordée à M. [nom occulté]", "own situation")
    }

    func testRegisterWithoutItsColumnsIsAClearError() throws {
        let dir = TempDir()
        dir.write("elus.csv", "commune;nom\n42218;ROUX\n")
        let configPath = dir.write("config.yaml", "insee: \"42218\"\nofficials_file: elus.csv\n")
        XCTAssertThrowsError(try OcculterConfig.load(path: configPath)) { error in
            XCTAssertTrue("\(error)".contains("Code de la commune"), "\(error)")
        }
    }

    func testGazetteerFacilitiesArePlacesInEveryDataset() throws {
        let subject = "Travaux de toiture au Bulle Marcel Dufresne"
        let (without, _) = try run([subject], in: TempDir())
        XCTAssertNotEqual(without, [subject], "sans référentiel, la forme de nom est retenue")
        let dir = TempDir()
        dir.write("equipements.csv", "COLL_NOM;EQUIP_UID;EQUIP_NOM;EQUIP_TYPE\nVille;E1;Bulle Marcel Dufresne;Salle\n")
        let config = try OcculterConfig.load(path: dir.write("config.yaml", "gazetteers: [equipements.csv]\n"))
        XCTAssertEqual(config.gazetteerPlaces, ["bulle marcel dufresne", "marcel dufresne"])
        let (with, _) = try run([subject, "Indemnisation de M. Marcel Dufresne"], config: config, in: dir)
        XCTAssertEqual(with, [subject, "Indemnisation de M. [nom occulté]"], "a civility still names a person")
    }

    func testLinkedParcelsAreOccultedUnlessTheConfigurationKeepsThem() throws {
        let subject = "Cession de la parcelle AB 301 à M. Karim BENALI"
        let (occulted, _) = try run([subject], in: TempDir())
        XCTAssertEqual(occulted, ["Cession de la parcelle [référence occultée] à M. [nom occulté]"])
        let config = try OcculterConfig.parse(yaml: "linked_identifiers:\n  parcels: keep\n")
        XCTAssertTrue(config.keepLinkedParcels)
        let (kept, _) = try run([subject], config: config, in: TempDir())
        XCTAssertEqual(kept, ["Cession de la parcelle AB 301 à M. [nom occulté]"])
        // Without a private person, a parcel is only a parcel.
        let (alone, _) = try run(["Cession de la parcelle AB 301 à la SCI Les Cèdres"], in: TempDir())
        XCTAssertEqual(alone, ["Cession de la parcelle AB 301 à la SCI Les Cèdres"])
    }

    func testEvidenceNamesTheClassOfClueNeverTheWords() throws {
        let subjects = ["à m. lucas moreau", "Vente BENSAID", "consorts VIDAL / MARTY", "Remise à J.-C. DURAND",
                        "Mme Claire DUBOIS, adjointe aux finances", "Concert de Julien Clerc", "Mme Inès Blanc",
                        "Cession de la parcelle AB 301 à Mme Inès Blanc, 3 rue des Lilas"]
        let (_, result) = try run(subjects, in: TempDir())
        XCTAssertFalse(result.report.decisions.isEmpty)
        let words = ["lucas", "moreau", "BENSAID", "VIDAL", "MARTY", "DURAND", "Claire", "DUBOIS", "Julien", "Clerc", "Inès", "Blanc", "301", "Lilas"]
        for decision in result.report.decisions {
            let evidence = decision.evidence ?? ""
            for word in words {
                XCTAssertFalse(evidence.localizedCaseInsensitiveContains(word), "« \(evidence) » cite « \(word) »")
            }
        }
    }
}
