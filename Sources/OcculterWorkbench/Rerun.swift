import Foundation
import OcculterCore

/// « Relancer »: the run again, as review.json recorded it, with the DPO's decisions file.
/// Same pipeline as the CLI (fail closed: an error leaves the previous output in place).
enum Rerun {
    /// Runs on a thread of its own: the pipeline blocks for as long as the file takes, and the
    /// few threads of Swift's concurrency pool must stay free to answer the page meanwhile.
    static func run(_ invocation: ReviewContext.Invocation, decisions: String, reportDirectory: String) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            Thread.detachNewThread {
                do {
                    try runBlocking(invocation, decisions: decisions, reportDirectory: reportDirectory)
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    static func runBlocking(_ invocation: ReviewContext.Invocation, decisions: String, reportDirectory: String) throws {
        let config = try invocation.config.map { try OcculterConfig.load(path: $0) } ?? OcculterConfig()
        var options = RunOptions(mode: invocation.mode == "scan" ? .scan : .apply, input: invocation.input,
                                 output: invocation.output, pack: invocation.pack, config: config, configFile: invocation.config,
                                 reportDirectory: reportDirectory, decisionsFile: decisions, keyFile: invocation.keyFile,
                                 secretsFile: invocation.secrets, jobs: 0)
        // The same fingerprint key as the reviewed run: else no decision would match.
        options.fingerprintKeyFile = invocation.fingerprintKeyFile
        let library = try RuleLibrary(directory: try RuleLibrary.locate())
        _ = try Pipeline(library: library).run(options)
    }
}
