import Crypto
import XCTest
@testable import OcculterCore

/// The speed work replaced Strings by bytes on the hot path (issue 6). These tests pin the
/// byte paths to the String semantics they replaced.
final class FastPathTests: XCTestCase {
    // MARK: Word lists by bytes

    func testByteWordSetFindsWordsAndPhrasesExactly() {
        let set = ByteWordSet(["rue", "place de la mairie", "jean-baptiste", "n'diaye", "é"])
        func has(_ text: String) -> Bool { set.contains(text) }
        XCTAssertTrue(has("rue"))
        XCTAssertTrue(has("place de la mairie"))
        XCTAssertTrue(has("jean-baptiste"))
        XCTAssertTrue(has("n'diaye"))
        XCTAssertTrue(has("é"))
        XCTAssertFalse(has("ru"))
        XCTAssertFalse(has("rues"))
        XCTAssertFalse(has(""))
        XCTAssertFalse(has("place de la"))
        let parts = ["place", "de", "la", "mairie"].map { Array($0.utf8) }
        let found = parts.withUnsafeBufferPointers { pointers in
            set.containsPhrase(count: pointers.count) { pointers[$0] }
        }
        XCTAssertTrue(found)
        let wrong = ["place", "dela", "mairie"].map { Array($0.utf8) }.withUnsafeBufferPointers { pointers in
            set.containsPhrase(count: pointers.count) { pointers[$0] }
        }
        XCTAssertFalse(wrong, "« place dela mairie » has the same bytes minus a space: it must not match")
    }

    func testByteWordSetHoldsThousandsOfEntries() {
        let words = (0..<20_000).map { "mot\($0)" }
        let set = ByteWordSet(words)
        XCTAssertTrue(words.allSatisfy { set.contains($0) })
        XCTAssertFalse((20_000..<21_000).contains { set.contains("mot\($0)") })
    }

    // MARK: Tokens without Strings

    /// Each token's folded bytes are what `fold` gives for its text, whatever the script.
    func testTokenFoldedBytesMatchFold() {
        let samples = [
            "Vente à M. Jean-Baptiste N’DIAYE d’un délaissé",
            "Cession à Mme Œdipe STRAßE et l'OCCE de Saint-Étienne",
            "Σωκράτης Παπαδόπουλος, Иван Петров : 12 bis rue de l'Église",
            "İstanbul — Ævar « guillemets » 1er‑mai ‐ M\u{A0}DUPONT\u{202F}: ok",
            "d'Anaïs qu'Ahmed l'Adjoint o'Neil JOSÉ-MARÍA 😀 ﬁn",
        ]
        var tokens = Tokens()
        for sample in samples {
            var text = sample
            text.withUTF8 { bytes in
                Tokenizer.tokenize(bytes, into: &tokens)
                for token in tokens.items {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
                    let folded = String(decoding: tokens.folded[token.folded], as: UTF8.self)
                    XCTAssertEqual(folded, fold(written), "« \(written) » in « \(sample) »")
                }
            }
        }
    }

    func testTokenizerKeepsJoinersAndSplitsElisions() {
        var tokens = Tokens()
        var text = "d'Anaïs N’DIAYE Jean-Baptiste M. l'OCCE"
        let words = text.withUTF8 { bytes -> [String] in
            Tokenizer.tokenize(bytes, into: &tokens)
            return tokens.items.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.range]), as: UTF8.self) }
        }
        XCTAssertEqual(words, ["d'", "Anaïs", "N’DIAYE", "Jean-Baptiste", "M", ".", "l'", "OCCE"])
        XCTAssertEqual(tokens.items.map(\.startsUpper), [false, true, true, true, true, false, false, true])
        XCTAssertEqual(tokens.items.map(\.allCaps), [false, false, true, false, false, false, false, true])
    }

    // MARK: Fingerprints

    /// Decision files name findings by fingerprint: the byte path must give exactly what the
    /// definition (fold, split on whitespace Characters, join, HMAC-SHA-256 under the DPO's key) gives.
    func testFingerprintsMatchTheirDefinition() {
        let secret = Array("clé de test des empreintes, 32 o".utf8)
        func reference(_ rule: String, _ column: String, _ key: String, _ value: String) -> String {
            let normalised = fold(value).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            let mac = HMAC<SHA256>.authenticationCode(for: Array("occulter-v2\u{1F}\(rule)\u{1F}\(column)\u{1F}\(key)\u{1F}\(normalised)".utf8),
                                                      using: SymmetricKey(data: secret))
            return String(Data(mac).hexString.prefix(20))
        }
        let values = ["Paul RENARD", "  Hélène   N’Diaye\t", "JEAN-BAPTISTE\nDUPONT", "Ævar\u{A0}Œdipe", "a\r\nb", "a\rb",
                      "e\u{301} x", "x \u{301}y", "İsmail ß", "Σωκράτης", "06 12 34 56 78", "", " ", "fr76 3000", "😀 x"]
        for value in values {
            XCTAssertEqual(Fingerprint.make(key: FingerprintKey(bytes: secret), rule: "nom-personne", column: "DELIB_OBJET", rowKey: "2024-12", value: value),
                           reference("nom-personne", "DELIB_OBJET", "2024-12", value), "« \(value) »")
        }
    }

    // MARK: Prefilters

    /// A prefilter may only skip cells where its rule's pattern cannot match: on thousands of
    /// random texts built from the characters these patterns care about, plus every rule
    /// example, a match always comes with a passing prefilter.
    /// The word-at-a-time pass gives the facts of the plain byte loop it replaced, for every
    /// length (tails, windows across loads) and for bytes chosen to sit on the tests' edges.
    func testByteFactsMatchTheByteLoop() {
        func reference(_ bytes: [UInt8]) -> (Int, Bool, Bool) {
            var digits = 0, at = false, key = false
            var letters = 0, letterRun = 0, digitRun = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte &- 48 < 10 {
                    digits += 1
                    if digitRun == 0 { letters = letterRun }
                    digitRun += 1
                    letterRun = 0
                    if digitRun == 2, letters >= 2 { key = true }
                } else if (byte | 0x20) &- 97 < 26 {
                    letterRun += 1
                    digitRun = 0
                } else {
                    if byte == UInt8(ascii: "@") { at = true }
                    if (previous == 0xC5 && byte == 0xBF) || (previous == 0xE2 && byte == 0x84) { key = true }
                    letterRun = 0
                    digitRun = 0
                }
                previous = byte
            }
            // A lead byte from U+0600 on (but U+2000-U+2FFF): maybe a digit of another script.
            if bytes.contains(where: { $0 >= 0xD8 && $0 != 0xE2 }) { digits = max(digits, ByteFacts.otherDigits); key = true }
            return (digits, at, key)
        }
        let alphabet: [UInt8] = Array("aZzA09/:@`{[ ".utf8) + [0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0xC5, 0xBF, 0xE2, 0x84, 0xAA, 0x80, 0xFF, 0xB0, 0xB9, 0xC1, 0xDA]
        var generator = SplitMix64(seed: 20261127)
        for trial in 0..<50_000 {
            let length = trial % 40
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let facts = bytes.withUnsafeBufferPointer { ByteFacts($0) }
            let expected = reference(bytes)
            XCTAssertEqual(facts.digits, expected.0, "\(bytes)")
            XCTAssertEqual(facts.at, expected.1, "\(bytes)")
            XCTAssertEqual(facts.countryKey, expected.2, "\(bytes)")
            if facts.digits != expected.0 || facts.at != expected.1 || facts.countryKey != expected.2 { return }
        }
    }

    func testPrefiltersNeverHideAMatch() throws {
        let library = try Repo.library()
        var generator = SplitMix64(seed: 20_261_127)
        let pieces = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " ", ".", "-", "+", "(0)", "33", "0033", "FR", "fr",
                      "DE", "2A", "né le ", "née le ", "date de naissance : ", "janvier ", "/", "M. ", "é", "ſ", "K", "ab", "@",
                      "demeurant ", "DOMICILIÉE ", "domicilié au ", "réſidant ", "Résidant : ", "habitant ", "rue ", "lieu-dit ",
                      "Hameau ", "bis ", ", ", "０", "６", "٣", "۷", "१"]
        var samples: [String] = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...40, using: &generator)
            samples.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var checked = 0, keywordMatches = 0
        let scratch = RegexScratch()
        for packName in RuleLibrary.datasetPacks {
            let pack = try library.pack(packName)
            for id in pack.ruleOrder {
                guard let rule = pack.rules[id], let detector = rule.detector as? PatternDetector,
                      detector.prefilter != nil || detector.keywords != nil else { continue }
                let regex = detector.regex, prefilter = detector.prefilter, keywords = detector.keywords
                for sample in samples + rule.examples.map(\.input) {
                    var text = sample
                    try text.withUTF8 { bytes in
                        if try regex.firstMatch(in: bytes, scratch: scratch) != nil {
                            checked += 1
                            if let prefilter {
                                XCTAssertTrue(Prefilters.pass(prefilter, bytes), "\(id) (\(prefilter.rawValue)) skips « \(sample) », which its pattern matches")
                            }
                            if let keywords {
                                keywordMatches += 1
                                XCTAssertTrue(keywords.mayOccur(in: bytes, facts: ByteFacts(bytes)), "\(id) (keywords) skips « \(sample) », which its pattern matches")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000, "the random texts must reach the patterns")
        XCTAssertGreaterThan(keywordMatches, 100, "the random texts must reach the patterns with keywords")
    }

    func testDigitCountAndCountryKeyPrefilters() {
        func pass(_ prefilter: Prefilter, _ text: String) -> Bool {
            var text = text
            return text.withUTF8 { Prefilters.pass(prefilter, $0) }
        }
        XCTAssertTrue(pass(.digits4, "née le 3/5/61"))
        XCTAssertFalse(pass(.digits4, "Séance du 3 mai"))
        XCTAssertTrue(pass(.digits10, "Tél. 04 77 12 34 56"))
        XCTAssertFalse(pass(.digits10, "Séance du 12/03/2024, lot 4"))
        XCTAssertTrue(pass(.digits13, "1 85 05 78 006 084 91"))
        XCTAssertFalse(pass(.digits13, "Marché 2021-0045-118"))
        XCTAssertTrue(pass(.countryKey, "compte fr76 3000"))
        XCTAssertFalse(pass(.countryKey, "Budget 2024 : 12 000 €"))
    }

    // MARK: Records published without being decoded

    /// A UTF-8 file takes the raw-byte path; the same file in Windows-1252 takes the decoding
    /// path. Their outputs must be the same text: quoting, multi-line cells, doubled quotes,
    /// delimiters inside cells, accents and occultations alike.
    func testRawRecordPathPublishesWhatTheDecodingPathWould() throws {
        var rows = [delibHeader]
        let subjects = [
            "Travaux de voirie rue Victor Hugo",
            "Vente à M. Paul RENARD d'un délaissé",
            "Subvention au \"Club\" de l'Étang ; vote",
            "Objet sur\ndeux lignes, sans nom",
            "Contact : accueil@ville-test.fr ou 06 12 34 56 78",
            "Marché de maîtrise d'œuvre (lots 1 à 4)",
        ]
        for index in 0..<300 { rows.append(delibRow("\(index)", subjects[index % subjects.count] + " \(index)")) }
        let text = rows.joined(separator: "\r\n") + "\r\n"
        let utf8Dir = TempDir(), cp1252Dir = TempDir()
        let (_, utf8Output) = try runPipeline(text, in: utf8Dir)
        let input = cp1252Dir.path("input.csv")
        try XCTUnwrap(text.data(using: .windowsCP1252)).write(to: URL(fileURLWithPath: input))
        let options = RunOptions(input: input, output: cp1252Dir.path("output.csv"), pack: "deliberations", jobs: 1)
        _ = try Pipeline(library: try Repo.library()).run(options)
        let cp1252Output = try Data(contentsOf: URL(fileURLWithPath: cp1252Dir.path("output.csv")))
        XCTAssertEqual(String(data: cp1252Output, encoding: .windowsCP1252), utf8Output)
        XCTAssertFalse(utf8Output?.contains("RENARD") ?? true)
        XCTAssertTrue(utf8Output?.contains("Subvention au \"\"Club\"\" de l'Étang ; vote") ?? false)
    }

    /// A Windows-1252 file may look like ASCII for its first megabyte: rows after that must be
    /// written in Windows-1252 with one job or two (workers used to encode them in UTF-8).
    /// Records are checked for UTF-8 in one pass over the record: a scalar cut in two by a
    /// delimiter ("é" split between two fields) makes a valid record but two invalid fields,
    /// and must be refused with the place, never published. (After the first megabyte, from
    /// which the encoding is decided: before, such bytes make the file Windows-1252.)
    func testAScalarSplitByADelimiterIsRefused() throws {
        var rows = [delibHeader]
        while rows.count < 7000 { rows.append(delibRow("\(rows.count)", "Réfection de la toiture de l'église, tranche \(rows.count)")) }
        let start = Array((rows.joined(separator: "\n") + "\n").utf8)
        XCTAssertGreaterThan(start.count, ByteInput.chunkSize)
        for jobs in [1, 2] {
            let dir = TempDir()
            var bytes = start
            // COLL_NOM ends with the first byte of "é" (C3), COLL_SIRET starts with the second (A9).
            bytes += Array("Ville de Test".utf8) + [0xC3, UInt8(ascii: ";"), 0xA9]
            bytes += Array("21420218600016;2;2024-03-12;3.2;Domaine;Objet;2024;Budget;042;2024-03-20;3;3;3;0;0;https://ville-test.fr\n".utf8)
            let input = dir.write("input.csv", bytes: bytes)
            let output = dir.path("output.csv")
            XCTAssertThrowsError(try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: output, pack: "deliberations", jobs: jobs))) { error in
                let error = error as? OcculterError
                XCTAssertEqual(error?.location?.line, 7001)
                XCTAssertEqual(error?.location?.column, 1)
                XCTAssertTrue(error?.message.contains("UTF-8") ?? false, "\(String(describing: error))")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        }
    }

    func testWindows1252AfterAnASCIIStartIsTheSameWithOneJobOrTwo() throws {
        var rows = [delibHeader]
        var index = 0
        var size = 0
        while size < (1 << 20) + 200_000 {
            let row = delibRow("\(index)", "Travaux de voirie et d'assainissement du secteur nord, tranche \(index)")
            size += row.utf8.count + 1
            rows.append(row)
            index += 1
        }
        for extra in 0..<50 {
            rows.append(delibRow("e\(extra)", extra % 2 == 0 ? "Réfection de l'église" : "Vente à M. Étienne RENARD d'un délaissé"))
        }
        let text = rows.joined(separator: "\n") + "\n"
        let data = try XCTUnwrap(text.data(using: .windowsCP1252))
        var outputs: [Data] = []
        for jobs in [1, 2] {
            let dir = TempDir()
            let input = dir.path("input.csv")
            try data.write(to: URL(fileURLWithPath: input))
            _ = try Pipeline(library: try Repo.library()).run(RunOptions(input: input, output: dir.path("output.csv"),
                                                                         pack: "deliberations", jobs: jobs))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: dir.path("output.csv"))))
        }
        XCTAssertEqual(outputs[0], outputs[1])
        let decoded = try XCTUnwrap(String(data: outputs[1], encoding: .windowsCP1252))
        XCTAssertTrue(decoded.contains("Réfection de l'église"))
        XCTAssertFalse(decoded.contains("RENARD"))
        let bytes = [UInt8](outputs[1])
        XCTAssertFalse(zip(bytes, bytes.dropFirst()).contains { $0 == 0xC3 && $1 == 0xA9 }, "« é » must not be UTF-8")
    }
}

private extension Array where Element == [UInt8] {
    /// Calls `body` with buffer pointers to every inner array.
    func withUnsafeBufferPointers<R>(_ body: ([UnsafeBufferPointer<UInt8>]) -> R) -> R {
        func nest(_ index: Int, _ pointers: [UnsafeBufferPointer<UInt8>]) -> R {
            guard index < count else { return body(pointers) }
            return self[index].withUnsafeBufferPointer { nest(index + 1, pointers + [$0]) }
        }
        return nest(0, [])
    }
}
