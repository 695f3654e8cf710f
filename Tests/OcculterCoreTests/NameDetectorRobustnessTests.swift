import Foundation
import XCTest
import Yams
@testable import OcculterCore

/// The person-name detector walks token arrays with many index computations; two crashes
/// (an index before the first token, a range with reversed bounds) once hid behind subjects
/// that open or end oddly. Every subject of two evaluation sets is cut after and before each
/// of its tokens, prefixed and suffixed with punctuation and trigger words, upper- and
/// lower-cased; all of them go through the real pipeline with the délibérations pack. A
/// crash kills the test process (the suite fails); otherwise the run must succeed and publish
/// one row per row read, in order. Without either guard of `LinkedStreetEvidence.swift` added
/// by 95bc58c and 8aa4d85, the sweep crashes (checked). After a crash, the input file named on
/// standard error stays in the temporary folder, to replay with `occulter apply`.
final class NameDetectorRobustnessTests: XCTestCase {
    private struct Subject: Decodable { var text: String }

    /// Put before and after every subject, with a space: dashes, colons, slashes, parentheses,
    /// quotes, property words (« sis », « situé », a street word, a parcel), a civility, a
    /// conjunction, elided articles.
    static let affixes = ["–", "-", "—", ":", "sis", "sise", "situé", "parcelle AB 12", "section C n° 45", "M.", "Mme", "rue",
                          "12 rue des Lilas", "(", ")", "«", "»", "et", "/", ";", ",", "l'", "d'"]
    /// Also glued to the subject, without a space.
    static let gluedAffixes = ["–", "-", ":", "(", ")", "«", "»", "/", "l'"]
    /// Put before every cut that starts inside a subject (where the detector's look-backs
    /// reach the first token), and after every cut that ends inside it.
    static let cutPrefixes = ["–", ":", "sis", "situé", "M.", "("]
    static let cutSuffixes = ["–", ":", "sis", "rue", "M.", "et", "/", "«"]

    /// The deterministic mutations of one subject (duplicates removed, first occurrence kept):
    /// the subject in three cases; cut after and before every token (words between spaces),
    /// each cut alone, the start of a subject behind each of `cutPrefixes`, its end before one
    /// of `cutSuffixes` (in turn), in upper or lower case (in turn); the subject between
    /// `affixes`.
    static func mutations(of subject: String) -> [String] {
        let tokens = subject.split(whereSeparator: { $0 == " " }).map(String.init)
        var out: [String] = [subject, subject.uppercased(), subject.lowercased()]
        for cut in 1..<max(1, tokens.count) {
            let head = tokens[..<cut].joined(separator: " ")
            let tail = tokens[cut...].joined(separator: " ")
            out += [head, tail]
            out += cutPrefixes.map { "\($0) \(tail)" }
            out.append("\(head) \(cutSuffixes[cut % cutSuffixes.count])")
            out.append(cut % 2 == 0 ? tail.uppercased() : tail.lowercased())
        }
        for affix in affixes {
            out += ["\(affix) \(subject)", "\(subject) \(affix)"]
        }
        for affix in gluedAffixes {
            out += ["\(affix)\(subject)", "\(subject)\(affix)"]
        }
        out += ["– " + subject.uppercased(), "sis " + subject.lowercased(), subject.uppercased() + " :"]
        var seen = Set<String>()
        return out.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private func subjects(_ file: String) throws -> [String] {
        let path = Repo.root.appendingPathComponent("Tests/Eval/\(file)").path
        return try YAMLDecoder().decode([Subject].self, from: String(contentsOfFile: path, encoding: .utf8)).map(\.text)
    }

    /// Runs `subjects` in one délibérations file, as `occulter apply` does (one thread, no
    /// report), and checks that every row is published, in order.
    private func sweep(_ subjects: [String], officials: [String], label: String) throws {
        let dir = TempDir()
        let csv = ([delibHeader] + subjects.enumerated().map { delibRow("R\($0.offset + 1)", $0.element) }).joined(separator: "\n") + "\n"
        let input = dir.write("input.csv", csv)
        // Left in place if the detector crashes (the folder is removed only at the end of the
        // test): replay it with `occulter apply`, or cut it down to find the subject.
        FileHandle.standardError.write(Data("NameDetectorRobustnessTests : \(subjects.count) objets (\(label)) dans \(input)\n".utf8))
        var config = OcculterConfig()
        config.officials = officials
        var options = RunOptions(mode: .apply, input: input, output: dir.path("output.csv"), pack: "deliberations",
                                 config: config, jobs: 1)
        options.fingerprintKey = testFingerprintKey
        options.keepsDigests = false
        options.keepsReviewContext = false
        _ = try Pipeline(library: try Repo.library()).run(options)

        let reader = try CSVReader(path: dir.path("output.csv"))
        let id = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_ID"))
        XCTAssertNotNil(reader.header.firstIndex(of: "DELIB_OBJET"))
        var rows = 0
        while let row = try reader.next() {
            rows += 1
            if row.values[id] != "R\(rows)" {
                XCTFail("ligne \(rows) : DELIB_ID « \(row.values[id]) », attendu « R\(rows) »")
                break
            }
        }
        XCTAssertEqual(rows, subjects.count, label)
    }

    func testMutatedEvaluationSubjectsNeverCrashTheDetector() throws {
        let start = Date()
        // The crafted set is evaluated with its five officials declared; the tenth without any.
        let crafted = try subjects("deliberations-eval.yaml")
        let tenth = try subjects("crafted-10.yaml")
        XCTAssertGreaterThanOrEqual(crafted.count, 300)
        XCTAssertGreaterThanOrEqual(tenth.count, 150)
        let craftedMutations = crafted.flatMap(Self.mutations)
        let tenthMutations = tenth.flatMap(Self.mutations)
        try sweep(craftedMutations, officials: EvaluationTests.officials, label: "deliberations-eval.yaml")
        try sweep(tenthMutations, officials: [], label: "crafted-10.yaml")
        FileHandle.standardError.write(Data(String(format: "NameDetectorRobustnessTests : %d objets en %.1f s\n",
                                                   craftedMutations.count + tenthMutations.count,
                                                   Date().timeIntervalSince(start)).utf8))
    }

    /// The mutations themselves: cuts at every token, affixes on both sides, both cases.
    func testMutationsCoverCutsAffixesAndCase() {
        let all = Self.mutations(of: "Vente à M. Paul DURAND")
        XCTAssertTrue(all.contains("Vente à M."))
        XCTAssertTrue(all.contains("M. Paul DURAND"))
        XCTAssertTrue(all.contains("– M. Paul DURAND"))
        XCTAssertTrue(all.contains("sis Paul DURAND"))
        XCTAssertTrue(all.contains("VENTE À M. PAUL DURAND"))
        XCTAssertTrue(all.contains("paul durand"))
        XCTAssertTrue(all.contains("vente à m. paul durand"))
        XCTAssertTrue(all.contains("parcelle AB 12 Vente à M. Paul DURAND"))
        XCTAssertTrue(all.contains("Vente à M. Paul DURAND »"))
        XCTAssertEqual(all.count, Set(all).count)
    }
}
