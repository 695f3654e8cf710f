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

    public func policy(for canonicalColumn: String) -> ColumnPolicy {
        if let entry = columns.first(where: { $0.name == canonicalColumn }) { return entry.policy }
        return .scan(defaultScan)
    }

    /// The canonical name of an input column (header mapping, trimmed spaces).
    public func canonical(_ header: String) -> String {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        return headerMap[trimmed] ?? trimmed
    }

    /// How well a header matches this pack: the share of `recognise` columns present.
    public func recognitionScore(header: [String]) -> Double {
        guard !recognise.isEmpty else { return 0 }
        let names = Set(header.map { canonical(normalisedPath($0)) })
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
