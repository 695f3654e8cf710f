/// A rule ready to run: its detector instance, and the action the run applies (the pack's,
/// or the DPO's choice from the configuration).
struct CompiledRule: Sendable {
    var rule: Rule
    var detector: (any CellDetector)?
    var action: Action
    var reviewKeep: Outcome

    init(rule: Rule, config: OcculterConfig, reviewKeep: Outcome) {
        self.rule = rule
        self.reviewKeep = reviewKeep
        action = config.actions[rule.id] ?? rule.action
        switch rule.detector {
        case let .pattern(regex, validator, prefilter, keywords):
            detector = PatternDetector(regex: regex, validator: validator, prefilter: prefilter, keywords: keywords)
        case let .email(regex):
            detector = EmailDetector(regex: regex)
        case let .facilityEmail(regex, column):
            detector = FacilityEmailDetector(regex: regex, facilityColumn: column)
        case .personName:
            detector = PersonNameDetector()
        case .linkedIdentifier:
            detector = PersonNameDetector(mode: .linkedIdentifiers)
        case let .naturalPersonColumn(identifierColumns):
            detector = NaturalPersonColumnDetector(identifierColumns: identifierColumns)
        case let .sensitiveSubject(regex, keywords):
            detector = SensitiveSubjectDetector(pattern: PatternDetector(regex: regex, validator: nil, prefilter: nil, keywords: keywords))
        case let .rowMarker(_, regex):
            detector = PatternDetector(regex: regex, validator: nil, prefilter: nil, keywords: nil)
        case .firstNameThreshold, .flagColumn, .alwaysSecretFields:
            detector = nil
        }
    }
}
