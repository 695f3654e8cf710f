import Foundation

/// Whether the published file conforms to its pack's official Table Schema, as report.json
/// states it: codes and positions only, never a value.
public struct SchemaConformance: Sendable, Codable {
    public var schema: String
    public var version: String
    public var valid: Bool
    /// Listed breaches, up to `SchemaValidation.kept`.
    public var errors: [SchemaIssue]
    public var errorsTotal: Int
    public var errorCounts: [String: Int]
    /// French explanation per "code|column", from the schema alone (for the HTML and Markdown
    /// reports; not in report.json).
    public var explanations: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case schema, version, valid, errors, errorsTotal = "errors_total", errorCounts = "error_counts"
    }

    public init(_ validation: SchemaValidation) {
        schema = validation.schema.name
        version = validation.schema.version
        valid = validation.valid
        errors = validation.errors
        errorsTotal = validation.errorTotal
        errorCounts = Dictionary(uniqueKeysWithValues: validation.errorCounts.map { ($0.key.rawValue, $0.value) })
        for issue in validation.errors {
            let key = "\(issue.code.rawValue)|\(issue.column)"
            if explanations[key] == nil {
                explanations[key] = SchemaValidator.explain(issue.code, field: validation.schema.fields.first { $0.name == issue.column },
                                                            schema: validation.schema)
            }
        }
    }

    /// Validates a CSV file (the sealed, not yet published output) against a schema file.
    public static func check(csv path: String, schema schemaPath: String) throws -> SchemaConformance {
        let schema = try TableSchema.load(path: schemaPath)
        return SchemaConformance(try SchemaValidator(schema: schema).validate(try CSVReader(path: path)))
    }
}

/// Whether CRPA L312-1-1 obliges the collectivité to publish, from `population` and `agents`
/// in the configuration: not below 3,500 inhabitants (L312-1-1) nor 50 agents in full-time
/// equivalent (D312-1-1-1).
public struct PublicationObligation: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable {
        case applies = "applicable"
        case exempt = "non-applicable"
        case unknown = "indeterminee"
    }

    public static let populationThreshold = 3_500
    public static let agentsThreshold = 50

    public var verdict: Verdict
    public var population: Int?
    public var agents: Int?
    public var statement: String
    public var bases: [String]

    public init(config: OcculterConfig) {
        population = config.population
        agents = config.agents
        let belowPopulation = population.map { $0 < PublicationObligation.populationThreshold }
        let belowAgents = agents.map { $0 < PublicationObligation.agentsThreshold }
        let occultation = "Dans tous les cas, ce qui est publié doit d'abord être occulté (L312-1-2)."
        if belowPopulation == true || belowAgents == true {
            verdict = .exempt
            var reasons: [String] = []
            if let population, belowPopulation == true { reasons.append("\(PublicationObligation.grouped(population)) habitants, moins de 3 500 (L312-1-1)") }
            if let agents, belowAgents == true { reasons.append("\(PublicationObligation.grouped(agents)) agents en équivalent temps plein, moins de 50 (D312-1-1-1)") }
            statement = "L'obligation de publication en ligne de l'article L312-1-1 ne s'applique pas à la collectivité : "
                + reasons.joined(separator: " ; ") + ". La publication reste possible (L312-1). " + occultation
        } else if let population, let agents {
            verdict = .applies
            statement = "La collectivité compte \(PublicationObligation.grouped(population)) habitants et \(PublicationObligation.grouped(agents)) agents en équivalent temps plein : elle atteint les seuils "
                + "des articles L312-1-1 (3 500 habitants) et D312-1-1-1 (50 agents), la publication en ligne de ce jeu de données "
                + "lui est obligatoire dès lors qu'il relève de l'article L312-1-1. " + occultation
        } else {
            verdict = .unknown
            statement = "Obligation de publication non déterminée : indiquez « population » (habitants) et « agents » (équivalents temps plein) "
                + "dans la configuration. L'article L312-1-1 s'applique aux collectivités de 3 500 habitants ou plus, l'article D312-1-1-1 "
                + "en exempte les administrations de moins de 50 agents. " + occultation
        }
        bases = ["crpa-l312-1-1", "crpa-d312-1-1-1", "crpa-l312-1-2-al2"]
    }

    /// 42000 → "42 000", thousands apart as French writes them (the texts write "3 500").
    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: " ")
    }
}

extension Report {
    /// Adds what the conformity section states, and cites its legal bases.
    mutating func addConformity(obligation: PublicationObligation, schema: SchemaConformance?, catalogue: LegalBasisCatalogue) {
        publicationObligation = obligation
        schemaConformance = schema
        let cited = Set(legalBases.map(\.id)).union(obligation.bases)
        legalBases = catalogue.order.filter(cited.contains).compactMap { catalogue[$0] }
    }
}
