import Foundation
import XCTest
@testable import OcculterCore

/// The mechanisms of branch `names4`, through the real pipeline: naming words, authors of the
/// council's own business, roles in apposition and in a list heading, a decision shared over
/// coordination, trades before the name, a lone surname after a trigger. Each keep has its
/// occult twin, so that a mechanism that exempts too much fails.
final class NameEvidenceTests: XCTestCase {
    private func outputs(_ subjects: [String]) throws -> [String] {
        try publishedSubjects(subjects, idPrefix: "N")
    }

    func testNamingWordsMakeALoneSurnameAName() throws {
        let subjects = ["Vente de terrains à un dénommé CASTAGNIER",
                        "Échange de terrains avec le nommé Petit",
                        "Convention avec le sieur BARTHES",
                        "Occupation d'un terrain par un certain RAMONDOU",
                        "Salle dénommée Jean Moulin : tarifs",
                        "Un certain nombre de parcelles sont concernées"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], "Vente de terrains à un dénommé [nom occulté]")
        XCTAssertEqual(result[1], "Échange de terrains avec le nommé [nom occulté]", "decisive even on a common word")
        XCTAssertEqual(result[2], "Convention avec le sieur [nom occulté]")
        XCTAssertEqual(result[3], "Occupation d'un terrain par un certain [nom occulté]")
        XCTAssertEqual(result[4], subjects[4], "a place named, not a person: no article before the naming word")
        XCTAssertEqual(result[5], subjects[5])
    }

    func testAuthorsOfTheCouncilsOwnBusinessAreCouncillors() throws {
        let subjects = ["Questions diverses soumises par Madame LAVERGNE et Messieurs PICHON et DELATTRE",
                        "Vœu présenté par Mme Claire DUBOIS relatif à l'hôpital",
                        "Question orale de Mme Lucie FAURE",
                        "Motion de soutien à M. Robert PASCAL, agriculteur",
                        "Questions diverses : vente à M. Henri VIDAL d'un terrain",
                        "Demandes diverses de M. Henri VIDAL",
                        "Intervention d'urgence au domicile de M. Henri VIDAL"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("PASCAL"), "the subject of a motion is not its author")
        XCTAssertFalse(result[4].contains("VIDAL"), "a transaction in the subject")
        XCTAssertFalse(result[5].contains("VIDAL"), "only questions put to the council count")
        XCTAssertFalse(result[6].contains("VIDAL"), "work at a private person's home is no act of the council")
    }

    func testRolesBeforeTheNameAndInAListHeading() throws {
        let subjects = ["L'adjointe aux finances, Mme Odile BRUNET, présente le compte administratif",
                        "Désignation des délégués au SIVOM : M. Paul LEGRAND et Mme Anne PERRIN",
                        "Mme Anne SIMON et M. Luc PETIT, adjoints, présentent le budget",
                        "Vente de la maison au maire, M. Paul AUBERT",
                        "Vente aux riverains : M. Paul AUBERT et Mme Lise CARRE",
                        "Désignation des commissaires de la CCID : M. Paul AUBERT, Mme Lise CARRE",
                        "Indemnisation de M. Paul DURAND et Mme Anne MARTIN, riverains",
                        "Conseil municipal des enfants - élection des conseillers : Léa MARTIN, Tom BERNARD"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("AUBERT"), "a role in a transaction is a party")
        XCTAssertFalse(result[4].contains("AUBERT"))
        XCTAssertFalse(result[4].contains("CARRE"))
        XCTAssertFalse(result[5].contains("AUBERT"), "commissioners of the direct-taxes commission are taxpayers")
        XCTAssertFalse(result[6].contains("DURAND"), "a plural word that is not a role")
        XCTAssertFalse(result[7].contains("MARTIN"), "children of a consultative council hold no mandate")
        XCTAssertFalse(result[7].contains("BERNARD"))
    }

    func testACoordinatedNameSharesTheDecisionBeforeIt() throws {
        let subjects = ["Spectacle de fin d'année avec le conteur Ali BENSALEM et la chanteuse Noémie DAVID",
                        "Installation de Mme Nadège FALCON et de M. Rémi GARDETTE au conseil municipal",
                        "Concert de Mme Lise CARRE et vente à M. Paul AUBERT d'un terrain"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertTrue(result[2].contains("CARRE"), result[2])
        XCTAssertFalse(result[2].contains("AUBERT"), "a trigger before the second name breaks the sharing")
    }

    func testTradesBeforeTheName() throws {
        let subjects = ["Commande d’une œuvre d’art au peintre Lucien Ferrandez",
                        "Acquisition d'une œuvre du sculpteur Jean GIRARD",
                        "Marché de maîtrise d'œuvre confié à l'architecte Paul Vénissieux",
                        "Recrutement du photographe Louis GARNIER pour la saison",
                        "Vente à l'architecte Paul LEROY d'un terrain"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("GARNIER"), "a recruitment is the person's own situation")
        XCTAssertFalse(result[4].contains("LEROY"), "a trigger before the profession makes a party")
    }

    func testALoneSurnameAfterATriggerIsHeldForReview() throws {
        // « bouvier » and « meunier » are French words: held for review. « Granier » is no French
        // word nor place: occulted outright (`FrenchLexicon`).
        let subjects = ["Vente à BOUVIER d'un terrain communal",
                        "Cession au profit de MEUNIER de la parcelle AB 12",
                        "Cession à la SAFER des parcelles",
                        "Cession au profit de GRANIER de la parcelle AB 13"]
        let csv = ([delibHeader] + subjects.enumerated().map { delibRow("L\($0.offset + 1)", $0.element) }).joined(separator: "\n") + "\n"
        let (result, output) = try runPipeline(csv, in: TempDir())
        let published = try XCTUnwrap(output)
        XCTAssertFalse(published.contains("BOUVIER"))
        XCTAssertFalse(published.contains("MEUNIER"))
        XCTAssertFalse(published.contains("GRANIER"))
        XCTAssertTrue(published.contains("SAFER"), "after an article, an organisation")
        let pending = result.report.decisions.filter { $0.status == .pending && $0.column == "DELIB_OBJET" }
        XCTAssertEqual(Set(pending.map(\.row)), [1, 2], "review, not a silent decision, for a surname that is a French word")
        // The evidence names the class of clue, never the word.
        for decision in pending { XCTAssertFalse(decision.evidence?.contains("BOUVIER") ?? false) }
    }

    func testEventsNamedAfterAPersonAndTitlesAfterAFacility() throws {
        let subjects = ["Subvention pour le Challenge Marcel LAPORTE de pétanque",
                        "Trophée Henri GAUTHIER : subvention au club",
                        "Plan de financement de la Maison de santé Docteur SCHWEITZER",
                        "Indemnisation de M. Marcel LAPORTE, blessé au tournoi",
                        "Vente de la coupe de bois à M. Henri GAUTHIER",
                        "Convention avec le docteur Anselme LAGRIFFOUL pour la maison de santé"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("LAPORTE"))
        XCTAssertFalse(result[4].contains("GAUTHIER"), "an event word away from the name names nothing")
        XCTAssertFalse(result[5].contains("LAGRIFFOUL"), "a practitioner under convention is a private person")
    }

    func testAnOrdinalBeforeTheRole() throws {
        let subjects = ["Délégation de fonctions à M. Gérard LACAN, 3ème adjoint",
                        "Délégation à Mme Anne VIAL, 2e adjointe",
                        "Délégation à M. Gérard LACAN, deuxième adjoint au maire",
                        "Vente à M. Gérard LACAN, 3 rue des Lilas",
                        "Mise en stage de M. Gérard LACAN, 2e classe adjoint technique"]
        let result = try outputs(subjects)
        XCTAssertEqual(result[0], subjects[0])
        XCTAssertEqual(result[1], subjects[1])
        XCTAssertEqual(result[2], subjects[2])
        XCTAssertFalse(result[3].contains("LACAN"))
        XCTAssertFalse(result[4].contains("LACAN"), "an agent's own situation")
    }
}
