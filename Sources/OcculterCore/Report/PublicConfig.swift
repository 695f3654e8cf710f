/// What a public report says of the DPO's configuration: what is public by nature
/// (organisation, threshold, officials in function, the collectivité's own mail domains, the
/// actions chosen) and, for secret settings, a count or nothing. The non-diffusible SIRENs are
/// secret by definition, and paths to confidential files say where confidential material is.
public struct PublicConfig: Sendable, Codable, Equatable {
    public var organisation: String?
    public var officials: [String]
    public var firstNameThreshold: Int
    /// Whether an INSEE first-names file completed the list (its path is not printed).
    public var extraFirstNamesList: Bool
    public var emailDomains: [String]
    public var actions: [String: Action]
    public var nonDiffusibleSirens: Int
    public var suppressCadastralParcels: Bool
    /// Header → pack column mappings and dropped headers: column names, public by nature.
    public var columns: [String: String]
    public var drop: [String]
    public var agentEmails: AgentEmailPolicy
    /// Whether the publication obligation applies depends on them; public by nature.
    public var population: Int?
    public var agents: Int?

    enum CodingKeys: String, CodingKey {
        case organisation, officials
        case firstNameThreshold = "first_names_threshold"
        case extraFirstNamesList = "first_names_extra_list"
        case emailDomains = "email_domains"
        case actions
        case nonDiffusibleSirens = "non_diffusible_sirens_count"
        case suppressCadastralParcels = "suppress_cad_parcelles"
        case columns, drop, agentEmails = "agents_emails", population, agents
    }

    public init(_ config: OcculterConfig) {
        organisation = config.organisation
        officials = config.officials
        firstNameThreshold = config.firstNameThreshold
        extraFirstNamesList = config.extraFirstNamesFile != nil
        emailDomains = config.emailDomains
        actions = config.actions
        nonDiffusibleSirens = config.nonDiffusibleSirens.count
        suppressCadastralParcels = config.suppressCadastralParcels
        columns = config.columnMap
        drop = config.droppedColumns
        agentEmails = config.agentEmails
        population = config.population
        agents = config.agents
    }
}
