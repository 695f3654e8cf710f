import Foundation

/// What validating a file against its Table Schema found. Issues are kept up to
/// `SchemaValidation.kept` (memory stays flat on a large broken file); counts cover them all.
public struct SchemaValidation: Sendable {
    public static let kept = 1_000

    public let schema: TableSchema
    public var rows = 0
    public var errors: [SchemaIssue] = []
    public var errorCounts: [SchemaErrorCode: Int] = [:]
    public var warnings: [SchemaWarning] = []
    public var warningCounts: [SchemaWarningCode: Int] = [:]

    public var valid: Bool { errorCounts.isEmpty }
    public var errorTotal: Int { errorCounts.values.reduce(0, +) }
    public var warningTotal: Int { warningCounts.values.reduce(0, +) }

    mutating func add(_ code: SchemaErrorCode, line: Int, column: String) {
        errorCounts[code, default: 0] += 1
        if errors.count < SchemaValidation.kept { errors.append(SchemaIssue(line: line, column: column, code: code)) }
    }

    mutating func warn(_ code: SchemaWarningCode, line: Int, column: String) {
        warningCounts[code, default: 0] += 1
        if warnings.count < SchemaValidation.kept { warnings.append(SchemaWarning(line: line, column: column, code: code)) }
    }

    /// « ligne 3, colonne DELIB_DATE : date attendue au format AAAA-MM-JJ »
    public func message(_ issue: SchemaIssue) -> String {
        let field = schema.fields.first { $0.name == issue.column }
        return "ligne \(issue.line), colonne \(issue.column) : " + SchemaValidator.explain(issue.code, field: field, schema: schema)
    }

    public func message(_ warning: SchemaWarning) -> String {
        "ligne \(warning.line), colonne \(warning.column) : \(warning.code.label) — \(warning.code.fix)"
    }
}

/// Checks the rows of a CSV file against a Table Schema: columns present and in order,
/// `required`, types, `pattern`, `enum`, bounds, lengths and the `email` and `uri` formats.
public struct SchemaValidator {
    public let schema: TableSchema
    private let scratch = RegexScratch()

    public init(schema: TableSchema) { self.schema = schema }

    /// Validates every row of `source` (read to its end).
    public func validate(_ source: TableSource) throws -> SchemaValidation {
        var result = SchemaValidation(schema: schema)
        let header = source.header
        // Which schema field each column of the file holds (nil: not in the schema).
        let byName = Dictionary(schema.fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let fieldOfColumn = header.map { byName[$0] }
        for field in schema.fields where !header.contains(field.name) {
            result.add(.missingColumn, line: 1, column: field.name)
        }
        for (index, name) in header.enumerated() where fieldOfColumn[index] == nil {
            result.add(.extraColumn, line: 1, column: name)
        }
        // Order: the schema's columns that are present must come in the schema's order.
        let present = fieldOfColumn.compactMap { $0 }
        let expected = present.sorted()
        for (position, fieldIndex) in present.enumerated() where fieldIndex != expected[position] {
            result.add(.columnOrder, line: 1, column: schema.fields[fieldIndex].name)
        }
        let checked = fieldOfColumn.enumerated().compactMap { column, field in field.map { (column, schema.fields[$0]) } }
        if let csv = source as? CSVReader {
            try validateRecords(csv, checked: checked, into: &result)
            return result
        }
        while let row = try source.next() {
            result.rows += 1
            for (column, field) in checked {
                let value = column < row.values.count ? row.values[column] : ""
                check(value, field: field, line: row.line, into: &result)
            }
        }
        return result
    }

    /// CSV records checked on their bytes: a free-text column (no constraint but `required`)
    /// is only tested for emptiness, never decoded; the long texts of a file are those.
    private func validateRecords(_ csv: CSVReader, checked: [(Int, TableSchema.Field)], into result: inout SchemaValidation) throws {
        let freeText = checked.map { _, field in
            (field.type == .string || field.type == .other) && field.pattern == nil && field.enumeration == nil
                && field.format == nil && field.minLength == nil && field.maxLength == nil && schema.missingValues == [""]
        }
        var batch = RecordBatch()
        while true {
            batch.removeAll()
            guard try csv.readRecords(into: &batch, limit: 4096) > 0 else { break }
            try batch.withRecords { records in
                for index in 0..<records.count {
                    let raw = records[index]
                    result.rows += 1
                    guard raw.encoding == .utf8, isValidUTF8WithoutBOM(fieldsOf: raw) else {
                        // Rare: decoded as the reader does, which names a malformed field's place.
                        let values = try CSVReader.decode(raw, file: csv.description.file)
                        for (column, field) in checked {
                            check(column < values.count ? values[column] : "", field: field, line: raw.line, into: &result)
                        }
                        continue
                    }
                    for (position, (column, field)) in checked.enumerated() {
                        let bytes = column < raw.ends.count ? raw.field(column) : UnsafeBufferPointer(start: nil, count: 0)
                        if freeText[position], !bytes.isEmpty { continue }
                        check(String(decoding: bytes, as: UTF8.self), field: field, line: raw.line, into: &result)
                    }
                }
            }
        }
    }

    func check(_ value: String, field: TableSchema.Field, line: Int, into result: inout SchemaValidation) {
        if schema.missingValues.contains(value) {
            if field.required { result.add(.required, line: line, column: field.name) }
            return
        }
        // A value of the wrong type is not checked further (its bounds would mean nothing).
        var numeric: Double?
        switch field.type {
        case .string, .other:
            break
        case .integer:
            guard let number = SchemaValidator.integer(value) else {
                result.add(.typeInteger, line: line, column: field.name)
                return
            }
            numeric = number
        case .number:
            guard let number = SchemaValidator.number(value, decimal: field.decimalChar, group: field.groupChar) else {
                result.add(.typeNumber, line: line, column: field.name)
                // French exports write "1 250,50" (spaces, no-break or thin, between thousands).
                let ungrouped = value.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "\u{202F}", with: "")
                    .replacingOccurrences(of: " ", with: "")
                if field.decimalChar != ",", SchemaValidator.number(ungrouped, decimal: ",", group: nil) != nil {
                    result.warn(.decimalComma, line: line, column: field.name)
                }
                return
            }
            numeric = number
        case .date:
            guard let day = SchemaValidator.date(value, format: field.format) else {
                result.add(.typeDate, line: line, column: field.name)
                if SchemaValidator.date(value, format: "%d/%m/%Y") != nil {
                    result.warn(.frenchDate, line: line, column: field.name)
                }
                return
            }
            numeric = day
        case .boolean:
            guard field.trueValues.contains(value) || field.falseValues.contains(value) else {
                result.add(.typeBoolean, line: line, column: field.name)
                return
            }
        case .year:
            guard value.utf8.count == 4, let year = SchemaValidator.integer(value) else {
                result.add(.typeYear, line: line, column: field.name)
                return
            }
            numeric = year
        }
        if let pattern = field.pattern, !matches(pattern, value) {
            result.add(.pattern, line: line, column: field.name)
            let compact = String(value.unicodeScalars.filter { !$0.properties.isWhitespace })
            if compact != value, matches(pattern, compact) {
                result.warn(.spacedIdentifier, line: line, column: field.name)
            }
        }
        if let allowed = field.enumeration, !allowed.contains(value) {
            result.add(.enumeration, line: line, column: field.name)
        }
        if let numeric {
            if let minimum = field.minimum, numeric < minimum { result.add(.minimum, line: line, column: field.name) }
            if let maximum = field.maximum, numeric > maximum { result.add(.maximum, line: line, column: field.name) }
        }
        if field.minLength != nil || field.maxLength != nil {
            let length = value.count
            if let minimum = field.minLength, length < minimum { result.add(.minLength, line: line, column: field.name) }
            if let maximum = field.maxLength, length > maximum {
                result.add(.maxLength, line: line, column: field.name)
                // "04 77 12 34 56" in a 13-character phone column: the spaces are the excess.
                if field.pattern == nil, value.unicodeScalars.filter({ !$0.properties.isWhitespace }).count <= maximum {
                    result.warn(.spacedIdentifier, line: line, column: field.name)
                }
            }
        }
        switch field.format {
        case "email" where !SchemaValidator.isEmail(value): result.add(.formatEmail, line: line, column: field.name)
        case "uri" where !SchemaValidator.isURI(value): result.add(.formatURI, line: line, column: field.name)
        default: break
        }
    }

    private func matches(_ pattern: PCRE2Regex, _ value: String) -> Bool {
        var value = value
        // A pattern that exceeds PCRE2's limits is reported as not matching: fail closed.
        return value.withUTF8 { bytes in (try? pattern.firstMatch(in: bytes, scratch: scratch)) != nil }
    }

    // MARK: - Types

    static func integer(_ text: String) -> Double? {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Double(text)
    }

    static func number(_ text: String, decimal: String, group: String?) -> Double? {
        var normalised = text
        if let group, !group.isEmpty { normalised = normalised.replacingOccurrences(of: group, with: "") }
        if decimal != "." {
            guard !normalised.contains(".") else { return nil }
            normalised = normalised.replacingOccurrences(of: decimal, with: ".")
        }
        // Digits, one point, an exponent: `Double` alone would also take "0x1p3" or " 12".
        let allowed = normalised.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }
        guard allowed || ["NaN", "INF", "-INF"].contains(normalised) else { return nil }
        return Double(normalised)
    }

    /// The date as a sortable number (days are enough to compare with bounds), or nil.
    /// `format` nil means the Table Schema default, ISO 8601 `YYYY-MM-DD`; `any` also takes
    /// the French day-first form; otherwise a strftime pattern of `%Y %m %d` and literals.
    static func date(_ text: String, format: String?) -> Double? {
        switch format {
        case nil: return parseDate(text, pattern: "%Y-%m-%d")
        case "any": return parseDate(text, pattern: "%Y-%m-%d") ?? parseDate(text, pattern: "%d/%m/%Y")
        case let pattern?: return parseDate(text, pattern: pattern)
        }
    }

    private static func parseDate(_ text: String, pattern: String) -> Double? {
        // A date is short: past 32 bytes it cannot match any strftime pattern here.
        guard text.utf8.count <= 32 else { return nil }
        var input = Array(text.utf8)[...]
        var format = Array(pattern.utf8)[...]
        var year = 0, month = 0, day = 0
        func digits(_ count: Int) -> Int? {
            guard input.count >= count else { return nil }
            var value = 0
            for byte in input.prefix(count) {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            input = input.dropFirst(count)
            return value
        }
        while let head = format.first {
            if head == UInt8(ascii: "%"), format.count >= 2 {
                let directive = format[format.startIndex + 1]
                format = format.dropFirst(2)
                switch directive {
                case UInt8(ascii: "Y"): guard let value = digits(4) else { return nil }; year = value
                case UInt8(ascii: "y"): guard let value = digits(2) else { return nil }; year = 2000 + value
                case UInt8(ascii: "m"): guard let value = digits(2) else { return nil }; month = value
                case UInt8(ascii: "d"): guard let value = digits(2) else { return nil }; day = value
                default: return nil
                }
            } else {
                guard input.first == head else { return nil }
                input = input.dropFirst()
                format = format.dropFirst()
            }
        }
        guard input.isEmpty, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return Double(year * 10_000 + month * 100 + day)
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return !hasSpace(text)
    }

    /// ASCII whitespace or controls, or a no-break space: never inside an address.
    private static func hasSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte <= 0x20 || (previous == 0xC2 && byte == 0xA0) { return true }
            previous = byte
        }
        return false
    }

    static func isURI(_ text: String) -> Bool {
        // scheme ":" rest, the scheme an ASCII letter then letters, digits, "+", "-" or ".".
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex,
              bytes.index(after: colon) != bytes.endIndex else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard isLetter(bytes[bytes.startIndex]), bytes[..<colon].allSatisfy({
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }) else { return false }
        return !hasSpace(text)
    }

    // MARK: - Messages

    static func explain(_ code: SchemaErrorCode, field: TableSchema.Field?, schema: TableSchema) -> String {
        switch code {
        case .missingColumn:
            return field?.required == true ? "colonne absente (ses valeurs sont obligatoires)" : "colonne du schéma absente"
        case .extraColumn: return "colonne absente du schéma \(schema.name) \(schema.version)"
        case .columnOrder:
            let position = (schema.fields.firstIndex { $0.name == field?.name } ?? 0) + 1
            return "colonne mal placée : le schéma la met en position \(position)"
        case .required: return "valeur obligatoire manquante"
        case .typeString: return "texte attendu"
        case .typeInteger: return "nombre entier attendu"
        case .typeNumber: return "nombre attendu, avec « \(field?.decimalChar ?? ".") » comme séparateur décimal"
        case .typeDate: return "date attendue au format " + frenchDateFormat(field?.format)
        case .typeBoolean:
            return "booléen attendu (\((field?.trueValues.first ?? "true")) ou \((field?.falseValues.first ?? "false")))"
        case .typeYear: return "année attendue sur quatre chiffres (AAAA)"
        case .pattern: return "valeur non conforme au motif \(field?.pattern.map { String($0.pattern.dropFirst(4).dropLast(2)) } ?? "") du schéma"
        case .enumeration:
            let allowed = field?.enumeration ?? []
            return "valeur hors de la liste autorisée (" + allowed.prefix(6).map { "« \($0) »" }.joined(separator: ", ")
                + (allowed.count > 6 ? "…" : "") + ")"
        case .minimum: return "valeur inférieure au minimum \(bound(field?.minimum))"
        case .maximum: return "valeur supérieure au maximum \(bound(field?.maximum))"
        case .minLength: return "moins de \(field?.minLength ?? 0) caractères"
        case .maxLength: return "plus de \(field?.maxLength ?? 0) caractères"
        case .formatEmail: return "adresse électronique attendue (nom@domaine.fr)"
        case .formatURI: return "adresse web attendue (https://…)"
        }
    }

    private static func frenchDateFormat(_ format: String?) -> String {
        guard let format, format != "any" else { return "AAAA-MM-JJ" }
        return format.replacingOccurrences(of: "%Y", with: "AAAA").replacingOccurrences(of: "%m", with: "MM")
            .replacingOccurrences(of: "%d", with: "JJ").replacingOccurrences(of: "%y", with: "AA")
    }

    private static func bound(_ value: Double?) -> String {
        guard let value else { return "?" }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
