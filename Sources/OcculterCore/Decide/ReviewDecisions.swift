/// The DPO's decisions file (`--decisions`): per fingerprint, keep or occult, who, when, why.
public struct ReviewDecisions: Sendable {
    public var entries: [String: ReviewRecord] = [:]
    /// Order of the file, for the stale list.
    public var order: [String] = []
    public var file: String?

    public init() {}

    public static func load(path: String) throws -> ReviewDecisions {
        let file = try YAMLFile(path: path, kind: .config)
        let reader = YAMLReader(path: path, kind: .config)
        let top = try reader.mapping(file.root, allowed: ["decisions"], required: ["decisions"], what: "fichier de décisions")
        var result = ReviewDecisions()
        result.file = path
        for node in try reader.sequence(top["decisions"]!, what: "decisions") {
            let fields = try reader.mapping(node, allowed: ["fingerprint", "decision", "reviewer", "date", "comment"],
                                            required: ["fingerprint", "decision", "reviewer", "date"], what: "décision")
            let fingerprint = try reader.string(fields["fingerprint"]!, what: "fingerprint")
            guard result.entries[fingerprint] == nil else {
                throw reader.error(node, "empreinte « \(fingerprint) » décidée deux fois.", hint: "gardez une seule décision par empreinte.")
            }
            result.entries[fingerprint] = ReviewRecord(
                decision: try reader.enumValue(fields["decision"]!, ReviewChoice.self, what: "decision"),
                reviewer: try reader.string(fields["reviewer"]!, what: "reviewer"),
                date: try reader.string(fields["date"]!, what: "date"),
                comment: try fields["comment"].map { try reader.string($0, what: "comment") })
            result.order.append(fingerprint)
        }
        return result
    }
}
