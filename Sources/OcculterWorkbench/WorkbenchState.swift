import Foundation
import OcculterCore

/// The run under review and the DPO's decisions so far. One actor: every POST reads, changes
/// and rewrites the decisions file in turn, so two quick clicks never lose a decision.
public actor WorkbenchState {
    public nonisolated let directory: String
    public nonisolated let decisionsPath: String
    private(set) var review: ReviewJSON
    private(set) var decisions: ReviewDecisions
    /// The actor is reentrant across the rerun's await: decisions may still be written meanwhile
    /// (the run reads the file once, at its start), but a second rerun is refused.
    private var rerunning = false

    public init(directory: String, decisionsPath: String?) throws {
        self.directory = directory
        self.decisionsPath = decisionsPath ?? (directory as NSString).appendingPathComponent("decisions.yaml")
        review = try WorkbenchState.loadReview(directory: directory)
        decisions = FileManager.default.fileExists(atPath: self.decisionsPath)
            ? try ReviewDecisions.load(path: self.decisionsPath) : ReviewDecisions()
    }

    static func loadReview(directory: String) throws -> ReviewJSON {
        let path = (directory as NSString).appendingPathComponent("review.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OcculterError(.input, at: SourceLocation(file: path), "review.json introuvable dans ce dossier.",
                                hint: "lancez d'abord « occulter apply … --report \(directory) » (ou scan), puis « occulter review \(directory) ».")
        }
        do {
            let review = try JSONDecoder().decode(ReviewJSON.self, from: data)
            guard review.format == ReviewJSON.formatVersion else {
                throw OcculterError(.input, at: SourceLocation(file: path), "review.json d'un autre format (\(review.format)).",
                                    hint: "relancez « occulter apply … --report » avec cette version d'Occulter.")
            }
            return review
        } catch let error as OcculterError {
            throw error
        } catch {
            throw OcculterError(.input, at: SourceLocation(file: path), "review.json illisible (\(error)).",
                                hint: "relancez « occulter apply … --report » pour le réécrire.")
        }
    }

    /// The run's description for the page: everything but the items.
    func runView() -> RunView {
        RunView(dataset: review.dataset, organisation: review.organisation, runDate: review.runDate, summary: review.summary,
                header: review.header, outputHeader: review.outputHeader, columns: review.columns, legalBases: review.legalBases,
                rows: review.rows, run: review.run, decisionsFile: decisionsPath, canRerun: review.run.map(WorkbenchState.rerunnable) ?? false,
                additions: decisions.additions.map(AdditionView.init))
    }

    /// Every item, pending first, with the decision the DPO took since the run (if any).
    func items() -> [ItemView] {
        review.items.map { ItemView(item: $0, decided: decisions.entries[$0.id]) }
    }

    /// Records a keep/occult decision on one item and rewrites the decisions file.
    func decide(id: String, choice: ReviewChoice, reviewer: String, comment: String?) throws -> ItemView {
        guard let item = review.items.first(where: { $0.id == id }) else { throw WorkbenchError.notFound(id) }
        guard item.decidable else {
            throw WorkbenchError.invalid("la règle « \(item.rule) » s'applique à la ligne entière (configuration, fichier des secrets) : le fichier de décisions ne la modifie pas.")
        }
        let record = ReviewRecord(decision: choice, reviewer: try WorkbenchState.signed(reviewer), date: WorkbenchState.now(),
                                  comment: comment.flatMap { $0.isEmpty ? nil : $0 })
        var updated = decisions
        updated.set(id, record)
        try save(updated)
        return ItemView(item: item, decided: record)
    }

    /// Records a span the tool missed (`add` entry) and rewrites the decisions file.
    func add(rule: String, column: String, rowKey: String, text: String, reviewer: String, comment: String?) throws -> AdditionView {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkbenchError.invalid("le passage à occulter est vide : sélectionnez-le dans la cellule.")
        }
        guard let scanned = review.columns.first(where: { $0.name == column }), scanned.policy == "scan", !scanned.rules.isEmpty else {
            throw WorkbenchError.invalid("la colonne « \(column) » n'est pas analysée : un ajout ne peut porter que sur une colonne analysée.")
        }
        guard scanned.rules.contains(rule) else {
            throw WorkbenchError.invalid("la règle « \(rule) » ne s'applique pas à la colonne « \(column) » (règles : \(scanned.rules.joined(separator: ", "))).")
        }
        let addition = ReviewDecisions.Addition(
            rule: rule, column: column, rowKey: rowKey, text: text,
            record: ReviewRecord(decision: .occult, reviewer: try WorkbenchState.signed(reviewer), date: WorkbenchState.now(),
                                 comment: comment.flatMap { $0.isEmpty ? nil : $0 }))
        var updated = decisions
        updated.add(addition)
        try save(updated)
        return AdditionView(addition)
    }

    /// Runs the run again with the decisions file, then reloads review.json.
    func rerun() async throws -> RunView {
        guard let run = review.run else { throw WorkbenchError.invalid("review.json ne dit pas comment le jeu a été traité : relancez à la main.") }
        guard WorkbenchState.rerunnable(run) else {
            throw WorkbenchError.invalid("le traitement lisait l'entrée standard ou écrivait sur la sortie standard : relancez-le à la main avec --decisions \(decisionsPath).")
        }
        guard !rerunning else { throw WorkbenchError.invalid("un traitement est déjà en cours : attendez sa fin.") }
        rerunning = true
        defer { rerunning = false }
        try await Rerun.run(run, decisions: decisionsPath, reportDirectory: directory)
        review = try WorkbenchState.loadReview(directory: directory)
        return runView()
    }

    /// Writes the file atomically (0600), then re-reads it with the CLI's own reader: what the
    /// workbench writes is exactly what `--decisions` accepts, or the change is refused.
    private func save(_ updated: ReviewDecisions) throws {
        _ = try AtomicFile.write(Array(updated.yaml().utf8), to: decisionsPath, audience: .confidential)
        decisions = try ReviewDecisions.load(path: decisionsPath)
    }

    /// A run that read standard input or wrote standard output cannot be replayed from here.
    static func rerunnable(_ run: ReviewContext.Invocation) -> Bool { run.input != "-" && run.output != "-" }

    static func signed(_ reviewer: String) throws -> String {
        let name = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw WorkbenchError.invalid("décision refusée : indiquez le nom de la personne qui décide (champ « reviewer »).")
        }
        return name
    }

    /// When the DPO decided, in UTC (the moment itself, not the run's reproducible date).
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}

enum WorkbenchError: Error {
    case notFound(String)
    case invalid(String)
}

struct RunView: Encodable, Sendable {
    var dataset: Report.Dataset
    var organisation: String?
    var runDate: String
    var summary: Report.Summary
    var header: [String]
    var outputHeader: [String]
    var columns: [Report.ColumnEntry]
    var legalBases: [LegalBasis]
    var rows: [ReviewJSON.RowEntry]
    var run: ReviewContext.Invocation?
    var decisionsFile: String
    var canRerun: Bool
    var additions: [AdditionView]

    enum CodingKeys: String, CodingKey {
        case dataset, organisation, runDate = "run_date", summary, header, outputHeader = "output_header", columns
        case legalBases = "legal_bases", rows, run, decisionsFile = "decisions_file", canRerun = "can_rerun", additions
    }
}

struct AdditionView: Encodable, Sendable {
    var rule: String
    var column: String
    var rowKey: String
    var text: String
    var review: ReviewRecord

    init(_ addition: ReviewDecisions.Addition) {
        rule = addition.rule
        column = addition.column
        rowKey = addition.rowKey
        text = addition.text
        review = addition.record
    }

    enum CodingKeys: String, CodingKey { case rule, column, rowKey = "row_key", text, review }
}

/// An item as the API gives it: review.json's fields and `decided`, the decision taken in
/// the workbench since the run (it applies at the next run).
struct ItemView: Encodable, Sendable {
    var item: ReviewJSON.Item
    var decided: ReviewRecord?

    enum Extra: String, CodingKey { case decided }

    func encode(to encoder: Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: Extra.self)
        try container.encodeIfPresent(decided, forKey: .decided)
    }
}
