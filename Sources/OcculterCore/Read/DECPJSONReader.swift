/// DECP JSON (`{"marches": [...]}` of 2017–2019, or `{"marches": {"marche": [...]}}` of 2022):
/// each contract becomes a row whose columns are flattened paths such as
/// `titulaires/0/denominationSociale`. The document is parsed whole (DECP files are JSON
/// documents, not streams); the writer puts occulted values back in place.
public final class DECPJSONReader: TableSource {
    public private(set) var header: [String] = []
    public private(set) var description: InputDescription
    let document: JSONValue
    /// Path from the root to the contracts array.
    let contractsPath: [String]
    let contracts: [JSONValue]
    private let hash: String
    private var cursor = 0

    public convenience init(path: String) throws {
        try self.init(input: ByteInput(path: path))
    }

    init(input: ByteInput) throws {
        let bytes = try input.readAll()
        hash = input.hasher.hex()
        bytesRead = bytes.count
        description = InputDescription(file: input.displayName, format: "JSON DECP", encoding: TextEncoding.utf8.rawValue)
        guard !bytes.isEmpty else {
            throw OcculterError(.input, at: SourceLocation(file: input.displayName, line: 1), "le fichier est vide.",
                                hint: "exportez de nouveau les données essentielles au format JSON.")
        }
        var parser = JSONParser(bytes: bytes, file: input.displayName)
        document = try parser.parseDocument()
        let location = SourceLocation(file: input.displayName, line: 1)
        guard let marches = document["marches"] else {
            throw OcculterError(.input, at: location, "propriété « marches » absente : ce n'est pas un fichier DECP.",
                                hint: "attendu : {\"marches\": [...]} ou {\"marches\": {\"marche\": [...]}}.")
        }
        switch marches {
        case let .array(items):
            contractsPath = ["marches"]
            contracts = items
        case .object:
            guard case let .array(items)? = marches["marche"] else {
                throw OcculterError(.input, at: location, "« marches » ne contient pas de liste « marche ».",
                                    hint: "attendu : {\"marches\": {\"marche\": [...]}} (format 2022).")
            }
            contractsPath = ["marches", "marche"]
            contracts = items
        default:
            throw OcculterError(.input, at: location, "« marches » doit être une liste de marchés.", hint: "vérifiez le format DECP du fichier.")
        }
        // The header is the union of every contract's paths; the flattened values themselves are
        // rebuilt per contract when needed (keeping them doubled the memory of a DECP file).
        var seen = Set<String>()
        for contract in contracts {
            var flat: [String: String] = [:]
            var order: [String] = []
            DECPJSONReader.flatten(contract, prefix: "", into: &flat, order: &order)
            for path in order where seen.insert(path).inserted { header.append(path) }
        }
    }

    static func flatten(_ value: JSONValue, prefix: String, into flat: inout [String: String], order: inout [String]) {
        func join(_ key: String) -> String { prefix.isEmpty ? key : prefix + "/" + key }
        switch value {
        case let .object(pairs): for pair in pairs { flatten(pair.value, prefix: join(pair.key), into: &flat, order: &order) }
        case let .array(items): for (index, item) in items.enumerated() { flatten(item, prefix: join(String(index)), into: &flat, order: &order) }
        case let .string(text): flat[prefix] = text; order.append(prefix)
        case let .number(text): flat[prefix] = text; order.append(prefix)
        case let .bool(flag): flat[prefix] = flag ? "true" : "false"; order.append(prefix)
        case .null: flat[prefix] = ""; order.append(prefix)
        }
    }

    public func next() throws -> Row? {
        guard cursor < contracts.count else { return nil }
        let flat = flattened(cursor)
        cursor += 1
        return Row(number: cursor, line: cursor, columns: header, values: header.map { flat[$0] ?? "" })
    }

    public func inputSHA256() -> String { hash }

    /// The document is read whole before the first row.
    public private(set) var bytesRead = 0

    /// The flattened paths and values of contract `index`.
    func flattened(_ index: Int) -> [String: String] {
        var flat: [String: String] = [:]
        var order: [String] = []
        DECPJSONReader.flatten(contracts[index], prefix: "", into: &flat, order: &order)
        return flat
    }
}
