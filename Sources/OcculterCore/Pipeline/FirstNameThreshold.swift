/// The état-civil disclosure threshold, a whole-table rule: a first name given fewer than
/// `threshold` times in its group (commune, year, sex) is not published; its counts are summed
/// into one `_PRENOMS_RARES` row per group (INSEE's convention), so totals stay exact.
///
/// Memory grows with the number of distinct (group, name) pairs, not with the number of rows:
/// repeated rows for a name are summed as they are read, and each pair keeps only its name,
/// counts and position. Output rows are rebuilt from the group's first row, so a column that
/// is neither grouped, named nor counted takes the value of the group's first row.
struct FirstNameThreshold {
    static let rareLabel = "_PRENOMS_RARES"

    let rule: Rule
    let group: [String]
    let name: String
    let count: String
    /// Other count columns summed the same way (Paris's cumulative count).
    let alsoSum: [String]
    /// The year column, for the per-year share of births not shown by name.
    let year: String?
    let threshold: Int
    let processor: RowProcessor
    /// For the report check: a grouped first name is a hidden value like any other.
    let words: WordLists

    /// One distinct (group, first name). Kept small: the national file has 650,000 of them.
    private struct Entry {
        var name: String
        var group: Int32
        var rows: Int32
        var firstRow: Int32
        var line: Int32
    }

    /// A group (commune, year, sex): its first row serves as the template of its output rows.
    private struct Group {
        var template: [String]
        var line: Int
        var names: [String: Int] = [:]
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
        let stride = sumIndices.count

        var groupIDs: [[String]: Int] = [:]
        var groups: [Group] = []
        var entries: [Entry] = []
        // Sums of the count columns, `stride` per entry (a flat array: no allocation per entry).
        var totals: [Int] = []
        var decisionsByRow: [Int: [Decision]] = [:]
        let header = processor.header
        // Rows are rebuilt after the whole input is read: in the encoding of the last record,
        // which is the file's (an ASCII start may turn out to be Windows-1252 later; rows
        // before were ASCII, the same in both).
        var encoding = TextEncoding.utf8

        try runner.forEachProcessed(source: source) { row, result in
            state.rowsRead += 1
            encoding = row.encoding
            if state.rowsRead % 20_000 == 0 { state.progress?(state.rowsRead) }
            var values: [Int] = []
            values.reserveCapacity(stride)
            for sumIndex in sumIndices {
                let raw = row.values[sumIndex].trimmedSpaces
                guard let value = Int(raw), value >= 0 else {
                    throw OcculterError(.input, at: SourceLocation(file: source.description.file, line: row.line, column: sumIndex + 1),
                                        "« \(raw) » n'est pas un nombre d'occurrences.",
                                        hint: "la colonne \(row.columns[sumIndex]) doit contenir un entier positif.")
                }
                values.append(value)
            }
            if !result.decisions.isEmpty { decisionsByRow[row.number] = result.decisions }
            if result.suppressed { state.rowsSuppressed += 1; return }
            let key = groupIndices.map { row.values[$0] }
            let groupID: Int
            if let existing = groupIDs[key] {
                groupID = existing
            } else {
                groupID = groups.count
                groupIDs[key] = groupID
                groups.append(Group(template: result.values, line: row.line))
            }
            let firstName = row.values[nameIndex].trimmedSpaces
            if let existing = groups[groupID].names[firstName] {
                for position in 0..<stride { totals[existing * stride + position] += values[position] }
                entries[existing].rows += 1
            } else {
                groups[groupID].names[firstName] = entries.count
                entries.append(Entry(name: result.values[nameIndex], group: Int32(groupID), rows: 1,
                                     firstRow: Int32(row.number), line: Int32(row.line)))
                totals.append(contentsOf: values)
            }
        }

        func outputRow(group: Int, name: String, entry: Int?, sums: ArraySlice<Int>) -> [String] {
            var values = groups[group].template
            values[nameIndex] = name
            for (position, sumIndex) in sumIndices.enumerated() { values[sumIndex] = String(sums[sums.startIndex + position]) }
            return values
        }

        // Secondary suppression: a group (commune, year, sex) with fewer births than the
        // threshold is not published at all. Its names would be rare by definition, and a
        // `_PRENOMS_RARES` row of one birth, or a group total, would single a child out along
        // with the group's attribute (sex « I »).
        var groupBirths = Array(repeating: 0, count: groups.count)
        var groupRows = Array(repeating: 0, count: groups.count)
        var groupFirst = Array(repeating: -1, count: groups.count)
        for (position, entry) in entries.enumerated() {
            let group = Int(entry.group)
            groupBirths[group] += totals[position * stride]
            groupRows[group] += Int(entry.rows)
            if groupFirst[group] < 0 { groupFirst[group] = position }
        }
        let yearIndex = year.flatMap { columns.firstIndex(of: $0) }
        // Per year: births, and births not shown under their own name (report note).
        var births: [String: (all: Int, hidden: Int)] = [:]
        func account(group: Int, all: Int, hidden: Int) {
            let key = yearIndex.map { groups[group].template[$0] } ?? ""
            births[key, default: (0, 0)].all += all
            births[key, default: (0, 0)].hidden += hidden
        }

        // Published names, in input order; then one rare row per group, in group order.
        var rare: [Int: (totals: [Int], names: [Int])] = [:]
        for (position, entry) in entries.enumerated() {
            let sums = totals[(position * stride)..<((position + 1) * stride)]
            let group = Int(entry.group)
            if groupBirths[group] < threshold { continue }
            if sums[sums.startIndex] >= threshold {
                state.rowsPublished += 1
                account(group: group, all: sums[sums.startIndex], hidden: 0)
                let values = outputRow(group: group, name: entry.name, entry: position, sums: sums)
                try sink?.write(values, row: Row(number: Int(entry.firstRow), line: Int(entry.line), columns: header, values: values, encoding: encoding))
                for decision in decisionsByRow[Int(entry.firstRow)] ?? [] {
                    try state.add(decision, cell: entry.name)
                }
            } else {
                var bucket = rare[group] ?? (Array(repeating: 0, count: stride), [])
                for index in 0..<stride { bucket.totals[index] += sums[sums.startIndex + index] }
                bucket.names.append(position)
                rare[group] = bucket
            }
        }
        // The processor's rules are the pack's, in its order: the rule is among them.
        let ruleIndex = processor.rules.firstIndex { $0.rule.id == rule.id }!
        let justification = rule.occult.justification.replacingOccurrences(of: "{seuil}", with: String(threshold))
        var withheldGroups: [Int] = []
        for groupID in groups.indices {
            if groupBirths[groupID] < threshold { withheldGroups.append(groupID); continue }
            guard let bucket = rare[groupID] else { continue }
            account(group: groupID, all: bucket.totals[0], hidden: bucket.totals[0])
            let values = outputRow(group: groupID, name: FirstNameThreshold.rareLabel, entry: nil, sums: bucket.totals[...])
            state.rowsPublished += 1
            try sink?.write(values, row: Row(number: 0, line: groups[groupID].line, columns: header, values: values, encoding: encoding))
            // One decision per group, not per rare name: the national file has 600,000 rare names,
            // and a decision each made the run 10 times slower with nothing more for the DPO to read.
            let rows = bucket.names.reduce(0) { $0 + Int(entries[$1].rows) }
            if state.hidden != nil {
                for position in bucket.names {
                    state.hidden!.add(value: entries[position].name, rule: ruleIndex, column: nameIndex, words: words,
                                      placeholders: processor.decider.placeholderWords)
                }
            }
            state.rowsAggregated += rows
            let groupKey = zip(groupIndices.map { header[$0] }, groupIndices.map { groups[groupID].template[$0] })
                .map { "\($0)=\($1)" }.joined(separator: ", ")
            let first = entries[bucket.names[0]]
            try state.add(processor.decider.decide(
                tableRule: ruleIndex, action: .aggregate, row: Int(first.firstRow), line: Int(first.line), rowKey: groupKey,
                stableKey: groupKey, column: header[nameIndex], value: FirstNameThreshold.rareLabel, justification: justification,
                // Classes, not counts: a count of one names a child as surely as the name.
                evidence: "prénoms donnés moins de \(threshold) fois, regroupés sous \(FirstNameThreshold.rareLabel) dans un groupe d'au moins \(threshold) naissances"), cell: nil)
        }
        // Withheld groups are counted, never named: their key (a year and a sex with a few
        // births) is itself what must not be published; their names are hidden values.
        if state.hidden != nil, !withheldGroups.isEmpty {
            let withheld = Set(withheldGroups)
            for entry in entries where withheld.contains(Int(entry.group)) {
                state.hidden!.add(value: entry.name, rule: ruleIndex, column: nameIndex, words: words,
                                  placeholders: processor.decider.placeholderWords)
            }
        }
        for groupID in withheldGroups {
            let first = groupFirst[groupID]
            guard first >= 0 else { continue }
            account(group: groupID, all: groupBirths[groupID], hidden: groupBirths[groupID])
            state.rowsSuppressed += groupRows[groupID]
            let groupKey = zip(groupIndices.map { header[$0] }, groupIndices.map { groups[groupID].template[$0] })
                .map { "\($0)=\($1)" }.joined(separator: ", ")
            try state.add(processor.decider.decide(
                tableRule: ruleIndex, action: .suppressRow, row: Int(entries[first].firstRow), line: Int(entries[first].line),
                rowKey: "[groupe retiré]", stableKey: groupKey, column: header[nameIndex], value: "[groupe retiré]",
                justification: justification + " " + FirstNameThreshold.groupWithheld.replacingOccurrences(of: "{seuil}", with: String(threshold)),
                evidence: "groupe (commune, année, sexe) de moins de \(threshold) naissances : ni ses prénoms, ni ses prénoms rares, ni son total"), cell: nil)
        }
        state.notes.append(contentsOf: FirstNameThreshold.shareNotes(births, yearColumn: yearIndex.map { header[$0] }))
    }

    static let groupWithheld = "Un groupe de moins de {seuil} naissances n'est pas publié du tout (suppression secondaire) : son total ou sa ligne _PRENOMS_RARES désignerait un enfant, et son sexe avec lui."

    /// One note, « Part des naissances non publiées sous leur prénom … : 2022 : 42 % ; 2023 :
    /// 15 % » — shares only, rounded to the percent and floored at « moins de 1 % », so no count
    /// (of one or otherwise) is given. One note for the whole file: the national file has 120 years.
    static func shareNotes(_ births: [String: (all: Int, hidden: Int)], yearColumn: String?) -> [String] {
        let parts = births.keys.sorted().compactMap { key -> String? in
            guard let counts = births[key], counts.all > 0 else { return nil }
            let share: String
            if counts.hidden == 0 {
                share = "0 %"
            } else {
                let percent = (counts.hidden * 100 + counts.all / 2) / counts.all
                share = percent < 1 ? "moins de 1 %" : (percent >= 100 && counts.hidden < counts.all ? "plus de 99 %" : "\(percent) %")
            }
            return yearColumn == nil || key.isEmpty ? share : "\(key) : \(share)"
        }
        guard !parts.isEmpty else { return [] }
        let scope = yearColumn == nil ? "dans l'ensemble du fichier" : "par année"
        return ["Part des naissances non publiées sous leur prénom (prénoms rares regroupés sous \(rareLabel) ou groupes de moins de naissances que le seuil retirés), \(scope) : \(parts.joined(separator: " ; "))."]
    }
}
