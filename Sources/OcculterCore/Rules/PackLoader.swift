import Foundation
import Yams

/// Reads one pack file (and the packs it includes) into a validated `RulePack`.
struct PackLoader {
    let library: RuleLibrary

    func load(path: String, including chain: [String]) throws -> RulePack {
        let file = try YAMLFile(path: path, kind: .rules)
        let reader = YAMLReader(path: path, kind: .rules)
        let top = try reader.mapping(file.root, allowed: [
            "pack", "version", "title", "include", "recognise", "header_map", "row_key", "columns",
            "default_scan", "table_rules", "rules", "examples_config", "review_keep", "notes", "unknown_columns",
        ], required: ["pack", "version", "title"], what: "jeu de règles")

        let name = try reader.string(top["pack"]!, what: "pack")
        guard !chain.contains(name) else {
            throw reader.error(top["pack"]!, "inclusion circulaire du jeu « \(name) ».")
        }
        var rules: [String: Rule] = [:]
        var order: [String] = []
        var included: [PackIdentity] = []
        var reviewKeep: Outcome?

        // Own rules first.
        if let node = top["rules"] {
            for ruleNode in try reader.sequence(node, what: "rules") {
                let rule = try parseRule(ruleNode, pack: name, reader: reader)
                if rules[rule.id] != nil {
                    throw reader.error(ruleNode, "règle « \(rule.id) » définie deux fois.",
                                       hint: "chaque règle doit avoir un identifiant unique.")
                }
                rules[rule.id] = rule
                order.append(rule.id)
            }
        }
        if let node = top["include"] {
            for includeNode in try reader.sequence(node, what: "include") {
                let other = try reader.string(includeNode, what: "include")
                let otherPath = (library.directory as NSString).appendingPathComponent("\(other).yaml")
                guard FileManager.default.fileExists(atPath: otherPath) else {
                    throw reader.error(includeNode, "jeu inclus « \(other) » introuvable dans \(library.directory).")
                }
                let sub = try load(path: otherPath, including: chain + [name])
                included.append(PackIdentity(name: sub.name, version: sub.version, file: sub.file, sha256: sub.sha256))
                included.append(contentsOf: sub.included)
                for id in sub.ruleOrder {
                    if rules[id] != nil {
                        throw reader.error(includeNode, "règle « \(id) » définie à la fois ici et dans « \(other) ».")
                    }
                    rules[id] = sub.rules[id]
                    order.append(id)
                }
                reviewKeep = reviewKeep ?? sub.reviewKeep
            }
        }
        if let node = top["review_keep"] { reviewKeep = try parseOutcome(node, reader: reader, what: "review_keep") }

        func ruleList(_ node: Node, what: String) throws -> [String] {
            var ids: [String] = []
            for item in try reader.sequence(node, what: what) {
                let id = try reader.string(item, what: what)
                guard rules[id] != nil else {
                    throw reader.error(item, "\(what) : règle inconnue « \(id) ».",
                                       hint: "règles disponibles : \(order.joined(separator: ", ")).")
                }
                ids.append(id)
            }
            return ids
        }

        var columns: [(String, ColumnPolicy)] = []
        if let node = top["columns"] {
            for (column, _, value) in try reader.pairs(node, what: "columns") {
                let fields = try reader.mapping(value, allowed: ["scan", "keep", "drop"], what: "colonne \(column)")
                guard fields.count == 1 else {
                    throw reader.error(value, "colonne \(column) : indiquez exactement une politique (scan, keep ou drop).")
                }
                if let scan = fields["scan"] { columns.append((column, .scan(try ruleList(scan, what: "colonne \(column)")))) }
                if let keep = fields["keep"] { columns.append((column, .keep(reason: try reader.string(keep, what: "keep")))) }
                if let drop = fields["drop"] { columns.append((column, .drop(reason: try reader.string(drop, what: "drop")))) }
            }
        }
        let columnNames = Set(columns.map(\.0))
        var rowKey: [String] = []
        if let node = top["row_key"] {
            let keys: [String]
            if case .sequence = node { keys = try reader.strings(node, what: "row_key") } else { keys = [try reader.string(node, what: "row_key")] }
            for key in keys where !columnNames.contains(key) {
                throw reader.error(node, "row_key : colonne inconnue « \(key) ».",
                                   hint: "déclarez la colonne dans « columns ».")
            }
            rowKey = keys
        }
        var recognise: [String] = []
        if let node = top["recognise"] {
            recognise = try reader.strings(node, what: "recognise")
            for column in recognise where !columnNames.contains(column) {
                throw reader.error(node, "recognise : colonne inconnue « \(column) ».", hint: "déclarez la colonne dans « columns ».")
            }
        }
        var headerMap: [String: String] = [:]
        if let node = top["header_map"] {
            for (alias, _, value) in try reader.pairs(node, what: "header_map") {
                let target = try reader.string(value, what: "header_map")
                guard columnNames.contains(target) else {
                    throw reader.error(value, "header_map : colonne inconnue « \(target) ».", hint: "déclarez la colonne dans « columns ».")
                }
                headerMap[alias] = target
            }
        }
        let tableRules = try top["table_rules"].map { try ruleList($0, what: "table_rules") } ?? []
        let defaultScan = try top["default_scan"].map { try ruleList($0, what: "default_scan") } ?? []
        var examplesConfig = OcculterConfig()
        if let node = top["examples_config"] { examplesConfig = try OcculterConfig.parse(node, reader: reader) }
        let notes = try top["notes"].map { try reader.strings($0, what: "notes") } ?? []

        guard let reviewKeep else {
            if name == "common" || top["rules"] != nil {
                throw reader.error(file.root, "jeu de règles : « review_keep » absent (fondement d'une conservation décidée par le DPO).")
            }
            throw reader.error(file.root, "jeu de règles : incluez « common » ou déclarez « review_keep ».")
        }
        var unknownColumns: RulePack.UnknownColumns?
        if let node = top["unknown_columns"] {
            let fields = try reader.mapping(node, allowed: ["drop", "bases"], required: ["drop", "bases"], what: "unknown_columns")
            unknownColumns = .init(reason: try reader.string(fields["drop"]!, what: "unknown_columns.drop"),
                                   bases: try bases(fields["bases"]!, reader: reader))
        }
        // Folded keys: pack columns first, then aliases (an alias never hides a column).
        var headerKeys: [String: String] = [:]
        for (column, _) in columns where headerKeys[ColumnMatching.key(column)] == nil { headerKeys[ColumnMatching.key(column)] = column }
        for (alias, target) in headerMap.sorted(by: { $0.key < $1.key }) {
            let key = ColumnMatching.key(alias)
            if let existing = headerKeys[key], existing != target, !key.isEmpty {
                throw reader.error(top["header_map"]!, "header_map : l'intitulé « \(alias) » désigne déjà la colonne « \(existing) » (majuscules, accents, espaces et ponctuation ignorés).",
                                   hint: "retirez l'un des deux intitulés.")
            }
            headerKeys[key] = target
        }
        var pack = RulePack(
            name: name, version: try reader.string(top["version"]!, what: "version"),
            title: try reader.string(top["title"]!, what: "title"), file: path, sha256: file.sha256,
            included: included, recognise: recognise, headerMap: headerMap, rowKey: rowKey, columns: columns,
            defaultScan: defaultScan, tableRules: tableRules, rules: rules, ruleOrder: order,
            examplesConfig: examplesConfig, reviewKeep: reviewKeep, notes: notes)
        pack.unknownColumns = unknownColumns
        pack.headerKeys = headerKeys
        return pack
    }

    private func parseOutcome(_ node: Node, reader: YAMLReader, what: String) throws -> Outcome {
        let fields = try reader.mapping(node, allowed: ["bases", "justification"], required: ["bases", "justification"], what: what)
        return Outcome(bases: try bases(fields["bases"]!, reader: reader),
                       justification: try reader.string(fields["justification"]!, what: "justification"))
    }

    private func bases(_ node: Node, reader: YAMLReader) throws -> [String] {
        let ids = try reader.strings(node, what: "bases")
        guard !ids.isEmpty else { throw reader.error(node, "bases : au moins un fondement juridique est requis.") }
        for (index, id) in ids.enumerated() {
            let item = (try? reader.sequence(node, what: "bases"))?[index] ?? node
            guard let basis = library.catalogue[id] else {
                throw reader.error(item, "fondement juridique inconnu « \(id) ».",
                                   hint: "utilisez un identifiant de Rules/legal-bases.yaml.")
            }
            if basis.status == .abrogated {
                throw reader.error(item, "le fondement « \(id) » est un texte abrogé, conservé pour l'historique : il ne peut pas fonder une règle.",
                                   hint: "citez le texte en vigueur qui l'a remplacé (voir Rules/legal-bases.yaml).")
            }
        }
        return ids
    }

    private func parseRule(_ node: Node, pack: String, reader: YAMLReader) throws -> Rule {
        let fields = try reader.mapping(node, allowed: [
            "id", "title", "detector", "action", "placeholder", "review_placeholder", "pseudonym_prefix", "generalise", "bases",
            "justification", "exemptions", "review", "examples",
        ], required: ["id", "title", "detector", "action", "bases", "justification", "examples"], what: "règle")
        let id = try reader.string(fields["id"]!, what: "id")
        let detector = try parseDetector(fields["detector"]!, ruleID: id, reader: reader)
        let action = try reader.enumValue(fields["action"]!, Action.self, what: "action")
        var exemptions: [Exemption: Outcome] = [:]
        if let node = fields["exemptions"] {
            for (key, keyNode, value) in try reader.pairs(node, what: "exemptions") {
                guard let exemption = Exemption(rawValue: key) else {
                    throw reader.error(keyNode, "exemption inconnue « \(key) ».",
                                       hint: "exemptions possibles : \(Exemption.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                exemptions[exemption] = try parseOutcome(value, reader: reader, what: "exemption \(key)")
            }
        }
        for needed in type(of: detector).possibleExemptions where exemptions[needed] == nil {
            throw reader.error(node, "règle « \(id) » : l'exemption « \(needed.rawValue) » que peut signaler le détecteur \(type(of: detector).kind) n'a pas de fondement.",
                               hint: "ajoutez « exemptions: \(needed.rawValue): {bases: [...], justification: ...} ».")
        }
        let review = try fields["review"].map { try parseOutcome($0, reader: reader, what: "review") }
        // An exemption on an uncertain point of law publishes nothing by itself: held for review.
        let held = Set(exemptions.filter { $0.value.bases.contains { library.catalogue[$0]?.uncertainty != nil } }.keys)
        if !held.isEmpty, review == nil {
            throw reader.error(node, "règle « \(id) » : l'exemption « \(held.map(\.rawValue).sorted().joined(separator: ", ")) » s'appuie sur un fondement marqué incertain dans le catalogue ; « review » est requis pour tenir ces cas en revue.")
        }
        if type(of: detector).mayBeUncertain, review == nil {
            throw reader.error(node, "règle « \(id) » : le détecteur \(type(of: detector).kind) peut rendre des cas douteux ; « review » est requis.")
        }
        var examples: [RuleExample] = []
        for exampleNode in try reader.sequence(fields["examples"]!, what: "examples") {
            let example = try reader.mapping(exampleNode, allowed: ["input", "output", "action"], required: ["input"], what: "exemple")
            var input = try reader.string(example["input"]!, what: "input")
            var marks: [ExampleMark]?
            do {
                if let marked = try ExampleMarks.parse(input) { input = marked.input; marks = marked.marks }
            } catch {
                throw reader.error(example["input"]!, "exemple : \(error.message).",
                                   hint: "marquez un passage décidé par « ⟦passage⟧ », un passage conservé par « ⟦passage|exemption⟧ ».")
            }
            if marks != nil, type(of: detector).scope != .cell {
                throw reader.error(example["input"]!, "exemple : les marques ⟦…⟧ ne valent que pour les règles qui analysent une cellule.")
            }
            examples.append(RuleExample(
                input: input,
                output: try example["output"].map { try reader.string($0, what: "output") },
                action: try example["action"].map { try reader.enumValue($0, Action.self, what: "action") },
                marks: marks, location: reader.location(exampleNode)))
        }
        guard !examples.isEmpty else {
            throw reader.error(fields["examples"]!, "règle « \(id) » : au moins un exemple est requis.")
        }
        let placeholder = try fields["placeholder"].map { try reader.string($0, what: "placeholder") } ?? "[occulté]"
        let generalise = try fields["generalise"].map { try reader.enumValue($0, Generalisation.self, what: "generalise") }
        if action == .generalise, generalise == nil {
            throw reader.error(node, "règle « \(id) » : action generalise sans « generalise » (year ou decade).")
        }
        return Rule(
            id: id, title: try reader.string(fields["title"]!, what: "title"), detector: detector, action: action,
            placeholder: placeholder,
            reviewPlaceholder: try fields["review_placeholder"].map { try reader.string($0, what: "review_placeholder") },
            pseudonymPrefix: try fields["pseudonym_prefix"].map { try reader.string($0, what: "pseudonym_prefix") } ?? "PSEUDO",
            generaliseTo: generalise,
            occult: Outcome(bases: try bases(fields["bases"]!, reader: reader),
                            justification: try reader.string(fields["justification"]!, what: "justification")),
            exemptions: exemptions, review: review, examples: examples, location: reader.location(node), pack: pack,
            heldExemptions: held)
    }

    /// The rule's detector, parsed by its kind (`DetectorRegistry`): the kind reads its keys.
    private func parseDetector(_ node: Node, ruleID: String, reader: YAMLReader) throws -> any DetectorKind {
        guard case .mapping(let mapping) = node else {
            throw reader.error(node, "détecteur : un dictionnaire (clé: valeur) est attendu.")
        }
        guard let kindNode = mapping.first(where: { $0.key.string == "kind" })?.value else {
            throw reader.error(node, "détecteur : clé obligatoire « kind » absente.")
        }
        let name = try reader.string(kindNode, what: "kind")
        guard let kind = DetectorRegistry.kind(named: name) else {
            throw reader.error(kindNode, "kind : type de détecteur inconnu « \(name) ».",
                               hint: "types possibles : \(DetectorRegistry.kinds.map { $0.kind }.joined(separator: ", ")).")
        }
        let fields = try reader.mapping(node, allowed: Set(["kind"] + kind.keys), required: ["kind"], what: "détecteur \(name)")
        return try kind.parse(DetectorYAML(node: node, fields: fields, kind: name, ruleID: ruleID, reader: reader))
    }
}
