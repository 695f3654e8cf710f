/// Everything accumulated over the rows of a run.
struct RunState {
    var rowsRead = 0
    var rowsPublished = 0
    var rowsSuppressed = 0
    var rowsAggregated = 0
    /// Notes a stage adds to the report (first names: share of births not shown by name).
    var notes: [String] = []
    /// Every decision, on disk (report.json lists them all).
    let log: DecisionLog?
    /// The decisions the Markdown and HTML reports list: up to `listedPerRule` per rule. Memory
    /// stays flat however many decisions a large file makes.
    var listed: [Decision] = []
    private var listedByRule: [String: Int] = [:]
    var decisionCount = 0
    var pendingCount = 0
    /// Decisions per action, rule and column, and the legal bases cited.
    var byAction: [String: Int] { counted { [$0.action.rawValue] } }
    var byRule: [String: Int] { counted { [$0.rule] } }
    var byColumn: [String: Int] { counted { [$0.column] } }
    var cited: Set<String> { Set(tallies.flatMap(\.bases)) }
    /// Decisions counted per distinct (rule, column, action, bases), found by a linear search
    /// from the last one used: a run has a few dozen such kinds. Dictionaries keyed by strings
    /// (four updates per change of kind, each hashing strings) were 1.6 % of a run, decisions
    /// of a subject alternating between kinds (a name kept, the next occulted).
    private var tallies: [Tally] = []
    private var lastTally = 0
    private var previousTally = 0

    private struct Tally {
        let rule: String
        let column: String
        let action: Action
        let bases: [String]
        var count: Int
        /// The rule has its `listedPerRule` decisions listed already.
        var listingFull = false
    }

    private func counted(_ keys: (Tally) -> [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for tally in tallies {
            for key in keys(tally) { counts[key, default: 0] += tally.count }
        }
        return counts
    }

    /// Whether tally `index` counts `decision`, its fields read in place: a method on `tallies[index]` copied
    /// the tally (its strings and bases retained) for every comparison, four a decision
    /// (0.5 k instructions a délibérations row, callgrind).
    @inline(__always)
    private func tally(_ index: Int, counts decision: UnsafePointer<Decision>) -> Bool {
        tallies.withUnsafeBufferPointer { tallies in
            let tally = tallies.baseAddress! + index
            return tally.pointee.action == decision.pointee.action && tally.pointee.rule == decision.pointee.rule
                && tally.pointee.column == decision.pointee.column && tally.pointee.bases == decision.pointee.bases
        }
    }

    /// The tally of `decision`'s kind, made on first use.
    private mutating func tallyIndex(of decision: UnsafePointer<Decision>) -> Int {
        if lastTally < tallies.count, tally(lastTally, counts: decision) { return lastTally }
        // The kind used before the last one: a subject's decisions alternate between two or
        // three kinds (a name kept, the next occulted), and a search from the first kind
        // compared a dozen of them.
        if previousTally < tallies.count, tally(previousTally, counts: decision) {
            swap(&lastTally, &previousTally)
            return lastTally
        }
        if let found = tallies.indices.first(where: { tally($0, counts: decision) }) {
            previousTally = lastTally
            lastTally = found
            return found
        }
        previousTally = lastTally
        tallies.append(Tally(rule: decision.pointee.rule, column: decision.pointee.column, action: decision.pointee.action,
                             bases: decision.pointee.bases, count: 0))
        lastTally = tallies.count - 1
        return lastTally
    }
    var matchedReviews = Set<String>()
    var matchedSecrets = Set<String>()
    /// Surnames decided private or kept, for the run's propagation (`RunPropagation`).
    var surnames = RunSurnames()
    /// Input line of each row, for decisions made after the rows went by.
    var lines = LineMap()
    /// Rows withheld from the output, in order: the published file's n-th row is not the n-th
    /// row read when one was withheld before it.
    var withheldRows: [Int] = []
    /// What the run hid, word by word, when a report is written (its last check).
    var hidden: HiddenWordIndex?
    /// Distinct strings of decisions that come from the data (evidence, reviewers' comments),
    /// for the report check: report.json lists every decision, which no rendering re-reads.
    var dataStrings: Set<String> { evidenceStrings.union(commentStrings) }
    /// The detectors' evidence (their own phrases) and the reviewers' comments, apart.
    var evidenceStrings = Set<String>()
    var commentStrings = Set<String>()
    var evidenceWords: Set<UInt64> { evidenceStrings.reduce(into: []) { $0.formUnion(ReportLeakGate.words(of: $1)) } }
    var reviewers = Set<String>()
    /// Original cell per (row, column) of a listed decision: confidential report only.
    var reviewCells: [ReviewContext.Key: String] = [:]
    /// Original and published row of a listed decision, by row number: confidential only.
    var reviewRows: [Int: ReviewContext.RowPair] = [:]

    static let listedPerRule = 500

    init(logsDecisions: Bool = true) throws { log = logsDecisions ? try DecisionLog() : nil }

    /// `cell` is evaluated only for a listed decision (finding the cell compared column names
    /// for every decision: 1 % of a run).
    mutating func add(_ decision: Decision, cell: @autoclosure () -> String?, json: [UInt8]? = nil) throws {
        if try withUnsafePointer(to: decision, { try count($0, json: json) }) { list(decision, cell: cell()) }
    }

    /// Logs and tallies a decision; true when it is to be listed (`list`). Read through a
    /// pointer: `absorb` passing an element of the row's decisions copied it (and retained its
    /// strings) for every decision.
    private mutating func count(_ decision: UnsafePointer<Decision>, json: [UInt8]?) throws -> Bool {
        if let log {
            if let json { try log.append(encoded: json) } else { try log.append(decision.pointee) }
        }
        decisionCount += 1
        if decision.pointee.status == .pending { pendingCount += 1 }
        if hidden != nil {
            if let evidence = decision.pointee.evidence { evidenceStrings.insert(evidence) }
            if let review = decision.pointee.review {
                reviewers.insert(review.reviewer)
                if let comment = review.comment { commentStrings.insert(comment) }
            }
        }
        let tally = tallyIndex(of: decision)
        tallies[tally].count += 1
        if tallies[tally].listingFull { return false }
        let alreadyListed = listedByRule[decision.pointee.rule, default: 0]
        guard alreadyListed < RunState.listedPerRule else {
            tallies[tally].listingFull = true
            return false
        }
        listedByRule[decision.pointee.rule] = alreadyListed + 1
        return true
    }

    /// Lists a decision counted by `count`, with its original cell for the confidential review.
    private mutating func list(_ decision: Decision, cell: String?) {
        listed.append(decision)
        let key = ReviewContext.Key(row: decision.row, column: decision.column)
        if reviewCells[key] == nil, let cell { reviewCells[key] = cell }
    }

    /// Progress callback, called every 20,000 rows.
    var progress: ((Int) -> Void)?

    mutating func absorb(_ result: RowProcessor.Result, row: Row) throws {
        rowsRead += 1
        if rowsRead % 20_000 == 0 { progress?(rowsRead) }
        lines.note(row: row.number, line: row.line)
        if !result.surnames.isEmpty { surnames.add(result.surnames) }
        if result.suppressed { rowsSuppressed += 1; withheldRows.append(row.number) } else { rowsPublished += 1 }
        // By index, not `enumerated()`: each decision was copied (its strings retained) on the
        // way, by a thread other than the one that made them.
        let listedBefore = listed.count
        // No closure for the cell: one capturing the row and the result copied both (their
        // arrays retained) for every decision.
        // Read in place, through a pointer: indexing the array still copied each decision.
        try result.decisions.withUnsafeBufferPointer { decisions in
            for index in decisions.indices
            where try count(decisions.baseAddress! + index, json: index < result.decisionJSON.count ? result.decisionJSON[index] : nil) {
                let column = row.columns.firstIndex(of: decisions[index].column)
                list(decisions[index], cell: column.map { row.values[$0] })
            }
        }
        if !result.matchedReviews.isEmpty { matchedReviews.formUnion(result.matchedReviews) }
        if !result.matchedSecrets.isEmpty { matchedSecrets.formUnion(result.matchedSecrets) }
        if hidden != nil {
            for word in result.hidden { hidden!.add(hash: word.hash, rule: word.rule, column: word.column, capitalsOnly: word.capitalsOnly) }
        }
        // The whole row, before and after, of each listed decision: the workbench shows it.
        if listed.count > listedBefore, !row.values.isEmpty {
            reviewRows[row.number] = .init(before: row.values, after: result.suppressed ? nil : result.values)
        }
    }
}

/// The input line of every row, kept as the few places where the line stops following the
/// row number (multi-line cells, blank lines): a few entries for most files, not one per row.
struct LineMap {
    /// (first row, line − row) from that row on, in row order.
    private var steps: [(row: Int, offset: Int)] = []

    mutating func note(row: Int, line: Int) {
        let offset = line - row
        if steps.last?.offset != offset { steps.append((row, offset)) }
    }

    func line(of row: Int) -> Int {
        // The last step at or before `row`, by bisection.
        var low = 0, high = steps.count
        while low < high {
            let middle = (low + high) / 2
            if steps[middle].row <= row { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? row + 1 : row + steps[low - 1].offset
    }
}
