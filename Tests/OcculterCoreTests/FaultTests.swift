import Foundation
import XCTest
@testable import OcculterCore

/// Fail closed under faults: a killed process, a write that fails, an unwritable destination
/// leave no output file.
final class FaultTests: XCTestCase {
    /// A délibérations file large enough that the run is still writing when it is killed.
    private func bigInput(in dir: TempDir) -> String {
        var text = delibHeader + "\n"
        text.reserveCapacity(40 << 20)
        for index in 0..<150_000 {
            text += delibRow("D\(index)", "Cession à M. et Mme Karim BENALI de la parcelle BK \(index) rue Jean Jaurès") + "\n"
        }
        return dir.write("gros.csv", text)
    }

    func testSIGKILLMidWriteLeavesNoOutput() throws {
        let dir = TempDir()
        let input = bigInput(in: dir)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = ["apply", input, "--pack", "deliberations", "--output", dir.path("sortie.csv"), "--jobs", "1"]
        process.environment = ["OCCULTER_RULES": Repo.rules, "PATH": "/usr/bin:/bin"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the hidden temporary file exists and has grown: the run is mid-write.
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline, process.isRunning {
            let temporary = dir.listing().filter { $0.hasPrefix(".sortie.csv.occulter-") }
            if let name = temporary.first,
               let size = try? FileManager.default.attributesOfItem(atPath: dir.path(name))[.size] as? Int, size > 0 {
                sawTemporary = true
                break
            }
            usleep(5_000)
        }
        XCTAssertTrue(sawTemporary, "le traitement aurait dû être en cours d'écriture")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertFalse(dir.exists("sortie.csv"), "aucun fichier de sortie après SIGKILL")
    }

    /// A full disk, simulated by a file-size limit (EFBIG on write, like ENOSPC): exit 1, French
    /// message, no output and no temporary file.
    func testWriteFailureLeavesNothing() throws {
        let dir = TempDir()
        let input = bigInput(in: dir)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 2048; exec \"$0\" apply \"$1\" --pack deliberations --output \"$2\"",
                             Repo.binary, input, dir.path("sortie.csv")]
        process.environment = ["OCCULTER_RULES": Repo.rules, "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, message)
        XCTAssertTrue(message.contains("écriture impossible"), message)
        XCTAssertEqual(dir.listing(), ["gros.csv"], "ni sortie ni fichier temporaire")
    }

    func testUnwritableDestination() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", delibHeader + "\n" + delibRow("1", "x") + "\n")
        let run = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("dossier-absent/out.csv")])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("impossible de créer le fichier de sortie"), run.stderr)
        XCTAssertTrue(run.stderr.contains("À faire"))
    }

    /// The report folder failing after the dataset was processed still leaves no dataset.
    func testReportFailureLeavesNoDataset() throws {
        let dir = TempDir()
        let input = dir.write("in.csv", delibHeader + "\n" + delibRow("1", "x") + "\n")
        dir.write("rapports", "ceci est un fichier, pas un dossier")
        let run = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out.csv"), "--report", dir.path("rapports")])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertFalse(dir.exists("out.csv"))
    }
}
