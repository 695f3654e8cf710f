import Foundation

/// What the workbench (`occulter review`) needs of a run beyond the report: whole rows, and
/// how to run it again. Confidential, like the rest of `ReviewContext` (written to review.json).
extension ReviewContext {
    public struct RowPair: Sendable {
        public var before: [String]
        /// Nil when the row was withheld.
        public var after: [String]?
    }

    /// The run's files as absolute paths (the workbench may be started from elsewhere).
    public struct Invocation: Sendable, Codable, Equatable {
        public var mode: String
        public var input: String
        public var output: String?
        public var pack: String
        public var config: String?
        public var decisions: String?
        public var keyFile: String?
        public var secrets: String?
        public var report: String?
        /// Where the run's fingerprint key was (the key itself is never written).
        public var fingerprintKeyFile: String?

        enum CodingKeys: String, CodingKey {
            case mode, input, output, pack, config, decisions, keyFile = "key_file", secrets, report
            case fingerprintKeyFile = "fingerprint_key_file"
        }

        init(_ options: RunOptions, packFile: String, fingerprintKeyFile: String? = nil) {
            func absolute(_ path: String?) -> String? {
                guard let path, path != "-" else { return path }
                return URL(fileURLWithPath: path).standardizedFileURL.path
            }
            mode = options.mode.rawValue
            input = absolute(options.input)!
            output = absolute(options.output)
            pack = absolute(packFile)!
            config = absolute(options.configFile)
            decisions = absolute(options.decisionsFile)
            keyFile = absolute(options.keyFile)
            secrets = absolute(options.secretsFile)
            report = absolute(options.reportDirectory)
            self.fingerprintKeyFile = absolute(fingerprintKeyFile)
        }
    }
}
