/// The état-civil disclosure threshold, a whole-table rule: a first name given fewer than
/// `threshold` times in its group (commune, year, sex) is not published; its counts are summed
/// into one `_PRENOMS_RARES` row per group (INSEE's convention), so totals stay exact.
///
/// Memory grows with the number of distinct (group, name) pairs, not with the number of rows:
/// repeated rows for a name are summed as they are read.
struct FirstNameThreshold {
    static let rareLabel = "_PRENOMS_RARES"

    let rule: Rule
    let group: [String]
    let name: String
    let count: String
    /// Other count columns summed the same way (Paris's cumulative count).
    let alsoSum: [String]
    let threshold: Int
    let processor: RowProcessor

    private struct Entry {
        var template: Row
        /// Sums of the count columns, in `sumIndices` order.
        var totals: [Int]
        var total: Int { totals[0] }
        var rows: Int
        var firstRow: Int
    }

    func run(source: TableSource, sink: TableSink?, state: inout RunState, runner: RowRunner) throws {
        let columns = processor.canonical
        func index(_ column: String) throws -> Int {
            guard let position = columns.firstIndex(of: column) else {
                throw OcculterError(.input, at: SourceLocation(file: source.description.file, line: 1),
                                    "colonne « \(column) » absente : la règle « \(rule.id) » en a besoin.",
                                    hint: "vérifiez l'en-tête ou la correspondance d'en-têtes du jeu de règles « \(processor.pack.name) ».")
            }
            return position
        }
        // Group columns absent from a variant (Paris has no commune column) are simply not grouped on.
        let groupIndices = group.compactMap { columns.firstIndex(of: $0) }
        let nameIndex = try index(name)
        let countIndex = try index(count)
        let sumIndices = [countIndex] + alsoSum.compactMap { columns.firstIndex(of: $0) }

        var groups: [[String]: [String: Int]] = [:]
        var groupOrder: [[String]] = []
        var entries: [Entry] = []
        var decisionsByRow: [Int: [Decision]] = [:]

        try runner.forEachProcessed(source: source) { row, result in
            state.rowsRead += 1
            let values = try sumIndices.map { sumIndex -> Int in
                let raw = row.values[sumIndex].trimmingCharacters(in: .whitespaces)
                guard let value = Int(raw), value >= 0 else {
                    throw OcculterError(.input, at: SourceLocation(file: source.description.file, line: row.line, column: sumIndex + 1),
                                        "« \(raw) » n'est pas un nombre d'occurrences.",
                                        hint: "la colonne \(row.columns[sumIndex]) doit contenir un entier positif.")
                }
                return value
            }
            if !result.decisions.isEmpty { decisionsByRow[row.number] = result.decisions }
            if result.suppressed { state.rowsSuppressed += 1; return }
            var processed = row
            processed.values = result.values
            let key = groupIndices.map { row.values[$0] }
            let firstName = row.values[nameIndex].trimmingCharacters(in: .whitespaces)
            if groups[key] == nil { groups[key] = [:]; groupOrder.append(key) }
            if let existing = groups[key]![firstName] {
                for position in values.indices { entries[existing].totals[position] += values[position] }
                entries[existing].rows += 1
            } else {
                groups[key]![firstName] = entries.count
                entries.append(Entry(template: processed, totals: values, rows: 1, firstRow: row.number))
            }
        }

        // Published names, in input order; then one rare row per group, in group order.
        var rare: [[String]: (totals: [Int], template: Row, names: [Int])] = [:]
        for (position, entry) in entries.enumerated() {
            let key = groupIndices.map { entry.template.values[$0] }
            if entry.total >= threshold {
                var values = entry.template.values
                for (position, sumIndex) in sumIndices.enumerated() { values[sumIndex] = String(entry.totals[position]) }
                state.rowsPublished += 1
                try sink?.write(values, row: entry.template)
                for decision in decisionsByRow[entry.firstRow] ?? [] {
                    try state.add(decision, cell: entry.template.values[nameIndex])
                }
            } else {
                var bucket = rare[key] ?? (Array(repeating: 0, count: sumIndices.count), entry.template, [])
                for position in sumIndices.indices { bucket.totals[position] += entry.totals[position] }
                bucket.names.append(position)
                rare[key] = bucket
            }
        }
        for key in groupOrder {
            guard let bucket = rare[key] else { continue }
            var values = bucket.template.values
            values[nameIndex] = FirstNameThreshold.rareLabel
            for (position, sumIndex) in sumIndices.enumerated() { values[sumIndex] = String(bucket.totals[position]) }
            state.rowsPublished += 1
            try sink?.write(values, row: bucket.template)
            // One decision per group, not per rare name: the national file has 600,000 rare names,
            // and a decision each made the run 10 times slower with nothing more for the DPO to read.
            let rows = bucket.names.reduce(0) { $0 + entries[$1].rows }
            state.rowsAggregated += rows
            let groupNames = groupIndices.map { processor.header[$0] }
            let groupKey = zip(groupNames, key).map { "\($0)=\($1)" }.joined(separator: ", ")
            let first = entries[bucket.names[0]]
            try state.add(Decision(
                row: first.firstRow, line: first.template.line, rowKey: groupKey, column: processor.header[nameIndex],
                rule: rule.id, action: .aggregate, status: .applied, exemption: nil, bases: rule.occult.bases,
                justification: rule.occult.justification.replacingOccurrences(of: "{seuil}", with: String(threshold)),
                evidence: "\(bucket.names.count) prénom(s) donné(s) moins de \(threshold) fois, \(bucket.totals[0]) naissance(s) sur \(rows) ligne(s), regroupés sous \(FirstNameThreshold.rareLabel)",
                fingerprint: Fingerprint.make(rule: rule.id, column: name, rowKey: groupKey, value: FirstNameThreshold.rareLabel),
                review: nil, span: nil), cell: nil)
        }
    }
}
