import XCTest
@testable import OcculterCore

/// The name detector skips cells its prefilter (`PersonNameDetector.mayHoldName`) finds no
/// trigger word in. A cell wrongly skipped is a name published: these tests check that the
/// detector finds exactly the same with and without the prefilter, on the packs' examples and
/// on many random texts made of the word lists' own words.
final class NameDetectorPrefilterTests: XCTestCase {
    private static func context() throws -> DetectionContext {
        var config = OcculterConfig()
        config.officials = ["Gaël PERDRIAU", "Sylvie FAYOLLE"]
        return DetectionContext(config: config, words: try Repo.library().words)
    }

    private static func findings(_ text: String, prefilter: Bool, context: DetectionContext) throws -> [Finding] {
        var text = text
        return try text.withUTF8 { bytes in
            let cell = Cell(bytes: bytes, column: "DELIB_OBJET", rawColumn: "DELIB_OBJET",
                            row: Row(number: 1, line: 2, columns: ["DELIB_OBJET"], values: [String(decoding: bytes, as: UTF8.self)]),
                            lookup: { _ in nil })
            var found: [Finding] = []
            try PersonNameDetector(usesPrefilter: prefilter).detect(cell, rule: 0, context: context, into: &found)
            return found
        }
    }

    /// Fails on the first text whose findings the prefilter changes; returns how many texts it
    /// let through and how many had findings, so that callers can check the texts mattered.
    @discardableResult
    private func assertPrefilterKeepsFindings(_ texts: [String], context: DetectionContext,
                                              file: StaticString = #filePath, line: UInt = #line) throws -> (skipped: Int, found: Int) {
        var skipped = 0, found = 0
        for text in texts {
            let full = try Self.findings(text, prefilter: false, context: context)
            let filtered = try Self.findings(text, prefilter: true, context: context)
            if !full.isEmpty { found += 1 }
            var copy = text
            if !copy.withUTF8({ PersonNameDetector.mayHoldName($0, context: context) }) {
                skipped += 1
                XCTAssertTrue(full.isEmpty, "prefilter skipped « \(text) », which has findings \(full)", file: file, line: line)
            }
            guard full == filtered else {
                XCTFail("findings differ with the prefilter for « \(text) »: \(full) vs \(filtered)", file: file, line: line)
                return (skipped, found)
            }
        }
        return (skipped, found)
    }

    /// Issue 13's triggers (lower-case civilities, designations, « c/ », initials) and their
    /// near misses: the prefilter reads them from the same trigger table as the scan.
    func testPrefilterKeepsFindingsOfTheNewTriggerShapes() throws {
        let context = try Self.context()
        let texts = ["à m. lucas moreau", "mme chantal roux", "mr bertrand", "Melle FOURCADE", "Vve PONCET", "docteur LAMBERT",
                     "indemnisation de m. dupont", "Vente BENSAID / SARL", "vente GUERIN", "Terrain GUERIN", "Affaire c/ PONS",
                     "C/ PONS", "legs DUVAL", "J.-C. DURAND", "Remise à A. KONATÉ", "Léa M. pour son stage",
                     "me voici", "100 m. de voirie", "c'est la vente", "Zone ZA 12", "dr", "m", "c", "M. et Mme",
                     "Propriété LACOMBE et FERRAND", "consorts VIDAL / MARTY", "Fin. Lyon.", "S.A. RENAULT"]
        let (_, found) = try assertPrefilterKeepsFindings(texts, context: context)
        XCTAssertGreaterThanOrEqual(found, 15, "the trigger shapes must give findings")
        // The linked-identifier mode goes through the same prefilter.
        for text in ["Cession de la parcelle AB 12 à m. lucas moreau", "Vente BENSAID - parcelle ZK 4", "Terrain 12 rue des Lilas"] {
            var copy = text
            let linked = try copy.withUTF8 { bytes -> [[Finding]] in
                let cell = Cell(bytes: bytes, column: "DELIB_OBJET", rawColumn: "DELIB_OBJET",
                                row: Row(number: 1, line: 2, columns: ["DELIB_OBJET"], values: [text]), lookup: { _ in nil })
                return try [true, false].map { prefilter in
                    context.lastNameScan = PersonNameDetector.ScanMemo()
                    var found: [Finding] = []
                    try PersonNameDetector(mode: .linkedIdentifiers, usesPrefilter: prefilter).detect(cell, rule: 0, context: context, into: &found)
                    return found
                }
            }
            XCTAssertEqual(linked[0], linked[1], text)
        }
    }

    func testPrefilterKeepsFindingsOfEveryRuleExample() throws {
        let library = try Repo.library()
        let context = try Self.context()
        var texts: [String] = []
        for name in RuleLibrary.datasetPacks + ["common"] {
            guard let pack = try? library.pack(name) else { continue }
            for rule in pack.rules.values {
                for example in rule.examples {
                    texts.append(example.input)
                    if let output = example.output { texts.append(output) }
                }
            }
        }
        XCTAssertGreaterThan(texts.count, 50)
        let result = try assertPrefilterKeepsFindings(texts, context: context)
        XCTAssertGreaterThan(result.found, 10, "the examples must exercise the detector")
    }

    /// Random texts from the vocabulary, the word lists and filler words, in every case, with
    /// elisions, apostrophes (' ’ ‘ ʼ), hyphens, NBSP and other spaces, accents and
    /// punctuation: the shapes the tokenizer and the scan treat apart.
    func testPrefilterKeepsFindingsOfRandomTexts() throws {
        let context = try Self.context()
        let words = try Repo.library().words
        let vocabulary = context.nameVocabulary
        func sample(_ set: ByteWordSet, _ count: Int) -> [String] { Array(set.entries.sorted().prefix(count)) }
        let triggerWords = vocabulary.civilities.entries.sorted() + vocabulary.family.entries.sorted()
            + vocabulary.titles.entries.sorted()
        let firstNames = sample(words.firstNames, 400) + ["jean", "marie", "anne", "paul", "pierre", "jose", "anais", "helene"]
        let others = vocabulary.particles.entries.sorted() + vocabulary.birthNameWords.entries.sorted()
            + vocabulary.linkWords.entries.sorted() + vocabulary.residenceWords.entries.sorted()
            + sample(words.roles, 60) + sample(words.places, 60) + sample(words.bodies, 40)
            + sample(words.legalEntities, 40) + sample(words.professions, 40) + sample(words.commonWords, 200)
            + sample(words.triggers, 40) + sample(words.publicFigures, 40)
            + ["dupont", "durand", "n'diaye", "o'neil", "maire", "conseil", "municipal", "vente", "cession", "rue",
               "quelle", "qu", "heritiers", "epoux", "ayants", "droit", "12", "2e", "bis", "le", "la", "l", "d"]
        let accents: [Character: [Character]] = ["e": ["é", "è", "ê", "É"], "a": ["à", "â"], "i": ["ï", "î"], "o": ["ô"],
                                                 "c": ["ç", "Ç"], "u": ["ü", "û"]]
        let spaces = [" ", " ", " ", " ", "\u{A0}", "\u{202F}", "\t", "\r", "\u{2009}", " - ", ", ", ". ", " (", ") ", " « ", " » ", ": ", "/", "-"]
        let elisions = ["l'", "d'", "qu'", "l’", "d’", "qu’", "L'", "D'", "l‘", "dʼ", "o'", "N’"]

        var generator = SplitMix64(seed: 20_260_101)
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        func shaped(_ word: String) -> String {
            var word = word
            if chance(15) {
                word = String(word.map { letter in
                    guard let variants = accents[letter], chance(30) else { return letter }
                    return pick(variants)
                })
            }
            if chance(15) { word += "-" + pick(firstNames) }
            switch generator.next() % 10 {
            case 0...3: word = word.prefix(1).uppercased() + word.dropFirst()
            case 4...5: word = word.uppercased()
            case 6: word = String(word.map { chance(50) ? Character($0.uppercased()) : $0 })
            default: break
            }
            if chance(20) { word = pick(elisions) + word }
            if chance(5) { word = word.replacingOccurrences(of: "'", with: pick(["’", "‘", "ʼ", "`"])) }
            return word
        }

        var texts: [String] = []
        for _ in 0..<30_000 {
            var text = ""
            for index in 0..<(1 + Int(generator.next() % 9)) {
                if index > 0 { text += pick(spaces) }
                let word: String
                switch generator.next() % 10 {
                case 0...1: word = pick(triggerWords)
                case 2...4: word = pick(firstNames)
                default: word = pick(others)
                }
                text += shaped(word)
                if chance(20) { text += pick([".", ",", "", "'", "’", "-", ".-"]) }
                // A surname often follows, so that a trigger word makes a finding.
                if chance(40) { text += pick(spaces) + pick(["DUPONT", "Durand", "N’DIAYE", "de LA TOUR", "Martin", "LE GALL"]) }
            }
            texts.append(text)
        }
        let result = try assertPrefilterKeepsFindings(texts, context: context)
        // Both sides must be exercised: texts the prefilter skips, texts with findings.
        XCTAssertGreaterThan(result.skipped, 1_500, "the random texts must include cells the prefilter skips")
        XCTAssertGreaterThan(result.found, 3_000, "the random texts must include cells with findings")
    }

    /// The byte prefilter this one replaced looked for a capital after a few ASCII separators
    /// and skipped names after a narrow no-break or thin space, which the tokenizer splits on.
    func testNamesAfterUnicodeSpacesAreFound() throws {
        let context = try Self.context()
        for text in ["Mme\u{202F}DUPONT", "Mme\u{2009}Claire\u{2009}DUPONT", "M.\u{2003}Jean\u{2003}Durand"] {
            let found = try Self.findings(text, prefilter: true, context: context)
            XCTAssertTrue(found.contains { $0.verdict == .occult }, "« \(text) »: \(found)")
        }
    }

    /// The prefilter steps over words with `Tokenizer.wordEnd`: it must end every word where
    /// the tokenizer's `readWord` does.
    func testWordEndMatchesTheTokenizer() {
        let samples = [
            "Jean-Baptiste N’DIAYE d’un l'OCCE qu'Ahmed o'Neil 2e-3 a- -b a'' x’y x‐y x–y",
            "Σωκράτης Иван İstanbul Ævar ﬁn 😀 é\u{301}e JOSÉ-MARÍA",
            "consorts-Dupont\u{A0}l’indivision ayants-droit",
        ]
        let tables = ScalarTables.shared
        for sample in samples {
            var text = sample
            text.withUTF8 { bytes in
                var sink: [UInt8] = []
                for start in bytes.indices {
                    guard let (info, _) = ScalarClass.at(start, in: bytes, tables: tables), info.isLetter else { continue }
                    XCTAssertEqual(Tokenizer.wordEnd(bytes, from: start, tables: tables),
                                   Tokenizer.readWord(bytes, from: start, tables: tables, folded: &sink).end,
                                   "« \(sample) » at byte \(start)")
                }
            }
        }
    }
}
