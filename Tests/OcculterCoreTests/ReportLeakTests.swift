import Crypto
import Foundation
import XCTest
@testable import OcculterCore

/// What a public report may never contain, checked from outside: by comparing the input, the
/// published dataset and the reports (independently of the run's own last check), and by
/// making that check fire where it must.
final class ReportLeakTests: XCTestCase {
    static let publicReports = ["report.json", "report.md", "report.html"]

    /// Words of four letters or more, as written (case-sensitive), in a text.
    func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map(String.init))
    }

    func text(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
    }

    /// The tool's own vocabulary, read from its sources (not from the run): templates, the
    /// legal catalogue, the report labels, and the packs' texts other than their examples.
    static let toolVocabulary: Set<String> = {
        var text = ""
        let root = Repo.root
        let files = ["Reports/templates", "Sources/OcculterCore/Report", "Sources/OcculterCore/Decide", "Sources/OcculterCore/Detect",
                     "Sources/OcculterCore/Pipeline"]
        for folder in files {
            let url = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                text += (try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)) ?? ""
            }
        }
        text += (try? String(contentsOf: root.appendingPathComponent("Rules/legal-bases.yaml"), encoding: .utf8)) ?? ""
        let library = try! Repo.library()
        for name in library.availablePacks() {
            let pack = try! library.pack(name)
            text += " " + pack.title + " " + pack.notes.joined(separator: " ")
            for (_, policy) in pack.columns {
                if case .keep(let reason) = policy { text += " " + reason }
                if case .drop(let reason) = policy { text += " " + reason }
            }
            for rule in pack.rules.values {
                text += " " + rule.title + " " + rule.occult.justification + " " + (rule.review?.justification ?? "")
                text += " " + rule.exemptions.values.map(\.justification).joined(separator: " ")
            }
        }
        return Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
    }()

    /// Every word removed from the published dataset is absent from the public reports, on
    /// every demo run. Lawful repeats are the words the report must carry: the header's, the
    /// DPO's configuration (organisation, officials) and the tool's own vocabulary.
    func testWordsRemovedFromTheDatasetAreAbsentFromPublicReports() throws {
        let examples = Repo.root.appendingPathComponent("Examples")
        let config = try OcculterConfig.load(path: examples.appendingPathComponent("deliberations.config.yaml").path)
        var checked = 0
        for example in ExampleReportTests.examples {
            let dir = TempDir()
            let result = try ExampleReportTests.run(example, in: dir)
            let input = text(examples.appendingPathComponent(example.file).path)
            let output = text(dir.path("out-" + example.file))
            var lawful = words(result.report.columns.map(\.name).joined(separator: " ")).union(ReportLeakTests.toolVocabulary)
            if example.config { lawful.formUnion(words(([config.organisation ?? ""] + config.officials).joined(separator: " "))) }
            let removed = words(input).subtracting(words(output)).subtracting(lawful)
            for file in ReportLeakTests.publicReports {
                let reportWords = words(try XCTUnwrap(dir.read("reports/" + file)))
                let leaked = removed.intersection(reportWords).sorted()
                XCTAssertTrue(leaked.isEmpty, "\(example.file) : mots occultés présents dans \(file) : \(leaked)")
                checked += removed.count
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// `grep -E '[0-9a-f]{8,}'` over the public reports finds the SHA-256 of whole files (and,
    /// this looser check allows it, parts of published row keys or numbers the tool cites): no
    /// per-row or per-value digest a dictionary could reverse.
    func testNoDigestButWholeFileHashesInPublicReports() throws {
        let hex = try NSRegularExpression(pattern: "\\b[0-9a-f]{8,}\\b")
        for example in ExampleReportTests.examples {
            let dir = TempDir()
            let result = try ExampleReportTests.run(example, in: dir)
            let keys = Set(result.report.decisions.map { $0.rowKey })
            for file in ReportLeakTests.publicReports {
                let report = try XCTUnwrap(dir.read("reports/" + file))
                for match in hex.matches(in: report, range: NSRange(report.startIndex..., in: report)) {
                    let token = String(report[Range(match.range, in: report)!])
                    guard token.count != 64 else { continue }
                    XCTAssertTrue(keys.contains { $0.contains(token) } || ReportLeakTests.toolNumbers.contains(token), "\(example.file)/\(file) : « \(token) » n'est ni une empreinte de fichier ni une clé publiée")
                }
            }
            // The fingerprints of the review loop are in the confidential review only.
            let review = try XCTUnwrap(dir.read("reports/review.html"))
            for decision in result.report.decisions.filter({ $0.status == .pending }).prefix(20) {
                XCTAssertTrue(review.contains(decision.fingerprint), "empreinte absente de review.html")
                for file in ReportLeakTests.publicReports {
                    XCTAssertFalse(try XCTUnwrap(dir.read("reports/" + file)).contains(decision.fingerprint), "empreinte dans \(file)")
                }
            }
        }
    }

    /// Identifiers in published row keys (a beneficiary's SIRET) are cut to their last digits
    /// in public reports: no run of nine digits or more but the catalogue's own numbers (the
    /// Légifrance identifiers of the legal bases), while the confidential review keeps them.
    func testNoLongDigitRunButTheCataloguesInPublicReports() throws {
        // A whole token of digits (not a stretch of a file's SHA-256 nor of a LEGIARTI identifier).
        let run = try NSRegularExpression(pattern: "(?<![0-9A-Za-z])[0-9]{9,}(?![0-9A-Za-z])")
        var cut = 0
        for example in ExampleReportTests.examples {
            let dir = TempDir()
            let result = try ExampleReportTests.run(example, in: dir)
            for file in ReportLeakTests.publicReports {
                let report = try XCTUnwrap(dir.read("reports/" + file))
                for match in run.matches(in: report, range: NSRange(report.startIndex..., in: report)) {
                    let token = String(report[Range(match.range, in: report)!])
                    XCTAssertTrue(ReportLeakTests.toolNumbers.contains { $0.contains(token) }, "\(example.file)/\(file) : « \(token) »")
                }
            }
            let long = result.report.decisions.filter { $0.rowKey.range(of: "[0-9]{9,}", options: .regularExpression) != nil }
            if let decision = long.first {
                cut += long.count
                let shown = PublicRowKey.shown(decision.rowKey)
                XCTAssertTrue(try XCTUnwrap(dir.read("reports/report.md")).contains(shown))
            }
        }
        XCTAssertGreaterThan(cut, 0, "an example has a row key with a SIRET: the check must have something to cut")
    }

    /// A token of eight hex characters or more in a public report may look like a per-row or
    /// per-value digest, which a dictionary reverses. Each one must be a whole-file SHA-256 that
    /// the report itself names (input, output, packs, catalogue): row keys cut their long digit
    /// runs (an équipement's type code « 06010102 ») and the catalogue writes CADA opinions
    /// with a dash (« 2017-3110 »), so no public number is left to tell apart from a digest.
    func testEveryHexLookingTokenInPublicReportsIsAFileDigestOrPublicText() throws {
        let hexToken = try NSRegularExpression(pattern: "(?<![0-9A-Za-z])[0-9A-Fa-f]{8,}(?![0-9A-Za-z])")
        var checked = 0
        for example in ExampleReportTests.examples {
            let dir = TempDir()
            let result = try ExampleReportTests.run(example, in: dir)
            let fileDigests = Set([result.report.input.sha256, result.report.output?.sha256, result.report.catalogue.sha256].compactMap { $0 }
                                  + result.report.packs.map(\.sha256))
            for file in ReportLeakTests.publicReports {
                let report = try XCTUnwrap(dir.read("reports/" + file))
                for match in hexToken.matches(in: report, range: NSRange(report.startIndex..., in: report)) {
                    let token = String(report[Range(match.range, in: report)!])
                    // CSS colours of the HTML report are six characters: never matched here.
                    checked += 1
                    XCTAssertTrue(fileDigests.contains(token) && token.count == 64,
                                  "\(example.file)/\(file) : « \(token) » n'est pas l'empreinte SHA-256 d'un fichier")
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }

    func testPublicRowKeyCutsLongDigitRunsOnly() {
        XCTAssertEqual(PublicRowKey.shown("2024-004/17674936400012"), "2024-004/…0012")
        XCTAssertEqual(PublicRowKey.shown("42999-01010401-001"), "42999-…0401-001")
        XCTAssertEqual(PublicRowKey.shown("2024-1234567"), "2024-1234567")
        XCTAssertEqual(PublicRowKey.shown("ligne 12"), "ligne 12")
        XCTAssertEqual(PublicRowKey.shown("123456789"), "…6789")
    }

    /// Numbers written in the packs and the catalogue (decision numbers, codes).
    static let toolNumbers: Set<String> = {
        var text = ""
        for name in (try? FileManager.default.contentsOfDirectory(atPath: Repo.root.appendingPathComponent("Rules").path)) ?? [] where name.hasSuffix(".yaml") {
            text += (try? String(contentsOf: Repo.root.appendingPathComponent("Rules/" + name), encoding: .utf8)) ?? ""
        }
        return Set(text.split(whereSeparator: { !$0.isHexDigit }).map(String.init))
    }()

    func testConfidentialFilesAreOwnerOnly() throws {
        let dir = TempDir()
        _ = try runPipeline(delibHeader + "\n" + delibRow("2024-1", "Cession à M. Paul RENARD") + "\n", in: dir, reports: true)
        func mode(_ file: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: dir.path(file))[.posixPermissions] as? Int)
        }
        XCTAssertEqual(try mode("reports/review.html"), 0o600)
        let mask = Int(umask(0o022)); umask(mode_t(mask))
        for file in ReportLeakTests.publicReports + ["output.csv"] {
            XCTAssertEqual(try mode(file == "output.csv" ? file : "reports/" + file), 0o666 & ~mask, file)
        }
    }

    /// Rows without a key column are named by their line, never by a digest of their content.
    func testKeylessRowsAreNamedByLine() throws {
        let dir = TempDir()
        let csv = "DELIB_OBJET;DELIB_DATE\n\"Cession à M. Paul RENARD\";2024-01-02\n\"Bail de Mme Anne VIDAL\";2024-01-03\n"
        let (result, _) = try runPipeline(csv, in: dir, reports: true)
        XCTAssertEqual(Set(result.report.decisions.map(\.rowKey)), ["ligne 2", "ligne 3"])
        let row = "Cession à M. Paul RENARD\u{1F}2024-01-02"
        let digest = String(SHA256.hash(data: Array(row.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12))
        for file in ReportLeakTests.publicReports {
            XCTAssertFalse(try XCTUnwrap(dir.read("reports/" + file)).contains(digest))
        }
    }

    /// Fingerprints are keyed: another key, other fingerprints; the old unkeyed definition
    /// (SHA-256 of rule, column, key and value) no longer gives them.
    func testFingerprintsAreKeyed() throws {
        let csv = delibHeader + "\n" + delibRow("2024-7", "Cession à M. Paul RENARD") + "\n"
        let (a, _) = try runPipeline(csv, in: TempDir())
        let dir = TempDir()
        var options = RunOptions(input: dir.write("in.csv", csv), output: dir.path("out.csv"), pack: "deliberations", jobs: 1)
        options.fingerprintKey = FingerprintKey(bytes: Array("une autre clé de trente-deux oct".utf8))
        let b = try Pipeline(library: try Repo.library()).run(options)
        XCTAssertFalse(a.report.decisions.isEmpty)
        XCTAssertNotEqual(a.report.decisions.map(\.fingerprint), b.report.decisions.map(\.fingerprint))
        let unkeyed = String(SHA256.hash(data: Array("occulter-v1\u{1F}nom-personne\u{1F}DELIB_OBJET\u{1F}2024-7\u{1F}paul renard".utf8))
            .map { String(format: "%02x", $0) }.joined().prefix(20))
        XCTAssertFalse(a.report.decisions.map(\.fingerprint).contains(unkeyed))
    }

    /// The key is created on first use, 0600, and read back the same on the next run.
    func testFingerprintKeyIsCreatedOnceAndPrivate() throws {
        let dir = TempDir()
        let path = FingerprintKey.path(explicit: nil, configFile: dir.path("config.yaml"))
        XCTAssertEqual(path, dir.path(FingerprintKey.fileName))
        _ = try FingerprintKey.loadOrCreate(path: path)
        let first = try XCTUnwrap(dir.read(FingerprintKey.fileName))
        _ = try FingerprintKey.loadOrCreate(path: path)
        XCTAssertEqual(dir.read(FingerprintKey.fileName), first)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
        XCTAssertThrowsError(try FingerprintKey.loadOrCreate(path: dir.write("bad.key", "pas une clé")))
    }

    /// Secret settings appear as counts: the non-diffusible SIRENs and file paths never.
    func testSecretSettingsStayOutOfPublicReports() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.organisation = "Ville de Test"
        config.nonDiffusibleSirens = ["732829320", "552100554"]
        let csv = delibHeader + "\n" + delibRow("2024-9", "Subvention") + "\n"
        _ = try runPipeline(csv, config: config, in: dir, reports: true)
        for file in ReportLeakTests.publicReports {
            let report = try XCTUnwrap(dir.read("reports/" + file))
            XCTAssertFalse(report.contains("732829320") || report.contains("552100554"), file)
        }
        XCTAssertTrue(try XCTUnwrap(dir.read("reports/report.json")).contains("\"non_diffusible_sirens_count\" : 2"))
    }

    /// A withheld contract is counted, never named: not by its own decision, nor by the other
    /// decisions of its row.
    func testWithheldContractIsNeverNamed() throws {
        let example = ExampleReportTests.examples.first { $0.file == "marches.json" }!
        let dir = TempDir()
        let result = try ExampleReportTests.run(example, in: dir)
        XCTAssertGreaterThan(result.report.summary.rowsSuppressed, 0)
        for file in ReportLeakTests.publicReports {
            XCTAssertFalse(try XCTUnwrap(dir.read("reports/" + file)).contains("2024-MP-0010"), file)
        }
    }

    /// Pseudonyms are keyed: the name is in no artefact, and its pseudonym is no unkeyed digest.
    func testPseudonymsLeakNothing() throws {
        let dir = TempDir()
        var config = OcculterConfig()
        config.actions = ["nom-personne": .pseudonymise]
        let csv = delibHeader + "\n" + delibRow("2024-5", "Cession à M. Paul RENARD") + "\n"
        let (_, output) = try runPipeline(csv, config: config, in: dir, reports: true,
                                          keyFile: dir.write("cle", "une clé de pseudonymisation assez longue"))
        let published = try XCTUnwrap(output)
        XCTAssertTrue(published.contains("[PERS-"), published)
        for text in [published] + (try ReportLeakTests.publicReports.map { try XCTUnwrap(dir.read("reports/" + $0)) }) {
            XCTAssertFalse(text.contains("RENARD") || fold(text).contains("renard"))
            for value in ["Paul RENARD", "paul renard", "RENARD"] {
                XCTAssertFalse(text.contains(String(StreamingSHA256.hex(of: value).prefix(12))))
            }
        }
    }

    /// A lawful repeat found on a real export: the input's file name names the place that a
    /// hidden (security) contract object names too. The gate must not stop such a run.
    func testFileNameSharingAHiddenWordIsLawful() throws {
        let dir = TempDir()
        let input = dir.write("marches-Saint-Etienne.csv", """
        id;acheteur/nom;objet;montant
        2024-1;Ville de Test;Vidéoprotection du poste de police de Saint-Etienne;120000
        2024-2;Ville de Test;Entretien des espaces verts;30000

        """)
        var options = RunOptions(input: input, output: dir.path("sortie-Saint-Etienne.csv"), pack: "marches-publics",
                                 reportDirectory: dir.path("r"), jobs: 1)
        options.fingerprintKey = testFingerprintKey
        let result = try Pipeline(library: try Repo.library()).run(options)
        XCTAssertGreaterThan(result.report.summary.pendingReview, 0, "l'objet sensible est retenu")
        XCTAssertFalse(try XCTUnwrap(dir.read("sortie-Saint-Etienne.csv")).contains("Vidéoprotection"))
    }

    /// A security subject held whole hides ordinary words (« suivi »); the evidence the name
    /// detector writes for another row (« prénom … suivi d'un nom ») is the tool's phrase, not
    /// the subject's: the run publishes (a blind set of contracts stopped here, session 26),
    /// and the hidden subject's own words stay out of the published file and reports.
    func testSecuritySubjectWordsMayStandInTheDetectorsEvidence() throws {
        let dir = TempDir()
        let csv = delibHeader + "\n"
            + delibRow("2024-40", "Désignation d'un référent pour le suivi du marché de vidéoprotection") + "\n"
            + delibRow("2024-41", "Réhabilitation du groupe scolaire Jules Ferry") + "\n"
        let (result, _) = try runPipeline(csv, in: dir, reports: true)
        XCTAssertGreaterThan(result.report.summary.pendingReview, 0, "l'objet sensible est retenu")
        let kept = try XCTUnwrap(result.report.decisions.first(where: { $0.status == .exempt }))
        XCTAssertTrue(try XCTUnwrap(kept.evidence).contains("suivi"), "the evidence phrase carries the shared word")
        let published = text(dir.path("output.csv"))
        XCTAssertFalse(published.contains("vidéoprotection"))
        XCTAssertTrue(published.contains("Jules Ferry"))
        for file in ReportLeakTests.publicReports { XCTAssertFalse(text(dir.path("reports/" + file)).contains("vidéoprotection"), file) }
    }

    // MARK: The last gate fires where it must

    /// A reviewer's comment that quotes a hidden name would publish it: the run stops, and
    /// neither the dataset nor any report appears.
    func testGateStopsACommentQuotingAHiddenName() throws {
        let dir = TempDir()
        let csv = delibHeader + "\n" + delibRow("2024-31", "Courrier de Martine Lefort pour son engagement") + "\n"
        let (first, _) = try runPipeline(csv, in: dir)
        let held = try XCTUnwrap(first.report.decisions.first { $0.status == .pending })
        let decisions = dir.write("decisions.yaml", """
        decisions:
          - fingerprint: "\(held.fingerprint)"
            decision: occult
            reviewer: "A. Martin, DPO"
            date: "2026-12-02"
            comment: "Mme Lefort a demandé l'occultation"
        """)
        let out = TempDir()
        XCTAssertThrowsError(try runPipeline(csv, in: out, reports: true, decisions: decisions)) { error in
            XCTAssertEqual((error as? OcculterError)?.kind, .leak)
            XCTAssertFalse("\(error)".contains("Lefort"), "le message ne cite pas la valeur")
            XCTAssertTrue("\(error)".contains("nom-personne"))
        }
        XCTAssertFalse(out.exists("output.csv"))
        for file in ReportLeakTests.publicReports + ["review.html"] { XCTAssertFalse(out.exists("reports/" + file), file) }
        // The same comment without the name passes.
        let fixed = dir.write("decisions2.yaml", text(decisions).replacingOccurrences(of: "Mme Lefort a", with: "La personne a"))
        XCTAssertNoThrow(try runPipeline(csv, in: TempDir(), reports: true, decisions: fixed))
    }

    /// A replacement that carries the value (here a pseudonym prefix equal to the hidden name)
    /// is caught in the cell itself, before anything is written.
    func testGateStopsAReplacementThatRepeatsTheValue() throws {
        let dir = TempDir()
        let pack = dir.write("noms.yaml", """
        pack: noms-test
        version: "1.0.0"
        title: "Test"
        row_key: ID
        review_keep:
          bases: [crpa-l312-1-1]
          justification: "Publiable après examen."
        columns:
          ID: { keep: "Identifiant." }
          TEXTE: { scan: [nom] }
        rules:
          - id: nom
            title: "Nom"
            detector: { kind: pattern, pattern: 'Paul [A-Z]+' }
            action: pseudonymise
            pseudonym_prefix: RENARD
            placeholder: "[personne]"
            bases: [crpa-l312-1-2-al2]
            justification: "Nom d'une personne."
            examples:
              - input: "Vente de la parcelle"
        """)
        let input = dir.write("in.csv", "ID;TEXTE\n1;Cession à M. Paul RENARD\n")
        var options = RunOptions(input: input, output: dir.path("out.csv"), pack: pack, keyFile: dir.write("k", String(repeating: "k", count: 32)), jobs: 1)
        options.fingerprintKey = testFingerprintKey
        XCTAssertThrowsError(try Pipeline(library: try Repo.library()).run(options)) { error in
            XCTAssertEqual((error as? OcculterError)?.kind, .leak, "\(error)")
        }
        XCTAssertFalse(dir.exists("out.csv"))
    }

    /// The same word elsewhere in the cell is occulted with it (« M. DURAND … accord de DURAND »),
    /// but a span kept under an exemption keeps it (an official, a street).
    func testHiddenWordIsHiddenWhereverItStandsInTheCell() throws {
        let csv = delibHeader + "\n" + delibRow("2024-40", "Cession à M. Paul RENARD ; accord de RENARD sur le prix") + "\n"
        let (_, output) = try runPipeline(csv, in: TempDir())
        XCTAssertFalse(try XCTUnwrap(output).contains("RENARD"))
        // Whatever rule hid the word: a personal address's words hide their repeats too.
        let mail = delibHeader + "\n" + delibRow("2024-41", "Réclamation transmise par zoe.quintanar@gmail.com (référence quintanar-2024)") + "\n"
        let (result, published) = try runPipeline(mail, in: TempDir())
        XCTAssertFalse(try XCTUnwrap(published).lowercased().contains("quintanar"), published ?? "")
        XCTAssertTrue(result.report.decisions.contains { $0.evidence == CellDecider.repeatEvidence })
    }
}
