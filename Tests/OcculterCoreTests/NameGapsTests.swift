import Foundation
import XCTest
@testable import OcculterCore

/// The mechanisms of branch `names3`, through the real pipeline: parcels written in one word,
/// infrastructure head words, dotted acronyms, lists after a heading, mandates named without a
/// list of officials. Each keep has its occult twin, so that a mechanism that exempts too
/// much fails.
final class NameGapsTests: XCTestCase {
    private func outputs(_ subjects: [String]) throws -> [String] {
        try publishedSubjects(subjects, idPrefix: "G")
    }

    func testParcelsInAnySpacingGoWithThePrivatePerson() throws {
        let subjects = ["Échange entre le CCAS, parcelle cadastrée ZB58, et M. et Mme BORDAIS, parcelle cadastrée ZB349",
                        "Acquisition de la section ZB n°58 appartenant à M. Paul DURAND",
                        "Acquisition des parcelles ZB 58 et ZB 59 appartenant aux consorts MARCHAL",
                        "Cession de la parcelle ZB58 à la commune"]
        let result = try outputs(subjects)
        for (index, parcel) in ["ZB349", "58", "ZB 59"].enumerated() {
            XCTAssertFalse(result[index].contains(parcel), result[index])
        }
        XCTAssertFalse(result[0].contains("ZB58"), result[0])
        XCTAssertFalse(result[0].contains("BORDAIS"), result[0])
        XCTAssertEqual(result[3], subjects[3], "without a private person, a parcel stays")
    }

    func testInfrastructureHeadWordsNameAPlace() throws {
        let subjects = ["La piste deviendra : « Piste Cyclable Sonia Huguet »",
                        "Aire de jeux Marcel Pagnol : travaux",
                        "Indemnisation de Sonia Huguet pour un vélo"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], "Indemnisation de [nom occulté] pour un vélo")
    }

    func testDottedAcronymsAreOrganisationsNotInitials() throws {
        let subjects = ["Vœu déposé par le groupe U.M.P.P.A. relatif au gymnase",
                        "Convention avec la S.A.G. HLM du Gers",
                        "SUBVENTION AU GROUPE U.M.P.P.A. ET A LA M.A.R.P.A.",
                        "Vente à J.P. DURAND d'un terrain",
                        "Vente à M. A. DURAND d'un terrain"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("DURAND"), result[3])
        XCTAssertFalse(result[4].contains("DURAND"), result[4])
    }

    func testListAfterAPlaceHeadingButNotAfterOtherHeadings() throws {
        let subjects = ["Travaux dans 3 collèges concernés : Jules Michelet, Marguerite de Valois et Félix Gaillard à Cognac",
                        "Aides versées aux bénéficiaires : Jules Michelet et Marguerite Valois",
                        "Vente aux consorts : Jean DUPONT, Paul MARTIN",
                        "Vente de terrains : Jean DUPONT et Paul MARTIN",
                        "Terrain communal : Jean DUPONT"]
        let result = try outputs(subjects)
        XCTAssertFalse(result[3].contains("DUPONT"), "a transaction before the colon: the parties")
        XCTAssertFalse(result[4].contains("DUPONT"), "a singular head word is not a list of places")
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertFalse(result[1].contains("Michelet"), result[1])
        XCTAssertFalse(result[2].contains("DUPONT"), result[2])
        XCTAssertFalse(result[2].contains("MARTIN"), result[2])
    }

    func testMandateNamedWithoutListOfOfficials() throws {
        let subjects = ["Installation de Madame Sophie MOUSNIER, membre suivant de la liste, au Conseil Municipal",
                        "Élection de M. Paul DURAND, conseiller communautaire, au bureau",
                        "Installation de Madame Sophie MOUSNIER dans le logement communal",
                        "Installation de M. Paul DURAND au conseil municipal : régime indemnitaire",
                        "Conseil municipal des enfants - Désignation de Léa MARTIN"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertFalse(result[2].contains("MOUSNIER"), "no council named: a private tenant")
        XCTAssertFalse(result[3].contains("DURAND"), "a decision on the person's own situation")
        XCTAssertFalse(result[4].contains("MARTIN"), "a child on a consultative council holds no mandate")
    }
}
