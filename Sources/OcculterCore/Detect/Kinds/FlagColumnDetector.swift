import Foundation

/// `flag-column`: a flag column naming the fields to suppress (trade secrets), and the
/// entries of the confidential secrets file (`--secrets`).
struct FlagColumnDetector: RowDetector {
    static let kind = "flag-column"
    static let frenchLabel = "colonne de signalement"
    static let limitFrench = "Ne retire que les champs signalés (colonne de drapeau ou fichier des secrets) : un secret des affaires non signalé est publié."
    static let keys = ["column", "default_fields"]

    let column: String
    let defaultFields: [String]

    static func parse(_ yaml: DetectorYAML) throws -> FlagColumnDetector {
        FlagColumnDetector(column: try yaml.string("column"), defaultFields: try yaml.strings("default_fields"))
    }

    func findings(in row: Row, key: RowKey, table: RowProcessor, context: DetectionContext,
                  into findings: inout [RowFinding], matchedSecrets: inout [String]) throws {
        var flagged: [(fields: [String], source: String, whole: Bool)] = []
        if let index = table.canonicalIndex[column] {
            switch FlagValue(row.values[index]) {
            case .none: break
            case .whole: flagged.append((defaultFields, "colonne \(column)", true))
            // Field names as the file or the pack writes them (« Offre technique », « offreTechnique »).
            case .fields(let names): flagged.append((names.map { table.pack.resolve($0).canonical }, "colonne \(column)", false))
            }
        }
        if let secrets = table.secrets, let entry = secrets.entries[key.stable] ?? secrets.entries[row[table.header.first ?? ""] ?? ""] {
            // The secrets file's motif stays in that confidential file: it describes what is
            // withheld (the report check stopped the demo on one that did).
            flagged.append((entry.fields, "fichier des secrets signalés, ligne \(entry.line)", false))
            matchedSecrets.append(entry.id)
        }
        let header = table.header, canonical = table.canonical
        for flag in flagged {
            if flag.fields == ["*"] {
                findings.append(RowFinding(column: 0, action: .suppressRow, evidence: "contrat entier signalé (\(flag.source))"))
                continue
            }
            for field in flag.fields {
                // The pack's column, or the file's own header whatever its case, accents and
                // punctuation (a header the DPO mapped with `columns:`).
                let fieldKey = ColumnMatching.key(field)
                let targets = canonical.indices.filter {
                    canonical[$0] == field || canonical[$0].hasPrefix(field + "/") || header[$0] == field || ColumnMatching.key(header[$0]) == fieldKey
                }
                for target in targets where !row.values[target].isEmpty {
                    // The global amount is communicable (CE 30 mars 2016): the flag is
                    // honoured, and the report says it goes beyond the case law.
                    let amount = canonical[target] == SecretFlag.globalAmount
                    findings.append(RowFinding(column: target, action: .suppressCell,
                                               evidence: amount ? "montant global signalé (\(flag.source)) : signalement appliqué, montant en principe communicable" : "champ signalé (\(flag.source))",
                                               justificationSuffix: amount ? SecretFlag.amountWarning : nil))
                }
            }
            if flag.whole {
                // « oui »: the whole contract is said to be secret, which only the DPO can
                // weigh; every secret-capable field is gone meanwhile. The DPO's keep publishes
                // the essential data (secret fields stay removed), occult withholds the contract.
                findings.append(RowFinding(column: table.canonicalIndex[column] ?? 0, action: .review,
                                           evidence: "contrat signalé confidentiel dans son ensemble (\(flag.source)) : champs couverts par le secret retirés, contrat en attente de revue",
                                           onOccult: .suppressRow))
            }
        }
    }
}

/// What a trade-secret flag cell says, read as people fill it in (« Oui », « OUI », « x »,
/// « Offre technique ; Prix unitaires »).
enum FlagValue {
    case none
    case whole
    case fields([String])

    init(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let word = fold(trimmed).filter { $0.isLetter || $0.isNumber }
        if word.isEmpty || ["non", "no", "false", "0", "n"].contains(word) { self = .none; return }
        if ["oui", "yes", "true", "1", "x", "o", "y", "vrai", "confidentiel", "secret"].contains(word) { self = .whole; return }
        self = .fields(trimmed.split(whereSeparator: { $0 == "|" || $0 == "," || $0 == ";" || $0 == "+" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}

enum SecretFlag {
    /// The pack column of the contract's global amount.
    static let globalAmount = "montant"
    static let amountWarning = "Attention : le montant global est un élément essentiel en principe communicable (CE, 30 mars 2016, n° 375529) ; le signalement a été appliqué et doit être confirmé par le DPO."
}
