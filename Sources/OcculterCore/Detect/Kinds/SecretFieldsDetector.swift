/// `secret-fields`: fields always suppressed when present (unit prices, turnover…), or only
/// when a configuration switch asks for it (`enabled_by`, e.g. `cad_parcelles.suppress`).
struct SecretFieldsDetector: RowDetector {
    static let kind = "secret-fields"
    static let frenchLabel = "champs secrets"
    static let limitFrench = "Retire les champs nommés dans le jeu de règles ; un champ sensible au nom inattendu n'est pas visé."
    static let keys = ["fields", "enabled_by"]

    let fields: [String]
    let enabledBy: ConfigSwitch?

    static func parse(_ yaml: DetectorYAML) throws -> SecretFieldsDetector {
        SecretFieldsDetector(fields: try yaml.strings("fields"), enabledBy: try yaml.optionalEnum("enabled_by", ConfigSwitch.self))
    }

    func findings(in row: Row, key: RowKey, table: RowProcessor, context: DetectionContext,
                  into findings: inout [RowFinding], matchedSecrets: inout [String]) throws {
        if let enabledBy, !enabledBy.isOn(context.config) { return }
        for (index, name) in table.canonical.enumerated() where fields.contains(name) && !row.values[index].isEmpty {
            findings.append(RowFinding(column: index, action: .suppressCell, evidence: "champ couvert par le secret des affaires"))
        }
    }
}
