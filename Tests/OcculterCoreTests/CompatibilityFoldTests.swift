import XCTest
@testable import OcculterCore

/// Identifiers written in full-width forms or in decimal digits of another script are found on
/// the cell's ASCII fold and occulted in the original characters (`CompatibilityFold`).
final class CompatibilityFoldTests: XCTestCase {
    /// Identifiers as a reviewer hunting leaks would write them, with their ASCII fold.
    static let disguised: [(written: String, folded: String)] = [
        ("０６ １２ ３４ ５６ ７８", "06 12 34 56 78"),
        ("٠٦ ١٢ ٣٤ ٥٦ ٧٨", "06 12 34 56 78"),
        ("۰۷ ۸۱ ۲۳ ۴۵ ۶۷", "07 81 23 45 67"),
        ("०४ ७७ १२ ३४ ५६", "04 77 12 34 56"),
        ("０６　１２　３４　５６　７８", "06 12 34 56 78"),
        ("𝟎𝟔 𝟏𝟐 𝟑𝟒 𝟓𝟔 𝟕𝟖", "06 12 34 56 78"),
        ("١ ٨٥ ٠٥ ٧٨ ٠٠٦ ٠٨٤ ٩١", "1 85 05 78 006 084 91"),
        ("１ ８５ ０５ ７８ ００６ ０８４ ９１", "1 85 05 78 006 084 91"),
        ("ＦＲ７６ ３０００ ６０００ ０１１２ ３４５６ ７８９０ １８９", "FR76 3000 6000 0112 3456 7890 189"),
        ("FR٧٦ ٣٠٠٠ ٦٠٠٠ ٠١١٢ ٣٤٥٦ ٧٨٩٠ ١٨٩", "FR76 3000 6000 0112 3456 7890 189"),
        ("ｊｅａｎ．ｄｕｐｏｎｔ＠ｇｍａｉｌ．ｃｏｍ", "jean.dupont@gmail.com"),
        ("m.bernard٤٢@orange.fr", "m.bernard42@orange.fr"),
        // ASCII digits apart with no-break spaces (a French spreadsheet's or word processor's).
        ("06\u{A0}12\u{A0}34\u{A0}56\u{A0}78", "06 12 34 56 78"),
        ("1\u{202F}85\u{202F}05\u{202F}78\u{202F}006\u{202F}084\u{202F}91", "1 85 05 78 006 084 91"),
    ]

    /// Each identifier stands between accented words, emoji and typographic punctuation, so
    /// that a span mapped one byte off would cut a neighbour or leave a character of the value.
    static func subject(_ value: String) -> String { "Réclamation 🎉 « élève » : \(value) — reçue ✨ à l’accueil" }

    static var csv: String {
        ([delibHeader] + disguised.enumerated().map { delibRow("D\($0.offset)", subject($0.element.written)) })
            .joined(separator: "\n") + "\n"
    }

    /// The characters and digit runs of a value that may not reach a published file: its
    /// non-ASCII characters, its ASCII fold, and the fold's digits written together.
    static func traces(of value: (written: String, folded: String)) -> [String] {
        let characters = value.written.unicodeScalars.filter { !$0.isASCII && !$0.properties.isWhitespace }.map { String($0) }
        let digits = value.folded.filter(\.isNumber)
        return [value.written, value.folded] + characters + (digits.count >= 6 ? [digits] : [])
    }

    func testDisguisedIdentifiersNeverReachTheOutput() throws {
        let dir = TempDir()
        let (result, output) = try runPipeline(Self.csv, in: dir)
        let text = try XCTUnwrap(output)
        for value in Self.disguised {
            for trace in Self.traces(of: value) {
                XCTAssertFalse(text.contains(trace), "« \(trace) » (de « \(value.written) ») publié")
            }
        }
        // One decision of the identifier's own rule per value (« m.bernard » also meets the name
        // rule, whose span the e-mail's replacement covers).
        let identifiers = result.report.decisions.filter { $0.action == .occult && $0.rule != "nom-personne" }.map(\.rule)
        XCTAssertEqual(identifiers, Array(repeating: "telephone-mobile", count: 3) + ["telephone-fixe"]
            + Array(repeating: "telephone-mobile", count: 2) + ["nir", "nir", "iban", "iban", "email", "email", "telephone-mobile", "nir"])
    }

    /// The original characters are what is replaced, no more: the neighbours (accents, emoji,
    /// guillemets, apostrophe) come out byte for byte.
    func testSpansAreMappedBackOntoTheOriginalCharacters() throws {
        let dir = TempDir()
        let (_, output) = try runPipeline(Self.csv, in: dir)
        let text = try XCTUnwrap(output)
        let placeholders = ["[téléphone occulté]", "[téléphone occulté]", "[téléphone occulté]", "[téléphone occulté]",
                            "[téléphone occulté]", "[téléphone occulté]", "[NIR occulté]", "[NIR occulté]",
                            "[IBAN occulté]", "[IBAN occulté]", "[courriel occulté]", "[courriel occulté]",
                            "[téléphone occulté]", "[NIR occulté]"]
        let lines = text.split(separator: "\n")
        for (row, placeholder) in placeholders.enumerated() {
            let line = try XCTUnwrap(lines.first { $0.contains(";D\(row);") }, "ligne D\(row)")
            XCTAssertTrue(line.contains(Self.subject(placeholder)), "ligne D\(row) : « \(line) »")
        }
    }

    /// The fold itself: what it gives, and where each folded byte comes from.
    func testFoldMapsEveryFoldedSpanToWholeOriginalScalars() throws {
        var text = "é🎉０６ ٣x ﬁn"
        try text.withUTF8 { bytes in
            let fold = try XCTUnwrap(CompatibilityFold(bytes))
            XCTAssertEqual(String(decoding: fold.bytes, as: UTF8.self), "é🎉06 3x fin")
            // « 06 » is folded bytes 6..<8; « é » (2 bytes) and « 🎉 » (4) come first, as they are.
            XCTAssertEqual(fold.originalSpan(6..<8), 6..<12)
            XCTAssertEqual(fold.originalSpan(0..<2), 0..<2)
            XCTAssertEqual(fold.originalSpan(2..<6), 2..<6)
            XCTAssertEqual(fold.originalSpan(9..<10), 13..<15, "« ٣ » is two bytes")
            // A span ending inside a folded ligature takes the whole ligature.
            XCTAssertEqual(fold.originalSpan(12..<13), 17..<20)
            XCTAssertEqual(fold.originalSpan(0..<fold.bytes.count), 0..<bytes.count)
        }
    }

    /// Cells with nothing to fold take today's path: ASCII and French text, its accents and
    /// typographic punctuation (« € – … ’ ») are not even folded.
    func testCellsWithoutCompatibilityCharactersAreNotFolded() {
        for sample in ["Contact : 06 12 34 56 78", "Cession à Mme Hélène GARÇON – 12 000 € … l’Œuvre « n° 3 »"] {
            var text = sample
            text.withUTF8 { bytes in
                XCTAssertFalse(ByteFacts(bytes).mayHoldCompatibility, sample)
                XCTAssertNil(CompatibilityFold(bytes), sample)
            }
        }
        // No-break spaces are folded in a cell with digits enough for an identifier only.
        for (sample, applies) in [("Montant\u{A0}: 12\u{A0}000\u{A0}€ au 1er\u{202F}mars", false),
                                  ("Montant\u{A0}: 12\u{A0}000\u{A0}€, 1\u{202F}234\u{202F}567", true),
                                  ("Tél. 04 77 12 34 56 (espaces ordinaires)", false)] {
            var text = sample
            text.withUTF8 { bytes in XCTAssertEqual(CompatibilityFold.mayApply(to: bytes, facts: ByteFacts(bytes)), applies, sample) }
        }
        // Other scripts without digits or forms to fold are not folded either.
        var other = "Ελένη 😀 Иван 東京"
        other.withUTF8 { bytes in
            XCTAssertTrue(ByteFacts(bytes).mayHoldCompatibility)
            XCTAssertNil(CompatibilityFold(bytes))
        }
    }

    /// The public reports hold neither the values, nor their ASCII fold, nor its digits; the
    /// explanations of the decisions name classes of clues only.
    func testFoldedFormsNeverReachPublicReports() throws {
        let dir = TempDir()
        let (result, _) = try runPipeline(Self.csv, in: dir, reports: true)
        for name in ReportLeakTests.publicReports {
            let report = try XCTUnwrap(dir.read("reports/\(name)"), name)
            for value in Self.disguised {
                for trace in Self.traces(of: value) {
                    XCTAssertFalse(report.contains(trace), "« \(trace) » (de « \(value.written) ») dans \(name)")
                }
            }
            XCTAssertFalse(report.contains("dupont"), name)
            XCTAssertFalse(report.contains("bernard"), name)
        }
        for decision in result.report.decisions {
            let evidence = decision.evidence ?? ""
            for value in Self.disguised {
                for trace in Self.traces(of: value) { XCTAssertFalse(evidence.contains(trace), evidence) }
            }
            XCTAssertFalse(evidence.lowercased().contains("dupont"), evidence)
        }
    }

    /// The run's last check reads words folded: a value hidden in full-width or Arabic-Indic
    /// digits is the same word as its ASCII fold, so that fold in a report stops the run.
    func testLeakGateTakesTheFoldForTheHiddenWord() throws {
        let words = try Repo.library().words
        for (written, folded) in [("０６ １２ ３４ ５６ ７８", "Rappel au 06 12 34 56 78"),
                                  ("٠٦.١٢.٣٤.٥٦.٧٨", "Rappel au 0612345678"),
                                  ("０６．１２．３４．５６．７８", "Rappel au 06.12.34.56.78"),
                                  ("０６　１２　３４　５６　７８", "Rappel au 0612345678"),
                                  ("ｊｅａｎ．ｄｕｐｏｎｔ＠ｇｍａｉｌ．ｃｏｍ", "Madame Dupont")] {
            var index = HiddenWordIndex()
            var text = written
            text.withUTF8 { bytes in
                for word in TextWords(bytes).words where HiddenWordFilter.isSignificant(word, in: bytes, words: words, placeholders: []) {
                    index.add(hash: word.hash, rule: 0, column: 0)
                }
            }
            let gate = ReportLeakGate(index: index, allowed: [], ruleName: { _ in "regle" }, columnName: { _ in "colonne" })
            XCTAssertThrowsError(try gate.check(strings: [folded], file: "report.json"), "« \(folded) » après « \(written) »")
            XCTAssertNoThrow(try gate.check(strings: ["Rappel au 07 00 00 00 00, Madame Martin"], file: "report.json"))
        }
    }

    /// A surname hidden only in capitals that is also a common word (« M. Serge PARTIES ») is
    /// the common word in the tool's own explanations (« parties d'une affaire… »): the gate
    /// stops the run on it written in capitals only. Hidden in mixed case, it stops it anyway.
    func testLeakGateReadsAWordHiddenInCapitalsOnlyInCapitals() {
        var index = HiddenWordIndex()
        var name = "PARTIES"
        name.withUTF8 { bytes in
            for word in TextWords(bytes).words { index.add(hash: word.hash, rule: 0, column: 0, capitalsOnly: true) }
        }
        let gate = ReportLeakGate(index: index, allowed: [], ruleName: { _ in "regle" }, columnName: { _ in "colonne" })
        XCTAssertNoThrow(try gate.check(strings: ["parties d'une affaire séparées par « / »"], file: "report.json"))
        XCTAssertThrowsError(try gate.check(strings: ["Vente à M. Serge PARTIES"], file: "report.json"))
        XCTAssertThrowsError(try gate.check("Rapport : PARTIES", skeleton: "Rapport :", file: "report.md"))
        // Hidden once in mixed case as well: every occurrence counts again.
        var mixed = "Parties"
        mixed.withUTF8 { bytes in
            for word in TextWords(bytes).words { index.add(hash: word.hash, rule: 0, column: 0, capitalsOnly: false) }
        }
        let strict = ReportLeakGate(index: index, allowed: [], ruleName: { _ in "regle" }, columnName: { _ in "colonne" })
        XCTAssertThrowsError(try strict.check(strings: ["parties d'une affaire séparées par « / »"], file: "report.json"))
    }
}
