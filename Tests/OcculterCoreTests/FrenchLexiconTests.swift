import XCTest
@testable import OcculterCore

/// The lexicon is searched in place by bisection: every line must be found, words absent
/// must not, and an unsorted file must be reported.
final class FrenchLexiconTests: XCTestCase {
    func testShippedLexiconIsSortedAndFindsItsOwnLines() throws {
        let library = try Repo.library()
        let lexicon = library.words.frenchWords, communes = library.words.communeWords
        XCTAssertNil(lexicon.firstUnsortedLine(), "Rules/wordlists/lexique.txt must be sorted by bytes, without duplicates")
        XCTAssertNil(communes.firstUnsortedLine(), "Rules/wordlists/lexique-communes.txt must be sorted by bytes, without duplicates")
        XCTAssertNil(library.words.unsortedLexiconLine)
        for word in ["a", "carrefour", "tilleuls", "vendee", "zythum", "maison", "occitanie"] {
            XCTAssertTrue(lexicon.contains(word), word)
        }
        // Commune names and their parts stand apart, and only when they are no French word.
        for word in ["limoux", "lanques", "lagarde", "lanques-sur-rognon"] {
            XCTAssertTrue(communes.contains(word), word)
            XCTAssertFalse(lexicon.contains(word), word)
        }
        XCTAssertFalse(communes.contains("fontaine"), "a French word stays in the French lexicon only")
        // Case and accents are folded before the lookup.
        XCTAssertTrue(lexicon.contains("Vendée"))
        for word in ["gondonneau", "audic", "oyhenart", "kervella", "", "zzzzzz", "aaaaaaaa"] {
            XCTAssertFalse(lexicon.contains(word), word)
            XCTAssertFalse(communes.contains(word), word)
        }
    }

    func testBisectionFindsEveryLineOfAFileAndNothingElse() throws {
        let dir = TempDir()
        var generator = SplitMix64(seed: 20_261_203)
        var words = Set<String>()
        while words.count < 500 {
            let length = 1 + Int(generator.next() % 8)
            words.insert(String((0..<length).map { _ in Character(Unicode.Scalar(UInt8(97 + generator.next() % 6))) }))
        }
        let sorted = words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let lexicon = try FrenchLexicon(path: dir.write("lexique.txt", "# en-tête\n" + sorted.joined(separator: "\n") + "\n"))
        XCTAssertNil(lexicon.firstUnsortedLine())
        for word in sorted { XCTAssertTrue(lexicon.contains(word), word) }
        for _ in 0..<2_000 {
            let length = 1 + Int(generator.next() % 9)
            let probe = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8(97 + generator.next() % 7))) })
            XCTAssertEqual(lexicon.contains(probe), words.contains(probe), probe)
        }
    }

    func testAnUnsortedFileIsReportedWithItsLine() throws {
        let dir = TempDir()
        let lexicon = try FrenchLexicon(path: dir.write("lexique.txt", "# en-tête\nabri\nbateau\naval\nzinc\n"))
        XCTAssertEqual(lexicon.firstUnsortedLine(), 4)
        let duplicate = try FrenchLexicon(path: dir.write("double.txt", "abri\nabri\n"))
        XCTAssertEqual(duplicate.firstUnsortedLine(), 2)
        XCTAssertThrowsError(try FrenchLexicon(path: dir.path("absent.txt")))
    }
}
