import XCTest
@testable import OcculterCore

/// Marked examples (`⟦…⟧`, `⟦…|exemption⟧`): the marks are read into byte spans, and an
/// example whose rule decides on other spans, or keeps under another exemption, fails.
final class ExampleMarksTests: XCTestCase {
    func testMarksBecomeByteSpansOfTheUnmarkedInput() throws {
        let parsed = try XCTUnwrap(ExampleMarks.parse("Élu ⟦M. Gaël PERDRIAU|elu⟧ et ⟦DURAND⟧"))
        XCTAssertEqual(parsed.input, "Élu M. Gaël PERDRIAU et DURAND")
        let bytes = Array(parsed.input.utf8)
        XCTAssertEqual(parsed.marks.map { String(decoding: bytes[$0.span], as: UTF8.self) }, ["M. Gaël PERDRIAU", "DURAND"])
        XCTAssertEqual(parsed.marks.map(\.exemption), [.official, nil])
        XCTAssertEqual(ExampleMarks.render(parsed.input, parsed.marks), "Élu ⟦M. Gaël PERDRIAU|elu⟧ et ⟦DURAND⟧")
        XCTAssertNil(try ExampleMarks.parse("Sans marque | ni crochet"))
    }

    func testMalformedMarksAreRefused() {
        for bad in ["⟦ouverte", "fermée⟧", "⟦a ⟦b⟧⟧", "⟦⟧", "⟦nom|inconnue⟧"] {
            XCTAssertThrowsError(try ExampleMarks.parse(bad), bad)
        }
    }

    private func run(_ example: String) throws -> RuleExamples.Summary {
        let dir = TempDir()
        let path = dir.write("marques.yaml", """
        pack: marques
        version: "1"
        title: "Essai des marques"
        include: [common]
        rules:
          - id: courriel
            title: "t"
            detector: { kind: email, pattern: '[a-z.]+@[a-z.-]+' }
            action: redact
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            review: { bases: [crpa-l312-1-2-al2], justification: "x" }
            exemptions: { contact-fonctionnel: { bases: [crpa-l312-1-2-al2], justification: "x" } }
            examples:
              - input: "\(example)"
        """)
        let library = try Repo.library()
        return try RuleExamples(library: library).run(pack: try library.pack(path))
    }

    func testAnExampleFailsOnOtherSpansOrAnotherExemption() throws {
        XCTAssertEqual(try run("Écrire à ⟦accueil@ville.fr|contact-fonctionnel⟧ ou ⟦jean.dupont@gmail.com⟧").failures.count, 0)
        // The personal address is not marked: a decision on an unmarked span fails.
        XCTAssertEqual(try run("Écrire à ⟦accueil@ville.fr|contact-fonctionnel⟧ ou jean.dupont@gmail.com").failures.count, 1)
        // Kept, but not under the exemption marked.
        XCTAssertEqual(try run("Écrire à ⟦accueil@ville.fr|elu⟧").failures.count, 1)
        // A marked span must be decided on as marked (here it is occulted, not kept).
        XCTAssertEqual(try run("Écrire à ⟦jean.dupont@gmail.com|contact-fonctionnel⟧").failures.count, 1)
    }

    func testMarksAreRefusedOnRowRules() throws {
        let dir = TempDir()
        let path = dir.write("marques.yaml", """
        pack: marques
        version: "1"
        title: "Essai"
        include: [common]
        rules:
          - id: secrets
            title: "t"
            detector: { kind: secret-fields, fields: [a] }
            action: suppress-cell
            bases: [crpa-l312-1-2-al2]
            justification: "x"
            examples:
              - input: "a\\n⟦x⟧\\n"
        """)
        XCTAssertThrowsError(try Repo.library().pack(path)) { error in
            XCTAssertEqual((error as? OcculterError)?.location?.line, 13)
        }
    }
}
