import Foundation
@testable import OcculterCore

/// The field constraints of an SCDL Table Schema that occultation could break: pattern,
/// length and required. Enough to check that a placeholder never turns a valid value invalid.
struct TableSchemaConstraints {
    struct Field {
        var name: String
        var required: Bool
        var pattern: PCRE2Regex?
        var maxLength: Int?
        var minLength: Int?
    }

    let fields: [String: Field]

    init(schemaFile: String) throws {
        let data = try Data(contentsOf: Repo.fixtures.appendingPathComponent("schemas/\(schemaFile)"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var fields: [String: Field] = [:]
        for field in json["fields"] as! [[String: Any]] {
            let constraints = field["constraints"] as? [String: Any] ?? [:]
            let name = field["name"] as! String
            fields[name] = Field(
                name: name, required: constraints["required"] as? Bool ?? false,
                // Table Schema patterns use JavaScript's \uXXXX; PCRE2 spells it \x{XXXX}.
                pattern: try (constraints["pattern"] as? String).map {
                    try PCRE2Regex("^(?:" + $0.replacingOccurrences(of: #"\\u([0-9A-Fa-f]{4})"#, with: #"\\x{$1}"#, options: .regularExpression) + ")$")
                },
                maxLength: constraints["maxLength"] as? Int, minLength: constraints["minLength"] as? Int)
        }
        self.fields = fields
    }

    /// Why `value` breaks the field's constraints, or nil.
    func violation(_ column: String, _ value: String) -> String? {
        guard let field = fields[column] else { return nil }
        if value.isEmpty { return field.required ? "obligatoire" : nil }
        if let maxLength = field.maxLength, value.count > maxLength { return "plus de \(maxLength) caractères" }
        if let minLength = field.minLength, value.count < minLength { return "moins de \(minLength) caractères" }
        if let pattern = field.pattern, (try? pattern.matches(value).isEmpty) ?? true { return "motif" }
        return nil
    }
}
