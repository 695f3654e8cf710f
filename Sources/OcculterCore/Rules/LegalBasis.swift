/// One entry of the legal-basis catalogue (`Rules/legal-bases.yaml`). Decisions cite these by id;
/// the text lives in the catalogue, never in code.
public struct LegalBasis: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var article: String
    public var text: String
    public var url: String
    /// False when the wording could not be confirmed against the official text.
    public var verified: Bool
    /// In force, or kept only as history (abrogated texts are refused as a rule's basis).
    public var status: LegalStatus = .inForce
    /// Date (AAAA-MM-JJ) the entry was last checked against its source.
    public var checked: String?
    /// Where the wording was checked (the reproduction consulted, when not the official site).
    public var source: String?
    /// What stays uncertain about this point of law. An exemption (a decision to publish)
    /// cannot rest on an uncertain entry: the pack must send such cases to review.
    public var uncertainty: String?

    enum CodingKeys: String, CodingKey {
        case id, title, article, text, url, verified, status, checked, source, uncertainty
    }
}

/// Whether a text is still law.
public enum LegalStatus: String, Sendable, Codable, CaseIterable {
    case inForce = "en vigueur"
    /// Abrogated: kept in the catalogue as history only.
    case abrogated = "abrogé"
}

/// The catalogue, loaded once.
public struct LegalBasisCatalogue: Sendable {
    public let version: String
    public let file: String
    public let sha256: String
    public let bases: [String: LegalBasis]
    public let order: [String]

    public subscript(id: String) -> LegalBasis? { bases[id] }

    public static func load(path: String) throws -> LegalBasisCatalogue {
        let file = try YAMLFile(path: path, kind: .rules)
        let reader = YAMLReader(path: path, kind: .rules)
        let top = try reader.mapping(file.root, allowed: ["version", "bases"], required: ["version", "bases"],
                                     what: "catalogue des fondements")
        var bases: [String: LegalBasis] = [:]
        var order: [String] = []
        for node in try reader.sequence(top["bases"]!, what: "bases") {
            let fields = try reader.mapping(node, allowed: ["id", "title", "article", "text", "url", "verified", "status",
                                                            "checked", "source", "uncertainty"],
                                            required: ["id", "title", "article", "text", "url", "verified", "checked"],
                                            what: "fondement")
            var basis = LegalBasis(
                id: try reader.string(fields["id"]!, what: "id"),
                title: try reader.string(fields["title"]!, what: "title"),
                article: try reader.string(fields["article"]!, what: "article"),
                text: try reader.string(fields["text"]!, what: "text"),
                url: try reader.string(fields["url"]!, what: "url"),
                verified: try reader.bool(fields["verified"]!, what: "verified"))
            if let status = fields["status"] { basis.status = try reader.enumValue(status, LegalStatus.self, what: "status") }
            let checked = try reader.string(fields["checked"]!, what: "checked")
            // Checked by hand: a Swift regex literal, compiled at each use, was an eighth of loading the catalogue.
            guard checked.utf8.count == 10, checked.utf8.enumerated().allSatisfy({ $0 == 4 || $0 == 7 ? $1 == 0x2D : $1 &- 0x30 < 10 }) else {
                throw reader.error(fields["checked"]!, "checked : date attendue au format AAAA-MM-JJ.",
                                   hint: "indiquez la date à laquelle le texte a été vérifié.")
            }
            basis.checked = checked
            if let source = fields["source"] { basis.source = try reader.string(source, what: "source") }
            if let note = fields["uncertainty"] { basis.uncertainty = try reader.string(note, what: "uncertainty") }
            guard bases[basis.id] == nil else {
                throw reader.error(fields["id"]!, "fondement « \(basis.id) » défini deux fois.")
            }
            bases[basis.id] = basis
            order.append(basis.id)
        }
        return LegalBasisCatalogue(version: try reader.string(top["version"]!, what: "version"), file: path,
                                   sha256: file.sha256, bases: bases, order: order)
    }
}
