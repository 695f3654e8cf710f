/// `natural-person-column`: the whole cell names a natural person unless the row shows a
/// registered body (subsidy beneficiaries, contract holders).
extension NaturalPersonColumnDetector: DetectorKind {
    static let kind = "natural-person-column"
    static let frenchLabel = "bénéficiaire personne physique"
    static let limitFrench = "Considère chaque bénéficiaire comme une personne physique sauf si la ligne montre un organisme (SIREN, RNA, forme juridique) : un organisme sans identifiant est occulté, une personne morale mal renseignée peut l'être à tort."
    static let keys = ["identifier_columns"]
    static let possibleExemptions: [Exemption] = [.registeredBody, .association, .legalEntity, .place]
    static let mayBeUncertain = true

    static func parse(_ yaml: DetectorYAML) throws -> NaturalPersonColumnDetector {
        NaturalPersonColumnDetector(identifierColumns: try yaml.strings("identifier_columns"))
    }
}
