/// Why something that looks personal may be published: each detector reports one of these,
/// and the rule pack maps it to legal bases and a French justification.
public enum Exemption: String, Sendable, Codable, CaseIterable {
    /// An elected official named in the config, acting in function (D312-1-3 6°).
    case official = "elu"
    /// A name inside the denomination of a street, place or facility.
    case place = "lieu"
    /// An association, school cooperative, club…
    case association
    /// A company or other legal entity.
    case legalEntity = "personne-morale"
    /// A role phrase with no name ("M. le Maire").
    case role = "fonction"
    /// A notary, lawyer, architect acting professionally (D312-1-3 3°).
    case profession
    /// A historical or public figure, long deceased.
    case publicFigure = "personnalite"
    /// An official or agent not listed in the config but named in a role ("…, adjointe aux
    /// finances", "rapporteur : …"), outside any decision on their own situation.
    case namedInRole = "nomme-en-fonction"
    /// An artist or laureate named in a cultural programme (D312-1-3 2°, cultural life).
    case culturalProgramme = "programmation-culturelle"
    /// A functional contact (accueil@, mairie@, a switchboard number).
    case functionalContact = "contact-fonctionnel"
    /// A body registered in Sirene or the RNA.
    case registeredBody = "organisme-immatricule"
    /// A first name given often enough to be published.
    case aboveThreshold = "seuil-atteint"
    /// A named agent's work address, published because the DPO's policy says so.
    case agentAddress = "agent"
}

/// What the legal justification of one outcome says.
public struct Outcome: Sendable, Codable, Equatable {
    public var bases: [String]
    public var justification: String
}

/// One example carried by a rule, run by `occulter rules test` and by the test suite.
public struct RuleExample: Sendable {
    public var input: String
    /// Expected cell after the rule alone; nil means "must not change".
    public var output: String?
    /// Expected decision action, when the example asserts one (e.g. `keep` for an exemption).
    public var action: Action?
    /// Spans the rule must decide on, exactly, when the input marks them (`⟦…⟧`).
    var marks: [ExampleMark]?
    public var location: SourceLocation
}

/// Configuration switches a rule can depend on.
public enum ConfigSwitch: String, Sendable, CaseIterable {
    case suppressCadastralParcels = "cad_parcelles.suppress"

    func isOn(_ config: OcculterConfig) -> Bool {
        switch self {
        case .suppressCadastralParcels: return config.suppressCadastralParcels
        }
    }
}

/// Checksums that turn a pattern match into a finding only when the number is genuine.
public enum Validator: String, Sendable, CaseIterable {
    case nir, iban, luhn, siren, siret
}

/// Cheap byte tests that let a cell skip a regex entirely. Each must hold for every cell the
/// rule's pattern can match in. Digits are ASCII digits: identifiers and numbers are written
/// with them in French administrative data (a pattern's `\d` would also take other scripts'
/// digits, which these rules do not look for).
public enum Prefilter: String, Sendable, CaseIterable {
    /// At least one ASCII digit.
    case digit
    /// At least 4 ASCII digits (a date written in full has four or more: « 3/5/61 », « 3 mai 1961 »).
    case digits4 = "digits-4"
    /// At least 10 ASCII digits (a French phone number has ten).
    case digits10 = "digits-10"
    /// At least 13 ASCII digits (a NIR has 13 before its key, a card number at least 15).
    case digits13 = "digits-13"
    /// Two ASCII letters followed by two ASCII digits, any case (an IBAN's country and key).
    case countryKey = "country-key"
    /// An '@'.
    case at
}

/// A rule: a detector, what to do with its findings, on which legal bases, and examples.
public struct Rule: Sendable {
    public var id: String
    public var title: String
    /// The configured detector: a value of its kind's type (see `DetectorKind`).
    var detector: any DetectorKind
    public var action: Action
    public var placeholder: String
    /// Placeholder of a held item when it differs (« [en attente de revue] »): a held value
    /// must not be labelled as what it was not shown to be.
    public var reviewPlaceholder: String?
    public var pseudonymPrefix: String
    public var generaliseTo: Generalisation?
    public var occult: Outcome
    public var exemptions: [Exemption: Outcome]
    public var review: Outcome?
    public var examples: [RuleExample]
    public var location: SourceLocation
    /// The pack that defines the rule.
    public var pack: String
    /// Exemptions resting on a point of law the catalogue marks uncertain: their findings are
    /// held for the DPO's review (occulted meanwhile) instead of kept.
    public var heldExemptions: Set<Exemption> = []
}

/// What `generalise` keeps of a value.
public enum Generalisation: String, Sendable, CaseIterable {
    /// A date becomes its year ("né le 3 mai 1961" → "né en 1961").
    case year
    /// A number or count becomes a range of ten.
    case decade
}
