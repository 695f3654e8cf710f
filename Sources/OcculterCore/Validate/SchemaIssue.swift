/// What a file breaks in its Table Schema. The raw values are stable identifiers (they appear
/// in report.json); the French labels are for people.
public enum SchemaErrorCode: String, Sendable, Codable, CaseIterable, Comparable {
    case missingColumn = "missing-column"
    case extraColumn = "extra-column"
    case columnOrder = "column-order"
    case required
    case typeString = "type-string"
    case typeInteger = "type-integer"
    case typeNumber = "type-number"
    case typeDate = "type-date"
    case typeBoolean = "type-boolean"
    case typeYear = "type-year"
    case pattern
    case enumeration = "enum"
    case minimum
    case maximum
    case minLength = "min-length"
    case maxLength = "max-length"
    case formatEmail = "format-email"
    case formatURI = "format-uri"

    public var label: String {
        switch self {
        case .missingColumn: return "colonne absente"
        case .extraColumn: return "colonne hors schéma"
        case .columnOrder: return "ordre des colonnes"
        case .required: return "valeur obligatoire manquante"
        case .typeString: return "texte"
        case .typeInteger: return "nombre entier"
        case .typeNumber: return "nombre"
        case .typeDate: return "date"
        case .typeBoolean: return "booléen"
        case .typeYear: return "année"
        case .pattern: return "motif"
        case .enumeration: return "liste de valeurs"
        case .minimum: return "minimum"
        case .maximum: return "maximum"
        case .minLength: return "longueur minimale"
        case .maxLength: return "longueur maximale"
        case .formatEmail: return "adresse électronique"
        case .formatURI: return "adresse web (URI)"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What real exports commonly get wrong, recognised so that the message says how to fix it.
public enum SchemaWarningCode: String, Sendable, Codable, CaseIterable, Comparable {
    case frenchDate = "french-date"
    case decimalComma = "decimal-comma"
    case spacedIdentifier = "spaced-identifier"

    public var label: String {
        switch self {
        case .frenchDate: return "date au format français"
        case .decimalComma: return "virgule décimale"
        case .spacedIdentifier: return "identifiant ou numéro (SIRET, téléphone…) écrit avec des espaces"
        }
    }

    /// The fix, illustrated with a made-up example (never the file's own value).
    public var fix: String {
        switch self {
        case .frenchDate: return "écrivez la date au format AAAA-MM-JJ (14/03/2023 → 2023-03-14)"
        case .decimalComma: return "écrivez le nombre sans espace, avec un point décimal (1 250,50 → 1250.50)"
        case .spacedIdentifier: return "retirez les espaces de l'identifiant (213 401 011 00017 → 21340101100017)"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One breach, by position only: never the value (report.json is public).
public struct SchemaIssue: Sendable, Codable, Equatable {
    /// Physical line in the file (1 is the header).
    public var line: Int
    public var column: String
    public var code: SchemaErrorCode
}

public struct SchemaWarning: Sendable, Equatable {
    public var line: Int
    public var column: String
    public var code: SchemaWarningCode
}
