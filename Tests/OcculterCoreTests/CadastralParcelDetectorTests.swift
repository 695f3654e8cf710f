import XCTest
@testable import OcculterCore

/// The cadastral-parcel kind: the reference (section and numbers) is the span, the switch of
/// the address file's parcels turns it on, and the registry finds it by its name alone.
final class CadastralParcelDetectorTests: XCTestCase {
    private func spans(_ text: String, suppressParcels: Bool = true) throws -> [String] {
        var config = OcculterConfig()
        config.suppressCadastralParcels = suppressParcels
        let context = DetectionContext(config: config, words: try Repo.library().words)
        let detector = CadastralParcelDetector(regex: try PCRE2Regex(CadastralParcelDetector.pattern), enabledBy: .suppressCadastralParcels)
        var findings: [Finding] = []
        var copy = text
        try copy.withUTF8 { bytes in
            let row = Row(number: 1, line: 1, columns: ["X"], values: [text])
            try detector.detect(Cell(bytes: bytes, column: "X", rawColumn: "X", row: row, lookup: { _ in nil }),
                                rule: 0, context: context, into: &findings)
        }
        XCTAssertTrue(findings.allSatisfy { $0.verdict == .occult })
        return findings.map { String(decoding: Array(text.utf8)[$0.span], as: UTF8.self) }
    }

    func testTheReferenceIsTheSpan() throws {
        XCTAssertEqual(try spans("Vente de la parcelle cadastrée section AB n° 123 à la commune"), ["AB n° 123"])
        XCTAssertEqual(try spans("Acquisition de la parcelle cadastrée ZC 45"), ["ZC 45"])
        XCTAssertEqual(try spans("Échange des parcelles AT 180, 183 et 184"), ["AT 180, 183 et 184"])
        XCTAssertEqual(try spans("terrain cadastré section 0A n°12 et parcelle B 7"), ["0A n°12", "B 7"])
    }

    func testWordsWithoutAReferenceAreLeft() throws {
        XCTAssertEqual(try spans("Section de fonctionnement : 12 000 € ; section d'investissement 2024"), [])
        XCTAssertEqual(try spans("Division d'une parcelle de 450 m² en 3 lots"), [])
        XCTAssertEqual(try spans("SECTION SPORTIVE du collège, 24 élèves"), [])
        XCTAssertEqual(try spans("Référence AB 123 sans mot d'introduction"), [])
    }

    func testOffUnlessTheParcelsSwitchIsOn() throws {
        XCTAssertEqual(try spans("parcelle cadastrée section AB n° 123", suppressParcels: false), [])
    }

    func testTheRegistryFindsTheKindByItsName() throws {
        let kind = try XCTUnwrap(DetectorRegistry.kind(named: "cadastral-parcel"))
        XCTAssertTrue(kind == CadastralParcelDetector.self)
        XCTAssertEqual(kind.scope, .cell)
        let pack = try Repo.library().pack("deliberations")
        let rule = try XCTUnwrap(pack.ruleOrder.compactMap { pack.rules[$0] }.first { $0.detector is CadastralParcelDetector })
        XCTAssertEqual(rule.pack, "deliberations")
    }

    /// The pipeline, switch on: the deliberation's parcel is occulted, the rest published.
    func testDeliberationParcelOccultedWhenTheConfigSaysSo() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.suppressCadastralParcels = true
        let csv = delibHeader + "\n" + delibRow("D1", "Cession à la commune de la parcelle cadastrée section AB n° 123") + "\n"
        let (_, output) = try runPipeline(csv, config: config, in: dir)
        XCTAssertFalse(output?.contains("AB n° 123") ?? true)
        XCTAssertTrue(output?.contains("Cession à la commune de la parcelle cadastrée section") ?? false)
        let (_, published) = try runPipeline(csv, in: TempDir())
        XCTAssertTrue(published?.contains("AB n° 123") ?? false, "sans cad_parcelles.suppress, la parcelle est publiée")
    }
}
