import Yams

/// Where a kind of detector acts.
enum DetectorScope: Sendable {
    /// On each cell of the columns that scan the rule: spans of the cell.
    case cell
    /// On whole rows (listed in `table_rules`): whole cells or the whole row.
    case row
    /// On the whole table, in a stage of its own (the first-name threshold).
    case table
}

/// One kind of detector, described by itself: its YAML name and keys, how it reads its
/// configuration, the exemptions it may report, what it cannot see, and how a worker gets a
/// copy of its own. A configured detector (the rule's `detector`) is a value of that type.
///
/// A new kind is one file: a type conforming to this protocol, and to `CellDetector` or
/// `RowDetector` for what it does, listed in `DetectorRegistry.kinds`.
protocol DetectorKind: Sendable {
    /// The `kind` the packs write (`pattern`, `person-name`…).
    static var kind: String { get }
    /// French name of the kind, for the reports.
    static var frenchLabel: String { get }
    /// What this kind cannot see, said once per kind for the signatory.
    static var limitFrench: String { get }
    /// The YAML keys it reads, besides `kind`.
    static var keys: [String] { get }
    static var scope: DetectorScope { get }
    /// The exemptions it may report; each must be mapped by the rule.
    static var possibleExemptions: [Exemption] { get }
    /// Whether it may report uncertain findings (which need a `review` outcome).
    static var mayBeUncertain: Bool { get }
    /// Reads the rule's `detector:` mapping; errors are French and name the file and line.
    static func parse(_ yaml: DetectorYAML) throws -> Self
    /// The same detector for one worker: regular expressions compiled again (see
    /// `RulePack.forWorker`), everything else shared.
    func forWorker() -> Self
}

extension DetectorKind {
    static var keys: [String] { [] }
    static var scope: DetectorScope { .cell }
    static var possibleExemptions: [Exemption] { [] }
    static var mayBeUncertain: Bool { false }
    func forWorker() -> Self { self }
}

/// The detector kinds, in one list. A kind is found only through it: a type that nothing
/// else names would be dead-stripped from the release binary, so a lookup by type name (tried
/// first) found every kind in debug builds and lost some in release.
enum DetectorRegistry {
    /// Every kind. A new kind is its file (`Detect/Kinds/`), its tests, and one line here.
    static let kinds: [any DetectorKind.Type] = [
        PatternDetector.self, EmailDetector.self, FacilityEmailDetector.self, PersonNameDetector.self,
        LinkedIdentifierDetector.self, NaturalPersonColumnDetector.self, SensitiveSubjectDetector.self,
        CadastralParcelDetector.self,
        FlagColumnDetector.self, SecretFieldsDetector.self, RowMarkerDetector.self, FirstNameThresholdDetector.self,
    ]

    /// The type of a YAML kind, or nil when no such kind exists.
    static func kind(named name: String) -> (any DetectorKind.Type)? {
        kinds.first { $0.kind == name }
    }

    /// French name of a kind, for the reports.
    static func frenchLabel(kind name: String) -> String {
        kind(named: name)?.frenchLabel ?? name
    }
}

/// A rule's `detector:` mapping, with the reader that names file and line in errors.
struct DetectorYAML {
    let node: Node
    let fields: [String: Node]
    let kind: String
    let ruleID: String
    let reader: YAMLReader

    func required(_ key: String) throws -> Node {
        guard let value = fields[key] else { throw reader.error(node, "détecteur \(kind) : « \(key) » requis.") }
        return value
    }

    func string(_ key: String) throws -> String { try reader.string(try required(key), what: key) }
    func strings(_ key: String) throws -> [String] { try reader.strings(try required(key), what: key) }
    func optionalStrings(_ key: String) throws -> [String]? { try fields[key].map { try reader.strings($0, what: key) } }
    func optionalString(_ key: String) throws -> String? { try fields[key].map { try reader.string($0, what: key) } }

    func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> E? where E.RawValue == String {
        try fields[key].map { try reader.enumValue($0, type, what: key) }
    }

    /// The `pattern` key (with `caseless`), compiled.
    func regex() throws -> PCRE2Regex {
        guard let patternNode = fields["pattern"] else { throw reader.error(node, "détecteur \(kind) : « pattern » requis.") }
        let pattern = try reader.string(patternNode, what: "pattern")
        let caseless = try fields["caseless"].map { try reader.bool($0, what: "caseless") } ?? false
        return try compile(pattern, caseless: caseless, at: patternNode)
    }

    /// A pattern written in a detector's own code, compiled (an error names the rule).
    func compile(_ pattern: String, caseless: Bool, at node: Node? = nil) throws -> PCRE2Regex {
        do {
            return try PCRE2Regex(pattern, caseless: caseless)
        } catch {
            throw reader.error(node ?? self.node, "règle « \(ruleID) » : expression régulière invalide à la position \(error.offset) (\(error.message)).",
                               hint: "corrigez le motif ; il est compilé par PCRE2 en mode UTF.")
        }
    }

    /// The optional `keywords` key.
    func keywords(hint: String? = nil) throws -> Keywords? {
        try fields["keywords"].map { node in
            guard let keywords = Keywords(try reader.strings(node, what: "keywords")) else {
                throw reader.error(node, "règle « \(ruleID) » : « keywords » veut une liste de mots ASCII de trois caractères ou plus.", hint: hint)
            }
            return keywords
        }
    }
}
