import Foundation
import XCTest
import Yams
@testable import OcculterCore

/// The labelled evaluation sets of `Tests/Eval/`: every subject goes through the real pipeline
/// with the délibérations pack; recall is the share of *remove* tokens absent from the output,
/// keep-rate the share of *keep* tokens present, review rate the share of subjects with at
/// least one item held for review. `make eval` prints the figures and misses of each set.
final class EvaluationTests: XCTestCase {
    struct Case: Decodable {
        var text: String
        var remove: [String]
        var keep: [String]
        /// Real sets only: the collectivité and where the subject was read.
        var collectivite: String?
        var source: String?
    }

    struct Figures {
        var subjects = 0, removeTotal = 0, removed = 0, keepTotal = 0, kept = 0, reviewed = 0
        var recall: Double { removeTotal == 0 ? 1 : Double(removed) / Double(removeTotal) }
        var keepRate: Double { keepTotal == 0 ? 1 : Double(kept) / Double(keepTotal) }
        var reviewRate: Double { subjects == 0 ? 0 : Double(reviewed) / Double(subjects) }
    }

    static let officials = ["Hélène MANDROUX", "Gaël PERDRIAU", "Jean-Pierre BERGER", "Sylvie FAYOLLE", "Marc CHAVANNE"]

    /// Hand-written subjects; the test configuration declares five officials.
    func testCraftedSubjects() throws {
        let figures = try evaluate("deliberations-eval.yaml", title: "objets rédigés (jeu construit)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 300)
        XCTAssertGreaterThanOrEqual(figures.recall, 0.99)
        XCTAssertGreaterThanOrEqual(figures.keepRate, 0.98)
    }

    /// Real subjects, development split: no official is declared (nobody typed them by hand).
    func testRealDevelopmentSubjects() throws {
        let figures = try evaluate("real-dev.yaml", title: "objets réels, partie de développement", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
        XCTAssertGreaterThanOrEqual(figures.recall, 0.99)
        XCTAssertGreaterThanOrEqual(figures.keepRate, 0.97)
        XCTAssertLessThanOrEqual(figures.reviewRate, 0.05)
    }

    /// Real subjects, first frozen split: measured once (branch `names`), development data since.
    func testRealFrozenSubjects() throws {
        let figures = try evaluate("real-frozen.yaml", title: "objets réels, première partie gelée (développement depuis sa mesure)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 90)
    }

    /// Second frozen split, collected on branch `names2` before any tuning (27 new collectivités):
    /// measured once at the end of `names2`; development data since `names3` (see the README).
    func testRealFrozenSecondSubjects() throws {
        let figures = try evaluate("real-frozen-2.yaml", title: "objets réels, seconde partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 120)
    }

    /// Third frozen split, collected on branch `names3` before any tuning (28 new collectivités):
    /// measured once at the end; the second frozen split is development data since.
    func testRealFrozenThirdSubjects() throws {
        let figures = try evaluate("real-frozen-3.yaml", title: "objets réels, troisième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    /// Fourth frozen split, collected on branch `frozen4` by an engineer who never ran the
    /// detector on it, while another tuned the detector without seeing it (33 new
    /// collectivités): measured once (recall 0.573, keep-rate 0.958), development data since
    /// (branch `names5`). Its historical
    /// registers (six collectivités, 70 subjects) are printed apart from the contemporary
    /// subjects, as most of its private persons come from them.
    func testRealFrozenFourthSubjects() throws {
        let figures = try evaluate("real-frozen-4.yaml", title: "objets réels, quatrième partie gelée (développement depuis sa mesure)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
        let historical: Set<String> = ["Saint-Martin-Lys (Aude)", "Rieux (Marne)", "Pressagny-l'Orgueilleux (Eure)", "Linards (Haute-Vienne)",
                                       "Montceaux-Ragny (Saône-et-Loire)", "Valenton (Val-de-Marne)"]
        let contemporary = try evaluate("real-frozen-4.yaml", title: "objets réels, quatrième partie gelée, objets contemporains (2003-2025)",
                                        officials: [], only: { !historical.contains($0.collectivite ?? "") })
        let registers = try evaluate("real-frozen-4.yaml", title: "objets réels, quatrième partie gelée, registres anciens (XVIIIe s.-1948)",
                                     officials: [], only: { historical.contains($0.collectivite ?? "") })
        XCTAssertEqual(contemporary.subjects + registers.subjects, figures.subjects)
    }

    /// Fourth crafted set, written on branch `names4` before the detector changed: hard cases of
    /// the classes of issue 13, no official declared (development data).
    func testCraftedFourthSubjects() throws {
        let figures = try evaluate("crafted-4.yaml", title: "objets rédigés, jeu construit n° 4 (aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 40)
        // Measured at 0.9455 / 0.9000 before the branch's mechanisms; development data since.
        XCTAssertGreaterThanOrEqual(figures.recall, 0.98)
        XCTAssertGreaterThanOrEqual(figures.keepRate, 0.98)
        XCTAssertLessThanOrEqual(figures.reviewRate, 0.05)
    }

    /// Fifth crafted set, written on branch `names5` before the detector changed, in the style
    /// of the classes the one measurement of the fourth frozen split revealed (development data).
    func testCraftedFifthSubjects() throws {
        let figures = try evaluate("crafted-5.yaml", title: "objets rédigés, jeu construit n° 5 (aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 15)
        // Measured at 0.1818 / 0.8571 before the branch's mechanisms; development data since.
        XCTAssertGreaterThanOrEqual(figures.recall, 0.80)
        XCTAssertGreaterThanOrEqual(figures.keepRate, 0.98)
        XCTAssertLessThanOrEqual(figures.reviewRate, 0.10)
    }

    /// Fifth frozen split, collected on branch `frozen5` (111 collectivités used nowhere else,
    /// contemporary subjects only) by an engineer who never ran the detector on it, while the
    /// detector was changed on `names6` without reading it; measured once at the end.
    func testRealFrozenFifthSubjects() throws {
        let figures = try evaluate("real-frozen-5.yaml", title: "objets réels, cinquième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 160)
    }

    /// Sixth crafted set, written blind on branch `crafted6` by an engineer who read neither the
    /// detector nor its lists (the reviewer's position), never run before its one measurement.
    func testCraftedSixthSubjects() throws {
        let figures = try evaluate("crafted-6.yaml", title: "objets rédigés, jeu construit n° 6 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    /// Sixth frozen split (branch `frozen6`, 67 collectivités used nowhere else) and seventh
    /// crafted set (branch `crafted7`), both collected blind while the detector was changed after
    /// the measurement of the fifth split and the sixth set; measured once at the end.
    func testRealFrozenSixthSubjects() throws {
        let figures = try evaluate("real-frozen-6.yaml", title: "objets réels, sixième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 120)
    }

    func testCraftedSeventhSubjects() throws {
        let figures = try evaluate("crafted-7.yaml", title: "objets rédigés, jeu construit n° 7 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Tenth crafted set (branch `crafted10`), written like a blind one but given to the
    /// detector's authors as a development set (eighth session).
    func testCraftedTenthSubjects() throws {
        let figures = try evaluate("crafted-10.yaml", title: "objets rédigés, jeu construit n° 10 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Eleventh crafted set (branch `crafted11`), a development set like the tenth.
    func testCraftedEleventhSubjects() throws {
        let figures = try evaluate("crafted-11.yaml", title: "objets rédigés, jeu construit n° 11 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Twelfth crafted set (branch `crafted12`), a development set like the tenth.
    func testCraftedTwelfthSubjects() throws {
        let figures = try evaluate("crafted-12.yaml", title: "objets rédigés, jeu construit n° 12 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Thirteenth crafted set (branch `crafted13`), a development set like the tenth.
    func testCraftedThirteenthSubjects() throws {
        let figures = try evaluate("crafted-13.yaml", title: "objets rédigés, jeu construit n° 13 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Fourteenth crafted set (branch `crafted14`), a development set like the tenth.
    func testCraftedFourteenthSubjects() throws {
        let figures = try evaluate("crafted-14.yaml", title: "objets rédigés, jeu construit n° 14 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Seventh and eighth frozen splits (branches `frozen7`, `frozen8`) and crafted sets n° 8
    /// and 9 (branches `crafted8`, `crafted9`), collected blind during the eighth session while
    /// the detector was tuned on sets n° 10 to 14; measured once, at its end.
    func testRealFrozenSeventhSubjects() throws {
        let figures = try evaluate("real-frozen-7.yaml", title: "objets réels, septième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 120)
    }

    func testRealFrozenEighthSubjects() throws {
        let figures = try evaluate("real-frozen-8.yaml", title: "objets réels, huitième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    func testCraftedEighthSubjects() throws {
        let figures = try evaluate("crafted-8.yaml", title: "objets rédigés, jeu construit n° 8 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedNinthSubjects() throws {
        let figures = try evaluate("crafted-9.yaml", title: "objets rédigés, jeu construit n° 9 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Crafted set n° 17 (branch `crafted17`, ninth session): development data, hard classes
    /// (long lists, first names alone, lower-case common-word surnames, rare parcel forms).
    func testCraftedSeventeenthSubjects() throws {
        let figures = try evaluate("crafted-17.yaml", title: "objets rédigés, jeu construit n° 17 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Crafted sets n° 18 (Corsica, overseas, Alsace-Moselle, Basque Country, a CCAS) and 19
    /// (intercommunal agendas, the mayor's delegated decisions), ninth session: development data.
    func testCraftedEighteenthSubjects() throws {
        let figures = try evaluate("crafted-18.yaml", title: "objets rédigés, jeu construit n° 18 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedNineteenthSubjects() throws {
        let figures = try evaluate("crafted-19.yaml", title: "objets rédigés, jeu construit n° 19 (développement, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Ninth and tenth frozen splits (branches `frozen9`, `frozen10`) and crafted sets n° 15 and
    /// 16 (branches `crafted15`, `crafted16`), collected blind during the ninth session while the
    /// detector was tuned on sets n° 17 to 19; measured once, at its end.
    func testRealFrozenNinthSubjects() throws {
        let figures = try evaluate("real-frozen-9.yaml", title: "objets réels, neuvième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    func testRealFrozenTenthSubjects() throws {
        let figures = try evaluate("real-frozen-10.yaml", title: "objets réels, dixième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    func testCraftedFifteenthSubjects() throws {
        let figures = try evaluate("crafted-15.yaml", title: "objets rédigés, jeu construit n° 15 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixteenthSubjects() throws {
        let figures = try evaluate("crafted-16.yaml", title: "objets rédigés, jeu construit n° 16 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Crafted sets n° 20 to 22 (branches `crafted20` to `crafted22`) and the eleventh and twelfth
    /// frozen splits (branches `frozen11`, `frozen12`), collected blind during the tenth session;
    /// measured once, on the detector of the ninth session's end (`41d17f2`).
    func testCraftedTwentiethSubjects() throws {
        let figures = try evaluate("crafted-20.yaml", title: "objets rédigés, jeu construit n° 20 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedTwentyFirstSubjects() throws {
        let figures = try evaluate("crafted-21.yaml", title: "objets rédigés, jeu construit n° 21 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedTwentySecondSubjects() throws {
        let figures = try evaluate("crafted-22.yaml", title: "objets rédigés, jeu construit n° 22 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Eleventh frozen split (branch `frozen11`, odd départements), collected blind during the
    /// tenth session and measured once, on the detector of `1fdd32e`.
    func testRealFrozenEleventhSubjects() throws {
        let figures = try evaluate("real-frozen-11.yaml", title: "objets réels, onzième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    func testRealFrozenTwelfthSubjects() throws {
        let figures = try evaluate("real-frozen-12.yaml", title: "objets réels, douzième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 50)
    }

    /// Crafted sets n° 23 and 24 and the thirteenth frozen split (branches `crafted23`,
    /// `crafted24`, `frozen13`), collected blind during the tenth session while the detector
    /// changed; measured once, at its end (`058d562`).
    func testCraftedTwentyThirdSubjects() throws {
        let figures = try evaluate("crafted-23.yaml", title: "objets rédigés, jeu construit n° 23 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedTwentyFourthSubjects() throws {
        let figures = try evaluate("crafted-24.yaml", title: "objets rédigés, jeu construit n° 24 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testRealFrozenThirteenthSubjects() throws {
        let figures = try evaluate("real-frozen-13.yaml", title: "objets réels, treizième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    /// Crafted sets n° 25 to 27 and the fourteenth frozen split, written blind during the
    /// eleventh session and measured once, on the detector of `de04c63`.
    func testCraftedTwentyFifthSubjects() throws {
        let figures = try evaluate("crafted-25.yaml", title: "objets rédigés, jeu construit n° 25 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedTwentySixthSubjects() throws {
        let figures = try evaluate("crafted-26.yaml", title: "objets rédigés, jeu construit n° 26 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedTwentySeventhSubjects() throws {
        let figures = try evaluate("crafted-27.yaml", title: "objets rédigés, jeu construit n° 27 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testRealFrozenFourteenthSubjects() throws {
        let figures = try evaluate("real-frozen-14.yaml", title: "objets réels, quatorzième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 100)
    }

    /// Crafted sets n° 28 and 29, written blind during the eleventh session while the detector
    /// changed; measured once, at its end (`fde3716`).
    func testCraftedTwentyEighthSubjects() throws {
        let figures = try evaluate("crafted-28.yaml", title: "objets rédigés, jeu construit n° 28 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 120)
    }

    func testCraftedTwentyNinthSubjects() throws {
        let figures = try evaluate("crafted-29.yaml", title: "objets rédigés, jeu construit n° 29 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 120)
    }

    /// Crafted sets n° 30 to 34 and the fifteenth real part, written blind at the start of the
    /// twelfth session; measured once on `bdac5a7` (see Tests/Eval/README.md).
    func testCraftedThirtiethSubjects() throws {
        let figures = try evaluate("crafted-30.yaml", title: "objets rédigés, jeu construit n° 30 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtyFirstSubjects() throws {
        let figures = try evaluate("crafted-31.yaml", title: "objets rédigés, jeu construit n° 31 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtySecondSubjects() throws {
        let figures = try evaluate("crafted-32.yaml", title: "objets rédigés, jeu construit n° 32 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtyThirdSubjects() throws {
        let figures = try evaluate("crafted-33.yaml", title: "objets rédigés, jeu construit n° 33 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtyFourthSubjects() throws {
        let figures = try evaluate("crafted-34.yaml", title: "objets rédigés, jeu construit n° 34 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Crafted sets n° 35 to 38, written blind in the twelfth session while the detector
    /// changed; measured once on `59c9ae1`.
    func testCraftedThirtyFifthSubjects() throws {
        let figures = try evaluate("crafted-35.yaml", title: "objets rédigés, jeu construit n° 35 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtySixthSubjects() throws {
        let figures = try evaluate("crafted-36.yaml", title: "objets rédigés, jeu construit n° 36 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtySeventhSubjects() throws {
        let figures = try evaluate("crafted-37.yaml", title: "objets rédigés, jeu construit n° 37 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedThirtyEighthSubjects() throws {
        let figures = try evaluate("crafted-38.yaml", title: "objets rédigés, jeu construit n° 38 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Crafted sets n° 39 to 41, written blind in the twelfth session and kept unread until
    /// the detector's last change; measured once on `f1f7279`.
    func testCraftedThirtyNinthSubjects() throws {
        let figures = try evaluate("crafted-39.yaml", title: "objets rédigés, jeu construit n° 39 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortiethSubjects() throws {
        let figures = try evaluate("crafted-40.yaml", title: "objets rédigés, jeu construit n° 40 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyFirstSubjects() throws {
        let figures = try evaluate("crafted-41.yaml", title: "objets rédigés, jeu construit n° 41 (à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortySecondSubjects() throws {
        let figures = try evaluate("crafted-42.yaml", title: "objets rédigés, jeu construit n° 42 (outre-mer, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyThirdSubjects() throws {
        let figures = try evaluate("crafted-43.yaml", title: "objets rédigés, jeu construit n° 43 (Alsace-Moselle, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyFourthSubjects() throws {
        let figures = try evaluate("crafted-44.yaml", title: "objets rédigés, jeu construit n° 44 (mises en page adverses, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyFifthSubjects() throws {
        let figures = try evaluate("crafted-45.yaml", title: "objets rédigés, jeu construit n° 45 (grande ville, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortySixthSubjects() throws {
        let figures = try evaluate("crafted-46.yaml", title: "objets rédigés, jeu construit n° 46 (finances et particuliers, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortySeventhSubjects() throws {
        let figures = try evaluate("crafted-47.yaml", title: "objets rédigés, jeu construit n° 47 (communes rurales, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyEighthSubjects() throws {
        let figures = try evaluate("crafted-48.yaml", title: "objets rédigés, jeu construit n° 48 (action sociale et écoles, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFortyNinthSubjects() throws {
        let figures = try evaluate("crafted-49.yaml", title: "objets rédigés, jeu construit n° 49 (formes de noms adverses, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftiethSubjects() throws {
        let figures = try evaluate("crafted-50.yaml", title: "objets rédigés, jeu construit n° 50 (urbanisme et commerce, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyFirstSubjects() throws {
        let figures = try evaluate("crafted-51.yaml", title: "objets rédigés, jeu construit n° 51 (communes de montagne, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftySecondSubjects() throws {
        let figures = try evaluate("crafted-52.yaml", title: "objets rédigés, jeu construit n° 52 (échantillon réaliste d'une année de six collectivités, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyThirdSubjects() throws {
        let figures = try evaluate("crafted-53.yaml", title: "objets rédigés, jeu construit n° 53 (textes négligés, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyFourthSubjects() throws {
        let figures = try evaluate("crafted-54.yaml", title: "objets rédigés, jeu construit n° 54 (transactions foncières, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyFifthSubjects() throws {
        let figures = try evaluate("crafted-55.yaml", title: "objets rédigés, jeu construit n° 55 (personnel et élus, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftySixthSubjects() throws {
        let figures = try evaluate("crafted-56.yaml", title: "objets rédigés, jeu construit n° 56 (une année d'une agglomération et de sa ville-centre, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftySeventhSubjects() throws {
        let figures = try evaluate("crafted-57.yaml", title: "objets rédigés, jeu construit n° 57 (communes littorales de Bretagne, du Pays basque et de Corse, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyEighthSubjects() throws {
        let figures = try evaluate("crafted-58.yaml", title: "objets rédigés, jeu construit n° 58 (une année d'une ville de 12 000 habitants, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedFiftyNinthSubjects() throws {
        let figures = try evaluate("crafted-59.yaml", title: "objets rédigés, jeu construit n° 59 (contentieux, sinistres et indemnisations, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtiethSubjects() throws {
        let figures = try evaluate("crafted-60.yaml", title: "objets rédigés, jeu construit n° 60 (commission permanente d'un département et CCAS, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyFirstSubjects() throws {
        let figures = try evaluate("crafted-61.yaml", title: "objets rédigés, jeu construit n° 61 (cimetières et mémoire, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtySecondSubjects() throws {
        let figures = try evaluate("crafted-62.yaml", title: "objets rédigés, jeu construit n° 62 (une année d'une commune rurale de 800 habitants, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyThirdSubjects() throws {
        let figures = try evaluate("crafted-63.yaml", title: "objets rédigés, jeu construit n° 63 (ressources humaines d'une ville moyenne, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyFourthSubjects() throws {
        let figures = try evaluate("crafted-64.yaml", title: "objets rédigés, jeu construit n° 64 (foncier et urbanisme, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyFifthSubjects() throws {
        let figures = try evaluate("crafted-65.yaml", title: "objets rédigés, jeu construit n° 65 (culture, sport, jeunesse et associations, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtySixthSubjects() throws {
        let figures = try evaluate("crafted-66.yaml", title: "objets rédigés, jeu construit n° 66 (communauté de communes : aides économiques, déchets, habitat, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtySeventhSubjects() throws {
        let figures = try evaluate("crafted-67.yaml", title: "objets rédigés, jeu construit n° 67 (une année d'une ville du bassin minier, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyEighthSubjects() throws {
        let figures = try evaluate("crafted-68.yaml", title: "objets rédigés, jeu construit n° 68 (exports désordonnés (PDF, tableurs), à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSixtyNinthSubjects() throws {
        let figures = try evaluate("crafted-69.yaml", title: "objets rédigés, jeu construit n° 69 (communes de banlieue, noms de toutes origines, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventiethSubjects() throws {
        let figures = try evaluate("crafted-70.yaml", title: "objets rédigés, jeu construit n° 70 (commission permanente d'un département, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventyFirstSubjects() throws {
        let figures = try evaluate("crafted-71.yaml", title: "objets rédigés, jeu construit n° 71 (une année d'une ville de Provence, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventySecondSubjects() throws {
        let figures = try evaluate("crafted-72.yaml", title: "objets rédigés, jeu construit n° 72 (élus et cadres de nombreux organismes, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventyThirdSubjects() throws {
        let figures = try evaluate("crafted-73.yaml", title: "objets rédigés, jeu construit n° 73 (une année d'une petite ville normande, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventyFourthSubjects() throws {
        let figures = try evaluate("crafted-74.yaml", title: "objets rédigés, jeu construit n° 74 (une année d'une ville de 8 000 habitants, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventySixthSubjects() throws {
        let figures = try evaluate("crafted-76.yaml", title: "objets rédigés, jeu construit n° 76 (villages du Grand Est, de Bourgogne et du Centre, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedSeventySeventhSubjects() throws {
        let figures = try evaluate("crafted-77.yaml", title: "objets rédigés, jeu construit n° 77 (noms qui ressemblent à des mots, des prénoms et des lieux, à l'aveugle, aucun élu déclaré)", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedSeventyEighthSubjects() throws {
        let figures = try evaluate("crafted-78.yaml", title: "objets rédigés, jeu construit n° 78 (commune d'Alsace-Moselle, droit local et chasse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedSeventyNinthSubjects() throws {
        let figures = try evaluate("crafted-79.yaml", title: "objets rédigés, jeu construit n° 79 (commune d'outre-mer, noms créoles, tamouls, mahorais et hmong, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedEightiethSubjects() throws {
        let figures = try evaluate("crafted-80.yaml", title: "objets rédigés, jeu construit n° 80 (ville portuaire bretonne, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedEightyFirstSubjects() throws {
        let figures = try evaluate("crafted-81.yaml", title: "objets rédigés, jeu construit n° 81 (conseil de métropole, délégations longues, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedEightySecondSubjects() throws {
        let figures = try evaluate("crafted-82.yaml", title: "objets rédigés, jeu construit n° 82 (station de montagne, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session); measured with the five officials of the conventions declared.
    func testCraftedEightyThirdSubjects() throws {
        let figures = try evaluate("crafted-83.yaml", title: "objets rédigés, jeu construit n° 83 (urbanisme, propriétaires aux noms de villes et de rues, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, second wave); the five officials of the conventions declared.
    func testCraftedEightyFourthSubjects() throws {
        let figures = try evaluate("crafted-84.yaml", title: "objets rédigés, jeu construit n° 84 (commune corse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, second wave); the five officials of the conventions declared.
    func testCraftedEightyFifthSubjects() throws {
        let figures = try evaluate("crafted-85.yaml", title: "objets rédigés, jeu construit n° 85 (CCAS, exports négligés, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, second wave); the five officials of the conventions declared.
    func testCraftedEightySixthSubjects() throws {
        let figures = try evaluate("crafted-86.yaml", title: "objets rédigés, jeu construit n° 86 (jeunesse, écoles et sport, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, second wave); the five officials of the conventions declared.
    func testCraftedEightySeventhSubjects() throws {
        let figures = try evaluate("crafted-87.yaml", title: "objets rédigés, jeu construit n° 87 (banlieue dense, marchés et commerces, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, third wave); the five officials of the conventions declared.
    func testCraftedEightyEighthSubjects() throws {
        let figures = try evaluate("crafted-88.yaml", title: "objets rédigés, jeu construit n° 88 (syndicat des eaux et des déchets, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, third wave); the five officials of the conventions declared.
    func testCraftedEightyNinthSubjects() throws {
        let figures = try evaluate("crafted-89.yaml", title: "objets rédigés, jeu construit n° 89 (objets rédigés en longues phrases, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, third wave); the five officials of the conventions declared.
    func testCraftedNinetiethSubjects() throws {
        let figures = try evaluate("crafted-90.yaml", title: "objets rédigés, jeu construit n° 90 (commune rurale d'Occitanie, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (fifteenth session, third wave); the five officials of the conventions declared.
    func testCraftedNinetyFirstSubjects() throws {
        let figures = try evaluate("crafted-91.yaml", title: "objets rédigés, jeu construit n° 91 (élus, agents et professionnels à côté de particuliers, adverse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetySecondSubjects() throws {
        let figures = try evaluate("crafted-92.yaml", title: "objets rédigés, jeu construit n° 92 (bassin minier et Flandre, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetyThirdSubjects() throws {
        let figures = try evaluate("crafted-93.yaml", title: "objets rédigés, jeu construit n° 93 (personnel et contentieux d'un département, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetyFourthSubjects() throws {
        let figures = try evaluate("crafted-94.yaml", title: "objets rédigés, jeu construit n° 94 (noms licites en nombre, adverse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetyFifthSubjects() throws {
        let figures = try evaluate("crafted-95.yaml", title: "objets rédigés, jeu construit n° 95 (biens sans maître, successions, indivisions, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetySixthSubjects() throws {
        let figures = try evaluate("crafted-96.yaml", title: "objets rédigés, jeu construit n° 96 (Pays basque, Béarn, Roussillon, Landes, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, first wave); the five officials of the conventions declared.
    func testCraftedNinetySeventhSubjects() throws {
        let figures = try evaluate("crafted-97.yaml", title: "objets rédigés, jeu construit n° 97 (conseil d'une grande ville, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedNinetyEighthSubjects() throws {
        let figures = try evaluate("crafted-98.yaml", title: "objets rédigés, jeu construit n° 98 (une année de trois communes de 2 000 à 6 000 habitants, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedNinetyNinthSubjects() throws {
        let figures = try evaluate("crafted-99.yaml", title: "objets rédigés, jeu construit n° 99 (exports dégradés : OCR, coupures, tableurs, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedHundredthSubjects() throws {
        let figures = try evaluate("crafted-100.yaml", title: "objets rédigés, jeu construit n° 100 (banlieue d'Île-de-France et son EPT, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedHundredFirstSubjects() throws {
        let figures = try evaluate("crafted-101.yaml", title: "objets rédigés, jeu construit n° 101 (formes de noms adverses, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedHundredSecondSubjects() throws {
        let figures = try evaluate("crafted-102.yaml", title: "objets rédigés, jeu construit n° 102 (intercommunalités et syndicats, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, second wave); the five officials of the conventions declared.
    func testCraftedHundredThirdSubjects() throws {
        let figures = try evaluate("crafted-103.yaml", title: "objets rédigés, jeu construit n° 103 (culture, patrimoine, tourisme, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredFourthSubjects() throws {
        let figures = try evaluate("crafted-104.yaml", title: "objets rédigés, jeu construit n° 104 (une année d'une ville de 20 000 habitants en Occitanie, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredFifthSubjects() throws {
        let figures = try evaluate("crafted-105.yaml", title: "objets rédigés, jeu construit n° 105 (CCAS et commission sociale départementale, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredSixthSubjects() throws {
        let figures = try evaluate("crafted-106.yaml", title: "objets rédigés, jeu construit n° 106 (communes littorales : ports, ostréiculture, plages, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredSeventhSubjects() throws {
        let figures = try evaluate("crafted-107.yaml", title: "objets rédigés, jeu construit n° 107 (particuliers nommés sans civilité, adverse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredEighthSubjects() throws {
        let figures = try evaluate("crafted-108.yaml", title: "objets rédigés, jeu construit n° 108 (marchés publics et économie locale d'une agglomération, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    /// Written blind (sixteenth session, third wave, measured once at the end); the five officials of the conventions declared.
    func testCraftedHundredNinthSubjects() throws {
        let figures = try evaluate("crafted-109.yaml", title: "objets rédigés, jeu construit n° 109 (écoles, enfance et jeunesse, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTenthSubjects() throws {
        let figures = try evaluate("crafted-110.yaml", title: "objets rédigés, jeu construit n° 110 (une année d'une ville bretonne, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredEleventhSubjects() throws {
        let figures = try evaluate("crafted-111.yaml", title: "objets rédigés, jeu construit n° 111 (urbanisme et foncier, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwelfthSubjects() throws {
        let figures = try evaluate("crafted-112.yaml", title: "objets rédigés, jeu construit n° 112 (ressources humaines et CCAS, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirteenthSubjects() throws {
        let figures = try evaluate("crafted-113.yaml", title: "objets rédigés, jeu construit n° 113 (exports dégradés, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredFourteenthSubjects() throws {
        let figures = try evaluate("crafted-114.yaml", title: "objets rédigés, jeu construit n° 114 (communauté d'agglomération et syndicats, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredFifteenthSubjects() throws {
        let figures = try evaluate("crafted-115.yaml", title: "objets rédigés, jeu construit n° 115 (commune de montagne en Savoie, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredSixteenthSubjects() throws {
        let figures = try evaluate("crafted-116.yaml", title: "objets rédigés, jeu construit n° 116 (une année d'un village provençal, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredSeventeenthSubjects() throws {
        let figures = try evaluate("crafted-117.yaml", title: "objets rédigés, jeu construit n° 117 (particuliers nommés sans civilité, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredEighteenthSubjects() throws {
        let figures = try evaluate("crafted-118.yaml", title: "objets rédigés, jeu construit n° 118 (sport, culture et vie associative, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredNineteenthSubjects() throws {
        let figures = try evaluate("crafted-119.yaml", title: "objets rédigés, jeu construit n° 119 (communes d'outre-mer, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentiethSubjects() throws {
        let figures = try evaluate("crafted-120.yaml", title: "objets rédigés, jeu construit n° 120 (Alsace et Moselle, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyFirstSubjects() throws {
        let figures = try evaluate("crafted-121.yaml", title: "objets rédigés, jeu construit n° 121 (objets longs et denses, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentySecondSubjects() throws {
        let figures = try evaluate("crafted-122.yaml", title: "objets rédigés, jeu construit n° 122 (Roussillon et Aude, une année, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyThirdSubjects() throws {
        let figures = try evaluate("crafted-123.yaml", title: "objets rédigés, jeu construit n° 123 (urbanisme et foncier, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyFourthSubjects() throws {
        let figures = try evaluate("crafted-124.yaml", title: "objets rédigés, jeu construit n° 124 (particuliers nommés sans civilité, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyFifthSubjects() throws {
        let figures = try evaluate("crafted-125.yaml", title: "objets rédigés, jeu construit n° 125 (exports dégradés de logiciels anciens, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentySixthSubjects() throws {
        let figures = try evaluate("crafted-126.yaml", title: "objets rédigés, jeu construit n° 126 (communauté d'agglomération et syndicats, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentySeventhSubjects() throws {
        let figures = try evaluate("crafted-127.yaml", title: "objets rédigés, jeu construit n° 127 (hommages, dénominations et culture, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyEighthSubjects() throws {
        let figures = try evaluate("crafted-128.yaml", title: "objets rédigés, jeu construit n° 128 (contentieux, assurances et créances, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredTwentyNinthSubjects() throws {
        let figures = try evaluate("crafted-129.yaml", title: "objets rédigés, jeu construit n° 129 (ville minière des Hauts-de-France, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtiethSubjects() throws {
        let figures = try evaluate("crafted-130.yaml", title: "objets rédigés, jeu construit n° 130 (Corse et Pays basque, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtyFirstSubjects() throws {
        let figures = try evaluate("crafted-131.yaml", title: "objets rédigés, jeu construit n° 131 (grande ville de banlieue parisienne, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtySecondSubjects() throws {
        let figures = try evaluate("crafted-132.yaml", title: "objets rédigés, jeu construit n° 132 (station de ski, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtyThirdSubjects() throws {
        let figures = try evaluate("crafted-133.yaml", title: "objets rédigés, jeu construit n° 133 (objets longs et denses, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtyFourthSubjects() throws {
        let figures = try evaluate("crafted-134.yaml", title: "objets rédigés, jeu construit n° 134 (très petite commune rurale, saisie rapide, à l'aveugle, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 150)
    }

    func testCraftedHundredThirtyFifthSubjects() throws {
        let figures = try evaluate("crafted-135.yaml", title: "objets rédigés, jeu construit n° 135 (urbanisme et foncier en Bretagne, Normandie et Pays de la Loire, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredThirtySixthSubjects() throws {
        let figures = try evaluate("crafted-136.yaml", title: "objets rédigés, jeu construit n° 136 (ressources humaines d'une ville moyenne et de son CCAS, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredThirtySeventhSubjects() throws {
        let figures = try evaluate("crafted-137.yaml", title: "objets rédigés, jeu construit n° 137 (vie associative, sport, culture et jeunesse, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredThirtyEighthSubjects() throws {
        let figures = try evaluate("crafted-138.yaml", title: "objets rédigés, jeu construit n° 138 (cimetières, legs, hommages et aides sociales en Occitanie, Provence et Corse, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredThirtyNinthSubjects() throws {
        let figures = try evaluate("crafted-139.yaml", title: "objets rédigés, jeu construit n° 139 (contentieux, assurances et indemnisations outre-mer et en banlieue, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortiethSubjects() throws {
        let figures = try evaluate("crafted-140.yaml", title: "objets rédigés, jeu construit n° 140 (agriculture, forêt, eau et intercommunalité en Alsace-Moselle, Franche-Comté, Pays basque et Alpes, à l'aveugle, première vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyFirstSubjects() throws {
        let figures = try evaluate("crafted-141.yaml", title: "objets rédigés, jeu construit n° 141 (écoles, périscolaire et jeunesse dans les Hauts-de-France et le Grand Est, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortySecondSubjects() throws {
        let figures = try evaluate("crafted-142.yaml", title: "objets rédigés, jeu construit n° 142 (commerce, marchés et domaine public en Nouvelle-Aquitaine et Centre-Val de Loire, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyThirdSubjects() throws {
        let figures = try evaluate("crafted-143.yaml", title: "objets rédigés, jeu construit n° 143 (vie du conseil municipal et intercommunalité en Île-de-France et Normandie, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyFourthSubjects() throws {
        let figures = try evaluate("crafted-144.yaml", title: "objets rédigés, jeu construit n° 144 (voirie, logement social et politique de la ville en Auvergne-Rhône-Alpes et Bourgogne, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyFifthSubjects() throws {
        let figures = try evaluate("crafted-145.yaml", title: "objets rédigés, jeu construit n° 145 (tourisme, patrimoine et traditions en Bretagne, Provence, Corse, Alsace et Pyrénées, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortySixthSubjects() throws {
        let figures = try evaluate("crafted-146.yaml", title: "objets rédigés, jeu construit n° 146 (petite commune, saisie abrégée sans accents ni civilités complètes, à l'aveugle, seconde vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortySeventhSubjects() throws {
        let figures = try evaluate("crafted-147.yaml", title: "objets rédigés, jeu construit n° 147 (finances communales et régies en Pays de la Loire et Centre, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyEighthSubjects() throws {
        let figures = try evaluate("crafted-148.yaml", title: "objets rédigés, jeu construit n° 148 (très petite commune rurale en saisie abrégée, listes de noms seuls, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFortyNinthSubjects() throws {
        let figures = try evaluate("crafted-149.yaml", title: "objets rédigés, jeu construit n° 149 (culture, festivals, musées et jumelages de grandes villes, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFiftiethSubjects() throws {
        let figures = try evaluate("crafted-150.yaml", title: "objets rédigés, jeu construit n° 150 (CCAS, action sociale et logement d'urgence, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFiftyFirstSubjects() throws {
        let figures = try evaluate("crafted-151.yaml", title: "objets rédigés, jeu construit n° 151 (vie du conseil et gouvernance en Occitanie et PACA, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredFiftySecondSubjects() throws {
        let figures = try evaluate("crafted-152.yaml", title: "objets rédigés, jeu construit n° 152 (voirie, urbanisme et foncier en Normandie, Picardie et Bassin parisien, à l'aveugle, troisième vague de la dix-neuvième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftyThirdSubjects() throws {
        let figures = try evaluate("crafted-153.yaml", title: "objets rédigés, jeu construit n° 153 (petites communes rurales de Normandie et de Picardie, saisie laconique, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftyFourthSubjects() throws {
        let figures = try evaluate("crafted-154.yaml", title: "objets rédigés, jeu construit n° 154 (CCAS et aides sociales d'une ville moyenne d'Occitanie, tableaux de bénéficiaires, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftyFifthSubjects() throws {
        let figures = try evaluate("crafted-155.yaml", title: "objets rédigés, jeu construit n° 155 (communes d'outre-mer : foncier, indivisions, aides et culture, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftySixthSubjects() throws {
        let figures = try evaluate("crafted-156.yaml", title: "objets rédigés, jeu construit n° 156 (métropole du Grand Est : marchés, contentieux, personnel, vie du conseil, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftySeventhSubjects() throws {
        let figures = try evaluate("crafted-157.yaml", title: "objets rédigés, jeu construit n° 157 (communes de montagne des Pyrénées et des Savoies : estives, saisonniers, concessions, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, first wave); the five officials of the conventions declared.
    func testCraftedHundredFiftyEighthSubjects() throws {
        let figures = try evaluate("crafted-158.yaml", title: "objets rédigés, jeu construit n° 158 (ville littorale de Bretagne et des Pays de la Loire : port, mouillages, AOT, saisies en minuscules, à l'aveugle, première vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredFiftyNinthSubjects() throws {
        let figures = try evaluate("crafted-159.yaml", title: "objets rédigés, jeu construit n° 159 (ancienne ville minière du Nord et du Pas-de-Calais : logement, CCAS, hommages, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredSixtiethSubjects() throws {
        let figures = try evaluate("crafted-160.yaml", title: "objets rédigés, jeu construit n° 160 (petites villes viticoles de Bourgogne et du Centre-Val de Loire, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredSixtyFirstSubjects() throws {
        let figures = try evaluate("crafted-161.yaml", title: "objets rédigés, jeu construit n° 161 (ville de Provence-Alpes-Côte d'Azur : concessions de plage et de marché, contentieux, festivals, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredSixtySecondSubjects() throws {
        let figures = try evaluate("crafted-162.yaml", title: "objets rédigés, jeu construit n° 162 (syndicats intercommunaux et communauté de communes : eau, déchets, abonnés, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredSixtyThirdSubjects() throws {
        let figures = try evaluate("crafted-163.yaml", title: "objets rédigés, jeu construit n° 163 (décisions du maire par délégation en Île-de-France, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    /// Written blind (twentieth session, second wave, the session's last measurement); the five officials of the conventions declared.
    func testCraftedHundredSixtyFourthSubjects() throws {
        let figures = try evaluate("crafted-164.yaml", title: "objets rédigés, jeu construit n° 164 (communes rurales d'Auvergne et du Limousin : sections, affouage, fermages, à l'aveugle, seconde vague de la vingtième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 190)
    }

    func testCraftedHundredSixtyFifthSubjects() throws {
        let figures = try evaluate("crafted-165.yaml", title: "objets rédigés, jeu construit n° 165 (vie du conseil et habitants : pétitions, hommages, médailles, départs d'agents, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSixtySixthSubjects() throws {
        let figures = try evaluate("crafted-166.yaml", title: "objets rédigés, jeu construit n° 166 (foncier et urbanisme : préemptions, servitudes, bornages, alignements, écrits négligés, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSixtySeventhSubjects() throws {
        let figures = try evaluate("crafted-167.yaml", title: "objets rédigés, jeu construit n° 167 (social, école et famille : remises gracieuses, dérogations, bourses, tableaux collés, listes en minuscules, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSixtyEighthSubjects() throws {
        let figures = try evaluate("crafted-168.yaml", title: "objets rédigés, jeu construit n° 168 (culture, sport et fêtes : artistes, conférenciers, lauréats, bénévoles, remboursements, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSixtyNinthSubjects() throws {
        let figures = try evaluate("crafted-169.yaml", title: "objets rédigés, jeu construit n° 169 (France des régions et d'outre-mer : noms créoles, mahorais, tahitiens, corses, bretons, basques, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventiethSubjects() throws {
        let figures = try evaluate("crafted-170.yaml", title: "objets rédigés, jeu construit n° 170 (personnel, contentieux et listes : agents nommés, « Commune c/ X », listes numérotées, à l'aveugle, première vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyFirstSubjects() throws {
        let figures = try evaluate("crafted-171.yaml", title: "objets rédigés, jeu construit n° 171 (eau, assainissement, déchets et services ruraux : remises pour fuite, affouage, baux de chasse et de pâture, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventySecondSubjects() throws {
        let figures = try evaluate("crafted-172.yaml", title: "objets rédigés, jeu construit n° 172 (commerce, marchés et espace public : terrasses, étals, camions-restaurants, baux commerciaux, enseignes, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyThirdSubjects() throws {
        let figures = try evaluate("crafted-173.yaml", title: "objets rédigés, jeu construit n° 173 (conseils intercommunaux et métropolitains : délégations, commissions, représentants, décisions sur des particuliers, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyFourthSubjects() throws {
        let figures = try evaluate("crafted-174.yaml", title: "objets rédigés, jeu construit n° 174 (cimetières, patrimoine et libéralités : concessions, legs, dons, monuments aux morts, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyFifthSubjects() throws {
        let figures = try evaluate("crafted-175.yaml", title: "objets rédigés, jeu construit n° 175 (ordre du jour courant rédigé à la hâte : fautes, abréviations, majuscules, minuscules, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventySixthSubjects() throws {
        let figures = try evaluate("crafted-176.yaml", title: "objets rédigés, jeu construit n° 176 (santé, aînés et solidarité : praticiens conventionnés, maintien à domicile, aides d'urgence, à l'aveugle, seconde vague de la vingt et unième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventySeventhSubjects() throws {
        let figures = try evaluate("crafted-177.yaml", title: "objets rédigés, jeu construit n° 177 (urbanisme et foncier : préemption, alignements, échanges, indivisions, notaires et géomètres, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyEighthSubjects() throws {
        let figures = try evaluate("crafted-178.yaml", title: "objets rédigés, jeu construit n° 178 (associations et sport : subventions, bourses, trophées, clubs et équipements nommés d'après des personnes, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredSeventyNinthSubjects() throws {
        let figures = try evaluate("crafted-179.yaml", title: "objets rédigés, jeu construit n° 179 (personnel de la ville et du CCAS : recrutements, carrières, sanctions, médailles, tableaux collés, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightiethSubjects() throws {
        let figures = try evaluate("crafted-180.yaml", title: "objets rédigés, jeu construit n° 180 (mémoire et dénominations : voies, citoyenneté d'honneur, monuments aux morts, dons d'archives, descendants, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyFirstSubjects() throws {
        let figures = try evaluate("crafted-181.yaml", title: "objets rédigés, jeu construit n° 181 (petites communes rurales écrites à la hâte : minuscules, abréviations, affouage, cimetière, chemins ruraux, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightySecondSubjects() throws {
        let figures = try evaluate("crafted-182.yaml", title: "objets rédigés, jeu construit n° 182 (grande ville et métropole : marchés, contentieux, indemnisations, universités et hôpitaux, représentations, à l'aveugle, première vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyThirdSubjects() throws {
        let figures = try evaluate("crafted-183.yaml", title: "objets rédigés, jeu construit n° 183 (finances : non-valeurs et débiteurs, remises gracieuses, régisseurs, comptables dans leur rôle, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyFourthSubjects() throws {
        let figures = try evaluate("crafted-184.yaml", title: "objets rédigés, jeu construit n° 184 (école, enfance et jeunesse : familles et enfants, écoles nommées d'après des personnes, enseignants dans leur rôle, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyFifthSubjects() throws {
        let figures = try evaluate("crafted-185.yaml", title: "objets rédigés, jeu construit n° 185 (environnement, agriculture, forêt et eau : baux ruraux, chasse, captages, lieux-dits qui ressemblent à des noms, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightySixthSubjects() throws {
        let figures = try evaluate("crafted-186.yaml", title: "objets rédigés, jeu construit n° 186 (culture et patrimoine : artistes et intervenants, donateurs, locataires d'ateliers, œuvres et lieux nommés, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightySeventhSubjects() throws {
        let figures = try evaluate("crafted-187.yaml", title: "objets rédigés, jeu construit n° 187 (espace public, police et voirie : terrasses, forains, taxis, fourrière, sinistres et contentieux de riverains, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyEighthSubjects() throws {
        let figures = try evaluate("crafted-188.yaml", title: "objets rédigés, jeu construit n° 188 (régions aux usages propres : Corse, Alsace-Moselle, Pays basque, Bretagne, outre-mer, terres coutumières, à l'aveugle, seconde vague de la vingt-deuxième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredEightyNinthSubjects() throws {
        let figures = try evaluate("crafted-189.yaml", title: "objets rédigés, jeu construit n° 189 (action sociale et logement : aides, remises de dettes, attributions, foyers et résidences nommés d'après des personnes, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetiethSubjects() throws {
        let figures = try evaluate("crafted-190.yaml", title: "objets rédigés, jeu construit n° 190 (cimetières et funéraire : concessions, reprises, tombes d'intérêt historique, pompes funèbres, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyFirstSubjects() throws {
        let figures = try evaluate("crafted-191.yaml", title: "objets rédigés, jeu construit n° 191 (contentieux et assurances : recours, protection fonctionnelle, sinistres, cabinets d'avocats, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetySecondSubjects() throws {
        let figures = try evaluate("crafted-192.yaml", title: "objets rédigés, jeu construit n° 192 (communes d'outre-mer : noms créoles, tamouls, mahorais, quartiers et lieux-dits, figures locales, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyThirdSubjects() throws {
        let figures = try evaluate("crafted-193.yaml", title: "objets rédigés, jeu construit n° 193 (commerce, tourisme et domaine public : terrasses, marchés, taxis, enseignes et franchises, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyFourthSubjects() throws {
        let figures = try evaluate("crafted-194.yaml", title: "objets rédigés, jeu construit n° 194 (Alsace-Moselle : droit local, cultes, chasse, forêts, noms alsaciens, mosellans et allemands, à l'aveugle, première vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyFifthSubjects() throws {
        let figures = try evaluate("crafted-195.yaml", title: "objets rédigés, jeu construit n° 195 (petites communes rurales écrites à la hâte : minuscules, abréviations, listes de noms seuls, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetySixthSubjects() throws {
        let figures = try evaluate("crafted-196.yaml", title: "objets rédigés, jeu construit n° 196 (personnel communal : recrutements, avancements, retraites, agents nommés par leur grade, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetySeventhSubjects() throws {
        let figures = try evaluate("crafted-197.yaml", title: "objets rédigés, jeu construit n° 197 (jeunesse, écoles et sport : bourses, lauréats mineurs, champions olympiques honorés, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyEighthSubjects() throws {
        let figures = try evaluate("crafted-198.yaml", title: "objets rédigés, jeu construit n° 198 (culture, patrimoine et mémoire : donateurs, collectionneurs, artistes et œuvres, hommages, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedHundredNinetyNinthSubjects() throws {
        let figures = try evaluate("crafted-199.yaml", title: "objets rédigés, jeu construit n° 199 (vie du conseil municipal : installations, désignations, membres de la société civile, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredthSubjects() throws {
        let figures = try evaluate("crafted-200.yaml", title: "objets rédigés, jeu construit n° 200 (Bretagne, Occitanie, Corse, Pays basque, Catalogne et Savoie : noms de maisons et lieux en langues régionales, à l'aveugle, seconde vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFirstSubjects() throws {
        let figures = try evaluate("crafted-201.yaml", title: "objets rédigés, jeu construit n° 201 (ordre du jour complet d'une ville moyenne : styles de services différents, objets mixtes, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSecondSubjects() throws {
        let figures = try evaluate("crafted-202.yaml", title: "objets rédigés, jeu construit n° 202 (urbanisme opérationnel et foncier intercommunal : préemptions, expropriations, héritiers et indivisions, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirdSubjects() throws {
        let figures = try evaluate("crafted-203.yaml", title: "objets rédigés, jeu construit n° 203 (subventions et associations : présidents et trésoriers, bourses et prix, associations nommées d'après des personnes, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFourthSubjects() throws {
        let figures = try evaluate("crafted-204.yaml", title: "objets rédigés, jeu construit n° 204 (marchés publics et délégations de service public : entrepreneurs individuels, sociétés à nom de famille, jurys, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFifthSubjects() throws {
        let figures = try evaluate("crafted-205.yaml", title: "objets rédigés, jeu construit n° 205 (montagne et littoral : alpages, refuges, ports, anneaux, plages, bateaux et chalets nommés, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixthSubjects() throws {
        let figures = try evaluate("crafted-206.yaml", title: "objets rédigés, jeu construit n° 206 (santé, sécurité et tranquillité publique : praticiens, police municipale, péril, hospitalisations d'office, à l'aveugle, troisième vague de la vingt-troisième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventhSubjects() throws {
        let figures = try evaluate("crafted-207.yaml", title: "objets rédigés, jeu construit n° 207 (petites communes rurales, texte pressé : foncier, chemins, biens de section, fermages, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEighthSubjects() throws {
        let figures = try evaluate("crafted-208.yaml", title: "objets rédigés, jeu construit n° 208 (vie associative, fêtes et jumelages : dirigeants d'associations, bénévoles, maires étrangers, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinthSubjects() throws {
        let figures = try evaluate("crafted-209.yaml", title: "objets rédigés, jeu construit n° 209 (ressources humaines : recrutements, apprentis, médailles, retraites, agents dans leur fonction, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTenthSubjects() throws {
        let figures = try evaluate("crafted-210.yaml", title: "objets rédigés, jeu construit n° 210 (écoles, périscolaire et petite enfance : dérogations, parents désignés, prix d'élèves, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEleventhSubjects() throws {
        let figures = try evaluate("crafted-211.yaml", title: "objets rédigés, jeu construit n° 211 (domaine public et commerce : terrasses, marchés, taxis, enseignes au nom de l'exploitant, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwelfthSubjects() throws {
        let figures = try evaluate("crafted-212.yaml", title: "objets rédigés, jeu construit n° 212 (grandes villes, métropoles et départements : longues énumérations, aides sociales, expropriations, à l'aveugle, vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirteenthSubjects() throws {
        let figures = try evaluate("crafted-213.yaml", title: "objets rédigés, jeu construit n° 213 (urbanisme et contentieux : permis, préemption, expropriations, litiges de voisinage, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFourteenthSubjects() throws {
        let figures = try evaluate("crafted-214.yaml", title: "objets rédigés, jeu construit n° 214 (culture, patrimoine et mémoire : dons d'œuvres, artistes, hommages, dénominations, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFifteenthSubjects() throws {
        let figures = try evaluate("crafted-215.yaml", title: "objets rédigés, jeu construit n° 215 (action sociale et CCAS : secours, logements d'urgence, obsèques, dettes effacées, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixteenthSubjects() throws {
        let figures = try evaluate("crafted-216.yaml", title: "objets rédigés, jeu construit n° 216 (intercommunalité et syndicats : délégués, représentants élus et non élus, remplacements, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventeenthSubjects() throws {
        let figures = try evaluate("crafted-217.yaml", title: "objets rédigés, jeu construit n° 217 (sports et loisirs : clubs, sportifs aidés, champions, bénévoles, équipements nommés, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEighteenthSubjects() throws {
        let figures = try evaluate("crafted-218.yaml", title: "objets rédigés, jeu construit n° 218 (outre-mer : titrement, cinquante pas géométriques, indivisions, noms créoles, mahorais et hmong, à l'aveugle, seconde vague de la vingt-quatrième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNineteenthSubjects() throws {
        let figures = try evaluate("crafted-219.yaml", title: "objets rédigés, jeu construit n° 219 (cimetières et état civil : concessions, reprises, ossuaires, familles bretonnes, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentiethSubjects() throws {
        let figures = try evaluate("crafted-220.yaml", title: "objets rédigés, jeu construit n° 220 (foncier rural et forêt de montagne : échanges, servitudes, estives, biens sans maître, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyFirstSubjects() throws {
        let figures = try evaluate("crafted-221.yaml", title: "objets rédigés, jeu construit n° 221 (finances et créances, export de logiciel : remises gracieuses, non-valeurs, régies, sinistres, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentySecondSubjects() throws {
        let figures = try evaluate("crafted-222.yaml", title: "objets rédigés, jeu construit n° 222 (Alsace-Moselle et Nord-Est : chasse communale, fabriques, cultes, noms germaniques et polonais, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyThirdSubjects() throws {
        let figures = try evaluate("crafted-223.yaml", title: "objets rédigés, jeu construit n° 223 (logement et domaine public : baux, terrasses, marchés, kiosques, commerces au nom de l'exploitant, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyFourthSubjects() throws {
        let figures = try evaluate("crafted-224.yaml", title: "objets rédigés, jeu construit n° 224 (vie du conseil et hommages, Corse et Pays basque : installations, commissions, dénominations, à l'aveugle, première vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyFifthSubjects() throws {
        let figures = try evaluate("crafted-225.yaml", title: "objets rédigés, jeu construit n° 225 (eau, assainissement, voirie et réseaux : servitudes, riverains, dommages de travaux, dégrèvements, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentySixthSubjects() throws {
        let figures = try evaluate("crafted-226.yaml", title: "objets rédigés, jeu construit n° 226 (santé, personnes âgées et solidarité : maisons de santé, CCAS, obsèques, domiciliation, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentySeventhSubjects() throws {
        let figures = try evaluate("crafted-227.yaml", title: "objets rédigés, jeu construit n° 227 (tourisme de mer et de montagne : campings, mouillages, saisonniers, meublés, festivals, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyEighthSubjects() throws {
        let figures = try evaluate("crafted-228.yaml", title: "objets rédigés, jeu construit n° 228 (ressources humaines d'une grande ville : recrutements, régime indemnitaire, protection fonctionnelle, agents en fonction, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredTwentyNinthSubjects() throws {
        let figures = try evaluate("crafted-229.yaml", title: "objets rédigés, jeu construit n° 229 (export d'un vieux logiciel intercommunal : objets tronqués, abréviations, capitales et minuscules, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtiethSubjects() throws {
        let figures = try evaluate("crafted-230.yaml", title: "objets rédigés, jeu construit n° 230 (écoles, enfance et jeunesse : dérogations, bourses, séjours, CMJ, prix aux élèves, à l'aveugle, seconde vague de la vingt-cinquième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyFirstSubjects() throws {
        let figures = try evaluate("crafted-231.yaml", title: "objets rédigés, jeu construit n° 231 (commande publique d'une agglomération : attributions, avenants, entrepreneurs individuels, jurys de concours, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtySecondSubjects() throws {
        let figures = try evaluate("crafted-232.yaml", title: "objets rédigés, jeu construit n° 232 (sport et équipements sportifs : clubs et dirigeants, sportifs aidés, éducateurs vacataires, dénominations, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyThirdSubjects() throws {
        let figures = try evaluate("crafted-233.yaml", title: "objets rédigés, jeu construit n° 233 (communes d'outre-mer : foncier, successions, cases, cimetières, noms créoles, mahorais, tahitiens, tamouls, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyFourthSubjects() throws {
        let figures = try evaluate("crafted-234.yaml", title: "objets rédigés, jeu construit n° 234 (agriculture et monde rural : baux ruraux, SAFER, chasse, estives, GAEC et exploitants, biens de section, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyFifthSubjects() throws {
        let figures = try evaluate("crafted-235.yaml", title: "objets rédigés, jeu construit n° 235 (commission permanente d'un département : aides individuelles, indus de RSA, recours, désignations, saison culturelle, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtySixthSubjects() throws {
        let figures = try evaluate("crafted-236.yaml", title: "objets rédigés, jeu construit n° 236 (petites communes tenues à la hâte : abréviations, fautes, minuscules et capitales, riverains, déneigement, à l'aveugle, première vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtySeventhSubjects() throws {
        let figures = try evaluate("crafted-237.yaml", title: "objets rédigés, jeu construit n° 237 (urbanisme et droit des sols : DIA et préemptions, permis, alignements, servitudes, expropriations, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyEighthSubjects() throws {
        let figures = try evaluate("crafted-238.yaml", title: "objets rédigés, jeu construit n° 238 (culture et patrimoine : saison, expositions, résidences, mécénat, prêts et dons d'œuvres, hébergement chez l'habitant, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredThirtyNinthSubjects() throws {
        let figures = try evaluate("crafted-239.yaml", title: "objets rédigés, jeu construit n° 239 (tranquillité publique et domaine public : fourrière, péril, débits de boissons, taxis, forains, police municipale, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortiethSubjects() throws {
        let figures = try evaluate("crafted-240.yaml", title: "objets rédigés, jeu construit n° 240 (communauté de communes rurale : délégués, SPANC, redevances, aides aux artisans, OPAH, GEMAPI, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyFirstSubjects() throws {
        let figures = try evaluate("crafted-241.yaml", title: "objets rédigés, jeu construit n° 241 (cérémonies et citoyenneté : noces, centenaires, médailles, citoyens d'honneur, hommages, jumelages, CMJ, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortySecondSubjects() throws {
        let figures = try evaluate("crafted-242.yaml", title: "objets rédigés, jeu construit n° 242 (économie locale et commerce : aides à l'installation, boutiques à l'essai, baux commerciaux, food-trucks, enseignes, à l'aveugle, seconde vague de la vingt-sixième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyThirdSubjects() throws {
        let figures = try evaluate("crafted-243.yaml", title: "objets rédigés, jeu construit n° 243 (foncier d'une commune rurale (acquisitions, biens sans maître, chemins ruraux) en écriture relâchée, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyFourthSubjects() throws {
        let figures = try evaluate("crafted-244.yaml", title: "objets rédigés, jeu construit n° 244 (commission permanente d'un département : aide sociale, assistants familiaux, bourses de jeunes sportifs, distinctions, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyFifthSubjects() throws {
        let figures = try evaluate("crafted-245.yaml", title: "objets rédigés, jeu construit n° 245 (culture, patrimoine et dénominations d'une ville moyenne : dons et dépôts, résidences d'artistes, citoyenneté d'honneur, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortySixthSubjects() throws {
        let figures = try evaluate("crafted-246.yaml", title: "objets rédigés, jeu construit n° 246 (commande publique et développement économique d'une agglomération : sous-traitants, artisans, pépinière d'entreprises, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortySeventhSubjects() throws {
        let figures = try evaluate("crafted-247.yaml", title: "objets rédigés, jeu construit n° 247 (ressources humaines et administration : carrières, protection fonctionnelle, indemnités des élus, contentieux, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyEighthSubjects() throws {
        let figures = try evaluate("crafted-248.yaml", title: "objets rédigés, jeu construit n° 248 (commune littorale d'Occitanie : noms catalans et composés, plages, mouillages, marchés, cimetière, urbanisme, à l'aveugle, première vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFortyNinthSubjects() throws {
        let figures = try evaluate("crafted-249.yaml", title: "objets rédigés, jeu construit n° 249 (écoles, enfance et jeunesse dans les Hauts-de-France : dérogations, cantine, centres de loisirs, conseil des jeunes, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftiethSubjects() throws {
        let figures = try evaluate("crafted-250.yaml", title: "objets rédigés, jeu construit n° 250 (syndicat d'eau, d'assainissement et de déchets du Grand Est : factures, fuites, servitudes, délégués des communes, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyFirstSubjects() throws {
        let figures = try evaluate("crafted-251.yaml", title: "objets rédigés, jeu construit n° 251 (vie du conseil d'une commune nouvelle normande : installations, commissions, représentants, questions du public, comités d'habitants, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftySecondSubjects() throws {
        let figures = try evaluate("crafted-252.yaml", title: "objets rédigés, jeu construit n° 252 (CCAS et logement social en Provence : aides, attributions, impayés, obsèques, bénévoles, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyThirdSubjects() throws {
        let figures = try evaluate("crafted-253.yaml", title: "objets rédigés, jeu construit n° 253 (tourisme, fêtes et associations de deux villes jumelles bretonne et alsacienne : festivals, bénévoles, hébergeurs, taxe de séjour, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyFourthSubjects() throws {
        let figures = try evaluate("crafted-254.yaml", title: "objets rédigés, jeu construit n° 254 (exports et mises en page de collectivités du Centre-Val de Loire et des Pays de la Loire : tableaux, capitales, initiales, noms à particule, à l'aveugle, deuxième vague de la vingt-septième session, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyFifthSubjects() throws {
        let figures = try evaluate("crafted-255.yaml", title: "objets rédigés, jeu construit n° 255 (commune de montagne : domaine skiable, estives, affouage, secours, bénévoles et pompiers honorés, à l'aveugle, troisième vague de la vingt-septième session, tenue à l'écart du réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftySixthSubjects() throws {
        let figures = try evaluate("crafted-256.yaml", title: "objets rédigés, jeu construit n° 256 (ville de banlieue francilienne : rénovation urbaine, relogements, commerçants indemnisés, clubs, conseils citoyens, à l'aveugle, troisième vague de la vingt-septième session, tenue à l'écart du réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftySeventhSubjects() throws {
        let figures = try evaluate("crafted-257.yaml", title: "objets rédigés, jeu construit n° 257 (village viticole de Bourgogne-Franche-Comté : vignes, baux ruraux, cimetière, fêtes, artisans, situation des élus, à l'aveugle, troisième vague de la vingt-septième session, tenue à l'écart du réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyEighthSubjects() throws {
        let figures = try evaluate("crafted-258.yaml", title: "objets rédigés, jeu construit n° 258 (culture, sport et enseignement supérieur d'une région et d'un département : artistes, tournages, champions, bourses, châteaux privés, jurys, à l'aveugle, troisième vague de la vingt-septième session, tenue à l'écart du réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredFiftyNinthSubjects() throws {
        let figures = try evaluate("crafted-259.yaml", title: "objets rédigés, jeu construit n° 259 (urbanisme et foncier d'une commune rurale du Massif central, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtiethSubjects() throws {
        let figures = try evaluate("crafted-260.yaml", title: "objets rédigés, jeu construit n° 260 (affaires scolaires et jeunesse d'une ville moyenne, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyFirstSubjects() throws {
        let figures = try evaluate("crafted-261.yaml", title: "objets rédigés, jeu construit n° 261 (conseil municipal et intercommunalité d'une commune nouvelle, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtySecondSubjects() throws {
        let figures = try evaluate("crafted-262.yaml", title: "objets rédigés, jeu construit n° 262 (eau, assainissement et finances d'un syndicat intercommunal, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyThirdSubjects() throws {
        let figures = try evaluate("crafted-263.yaml", title: "objets rédigés, jeu construit n° 263 (cimetière, mémoire et dénominations, Bretagne et Outre-mer, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyFourthSubjects() throws {
        let figures = try evaluate("crafted-264.yaml", title: "objets rédigés, jeu construit n° 264 (commerce, domaine public et tourisme d'une station littorale, à l'aveugle, première vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyFifthSubjects() throws {
        let figures = try evaluate("crafted-265.yaml", title: "objets rédigés, jeu construit n° 265 (action sociale, logement et santé d'une agglomération, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtySixthSubjects() throws {
        let figures = try evaluate("crafted-266.yaml", title: "objets rédigés, jeu construit n° 266 (vie associative, sport et culture d'un village alsacien, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtySeventhSubjects() throws {
        let figures = try evaluate("crafted-267.yaml", title: "objets rédigés, jeu construit n° 267 (ressources humaines d'une ville de 20 000 habitants, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyEighthSubjects() throws {
        let figures = try evaluate("crafted-268.yaml", title: "objets rédigés, jeu construit n° 268 (forêt, agriculture, chasse et environnement, Vosges et Jura, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSixtyNinthSubjects() throws {
        let figures = try evaluate("crafted-269.yaml", title: "objets rédigés, jeu construit n° 269 (marchés publics, travaux et contentieux d'une communauté de communes, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventiethSubjects() throws {
        let figures = try evaluate("crafted-270.yaml", title: "objets rédigés, jeu construit n° 270 (procès-verbaux sommaires saisis sans soin, Corse et Provence, à l'aveugle, vague de la vingt-huitième session tenue à l'écart du réglage (mesurée au début et à la fin), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyFirstSubjects() throws {
        let figures = try evaluate("crafted-271.yaml", title: "objets rédigés, jeu construit n° 271 (conseil de métropole et conseil communautaire, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventySecondSubjects() throws {
        let figures = try evaluate("crafted-272.yaml", title: "objets rédigés, jeu construit n° 272 (objets brefs d'une secrétaire de mairie rurale de Bourgogne, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyThirdSubjects() throws {
        let figures = try evaluate("crafted-273.yaml", title: "objets rédigés, jeu construit n° 273 (élections, état civil, police municipale et services à la population, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyFourthSubjects() throws {
        let figures = try evaluate("crafted-274.yaml", title: "objets rédigés, jeu construit n° 274 (commune d'Outre-mer, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyFifthSubjects() throws {
        let figures = try evaluate("crafted-275.yaml", title: "objets rédigés, jeu construit n° 275 (culture et patrimoine d'une ville moyenne, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventySixthSubjects() throws {
        let figures = try evaluate("crafted-276.yaml", title: "objets rédigés, jeu construit n° 276 (urbanisme d'une ville de 40 000 habitants, à l'aveugle, deuxième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventySeventhSubjects() throws {
        let figures = try evaluate("crafted-277.yaml", title: "objets rédigés, jeu construit n° 277 (sport et vie associative d'une ville de 15 000 habitants, à l'aveugle, troisième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyEighthSubjects() throws {
        let figures = try evaluate("crafted-278.yaml", title: "objets rédigés, jeu construit n° 278 (développement économique d'une communauté de communes, à l'aveugle, troisième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredSeventyNinthSubjects() throws {
        let figures = try evaluate("crafted-279.yaml", title: "objets rédigés, jeu construit n° 279 (port, mer et littoral d'une commune bretonne, à l'aveugle, troisième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightiethSubjects() throws {
        let figures = try evaluate("crafted-280.yaml", title: "objets rédigés, jeu construit n° 280 (montagne et pastoralisme, Alpes et Pyrénées, à l'aveugle, troisième vague de la vingt-huitième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyFirstSubjects() throws {
        let figures = try evaluate("crafted-281.yaml", title: "objets rédigés, jeu construit n° 281 (urbanisme et foncier : préemptions, alignements, délaissés, servitudes, biens sans maître, à l'aveugle, première vague de la vingt-neuvième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightySecondSubjects() throws {
        let figures = try evaluate("crafted-282.yaml", title: "objets rédigés, jeu construit n° 282 (ressources humaines et vie de l'assemblée d'une communauté d'agglomération, à l'aveugle, première vague de la vingt-neuvième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyThirdSubjects() throws {
        let figures = try evaluate("crafted-283.yaml", title: "objets rédigés, jeu construit n° 283 (vie associative, sport et culture d'une ville de 20 000 habitants, à l'aveugle, première vague de la vingt-neuvième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyFourthSubjects() throws {
        let figures = try evaluate("crafted-284.yaml", title: "objets rédigés, jeu construit n° 284 (petite commune de montagne, objets brefs d'une secrétaire de mairie : baux, estives, affouage, salle, à l'aveugle, première vague de la vingt-neuvième session, mesurée puis lue pour le réglage, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyFifthSubjects() throws {
        let figures = try evaluate("crafted-285.yaml", title: "objets rédigés, jeu construit n° 285 (conseil départemental : aides individuelles, représentations, routes, contentieux, à l'aveugle, vague tenue à l'écart de la vingt-neuvième session, jamais lue, mesurée au début et à la fin, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightySixthSubjects() throws {
        let figures = try evaluate("crafted-286.yaml", title: "objets rédigés, jeu construit n° 286 (commune littorale et touristique : domaine public maritime, plages, commerçants, sinistres, à l'aveugle, vague tenue à l'écart de la vingt-neuvième session, jamais lue, mesurée au début et à la fin, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightySeventhSubjects() throws {
        let figures = try evaluate("crafted-287.yaml", title: "objets rédigés, jeu construit n° 287 (syndicats intercommunaux et établissements publics : bureaux, délégués, usagers, non-valeurs, à l'aveugle, vague tenue à l'écart de la vingt-neuvième session, jamais lue, mesurée au début et à la fin, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyEighthSubjects() throws {
        let figures = try evaluate("crafted-288.yaml", title: "objets rédigés, jeu construit n° 288 (grande ville : dénominations, citoyenneté d'honneur, vœux, pétitions, budget participatif, à l'aveugle, vague tenue à l'écart de la vingt-neuvième session, jamais lue, mesurée au début et à la fin, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredEightyNinthSubjects() throws {
        let figures = try evaluate("crafted-289.yaml", title: "objets rédigés, jeu construit n° 289 (cimetière et affaires funéraires d'une commune de 8 000 habitants, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetiethSubjects() throws {
        let figures = try evaluate("crafted-290.yaml", title: "objets rédigés, jeu construit n° 290 (action sociale et scolaire : CCAS, secours, cantine, bourses, enfants nommés, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyFirstSubjects() throws {
        let figures = try evaluate("crafted-291.yaml", title: "objets rédigés, jeu construit n° 291 (finances et contentieux d'une ville moyenne : non-valeurs, régies, transactions, assureurs, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetySecondSubjects() throws {
        let figures = try evaluate("crafted-292.yaml", title: "objets rédigés, jeu construit n° 292 (commune alsacienne et commune basque ou catalane : droit local, chasse, noms régionaux, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyThirdSubjects() throws {
        let figures = try evaluate("crafted-293.yaml", title: "objets rédigés, jeu construit n° 293 (économie locale et commerce : commerçants, baux commerciaux, terrasses, entreprises individuelles, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyFourthSubjects() throws {
        let figures = try evaluate("crafted-294.yaml", title: "objets rédigés, jeu construit n° 294 (tableaux exportés d'une métropole : capitales ou minuscules, abréviations, nom avant le prénom entre parenthèses, à l'aveugle, troisième vague de la vingt-neuvième session, mesurée avant et après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyFifthSubjects() throws {
        let figures = try evaluate("crafted-295.yaml", title: "objets rédigés, jeu construit n° 295 (affaires scolaires et jeunesse d'une ville moyenne, à l'aveugle, première vague de la trentième session, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetySixthSubjects() throws {
        let figures = try evaluate("crafted-296.yaml", title: "objets rédigés, jeu construit n° 296 (communes d'outre-mer : foncier, cases, aides, lieux-dits et ravines, à l'aveugle, trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetySeventhSubjects() throws {
        let figures = try evaluate("crafted-297.yaml", title: "objets rédigés, jeu construit n° 297 (commune rurale : forêt, affouage, chasse, baux ruraux, estives, secrétaire à temps partiel, à l'aveugle, première vague de la trentième session, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyEighthSubjects() throws {
        let figures = try evaluate("crafted-298.yaml", title: "objets rédigés, jeu construit n° 298 (police municipale, stationnement, domaine public, marchés forains, riverains, à l'aveugle, trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedTwoHundredNinetyNinthSubjects() throws {
        let figures = try evaluate("crafted-299.yaml", title: "objets rédigés, jeu construit n° 299 (eau et assainissement d'une intercommunalité, à l'aveugle, première vague de la trentième session, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredthSubjects() throws {
        let figures = try evaluate("crafted-300.yaml", title: "objets rédigés, jeu construit n° 300 (sport et loisirs : clubs, équipements, récompenses, bénévoles, à l'aveugle, trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFirstSubjects() throws {
        let figures = try evaluate("crafted-301.yaml", title: "objets rédigés, jeu construit n° 301 (tourisme et logement : camping, gîtes, baux, logements sociaux, à l'aveugle, trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSecondSubjects() throws {
        let figures = try evaluate("crafted-302.yaml", title: "objets rédigés, jeu construit n° 302 (objets exportés d'un logiciel d'actes : codes collés, séparateurs, casse et accents perdus, à l'aveugle, première vague de la trentième session, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirdSubjects() throws {
        let figures = try evaluate("crafted-303.yaml", title: "objets rédigés, jeu construit n° 303 (petites communes bretonnes, à l'aveugle, deuxième vague de la trentième session, mesurée avant lecture après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFourthSubjects() throws {
        let figures = try evaluate("crafted-304.yaml", title: "objets rédigés, jeu construit n° 304 (cérémonies et vie civique : médailles, noces d'or, centenaires, parrainages, à l'aveugle, deuxième vague de la trentième session, mesurée avant lecture après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFifthSubjects() throws {
        let figures = try evaluate("crafted-305.yaml", title: "objets rédigés, jeu construit n° 305 (Corse et Provence : foncier, biens sans maître, paillotes, pastoralisme, à l'aveugle, deuxième vague de la trentième session, mesurée avant lecture après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixthSubjects() throws {
        let figures = try evaluate("crafted-306.yaml", title: "objets rédigés, jeu construit n° 306 (service des déchets d'une intercommunalité, à l'aveugle, deuxième vague de la trentième session, mesurée avant lecture après le réglage sur la première, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventhSubjects() throws {
        let figures = try evaluate("crafted-307.yaml", title: "objets rédigés, jeu construit n° 307 (ordre du jour d'un conseil de ville moyenne : désignations, vœux, pétitions, à l'aveugle, troisième vague de la trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredEighthSubjects() throws {
        let figures = try evaluate("crafted-308.yaml", title: "objets rédigés, jeu construit n° 308 (Nord et Pas-de-Calais : ducasses, corons, noms flamands, polonais, italiens, à l'aveugle, troisième vague de la trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredNinthSubjects() throws {
        let figures = try evaluate("crafted-309.yaml", title: "objets rédigés, jeu construit n° 309 (ville portuaire : mouillages, AOT, pêcheurs, bateaux nommés, à l'aveugle, troisième vague de la trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTenthSubjects() throws {
        let figures = try evaluate("crafted-310.yaml", title: "objets rédigés, jeu construit n° 310 (secrétaires de très petites communes : minuscules, abréviations, à l'aveugle, troisième vague de la trentième session, tenue à l'écart (jamais lue), cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredEleventhSubjects() throws {
        let figures = try evaluate("crafted-311.yaml", title: "objets rédigés, jeu construit n° 311 (port de pêche et de plaisance, à l'aveugle, quatrième vague de la trentième session, sur les thèmes de la troisième, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwelfthSubjects() throws {
        let figures = try evaluate("crafted-312.yaml", title: "objets rédigés, jeu construit n° 312 (registres de très petites communes tapés en minuscules, à l'aveugle, quatrième vague de la trentième session, sur les thèmes de la troisième, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirteenthSubjects() throws {
        let figures = try evaluate("crafted-313.yaml", title: "objets rédigés, jeu construit n° 313 (vie politique d'une grande ville : désignations, questions, pétitions, à l'aveugle, quatrième vague de la trentième session, sur les thèmes de la troisième, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFourteenthSubjects() throws {
        let figures = try evaluate("crafted-314.yaml", title: "objets rédigés, jeu construit n° 314 (station balnéaire : plages, sauveteurs, vendeurs, navettes, à l'aveugle, quatrième vague de la trentième session, sur les thèmes de la troisième, lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFifteenthSubjects() throws {
        let figures = try evaluate("crafted-315.yaml", title: "objets rédigés, jeu construit n° 315 (urbanisme et foncier d'une ville moyenne, à l'aveugle, cinquième vague de la trentième session, écrite après le réglage et mesurée une fois avec le code du début et celui de la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixteenthSubjects() throws {
        let figures = try evaluate("crafted-316.yaml", title: "objets rédigés, jeu construit n° 316 (développement économique d'une intercommunalité, à l'aveugle, cinquième vague de la trentième session, écrite après le réglage et mesurée une fois avec le code du début et celui de la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventeenthSubjects() throws {
        let figures = try evaluate("crafted-317.yaml", title: "objets rédigés, jeu construit n° 317 (station de ski : pistes, saisonniers, alpages, à l'aveugle, cinquième vague de la trentième session, écrite après le réglage et mesurée une fois avec le code du début et celui de la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredEighteenthSubjects() throws {
        let figures = try evaluate("crafted-318.yaml", title: "objets rédigés, jeu construit n° 318 (ville de banlieue : politique de la ville, relogements, quartiers, à l'aveugle, cinquième vague de la trentième session, écrite après le réglage et mesurée une fois avec le code du début et celui de la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredNineteenthSubjects() throws {
        let figures = try evaluate("crafted-319.yaml", title: "objets rédigés, jeu construit n° 319 (port de pêche et de plaisance breton : corps-morts, anneaux, bateaux, SNSM, à l'aveugle, vague G de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentiethSubjects() throws {
        let figures = try evaluate("crafted-320.yaml", title: "objets rédigés, jeu construit n° 320 (commune rurale, secrétaire pressé : minuscules, abréviations, foncier, à l'aveugle, vague G de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyFirstSubjects() throws {
        let figures = try evaluate("crafted-321.yaml", title: "objets rédigés, jeu construit n° 321 (désignations et compositions : CCAS, associations foncières, jurys, commissions extra-municipales, à l'aveugle, vague G de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentySecondSubjects() throws {
        let figures = try evaluate("crafted-322.yaml", title: "objets rédigés, jeu construit n° 322 (commune d'outre-mer : régularisations foncières, lieux-dits créoles, logement social, à l'aveugle, vague G de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyThirdSubjects() throws {
        let figures = try evaluate("crafted-323.yaml", title: "objets rédigés, jeu construit n° 323 (ville balnéaire : concessions de plage, mouillages, conchyliculteurs, à l'aveugle, vague H de la trente et unième session, tenue à l'écart, mesurée au début et à la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyFourthSubjects() throws {
        let figures = try evaluate("crafted-324.yaml", title: "objets rédigés, jeu construit n° 324 (procès-verbaux recopiés en minuscules par un bénévole, à l'aveugle, vague H de la trente et unième session, tenue à l'écart, mesurée au début et à la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyFifthSubjects() throws {
        let figures = try evaluate("crafted-325.yaml", title: "objets rédigés, jeu construit n° 325 (nominations et représentations d'une intercommunalité, jurys, médailles, à l'aveugle, vague H de la trente et unième session, tenue à l'écart, mesurée au début et à la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentySixthSubjects() throws {
        let figures = try evaluate("crafted-326.yaml", title: "objets rédigés, jeu construit n° 326 (commune de montagne : alpages, servitudes de remontées, affouage, à l'aveugle, vague H de la trente et unième session, tenue à l'écart, mesurée au début et à la fin, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentySeventhSubjects() throws {
        let figures = try evaluate("crafted-327.yaml", title: "objets rédigés, jeu construit n° 327 (cimetière et état civil : concessions, caveaux, reprises, monuments aux morts, à l'aveugle, vague I de la trente et unième session, écrite au milieu de la session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyEighthSubjects() throws {
        let figures = try evaluate("crafted-328.yaml", title: "objets rédigés, jeu construit n° 328 (culture et sport d'une ville moyenne : artistes, résidences, clubs, sportifs, à l'aveugle, vague I de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredTwentyNinthSubjects() throws {
        let figures = try evaluate("crafted-329.yaml", title: "objets rédigés, jeu construit n° 329 (personnel et contentieux d'un département ou d'une grande ville, à l'aveugle, vague I de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtiethSubjects() throws {
        let figures = try evaluate("crafted-330.yaml", title: "objets rédigés, jeu construit n° 330 (village d'Alsace ou de Moselle : droit local, chasse, affouage, sections numérotées, à l'aveugle, vague I de la trente et unième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyFirstSubjects() throws {
        let figures = try evaluate("crafted-331.yaml", title: "objets rédigés, jeu construit n° 331 (foncier et urbanisme d'une commune périurbaine d'Occitanie : préemptions, échanges, servitudes, indivisions, à l'aveugle, vague J de la trente-deuxième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtySecondSubjects() throws {
        let figures = try evaluate("crafted-332.yaml", title: "objets rédigés, jeu construit n° 332 (éducation, jeunesse et action sociale d'une grande ville : bourses, médailles, parrainages, jurys, à l'aveugle, vague J de la trente-deuxième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyThirdSubjects() throws {
        let figures = try evaluate("crafted-333.yaml", title: "objets rédigés, jeu construit n° 333 (économie, marchés et contentieux d'une communauté d'agglomération : commerçants, artisans, transactions, à l'aveugle, vague J de la trente-deuxième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyFourthSubjects() throws {
        let figures = try evaluate("crafted-334.yaml", title: "objets rédigés, jeu construit n° 334 (registres corse et basque d'un ancien logiciel : numéros d'actes, abréviations, plusieurs objets par ligne, à l'aveugle, vague J de la trente-deuxième session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyFifthSubjects() throws {
        let figures = try evaluate("crafted-335.yaml", title: "objets rédigés, jeu construit n° 335 (ville du Nord, ancienne cité minière : noms flamands et polonais, à l'aveugle, vague K de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtySixthSubjects() throws {
        let figures = try evaluate("crafted-336.yaml", title: "objets rédigés, jeu construit n° 336 (commission permanente d'un conseil départemental : aides individuelles, familles d'accueil, acquisitions routières, à l'aveugle, vague K de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtySeventhSubjects() throws {
        let figures = try evaluate("crafted-337.yaml", title: "objets rédigés, jeu construit n° 337 (registre d'une petite ville tout en capitales, à l'aveugle, vague K de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyEighthSubjects() throws {
        let figures = try evaluate("crafted-338.yaml", title: "objets rédigés, jeu construit n° 338 (petite ville de Provence : associations, traditions taurines, marchés, oliveraies, noms provençaux, italiens et arméniens, à l'aveugle, vague K de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredThirtyNinthSubjects() throws {
        let figures = try evaluate("crafted-339.yaml", title: "objets rédigés, jeu construit n° 339 (service intercommunal de l'eau, de l'assainissement et des déchets : abonnés, fuites, branchements, servitudes, à l'aveugle, vague L de la trente-deuxième session, écrite au milieu de la session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortiethSubjects() throws {
        let figures = try evaluate("crafted-340.yaml", title: "objets rédigés, jeu construit n° 340 (station de ski de Savoie : saisonniers, secours sur piste, alpages, chalets, à l'aveugle, vague L de la trente-deuxième session, écrite au milieu de la session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyFirstSubjects() throws {
        let figures = try evaluate("crafted-341.yaml", title: "objets rédigés, jeu construit n° 341 (musée, archives et bibliothèque : dons, dépôts, prêts, résidences, expositions, à l'aveugle, vague L de la trente-deuxième session, écrite au milieu de la session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortySecondSubjects() throws {
        let figures = try evaluate("crafted-342.yaml", title: "objets rédigés, jeu construit n° 342 (objets longs copiés du texte des délibérations, plusieurs personnes par objet, à l'aveugle, vague L de la trente-deuxième session, écrite au milieu de la session, mesurée puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyThirdSubjects() throws {
        let figures = try evaluate("crafted-343.yaml", title: "objets rédigés, jeu construit n° 343 (commune rurale du centre de la Bretagne : échanges agricoles, talus, chapelles, noms bretons, à l'aveugle, vague M de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyFourthSubjects() throws {
        let figures = try evaluate("crafted-344.yaml", title: "objets rédigés, jeu construit n° 344 (conseil d'administration d'un CCAS et commission d'un bailleur social, à l'aveugle, vague M de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyFifthSubjects() throws {
        let figures = try evaluate("crafted-345.yaml", title: "objets rédigés, jeu construit n° 345 (ancienne ville sidérurgique de Lorraine, saisie sans soin par plusieurs agents, à l'aveugle, vague M de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortySixthSubjects() throws {
        let figures = try evaluate("crafted-346.yaml", title: "objets rédigés, jeu construit n° 346 (syndicat intercommunal scolaire et de transport (SIVOS), style abrégé, à l'aveugle, vague M de la trente-deuxième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortySeventhSubjects() throws {
        let figures = try evaluate("crafted-347.yaml", title: "objets rédigés, jeu construit n° 347 (ville de banlieue d'Île-de-France : renouvellement urbain, relogements, centre commercial, à l'aveugle, vague N de la trente-deuxième session, tenue à l'écart avant d'être écrite, mesurée au début et à la fin du réglage, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyEighthSubjects() throws {
        let figures = try evaluate("crafted-348.yaml", title: "objets rédigés, jeu construit n° 348 (village viticole : parcelles de vigne et leurs propriétaires, remembrement, à l'aveugle, vague N de la trente-deuxième session, tenue à l'écart avant d'être écrite, mesurée au début et à la fin du réglage, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFortyNinthSubjects() throws {
        let figures = try evaluate("crafted-349.yaml", title: "objets rédigés, jeu construit n° 349 (décisions du maire prises par délégation (L2122-22), listes numérotées, à l'aveugle, vague N de la trente-deuxième session, tenue à l'écart avant d'être écrite, mesurée au début et à la fin du réglage, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftiethSubjects() throws {
        let figures = try evaluate("crafted-350.yaml", title: "objets rédigés, jeu construit n° 350 (commune littorale de Normandie ou de Charente : plages, camping, ostréiculteurs, mouillages, à l'aveugle, vague N de la trente-deuxième session, tenue à l'écart avant d'être écrite, mesurée au début et à la fin du réglage, puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyFirstSubjects() throws {
        let figures = try evaluate("crafted-351.yaml", title: "objets rédigés, jeu construit n° 351 (registre d'une commune rurale de la Creuse recopié en capitales sans accents, à l'aveugle, vague O de la trente-troisième session, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftySecondSubjects() throws {
        let figures = try evaluate("crafted-352.yaml", title: "objets rédigés, jeu construit n° 352 (ville de la banlieue lyonnaise : quartier prioritaire, relogements, commerces, à l'aveugle, vague O de la trente-troisième session, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyThirdSubjects() throws {
        let figures = try evaluate("crafted-353.yaml", title: "objets rédigés, jeu construit n° 353 (commune littorale du Finistère : port, goémoniers, lieux-dits en Ker-, à l'aveugle, vague O de la trente-troisième session, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyFourthSubjects() throws {
        let figures = try evaluate("crafted-354.yaml", title: "objets rédigés, jeu construit n° 354 (syndicat mixte et communauté de communes : non-valeurs, redevances, assainissement, à l'aveugle, vague O de la trente-troisième session, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyFifthSubjects() throws {
        let figures = try evaluate("crafted-355.yaml", title: "objets rédigés, jeu construit n° 355 (commune d'Alsace ou de Moselle : chasse, forêt, droit local, à l'aveugle, vague P de la trente-troisième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftySixthSubjects() throws {
        let figures = try evaluate("crafted-356.yaml", title: "objets rédigés, jeu construit n° 356 (ville moyenne du Sud-Ouest : rugby, aides aux sportifs, terrasses, à l'aveugle, vague P de la trente-troisième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftySeventhSubjects() throws {
        let figures = try evaluate("crafted-357.yaml", title: "objets rédigés, jeu construit n° 357 (commune de montagne en Savoie : alpages, refuges, saisonniers, à l'aveugle, vague P de la trente-troisième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyEighthSubjects() throws {
        let figures = try evaluate("crafted-358.yaml", title: "objets rédigés, jeu construit n° 358 (commune d'outre-mer : cinquante pas géométriques, concessions, noms créoles et tamouls, à l'aveugle, vague P de la trente-troisième session, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredFiftyNinthSubjects() throws {
        let figures = try evaluate("crafted-359.yaml", title: "objets rédigés, jeu construit n° 359 (registre normand tout en capitales, style télégraphique, noms de famille seuls, à l'aveugle, vague Q de la trente-troisième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtiethSubjects() throws {
        let figures = try evaluate("crafted-360.yaml", title: "objets rédigés, jeu construit n° 360 (ville de Seine-Saint-Denis, saisie négligée, à l'aveugle, vague Q de la trente-troisième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyFirstSubjects() throws {
        let figures = try evaluate("crafted-361.yaml", title: "objets rédigés, jeu construit n° 361 (Pays basque intérieur : frontons, maisons nommées, estives, à l'aveugle, vague Q de la trente-troisième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtySecondSubjects() throws {
        let figures = try evaluate("crafted-362.yaml", title: "objets rédigés, jeu construit n° 362 (CCAS et commission d'aides sociales : listes de bénéficiaires, à l'aveugle, vague Q de la trente-troisième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyThirdSubjects() throws {
        let figures = try evaluate("crafted-363.yaml", title: "objets rédigés, jeu construit n° 363 (registre picard tout en capitales, style télégraphique, noms de famille seuls, à l'aveugle, vague R de la trente-troisième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyFourthSubjects() throws {
        let figures = try evaluate("crafted-364.yaml", title: "objets rédigés, jeu construit n° 364 (mairie de secteur de Marseille, saisie négligée, à l'aveugle, vague R de la trente-troisième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyFifthSubjects() throws {
        let figures = try evaluate("crafted-365.yaml", title: "objets rédigés, jeu construit n° 365 (commune du Morbihan : cimetière, foncier, noms bretons, à l'aveugle, vague R de la trente-troisième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtySixthSubjects() throws {
        let figures = try evaluate("crafted-366.yaml", title: "objets rédigés, jeu construit n° 366 (commission permanente d'un département : aides individuelles, listes, à l'aveugle, vague R de la trente-troisième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    /// Real subjects only: the collector found no private person in them (keep-rate only).
    func testCraftedThreeHundredSixtySeventhSubjects() throws {
        let figures = try evaluate("crafted-367.yaml", title: "objets rédigés, jeu construit n° 367 (commune des Côtes-d'Armor, registre tout en capitales : abréviations, barres obliques, noms-métiers et noms composés, à l'aveugle, vague S de la trente-quatrième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyEighthSubjects() throws {
        let figures = try evaluate("crafted-368.yaml", title: "objets rédigés, jeu construit n° 368 (CCAS et office du logement du Val-de-Marne, saisie hâtive : listes de bénéficiaires en minuscules, à l'aveugle, vague S de la trente-quatrième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSixtyNinthSubjects() throws {
        let figures = try evaluate("crafted-369.yaml", title: "objets rédigés, jeu construit n° 369 (commune viticole de l'Hérault : baux, successions, indivisions, domaines, à l'aveugle, vague S de la trente-quatrième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventiethSubjects() throws {
        let figures = try evaluate("crafted-370.yaml", title: "objets rédigés, jeu construit n° 370 (ressources humaines et affaires juridiques d'une agglomération du Val de Loire, à l'aveugle, vague S de la trente-quatrième session, formes difficiles, mesurée au début puis lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventyFirstSubjects() throws {
        let figures = try evaluate("crafted-371.yaml", title: "objets rédigés, jeu construit n° 371 (commune de montagne du Cantal, registre tout en capitales : biens de section, ayants droit, affouage, à l'aveugle, vague T de la trente-quatrième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventySecondSubjects() throws {
        let figures = try evaluate("crafted-372.yaml", title: "objets rédigés, jeu construit n° 372 (ancienne cité minière du Pas-de-Calais : concessions, logements, associations, à l'aveugle, vague T de la trente-quatrième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventyThirdSubjects() throws {
        let figures = try evaluate("crafted-373.yaml", title: "objets rédigés, jeu construit n° 373 (commune de Haute-Corse : urbanisme, indivisions, contentieux, à l'aveugle, vague T de la trente-quatrième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testCraftedThreeHundredSeventyFourthSubjects() throws {
        let figures = try evaluate("crafted-374.yaml", title: "objets rédigés, jeu construit n° 374 (commune des Vosges : forêt, affouage, chasse, registre en partie en capitales, à l'aveugle, vague T de la trente-quatrième session, formes difficiles, tenue à l'écart avant d'être écrite, jamais lue, cinq élus déclarés)", officials: EvaluationTests.officials)
        XCTAssertGreaterThanOrEqual(figures.subjects, 200)
    }

    func testRealFrozenFifteenthPart() throws {
        let figures = try evaluate("real-frozen-15.yaml", title: "objets réels, quinzième partie gelée", officials: [])
        XCTAssertGreaterThanOrEqual(figures.subjects, 30)
    }

    private func evaluate(_ file: String, title: String, officials: [String], only: (Case) -> Bool = { _ in true }) throws -> Figures {
        let path = Repo.root.appendingPathComponent("Tests/Eval/\(file)").path
        let cases = try YAMLDecoder().decode([Case].self, from: String(contentsOfFile: path, encoding: .utf8)).filter(only)
        let dir = TempDir()
        var config = OcculterConfig()
        config.officials = officials
        let csv = ([delibHeader] + cases.enumerated().map { delibRow("E\($0.offset + 1)", $0.element.text) }).joined(separator: "\n") + "\n"
        let (result, output) = try runPipeline(csv, config: config, in: dir)
        XCTAssertNotNil(output)
        let reader = try CSVReader(path: dir.path("output.csv"))
        let column = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_OBJET"))
        var outputs: [String] = []
        while let row = try reader.next() { outputs.append(row.values[column]) }
        XCTAssertEqual(outputs.count, cases.count)
        let reviewedRows = Set(result.report.decisions.filter { $0.status == .pending && $0.column == "DELIB_OBJET" }.map(\.row))

        var figures = Figures(subjects: cases.count, reviewed: reviewedRows.count)
        var misses: [String] = []
        for (index, item) in cases.enumerated() {
            let result = outputs[index]
            for token in item.remove {
                figures.removeTotal += 1
                if result.contains(token) { misses.append("FUITE  « \(token) » — \(result)") } else { figures.removed += 1 }
            }
            for token in item.keep {
                figures.keepTotal += 1
                if result.contains(token) { figures.kept += 1 } else { misses.append("PERTE  « \(token) » — \(result)") }
            }
            if reviewedRows.contains(index + 1) { misses.append("REVUE  — \(item.text)") }
        }
        let collectivites = Set(cases.compactMap(\.collectivite)).count
        var lines = ["=== Évaluation : \(cases.count) \(title)" + (collectivites > 0 ? ", \(collectivites) collectivités" : ""),
                     String(format: "rappel (jetons à retirer absents) : %.4f (%d/%d)", figures.recall, figures.removed, figures.removeTotal),
                     String(format: "taux de conservation (jetons licites présents) : %.4f (%d/%d)", figures.keepRate, figures.kept, figures.keepTotal),
                     String(format: "taux de revue (objets avec un élément en attente) : %.4f (%d/%d)", figures.reviewRate, figures.reviewed, figures.subjects)]
        lines += misses
        lines.append("=== Fin de l'évaluation")
        // On standard error: `swift test` reparses the test binary's standard output and drops
        // some of a test case's printed lines.
        let text = lines.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
        // `swift test` may also drop the beginning of the first test case's standard error:
        // `make eval` has every set's lines appended to a file of its own.
        if let path = ProcessInfo.processInfo.environment["OCCULTER_EVAL_OUT"] {
            if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.seekToEndOfFile()
                handle.write(Data(text.utf8))
                handle.closeFile()
            }
        }
        return figures
    }
}
