import Foundation

/// The DPO's configuration file (`--config`, YAML). Unknown keys are errors with their line.
public struct OcculterConfig: Sendable, Codable, Equatable {
    /// Printed at the head of every report.
    public var organisation: String?
    /// People whose names may be published in their public functions (D312-1-3 6°).
    public var officials: [String] = []
    /// First names given fewer times than this in their group are grouped (default 5).
    public var firstNameThreshold: Int = 5
    /// INSEE *Fichier des prénoms* CSV adding first names to the detector's list.
    public var extraFirstNamesFile: String?
    /// The collectivité's own e-mail domains: addresses there are functional unless named.
    public var emailDomains: [String] = []
    /// Per-rule action chosen by the DPO instead of the pack's (e.g. pseudonymise names).
    public var actions: [String: Action] = [:]
    /// SIRENs of sole traders who asked not to be published in Sirene (non-diffusibles).
    public var nonDiffusibleSirens: [String] = []
    /// Withhold cadastral parcels in address files (`cad_parcelles`).
    public var suppressCadastralParcels = false
    /// Input header → pack column, for headers no pack alias knows (`columns:`).
    public var columnMap: [String: String] = [:]
    /// Input headers never published, whatever the pack says (`drop:`).
    public var droppedColumns: [String] = []
    /// Named agents' work addresses in facility contacts (`agents_emails:`): occulted by default.
    public var agentEmails: AgentEmailPolicy = .occult
    /// Inhabitants and agents (full-time equivalent) of the collectivité: whether CRPA L312-1-1
    /// obliges it to publish (3,500 inhabitants, D312-1-1-1: 50 agents). Public by nature.
    public var population: Int?
    public var agents: Int?
    /// Keep the cadastral parcels named next to an occulted private person (`linked_identifiers`);
    /// by default they are occulted with the person, as the land registry links them.
    public var keepLinkedParcels = false
    /// The organisation's INSEE code and the Répertoire national des élus CSV: its officials of
    /// that commune are exempt like `officials`, but only when named with a first name.
    public var insee: String?
    public var officialsFile: String?
    /// Read from `officialsFile` by `load(path:)` (not printed: the file is public, its path is
    /// the DPO's).
    public var registerOfficials: [String] = []
    /// The organisation's Base Adresse Locale and équipements files (`gazetteers`), and the
    /// folded street and facility names read from them by `load(path:)`.
    public var gazetteers: [String] = []
    public var gazetteerPlaces: [String] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case organisation, officials
        case firstNameThreshold = "first_names_threshold"
        case extraFirstNamesFile = "first_names_extra_list"
        case emailDomains = "email_domains"
        case actions
        case nonDiffusibleSirens = "non_diffusible_sirens"
        case suppressCadastralParcels = "suppress_cad_parcelles"
        case columnMap = "columns", droppedColumns = "drop", agentEmails = "agents_emails"
        case population, agents
        case keepLinkedParcels = "keep_linked_parcels"
        case insee
    }

    public static func load(path: String) throws -> OcculterConfig {
        let file = try YAMLFile(path: path, kind: .config)
        var config = try parse(file.root, reader: YAMLReader(path: path, kind: .config))
        if let register = config.officialsFile {
            let resolved = register.hasPrefix("/") ? register
                : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(register).path
            guard let insee = config.insee else {
                throw OcculterError(.config, at: SourceLocation(file: path), "officials_file demande le code INSEE de l'organisation (insee).",
                                    hint: "ajoutez « insee: \"42218\" » (le code de votre commune) à la configuration.")
            }
            config.registerOfficials = try OfficialsRegister.load(path: resolved, insee: insee)
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        config.gazetteerPlaces = try Gazetteers.load(paths: config.gazetteers.map {
            $0.hasPrefix("/") ? $0 : directory.appendingPathComponent($0).path
        })
        return config
    }

    public static func parse(yaml: String, path: String = "configuration") throws -> OcculterConfig {
        let file = try YAMLFile(path: path, text: yaml, kind: .config)
        return try parse(file.root, reader: YAMLReader(path: path, kind: .config))
    }

    static func parse(_ root: Yams.Node, reader: YAMLReader) throws -> OcculterConfig {
        let keys: Set<String> = ["organisation", "officials", "first_names", "email_domains", "actions",
                                 "non_diffusible_sirens", "cad_parcelles", "columns", "drop", "agents_emails", "population", "agents",
                                 "linked_identifiers", "insee", "officials_file", "gazetteers"]
        let top = try reader.mapping(root, allowed: keys, what: "configuration")
        var config = OcculterConfig()
        if let node = top["organisation"] { config.organisation = try reader.string(node, what: "organisation") }
        if let node = top["officials"] { config.officials = try reader.strings(node, what: "officials") }
        if let node = top["first_names"] {
            let fields = try reader.mapping(node, allowed: ["threshold", "extra_list"], what: "first_names")
            if let threshold = fields["threshold"] {
                config.firstNameThreshold = try reader.int(threshold, what: "first_names.threshold")
                guard config.firstNameThreshold >= 1 else {
                    throw reader.error(threshold, "first_names.threshold doit valoir au moins 1.",
                                       hint: "1 publie tous les prénoms ; 5 est la valeur par défaut.")
                }
            }
            if let extra = fields["extra_list"] { config.extraFirstNamesFile = try reader.string(extra, what: "first_names.extra_list") }
        }
        if let node = top["email_domains"] { config.emailDomains = try reader.strings(node, what: "email_domains").map { $0.lowercased() } }
        if let node = top["actions"] {
            for (key, _, value) in try reader.pairs(node, what: "actions") {
                config.actions[key] = try reader.enumValue(value, Action.self, what: "actions.\(key)")
            }
        }
        if let node = top["non_diffusible_sirens"] { config.nonDiffusibleSirens = try reader.strings(node, what: "non_diffusible_sirens") }
        if let node = top["cad_parcelles"] {
            let fields = try reader.mapping(node, allowed: ["suppress"], what: "cad_parcelles")
            if let suppress = fields["suppress"] { config.suppressCadastralParcels = try reader.bool(suppress, what: "cad_parcelles.suppress") }
        }
        if let node = top["columns"] {
            for (header, _, value) in try reader.pairs(node, what: "columns") { config.columnMap[header] = try reader.string(value, what: "columns.\(header)") }
        }
        if let node = top["drop"] { config.droppedColumns = try reader.strings(node, what: "drop") }
        if let node = top["agents_emails"] { config.agentEmails = try reader.enumValue(node, AgentEmailPolicy.self, what: "agents_emails") }
        for (key, path) in [("population", \OcculterConfig.population), ("agents", \OcculterConfig.agents)] {
            guard let node = top[key] else { continue }
            let value = try reader.int(node, what: key)
            guard value >= 0 else { throw reader.error(node, "\(key) doit être un nombre positif ou nul.") }
            config[keyPath: path] = value
        }
        if let node = top["insee"] { config.insee = try reader.string(node, what: "insee") }
        if let node = top["officials_file"] { config.officialsFile = try reader.string(node, what: "officials_file") }
        if let node = top["gazetteers"] { config.gazetteers = try reader.strings(node, what: "gazetteers") }
        if let node = top["linked_identifiers"] {
            let fields = try reader.mapping(node, allowed: ["parcels"], what: "linked_identifiers")
            if let parcels = fields["parcels"] {
                let value = try reader.string(parcels, what: "linked_identifiers.parcels")
                guard value == "keep" || value == "occult" else {
                    throw reader.error(parcels, "linked_identifiers.parcels vaut « keep » ou « occult ».",
                                       hint: "« occult » (par défaut) occulte les parcelles citées avec un particulier occulté.")
                }
                config.keepLinkedParcels = value == "keep"
            }
        }
        return config
    }
}

/// What to do with a named agent's work address (prenom.nom@mairie…) in facility contacts.
public enum AgentEmailPolicy: String, Sendable, Codable, CaseIterable {
    /// Occulted: the facility's functional mailbox serves the public (minimisation, RGPD 5-1-c).
    case occult = "occulter"
    /// Published: the DPO judged agents' work addresses publishable (CRPA D312-1-3 1°).
    case keep = "publier"
}

import Yams
