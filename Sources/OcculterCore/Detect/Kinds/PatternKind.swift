/// `pattern`: a PCRE2 pattern, with an optional checksum validator and cheap byte prefilters
/// (a byte test, and words one of which every match contains).
extension PatternDetector: DetectorKind {
    static let kind = "pattern"
    static let frenchLabel = "motif"
    static let limitFrench = "Reconnaît une forme écrite (motif) : une valeur mal saisie, coupée ou écrite autrement (espaces, lettres à la place de chiffres) lui échappe."
    static let keys = ["pattern", "caseless", "validator", "prefilter", "keywords"]

    static func parse(_ yaml: DetectorYAML) throws -> PatternDetector {
        PatternDetector(regex: try yaml.regex(), validator: try yaml.optionalEnum("validator", Validator.self),
                        prefilter: try yaml.optionalEnum("prefilter", Prefilter.self),
                        keywords: try yaml.keywords(hint: "écrivez les mots sans accent (« domicili », pas « domicilié ») : la comparaison ignore la casse ASCII."))
    }

    func forWorker() -> PatternDetector {
        PatternDetector(regex: regex.recompiled(), validator: validator, prefilter: prefilter, keywords: keywords)
    }
}
