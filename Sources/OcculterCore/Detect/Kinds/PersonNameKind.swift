/// `person-name`: private individuals' names in French administrative text.
extension PersonNameDetector: DetectorKind {
    static let kind = "person-name"
    static let frenchLabel = "noms de personnes"
    static let limitFrench = "Repère les noms de personnes par des indices (civilité, prénom connu, nom en capitales, mots déclencheurs) : un nom seul, sans prénom ni civilité, ou un prénom rare absent des listes peut passer."
    static let possibleExemptions: [Exemption] = [.official, .place, .association, .legalEntity, .role, .profession, .publicFigure, .namedInRole, .culturalProgramme]
    static let mayBeUncertain = true

    static func parse(_ yaml: DetectorYAML) throws -> PersonNameDetector { PersonNameDetector() }
}
