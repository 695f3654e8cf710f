/// `facility-email`: a facility's contact address, told apart with the facility named on its row.
extension FacilityEmailDetector: DetectorKind {
    static let kind = "facility-email"
    static let frenchLabel = "adresses électroniques des équipements"
    static let limitFrench = "Tient pour fonctionnelle une adresse qui nomme l'équipement, un service ou un domaine public : une adresse personnelle qui leur ressemble peut être publiée, et l'inverse être retenue pour revue."
    static let keys = ["pattern", "caseless", "column"]
    static let possibleExemptions: [Exemption] = [.functionalContact, .agentAddress]
    static let mayBeUncertain = true

    static func parse(_ yaml: DetectorYAML) throws -> FacilityEmailDetector {
        FacilityEmailDetector(regex: try yaml.regex(), facilityColumn: try yaml.string("column"))
    }

    func forWorker() -> FacilityEmailDetector { FacilityEmailDetector(regex: regex.recompiled(), facilityColumn: facilityColumn) }
}
