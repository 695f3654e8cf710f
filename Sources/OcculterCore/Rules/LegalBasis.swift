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
            let fields = try reader.mapping(node, allowed: ["id", "title", "article", "text", "url", "verified"],
                                            required: ["id", "title", "article", "text", "url", "verified"],
                                            what: "fondement")
            let basis = LegalBasis(
                id: try reader.string(fields["id"]!, what: "id"),
                title: try reader.string(fields["title"]!, what: "title"),
                article: try reader.string(fields["article"]!, what: "article"),
                text: try reader.string(fields["text"]!, what: "text"),
                url: try reader.string(fields["url"]!, what: "url"),
                verified: try reader.bool(fields["verified"]!, what: "verified"))
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
