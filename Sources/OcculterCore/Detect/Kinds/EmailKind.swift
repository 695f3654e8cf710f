/// `email`: e-mail addresses, told apart as functional (kept) or personal (occulted).
extension EmailDetector: DetectorKind {
    static let kind = "email"
    static let frenchLabel = "adresses électroniques"
    static let limitFrench = "Reconnaît les adresses électroniques bien formées ; une adresse déguisée (« arobase », espaces) n'est pas vue."
    static let keys = ["pattern", "caseless"]
    static let possibleExemptions: [Exemption] = [.functionalContact]
    static let mayBeUncertain = true

    static func parse(_ yaml: DetectorYAML) throws -> EmailDetector { EmailDetector(regex: try yaml.regex()) }
    func forWorker() -> EmailDetector { EmailDetector(regex: regex.recompiled()) }
}
