/// What a pack says about one column.
public enum ColumnPolicy: Sendable, Equatable {
    /// Scanned by these rules, in order.
    case scan([String])
    /// Published as is; the reason is printed in the report.
    case keep(reason: String)
    /// Never published (a flag column, an internal field).
    case drop(reason: String)
}

/// A dataset's rule pack (`Rules/<name>.yaml`), with the shared rules it includes resolved.
public struct RulePack: Sendable {
    public var name: String
    public var version: String
    public var title: String
    public var file: String
    public var sha256: String
    /// Packs whose rules this one uses (e.g. `common`), with their versions and hashes.
    public var included: [PackIdentity]
    /// Columns whose presence in a header means "this is my dataset".
    public var recognise: [String]
    /// Input header names (trimmed, as written by a municipality) → canonical column name.
    public var headerMap: [String: String]
    /// The column that identifies a row in reports and fingerprints (e.g. DELIB_ID).
    public var rowKey: [String]
    public var columns: [(name: String, policy: ColumnPolicy)]
    /// Rules for columns the pack does not name: unknown columns are scanned, never trusted.
    public var defaultScan: [String]
    /// Whole-table and row-level rules (thresholds, flags, markers), in order.
    public var tableRules: [String]
    /// Every rule usable by this pack, own and included, by id.
    public var rules: [String: Rule]
    /// Rule ids in definition order (own first), for stable listings.
    public var ruleOrder: [String]
    /// Configuration used when running the examples (officials named in examples…).
    public var examplesConfig: OcculterConfig
    /// Outcome for a DPO's "keep" on a held item.
    public var reviewKeep: Outcome
    /// Notes the report prints for this dataset (e.g. departure from the SCDL recommendation).
    public var notes: [String]

    /// What becomes of a column the pack does not name: scanned by `defaultScan` unless the
    /// pack says otherwise (the contracts pack publishes only the essential data).
    public var unknownColumns: UnknownColumns?
    /// Folded header key (`ColumnMatching.key`) → canonical column, for columns and aliases.
    public var headerKeys: [String: String] = [:]

    public struct UnknownColumns: Sendable {
        public var reason: String
        public var bases: [String]
    }

    public func policy(for canonicalColumn: String) -> ColumnPolicy {
        if let entry = columns.first(where: { $0.name == canonicalColumn }) { return entry.policy }
        if let entry = columns.first(where: { RulePack.covers($0.name, canonicalColumn) }) { return entry.policy }
        if let unknownColumns { return .drop(reason: unknownColumns.reason) }
        return .scan(defaultScan)
    }

    public func isKnown(_ canonicalColumn: String) -> Bool {
        columns.contains { $0.name == canonicalColumn || RulePack.covers($0.name, canonicalColumn) }
    }

    /// `modifications/**` names every path under `modifications/` (nested essential data).
    static func covers(_ entry: String, _ column: String) -> Bool {
        entry.hasSuffix("/**") && column.hasPrefix(entry.dropLast(2))
    }

    /// The canonical name of an input column (header mapping, trimmed spaces).
    public func canonical(_ header: String) -> String { resolve(header).canonical }

    /// The canonical name of an input column and how it was found: exact name, alias of the
    /// pack, or the same words whatever the case, accents, spaces and punctuation.
    public func resolve(_ header: String, config: OcculterConfig? = nil) -> (canonical: String, match: ColumnMatch) {
        let trimmed = normalisedPath(header.trimmingCharacters(in: .whitespaces))
        if let config {
            let key = ColumnMatching.key(trimmed)
            if config.droppedColumns.contains(where: { ColumnMatching.key($0) == key }) { return (trimmed, .configDrop) }
            // Sorted: two entries for one header (« Montant HT », « MONTANT_HT ») resolve the same way every run.
            if let target = config.columnMap.sorted(by: { $0.key < $1.key }).first(where: { ColumnMatching.key($0.key) == key })?.value {
                return (target, .config)
            }
        }
        if isKnown(trimmed) { return (trimmed, .exact) }
        if let target = headerMap[trimmed] { return (target, .alias) }
        if let target = headerKeys[ColumnMatching.key(trimmed)] {
            return (target, headerMap.keys.contains { ColumnMatching.key($0) == ColumnMatching.key(trimmed) } ? .alias : .normalised)
        }
        return (trimmed, .unknown)
    }

    /// How well a header matches this pack: the share of `recognise` columns present.
    public func recognitionScore(header: [String]) -> Double {
        guard !recognise.isEmpty else { return 0 }
        let names = Set(header.map { canonical($0) })
        let found = recognise.filter { names.contains($0) }.count
        return Double(found) / Double(recognise.count)
    }
}

/// Name, version and hash of a pack file, as recorded in the report.
public struct PackIdentity: Sendable, Codable, Equatable {
    public var name: String
    public var version: String
    public var file: String
    public var sha256: String
}

/// `titulaires/0/denominationSociale` → `titulaires/*/denominationSociale`: pack columns name
/// JSON paths without array positions.
func normalisedPath(_ column: String) -> String {
    guard column.contains("/") else { return column }
    return column.split(separator: "/", omittingEmptySubsequences: false)
        .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "*" : String($0) }
        .joined(separator: "/")
}

import Foundation

/// How an input column was matched to a pack column (report.json `match`).
public enum ColumnMatch: String, Sendable, Codable {
    case exact = "exact"
    case normalised = "normalise"
    case alias = "alias"
    case config = "configuration"
    case configDrop = "configuration-drop"
    case unknown = "inconnue"

    var label: String {
        switch self {
        case .exact: return "nom exact"
        case .normalised: return "même nom aux majuscules, accents, espaces et ponctuation près"
        case .alias: return "intitulé connu du jeu de règles"
        case .config: return "correspondance de la configuration (columns)"
        case .configDrop: return "retirée par la configuration (drop)"
        case .unknown: return "colonne inconnue du jeu de règles"
        }
    }
}

/// Header keys compared the way people write headers: « Montant HT », « MONTANT_HT » and
/// « montant (HT) » are one column. Folded (case, accents), letters and digits only; JSON
/// path separators kept so that `titulaires/*/id` stays a path.
enum ColumnMatching {
    static func key(_ header: some StringProtocol) -> String {
        String(fold(normalisedPath(String(header))).unicodeScalars.filter { scalar in
            (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                || scalar == "/" || scalar == "*"
        }.map(Character.init))
    }
}
