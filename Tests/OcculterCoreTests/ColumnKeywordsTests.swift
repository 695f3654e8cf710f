import XCTest
@testable import OcculterCore

/// A column's keyword sets scanned together answer, set by set, what each set's own scan
/// answers: the joint pass may not hide a cell from a pattern.
final class ColumnKeywordsTests: XCTestCase {
    func testJointScanAnswersAsEachSet() throws {
        let sets = [Keywords(["demeurant", "domicili", "sidant", "habitant"])!,
                    Keywords(["protection", "surveillance", "cyber", "curit", "arme", "fense"])!,
                    Keywords(["parcel", "cadastr", "section"])!]
        let joint = try XCTUnwrap(ColumnKeywords(sets + [sets[0]]))
        XCTAssertEqual(joint.sets.count, 3, "a set listed twice is scanned once")
        let pieces = ["demeur", "ant", "DOMICILI", "é", "ée ", "rési", "dant", "curit", "SÉCURITÉ", "arm", "e", "fense", "parcel",
                      "les", "cadastr", "SECTION", " ", "-", "ſ", "K", "ab", "12", "\n"]
        var generator = SplitMix64(seed: 20_261_202)
        var positives = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var copy = text
            copy.withUTF8 { bytes in
                let facts = ByteFacts(bytes)
                let hits = joint.hits(in: bytes, facts: facts)
                for (index, set) in sets.enumerated() {
                    let alone = set.mayOccur(in: bytes, facts: facts)
                    if alone { positives += 1 }
                    XCTAssertEqual(hits & (1 << UInt64(index)) != 0, alone, "\(text.debugDescription), set \(index)")
                    let cell = Cell(bytes: bytes, column: "C", rawColumn: "C", row: Row(number: 1, line: 2, columns: [], values: []),
                                    lookup: { _ in nil }, keywords: joint)
                    XCTAssertEqual(cell.mayHold(set), alone, "\(text.debugDescription), set \(index)")
                }
            }
        }
        XCTAssertGreaterThan(positives, 1_000, "the random texts hold keywords often enough to test something")
        XCTAssertNil(ColumnKeywords([sets[0]]), "one set: nothing to share")
    }
}
