import XCTest
@testable import OcculterCore

/// Loading the word lists takes byte-level shortcuts: they must give what the String
/// operations they replace give.
final class WordListLoadingTests: XCTestCase {
    func testSingleSpacedIsSplitThenJoined() {
        let alphabet: [String] = [" ", " ", "a", "b", "-", "'", "é", "\u{301}", "Z"]
        var generator = SplitMix64(seed: 20_261_202)
        for trial in 0..<20_000 {
            let text = (0..<(trial % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            XCTAssertEqual(WordLists.singleSpaced(text), text.split(separator: " ").joined(separator: " "), text.debugDescription)
        }
    }

    /// The catalogue and the packs are read as text (no YAML tag resolved): dates, booleans
    /// and numbers still come out as the files write them.
    func testLibraryLoadsAsBefore() throws {
        let library = try Repo.library()
        XCTAssertFalse(library.catalogue.bases.isEmpty)
        XCTAssertTrue(library.catalogue.bases.values.allSatisfy { $0.checked?.count == 10 })
        XCTAssertFalse(library.words.firstNames.entries.isEmpty)
    }
}
