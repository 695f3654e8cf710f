import Foundation

/// An official Table Schema (frictionless, as published on schema.data.gouv.fr), reduced to
/// what `occulter validate` checks: fields in order, types and constraints.
public struct TableSchema: Sendable {
    public enum FieldType: String, Sendable {
        case string, integer, number, date, boolean, year
        /// Types the validator does not check (any, datetime, geopoint…): every value passes.
        case other
    }

    /// A class: each cell check reads one, and copying a struct of arrays per cell cost a
    /// tenth of a validation in reference counts. Set once, while the schema loads.
    public final class Field: @unchecked Sendable {
        public let name: String
        public let type: FieldType
        /// Table Schema `format`: `email`, `uri` for strings; a strftime pattern or `any` for dates.
        public var format: String?
        public var required = false
        public var pattern: PCRE2Regex?
        public var enumeration: [String]?
        public var minimum: Double?
        public var maximum: Double?
        public var minLength: Int?
        public var maxLength: Int?
        public var decimalChar = "."
        public var groupChar: String?
        public var trueValues = ["true", "True", "TRUE", "1"]
        public var falseValues = ["false", "False", "FALSE", "0"]

        init(name: String, type: FieldType) {
            self.name = name
            self.type = type
        }
    }

    /// `name` of the schema (e.g. `scdl-deliberations`).
    public let name: String
    public let version: String
    public let file: String
    public let fields: [Field]
    public let missingValues: [String]

    public static func load(path: String) throws -> TableSchema {
        let location = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let rawFields = json["fields"] as? [[String: Any]] else {
            throw OcculterError(.rules, at: location, "schéma Table Schema illisible (JSON attendu, avec une liste « fields »).",
                                hint: "restaurez le fichier depuis Rules/schemas du dépôt d'Occulter.")
        }
        var fields: [Field] = []
        for raw in rawFields {
            guard let name = raw["name"] as? String else {
                throw OcculterError(.rules, at: location, "champ sans « name » dans le schéma.", hint: "corrigez le schéma.")
            }
            let field = Field(name: name, type: FieldType(rawValue: raw["type"] as? String ?? "string") ?? .other)
            field.format = (raw["format"] as? String).flatMap { $0 == "default" ? nil : $0 }
            if let decimal = raw["decimalChar"] as? String { field.decimalChar = decimal }
            field.groupChar = raw["groupChar"] as? String
            if let values = raw["trueValues"] as? [String] { field.trueValues = values }
            if let values = raw["falseValues"] as? [String] { field.falseValues = values }
            let constraints = raw["constraints"] as? [String: Any] ?? [:]
            field.required = constraints["required"] as? Bool ?? false
            if let pattern = constraints["pattern"] as? String {
                do {
                    field.pattern = try PCRE2Regex(TableSchema.anchoredPCRE2(pattern))
                } catch {
                    throw OcculterError(.rules, at: location, "motif invalide pour le champ \(name) (\(error.message)).",
                                        hint: "corrigez le motif du schéma.")
                }
            }
            field.enumeration = (constraints["enum"] as? [Any])?.map { "\($0)" }
            field.minimum = TableSchema.number(constraints["minimum"])
            field.maximum = TableSchema.number(constraints["maximum"])
            field.minLength = constraints["minLength"] as? Int
            field.maxLength = constraints["maxLength"] as? Int
            fields.append(field)
        }
        return TableSchema(name: json["name"] as? String ?? URL(fileURLWithPath: path).lastPathComponent,
                           version: json["version"] as? String ?? "?", file: path, fields: fields,
                           missingValues: json["missingValues"] as? [String] ?? [""])
    }

    /// Table Schema patterns are XML Schema regular expressions: implicitly anchored, with
    /// JavaScript-style `\uXXXX` escapes that PCRE2 spells `\x{XXXX}`.
    static func anchoredPCRE2(_ pattern: String) -> String {
        let escaped = pattern.replacingOccurrences(of: #"\\u([0-9A-Fa-f]{4})"#, with: #"\\x{$1}"#, options: .regularExpression)
        return "^(?:" + escaped + ")$"
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }

    /// The schema shipped for a pack (`Rules/schemas/<pack>.schema.json`), or nil when the
    /// pack has no official Table Schema.
    public static func path(forPack pack: String, rulesDirectory: String) -> String? {
        let candidate = URL(fileURLWithPath: rulesDirectory).appendingPathComponent("schemas")
            .appendingPathComponent("\(pack).schema.json").path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }
}
