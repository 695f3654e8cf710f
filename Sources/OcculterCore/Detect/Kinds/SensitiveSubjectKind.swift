/// `sensitive-subject`: a subject (contract or deliberation object) about defence, public
/// security, the security of information systems or sensitive sites: the whole cell is held
/// (L311-5 2°).
extension SensitiveSubjectDetector: DetectorKind {
    static let kind = "sensitive-subject"
    static let frenchLabel = "objet touchant à la sécurité"
    static let limitFrench = "Reconnaît les objets touchant à la défense ou à la sécurité par un vocabulaire : un objet sensible écrit autrement n'est pas vu."
    static let keys = ["pattern", "caseless", "keywords"]
    static let mayBeUncertain = true

    static func parse(_ yaml: DetectorYAML) throws -> SensitiveSubjectDetector {
        SensitiveSubjectDetector(pattern: PatternDetector(regex: try yaml.regex(), validator: nil, prefilter: nil, keywords: try yaml.keywords()))
    }

    func forWorker() -> SensitiveSubjectDetector { SensitiveSubjectDetector(pattern: pattern.forWorker()) }
}
