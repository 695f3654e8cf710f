import Foundation

/// Keeps occultation from breaking the official schema: when a replacement (a placeholder, a
/// pseudonym) would make a conforming cell of a constrained column non-conforming, the cell is
/// emptied instead, which an optional column accepts. A required column keeps the placeholder
/// (emptying it would break the schema too); the published file's validation reports it.
final class SchemaCellGuard: @unchecked Sendable {
    private let validator: SchemaValidator
    /// Schema field per input column, for columns with a constraint a replacement can break.
    private let fields: [Int: TableSchema.Field]

    /// The guard for a pack's schema (`schemas/<pack>.schema.json` beside the pack file), or nil.
    init?(pack: RulePack, header: [String]) {
        let rulesDirectory = URL(fileURLWithPath: pack.file).deletingLastPathComponent().path
        guard let path = TableSchema.path(forPack: pack.name, rulesDirectory: rulesDirectory),
              let schema = try? TableSchema.load(path: path) else { return nil }
        let byName = Dictionary(schema.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var fields: [Int: TableSchema.Field] = [:]
        for (index, name) in header.enumerated() {
            guard let field = byName[name], field.type != .string || field.pattern != nil || field.enumeration != nil
                || field.format != nil || field.maxLength != nil || field.minLength != nil else { continue }
            fields[index] = field
        }
        guard !fields.isEmpty else { return nil }
        validator = SchemaValidator(schema: schema)
        self.fields = fields
    }

    /// The value to publish in `column` in place of `replaced`, when `original` conformed.
    func publishable(_ replaced: String, original: String, column: Int) -> String? {
        guard let field = fields[column], !field.required, accepts(original, field), !accepts(replaced, field) else { return nil }
        return ""
    }

    private func accepts(_ value: String, _ field: TableSchema.Field) -> Bool {
        var result = SchemaValidation(schema: validator.schema)
        validator.check(value, field: field, line: 0, into: &result)
        return result.valid
    }
}
