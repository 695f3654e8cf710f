/// Trade-secret flags for contracts (`--secrets FILE`): CSV `id;champs;motif`, where `champs`
/// lists field names separated by `|`, or `*` for the whole contract.
public struct SecretsFile: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var fields: [String]
        public var motif: String
        public var line: Int
    }

    public var file: String
    public var entries: [String: Entry] = [:]
    public var order: [String] = []

    public static func load(path: String) throws -> SecretsFile {
        let reader = try CSVReader(path: path)
        let names = reader.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let id = names.firstIndex(of: "id"), let fields = names.firstIndex(of: "champs"), let motif = names.firstIndex(of: "motif") else {
            throw OcculterError(.config, at: SourceLocation(file: path, line: 1),
                                "en-tête attendu : id;champs;motif.", hint: "corrigez la première ligne du fichier des secrets.")
        }
        var result = SecretsFile(file: path)
        while let row = try reader.next() {
            let key = row.values[id].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw OcculterError(.config, at: SourceLocation(file: path, line: row.line, column: id + 1),
                                    "identifiant de contrat vide.", hint: "indiquez l'id du marché tel qu'il figure dans les données.")
            }
            let list = row.values[fields].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !list.isEmpty else {
                throw OcculterError(.config, at: SourceLocation(file: path, line: row.line, column: fields + 1),
                                    "aucun champ indiqué.", hint: "listez les champs séparés par | ou * pour tout le contrat.")
            }
            guard result.entries[key] == nil else {
                throw OcculterError(.config, at: SourceLocation(file: path, line: row.line, column: id + 1),
                                    "contrat « \(key) » signalé deux fois.", hint: "regroupez les champs sur une seule ligne.")
            }
            result.entries[key] = Entry(id: key, fields: list, motif: row.values[motif], line: row.line)
            result.order.append(key)
        }
        return result
    }
}
