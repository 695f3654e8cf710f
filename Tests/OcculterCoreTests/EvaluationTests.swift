import Foundation
import XCTest
import Yams
@testable import OcculterCore

/// The labelled evaluation set of `Tests/Eval/`: every subject goes through the real pipeline
/// with the délibérations pack; recall is the share of *remove* tokens absent from the output,
/// keep-rate the share of *keep* tokens present. `make eval` prints the figures and misses.
final class EvaluationTests: XCTestCase {
    struct Case: Decodable {
        var text: String
        var remove: [String]
        var keep: [String]
    }

    static let officials = ["Hélène MANDROUX", "Gaël PERDRIAU", "Jean-Pierre BERGER", "Sylvie FAYOLLE", "Marc CHAVANNE"]

    func testDeliberationSubjects() throws {
        let path = Repo.root.appendingPathComponent("Tests/Eval/deliberations-eval.yaml").path
        let cases = try YAMLDecoder().decode([Case].self, from: String(contentsOfFile: path, encoding: .utf8))
        XCTAssertGreaterThanOrEqual(cases.count, 300)
        let dir = TempDir()
        var config = OcculterConfig()
        config.officials = EvaluationTests.officials
        let csv = ([delibHeader] + cases.enumerated().map { delibRow("E\($0.offset + 1)", $0.element.text) }).joined(separator: "\n") + "\n"
        let (_, output) = try runPipeline(csv, config: config, in: dir)
        let reader = try CSVReader(path: dir.path("output.csv"))
        let column = try XCTUnwrap(reader.header.firstIndex(of: "DELIB_OBJET"))
        var outputs: [String] = []
        while let row = try reader.next() { outputs.append(row.values[column]) }
        XCTAssertNotNil(output)
        XCTAssertEqual(outputs.count, cases.count)

        var removeTotal = 0, removed = 0, keepTotal = 0, kept = 0
        var misses: [String] = []
        for (index, item) in cases.enumerated() {
            let result = outputs[index]
            for token in item.remove {
                removeTotal += 1
                if result.contains(token) { misses.append("FUITE  « \(token) » — \(result)") } else { removed += 1 }
            }
            for token in item.keep {
                keepTotal += 1
                if result.contains(token) { kept += 1 } else { misses.append("PERTE  « \(token) » — \(result)") }
            }
        }
        let recall = Double(removed) / Double(max(removeTotal, 1))
        let keepRate = Double(kept) / Double(max(keepTotal, 1))
        var lines = ["=== Évaluation : \(cases.count) objets de délibérations",
                     String(format: "rappel (jetons à retirer absents) : %.4f (%d/%d)", recall, removed, removeTotal),
                     String(format: "taux de conservation (jetons licites présents) : %.4f (%d/%d)", keepRate, kept, keepTotal)]
        lines += misses
        lines.append("=== Fin de l'évaluation")
        print(lines.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(recall, 0.99)
        XCTAssertGreaterThanOrEqual(keepRate, 0.98)
    }
}
