import Foundation

/// The DPO's decisions file (`--decisions`): per fingerprint, keep or occult, who, when, why;
/// and `add` entries for spans the detectors missed. Every entry names its reviewer: a
/// decision nobody signed is refused, so that each one is traceable to a person.
public struct ReviewDecisions: Sendable {
    public var entries: [String: ReviewRecord] = [:]
    /// Order of the file, for the stale list and for writing it back unchanged.
    public var order: [String] = []
    /// Spans to occult that no detector found, in file order.
    public var additions: [Addition] = []
    public var file: String?

    /// A span the DPO occults by hand: its text, wherever it occurs in the cell of `column` in
    /// the row keyed `rowKey`, under `rule` (whose action and legal bases then apply).
    public struct Addition: Sendable, Equatable {
        public var rule: String
        public var column: String
        public var rowKey: String
        public var text: String
        public var record: ReviewRecord

        public init(rule: String, column: String, rowKey: String, text: String, record: ReviewRecord) {
            self.rule = rule
            self.column = column
            self.rowKey = rowKey
            self.text = text
            self.record = record
        }

        /// How the stale list names an addition: its position, never its text (a value).
        public func staleID(_ index: Int) -> String { "ajout-\(index + 1)" }
    }

    public init() {}

    /// Additions per column and row key, for the decider's lookup.
    func additions(column: String, rowKey: String) -> [(index: Int, addition: Addition)] {
        additions.enumerated().filter { $0.element.column == column && $0.element.rowKey == rowKey }.map { ($0.offset, $0.element) }
    }

    public var hasAdditions: Bool { !additions.isEmpty }

    /// Sets (or replaces) the decision on one fingerprint, keeping the file's order.
    public mutating func set(_ fingerprint: String, _ record: ReviewRecord) {
        if entries[fingerprint] == nil { order.append(fingerprint) }
        entries[fingerprint] = record
    }

    /// Adds a hand-occulted span, or replaces the one on the same rule, cell and text.
    public mutating func add(_ addition: Addition) {
        if let index = additions.firstIndex(where: {
            ($0.rule, $0.column, $0.rowKey, $0.text) == (addition.rule, addition.column, addition.rowKey, addition.text)
        }) {
            additions[index] = addition
        } else {
            additions.append(addition)
        }
    }

    public static func load(path: String) throws -> ReviewDecisions {
        let file = try YAMLFile(path: path, kind: .config)
        let reader = YAMLReader(path: path, kind: .config)
        let top = try reader.mapping(file.root, allowed: ["decisions"], required: ["decisions"], what: "fichier de décisions")
        var result = ReviewDecisions()
        result.file = path
        for node in try reader.sequence(top["decisions"]!, what: "decisions") {
            let fields = try reader.mapping(node, allowed: ["fingerprint", "add", "decision", "reviewer", "date", "comment"],
                                            required: ["decision", "reviewer", "date"], what: "décision")
            let reviewer = try reader.string(fields["reviewer"]!, what: "reviewer").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reviewer.isEmpty else {
                throw reader.error(fields["reviewer"]!, "décision sans nom de relecteur : chaque décision doit dire qui l'a prise.",
                                   hint: "indiquez le nom et la fonction de la personne qui décide (reviewer: \"A. Martin, DPO\").")
            }
            let record = ReviewRecord(
                decision: try reader.enumValue(fields["decision"]!, ReviewChoice.self, what: "decision"),
                reviewer: reviewer,
                date: try reader.string(fields["date"]!, what: "date"),
                comment: try fields["comment"].map { try reader.string($0, what: "comment") })
            switch (fields["fingerprint"], fields["add"]) {
            case (let fingerprintNode?, nil):
                let fingerprint = try reader.string(fingerprintNode, what: "fingerprint")
                guard result.entries[fingerprint] == nil else {
                    throw reader.error(node, "empreinte « \(fingerprint) » décidée deux fois.", hint: "gardez une seule décision par empreinte.")
                }
                result.entries[fingerprint] = record
                result.order.append(fingerprint)
            case (nil, let addNode?):
                let add = try reader.mapping(addNode, allowed: ["rule", "column", "row_key", "text"],
                                             required: ["rule", "column", "row_key", "text"], what: "add")
                guard record.decision == .occult else {
                    throw reader.error(fields["decision"]!, "un ajout (add) sert à occulter ce que l'outil a manqué : sa décision est « occult ».",
                                       hint: "écrivez decision: occult, ou retirez l'entrée.")
                }
                let text = try reader.string(add["text"]!, what: "text")
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw reader.error(add["text"]!, "ajout : texte à occulter vide.", hint: "indiquez le passage exact à occulter.")
                }
                result.additions.append(Addition(rule: try reader.string(add["rule"]!, what: "rule"),
                                                 column: try reader.string(add["column"]!, what: "column"),
                                                 rowKey: try reader.string(add["row_key"]!, what: "row_key"),
                                                 text: text, record: record))
            default:
                throw reader.error(node, "décision : il faut soit « fingerprint » (élément détecté), soit « add » (passage manqué par l'outil).",
                                   hint: "voir le format du fichier de décisions dans le README.")
            }
        }
        return result
    }

    /// The file as `load` reads it: strings double-quoted with JSON escapes (valid YAML), in
    /// the order entries were made, so that rewriting after one decision changes one entry.
    public func yaml() -> String {
        func quoted(_ text: String) -> String {
            var bytes: [UInt8] = []
            JSONWriter.writeString(text, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        func recordLines(_ record: ReviewRecord) -> String {
            var text = "    decision: \(record.decision.rawValue)\n    reviewer: \(quoted(record.reviewer))\n    date: \(quoted(record.date))\n"
            if let comment = record.comment, !comment.isEmpty { text += "    comment: \(quoted(comment))\n" }
            return text
        }
        var text = "# Décisions du DPO, lues par « occulter apply --decisions ». Confidentiel : ne pas publier.\ndecisions:\n"
        if order.isEmpty && additions.isEmpty { return text.replacingOccurrences(of: "decisions:\n", with: "decisions: []\n") }
        for fingerprint in order {
            text += "  - fingerprint: \(quoted(fingerprint))\n" + recordLines(entries[fingerprint]!)
        }
        for addition in additions {
            text += "  - add:\n      rule: \(quoted(addition.rule))\n      column: \(quoted(addition.column))\n"
            text += "      row_key: \(quoted(addition.rowKey))\n      text: \(quoted(addition.text))\n" + recordLines(addition.record)
        }
        return text
    }
}
