import XCTest
@testable import OcculterCore

/// Every input a fuzzer found harmful stays in `Fixtures/fuzz-regressions/`, named after its
/// target; each must now give a clean result or a French error, never a crash.
final class FuzzRegressionTests: XCTestCase {
    func testEveryRegressionInput() throws {
        let folder = Repo.fixtures.appendingPathComponent("fuzz-regressions")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let dir = TempDir()
            do {
                if file.hasPrefix("FuzzCSVReader") {
                    let reader = try CSVReader(path: dir.write("in.csv", bytes: [UInt8](data)))
                    while try reader.next() != nil {}
                } else if file.hasPrefix("FuzzDECPJSONReader") {
                    let reader = try DECPJSONReader(path: dir.write("in.json", bytes: [UInt8](data)))
                    while try reader.next() != nil {}
                } else if file.hasPrefix("FuzzRulePack") {
                    _ = try Repo.library().pack(dir.write("pack.yaml", bytes: [UInt8](data)))
                } else if file.hasPrefix("FuzzPersonNames") {
                    // As the target does: the bytes are a délibération's subject, as given,
                    // upper-cased and lower-cased.
                    let subject = String(decoding: data, as: UTF8.self)
                    let subjects = [subject, subject.uppercased(), subject.lowercased()]
                    let csv = ([delibHeader] + subjects.enumerated().map { delibRow("F\($0.offset + 1)", $0.element) })
                        .joined(separator: "\n") + "\n"
                    var config = OcculterConfig()
                    config.officials = ["Hélène MANDROUX", "Jean-Pierre BERGER"]
                    _ = try runPipeline(csv, config: config, in: dir)
                    let reader = try CSVReader(path: dir.path("output.csv"))
                    var rows = 0
                    while try reader.next() != nil { rows += 1 }
                    XCTAssertEqual(rows, subjects.count, file)
                } else {
                    XCTFail("\(file) : cible inconnue")
                }
            } catch let error as OcculterError {
                XCTAssertNotNil(error.location, "\(file) : l'erreur doit nommer le fichier")
            }
        }
    }

    func testSurrogatePairsAreChecked() throws {
        let dir = TempDir()
        let path = dir.write("m.json", #"{"marches": [{"id": "\ud83d\ude80 \ud83d\uda80"}]}"#)
        XCTAssertThrowsError(try DECPJSONReader(path: path)) { error in
            XCTAssertTrue((error as? OcculterError)?.message.contains("UTF-16") ?? false)
        }
        let valid = dir.write("ok.json", #"{"marches": [{"id": "\ud83d\ude80"}]}"#)
        XCTAssertEqual(try DECPJSONReader(path: valid).next()?.values, ["🚀"])
    }
}
