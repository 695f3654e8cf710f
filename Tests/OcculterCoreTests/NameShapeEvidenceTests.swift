import Foundation
import XCTest
@testable import OcculterCore

/// The mechanisms of branch `names5`, through the real pipeline: the surname written before
/// the first name in mixed case, a commemorated person, a file designated by a surname in
/// mixed case, own-situation words over a role. Each keep has its occult twin and each occult
/// its kept twin, so that a mechanism that reaches too far fails.
final class NameShapeEvidenceTests: XCTestCase {
    private func outputs(_ subjects: [String]) throws -> [String] {
        try publishedSubjects(subjects, idPrefix: "S")
    }

    func testSurnameWrittenFirstAfterAPrepositionOrAPersonNoun() throws {
        let subjects = ["Inscription de Bouscatel Firmin sur la liste d'assistance",
                        "Secours voté pour Ribeyrolles Antoine (cure thermale)",
                        "Poste de cantonnier : candidat Vialard Paul",
                        "Rapport de Bouscatel Firmin, adjoint",
                        "Inauguration de l'école de Lagarde Jules Ferry",
                        "Subvention pour Vialatte"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], "Inscription de [nom occulté] sur la liste d'assistance")
        XCTAssertEqual(result[1], "Secours voté pour [nom occulté] (cure thermale)")
        XCTAssertEqual(result[2], "Poste de cantonnier : candidat [nom occulté]")
        XCTAssertEqual(result[3], subjects[3], "the exemptions still apply to the whole name (a role after it)")
        XCTAssertEqual(result[4], subjects[4], "after a facility word, a denomination")
        XCTAssertEqual(result[5], subjects[5], "no first name after it: no shape")
    }

    func testACommemoratedPersonIsKeptOutsideATransaction() throws {
        let subjects = ["Souscription pour un monument à la mémoire de M. Hector Vidalou, ancien maire",
                        "Érection d'une statue à M. Jules Arnal",
                        "Vente de la statue à M. Jules Arnal"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], "Vente de la statue à M. [nom occulté]", "a statue sold names a buyer")
    }

    func testAFileDesignatedByASurnameInMixedCase() throws {
        let subjects = ["Règlement de l'affaire dite Peyrot",
                        "Acquisition terrain Dufourcq pour le cimetière",
                        "Acquisition terrain communal pour le cimetière",
                        "Cession Safer : avis du conseil"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], "Règlement de l'affaire dite [nom occulté]")
        XCTAssertEqual(result[1], "Acquisition terrain [nom occulté] pour le cimetière", "held for review, occulted meanwhile")
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertEqual(result[3], subjects[3], "after « cession », a word in mixed case may be a body's acronym")
    }

    func testOwnSituationWordsOverrideARole() throws {
        let subjects = ["Gratification à Mademoiselle Rouquette, secrétaire de mairie",
                        "Frais du procès contre M. Fabrègue, garde champêtre",
                        "Remboursement des avances faites par l'ancien maire Auguste Combal",
                        "Approbation du procès-verbal présenté par Mme Rouquette, secrétaire de séance"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], "Gratification à Mademoiselle [nom occulté], secrétaire de mairie")
        XCTAssertEqual(result[1], "Frais du procès contre M. [nom occulté], garde champêtre")
        XCTAssertEqual(result[2], "Remboursement des avances faites par l'ancien maire [nom occulté]")
        XCTAssertEqual(result[3], subjects[3], "a procès-verbal is no lawsuit")
    }
}
