import XCTest
@testable import OcculterCore

/// The street of a private person's property, written without a house number
/// (`Detect/PersonName/LinkedStreetEvidence.swift`), through the whole pipeline.
final class LinkedStreetTests: XCTestCase {
    private func published(_ subjects: [String]) throws -> [String] {
        let dir = TempDir()
        let csv = ([delibHeader] + subjects.enumerated().map { delibRow("S\($0.offset + 1)", $0.element) }).joined(separator: "\n") + "\n"
        let (_, output) = try runPipeline(csv, in: dir)
        XCTAssertNotNil(output)
        let reader = try CSVReader(path: dir.path("output.csv"))
        let column = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_OBJET"))
        var values: [String] = []
        while let row = try reader.next() { values.append(row.values[column]) }
        return values
    }

    func testTheStreetOfTheSoldPropertyGoesWithItsOwner() throws {
        let out = try published(["Vente d'un délaissé communal rue Jules Ferry à Mme Odile GARNIER",
                                 "Travaux de voirie rue Pasteur ; remboursement de frais à M. Paul DURAND"])
        XCTAssertFalse(out[0].contains("Jules Ferry"), out[0])
        XCTAssertFalse(out[0].contains("GARNIER"), out[0])
        XCTAssertTrue(out[1].contains("rue Pasteur"), out[1])
    }

    /// A subject that opens with a dash, or with « sis » or « situé », right before a street
    /// word once read before the first token of the subject or of the clause (the run crashed).
    func testASubjectOpeningWithADashBeforeAStreet() throws {
        let out = try published(["– rue des Lilas : vente à M. Paul DURAND", "- chemin du Moulin, maison de M. Paul DURAND",
                                 "sise rue des Lilas, maison de M. Paul DURAND", "Vente : situé rue des Lilas, maison de M. Paul DURAND"])
        XCTAssertEqual(out.count, 4)
        XCTAssertFalse(out[2].contains("DURAND"), out[2])
        XCTAssertFalse(out[0].contains("DURAND"), out[0])
        XCTAssertFalse(out[1].contains("DURAND"), out[1])
    }
}
