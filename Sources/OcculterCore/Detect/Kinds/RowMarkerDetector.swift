/// `row-marker`: rows recognised by markers in given columns (defence contracts) are withheld.
struct RowMarkerDetector: RowDetector {
    static let kind = "row-marker"
    static let frenchLabel = "marqueur de ligne"
    static let limitFrench = "Reconnaît les lignes à retirer à des marqueurs écrits ; une ligne sans marqueur reconnu est publiée."
    static let keys = ["columns", "pattern", "caseless"]

    let columns: [String]
    let regex: PCRE2Regex

    static func parse(_ yaml: DetectorYAML) throws -> RowMarkerDetector {
        RowMarkerDetector(columns: try yaml.strings("columns"), regex: try yaml.regex())
    }

    func forWorker() -> RowMarkerDetector { RowMarkerDetector(columns: columns, regex: regex.recompiled()) }

    func findings(in row: Row, key: RowKey, table: RowProcessor, context: DetectionContext,
                  into findings: inout [RowFinding], matchedSecrets: inout [String]) throws {
        for name in columns {
            guard let index = table.canonicalIndex[name] else { continue }
            var text = row.values[index]
            if try text.withUTF8({ try regex.firstMatch(in: $0, scratch: context.scratch) }) != nil {
                findings.append(RowFinding(column: index, action: .suppressRow, evidence: "marqueur trouvé dans \(name)"))
                return
            }
        }
    }
}
