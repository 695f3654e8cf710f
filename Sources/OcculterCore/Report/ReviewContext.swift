/// The original cells behind decisions, kept apart from the report model so that no public
/// rendering can reach them by mistake.
public struct ReviewContext: Sendable {
    public struct Key: Hashable, Sendable {
        public var row: Int
        public var column: String
    }
    public var cells: [Key: String]
    /// Entries of the decisions file that matched nothing, by fingerprint.
    public var staleFingerprints: [String] = []
    public var rows: [Int: RowPair] = [:]
    public var header: [String] = []
    public var outputHeader: [String] = []
    /// How the run was made, so that the workbench can run it again with the decisions.
    public var invocation: Invocation?
}
