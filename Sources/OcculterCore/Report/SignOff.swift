import Foundation

/// What the signatory needs beside the figures: the decisions file the run applied (its
/// SHA-256, so that the signature binds it), who reviewed how much, and what the tool did not
/// examine. Public: names of columns and rules, counts and whole-file digests only.
public struct SignOff: Sendable, Codable {
    public var decisionsFile: FileIdentity?
    /// Columns published or dropped without any text analysis.
    public var notScanned: [Report.ColumnEntry]
    /// Columns holding links (`…_URL`, `LIEN…`): the linked documents were not opened.
    public var linkColumns: [String]
    public var detectorLimits: [DetectorLimit]

    public struct FileIdentity: Sendable, Codable {
        public var file: String
        public var sha256: String
        public var entries: Int
    }

    /// One kind of detector, the rules of this run that use it, and what it can miss.
    public struct DetectorLimit: Sendable, Codable {
        public var rules: [String]
        public var detector: String
        public var limit: String
    }

    enum CodingKeys: String, CodingKey {
        case decisionsFile = "decisions_file", notScanned = "not_scanned", linkColumns = "link_columns", detectorLimits = "detector_limits"
    }

    static func make(pack: RulePack, columns: [Report.ColumnEntry], reviews: ReviewDecisions) -> SignOff {
        let decisionsFile = reviews.file.flatMap { path -> FileIdentity? in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return FileIdentity(file: URL(fileURLWithPath: path).lastPathComponent, sha256: StreamingSHA256.hex(of: Array(data)),
                                entries: reviews.order.count + reviews.additions.count)
        }
        // A link column is told by its name: the value is an address to a document the run
        // never fetches (deliberation PDFs behind DELIB_URL, for instance).
        let linkColumns = columns.map(\.name).filter { name in
            let parts = name.uppercased().split(whereSeparator: { !$0.isLetter })
            return parts.contains { $0 == "URL" || $0 == "LIEN" || $0 == "LIENS" || $0 == "LINK" || $0 == "HREF" }
        }
        let used = Set(columns.flatMap(\.rules)).union(pack.tableRules)
        var limits: [DetectorLimit] = []
        for id in pack.ruleOrder where used.contains(id) {
            guard let detector = pack.rules[id]?.detector else { continue }
            let kind = type(of: detector)
            if let index = limits.firstIndex(where: { $0.detector == kind.kind }) {
                limits[index].rules.append(id)
            } else {
                limits.append(DetectorLimit(rules: [id], detector: kind.kind, limit: kind.limitFrench))
            }
        }
        return SignOff(decisionsFile: decisionsFile, notScanned: columns.filter { $0.policy != "scan" || $0.rules.isEmpty },
                       linkColumns: linkColumns, detectorLimits: limits)
    }
}
