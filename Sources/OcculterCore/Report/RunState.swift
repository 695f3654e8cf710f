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
    /// Decisions per action, rule and column, and the legal bases cited, streak included.
    var byAction: [String: Int] { counted(talliedByAction) { [$0.action.rawValue] } }
    var byRule: [String: Int] { counted(talliedByRule) { [$0.rule] } }
    var byColumn: [String: Int] { counted(talliedByColumn) { [$0.column] } }
    var cited: Set<String> { talliedCited.union(streak?.bases ?? []) }
    private var talliedByAction: [String: Int] = [:]
    private var talliedByRule: [String: Int] = [:]
    private var talliedByColumn: [String: Int] = [:]
    private var talliedCited = Set<String>()
    /// Consecutive decisions of one rule, column, action and bases (most decisions of a large
    /// file follow one another so) are counted together: four dictionary and set updates per
    /// decision, each hashing strings, were 3 % of a run on the thread that writes the output.
    private var streak: Streak?

    private struct Streak {
        let rule: String
        let column: String
        let action: Action
        let bases: [String]
        var count: Int
        /// The rule has its `listedPerRule` decisions listed already.
        var listingFull: Bool

        func continues(with decision: Decision) -> Bool {
            action == decision.action && rule == decision.rule && column == decision.column && bases == decision.bases
        }
    }

    private func counted(_ tallied: [String: Int], _ keys: (Streak) -> [String]) -> [String: Int] {
        guard let streak else { return tallied }
        var counts = tallied
        for key in keys(streak) { counts[key, default: 0] += streak.count }
        return counts
    }

    private mutating func endStreak() {
        guard let ended = streak else { return }
        talliedByAction[ended.action.rawValue, default: 0] += ended.count
        talliedByRule[ended.rule, default: 0] += ended.count
        talliedByColumn[ended.column, default: 0] += ended.count
        talliedCited.formUnion(ended.bases)
        streak = nil
    }
    var matchedReviews = Set<String>()
    var matchedSecrets = Set<String>()
    /// What the run hid, word by word, when a report is written (its last check).
    var hidden: HiddenWordIndex?
    /// Distinct strings of decisions that come from the data (evidence, reviewers' comments),
    /// for the report check: report.json lists every decision, which no rendering re-reads.
    var dataStrings = Set<String>()
    var reviewers = Set<String>()
    /// Original cell per (row, column) of a listed decision: confidential report only.
    var reviewCells: [ReviewContext.Key: String] = [:]
    /// Original and published row of a listed decision, by row number: confidential only.
    var reviewRows: [Int: ReviewContext.RowPair] = [:]

    static let listedPerRule = 500

    init(logsDecisions: Bool = true) throws { log = logsDecisions ? try DecisionLog() : nil }

    mutating func add(_ decision: Decision, cell: String?, json: [UInt8]? = nil) throws {
        if let log {
            if let json { try log.append(encoded: json) } else { try log.append(decision) }
        }
        decisionCount += 1
        if decision.status == .pending { pendingCount += 1 }
        if hidden != nil {
            if let evidence = decision.evidence { dataStrings.insert(evidence) }
            if let review = decision.review {
                reviewers.insert(review.reviewer)
                if let comment = review.comment { dataStrings.insert(comment) }
            }
        }
        if streak?.continues(with: decision) == true {
            streak!.count += 1
            if streak!.listingFull { return }
        } else {
            endStreak()
            streak = Streak(rule: decision.rule, column: decision.column, action: decision.action, bases: decision.bases,
                            count: 1, listingFull: false)
        }
        let alreadyListed = listedByRule[decision.rule, default: 0]
        guard alreadyListed < RunState.listedPerRule else {
            streak!.listingFull = true
            return
        }
        listedByRule[decision.rule] = alreadyListed + 1
        listed.append(decision)
        let key = ReviewContext.Key(row: decision.row, column: decision.column)
        if reviewCells[key] == nil, let cell { reviewCells[key] = cell }
    }

    /// Progress callback, called every 20,000 rows.
    var progress: ((Int) -> Void)?

    mutating func absorb(_ result: RowProcessor.Result, row: Row) throws {
        rowsRead += 1
        if rowsRead % 20_000 == 0 { progress?(rowsRead) }
        if result.suppressed { rowsSuppressed += 1 } else { rowsPublished += 1 }
        // By index, not `enumerated()`: each decision was copied (its strings retained) on the
        // way, by a thread other than the one that made them.
        let listedBefore = listed.count
        for index in result.decisions.indices {
            try add(result.decisions[index], cell: row.columns.firstIndex(of: result.decisions[index].column).map { row.values[$0] },
                    json: index < result.decisionJSON.count ? result.decisionJSON[index] : nil)
        }
        matchedReviews.formUnion(result.matchedReviews)
        matchedSecrets.formUnion(result.matchedSecrets)
        if hidden != nil {
            for word in result.hidden { hidden!.add(hash: word.hash, rule: word.rule, column: word.column) }
        }
        // The whole row, before and after, of each listed decision: the workbench shows it.
        if listed.count > listedBefore, !row.values.isEmpty {
            reviewRows[row.number] = .init(before: row.values, after: result.suppressed ? nil : result.values)
        }
    }
}
