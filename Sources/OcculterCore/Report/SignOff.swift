import Foundation

/// What the signatory needs beside the figures: the decisions file the run applied (its
/// SHA-256, so that the signature binds it), who reviewed how much, and what the tool did not
/// examine. Public: names of columns and rules, counts and whole-file digests only.
public struct SignOff: Sendable, Codable {
    public var decisionsFile: FileIdentity?
    /// Columns published or dropped without any text analysis.
    public var notScanned: [Report.ColumnEntry]
    /// Columns holding links (`…_URL`, `LIEN…`): the linked documents were not opened.
    public var linkColumns: [String]
    public var detectorLimits: [DetectorLimit]

    public struct FileIdentity: Sendable, Codable {
        public var file: String
        public var sha256: String
        public var entries: Int
    }

    /// One kind of detector, the rules of this run that use it, and what it can miss.
    public struct DetectorLimit: Sendable, Codable {
        public var rules: [String]
        public var detector: String
        public var limit: String
    }

    enum CodingKeys: String, CodingKey {
        case decisionsFile = "decisions_file", notScanned = "not_scanned", linkColumns = "link_columns", detectorLimits = "detector_limits"
    }

    static func make(pack: RulePack, columns: [Report.ColumnEntry], reviews: ReviewDecisions) -> SignOff {
        let decisionsFile = reviews.file.flatMap { path -> FileIdentity? in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return FileIdentity(file: URL(fileURLWithPath: path).lastPathComponent, sha256: StreamingSHA256.hex(of: Array(data)),
                                entries: reviews.order.count + reviews.additions.count)
        }
        // A link column is told by its name: the value is an address to a document the run
        // never fetches (deliberation PDFs behind DELIB_URL, for instance).
        let linkColumns = columns.map(\.name).filter { name in
            let parts = name.uppercased().split(whereSeparator: { !$0.isLetter })
            return parts.contains { $0 == "URL" || $0 == "LIEN" || $0 == "LIENS" || $0 == "LINK" || $0 == "HREF" }
        }
        let used = Set(columns.flatMap(\.rules)).union(pack.tableRules)
        var limits: [DetectorLimit] = []
        for id in pack.ruleOrder where used.contains(id) {
            guard let detector = pack.rules[id]?.detector else { continue }
            if let index = limits.firstIndex(where: { $0.detector == detector.kindName }) {
                limits[index].rules.append(id)
            } else {
                limits.append(DetectorLimit(rules: [id], detector: detector.kindName, limit: detector.limitFrench))
            }
        }
        return SignOff(decisionsFile: decisionsFile, notScanned: columns.filter { $0.policy != "scan" || $0.rules.isEmpty },
                       linkColumns: linkColumns, detectorLimits: limits)
    }
}

extension DetectorSpec {
    /// French name of a detector kind (`kindName`), for the reports.
    static func frenchLabel(kind: String) -> String {
        switch kind {
        case "pattern": return "motif"
        case "email": return "adresses électroniques"
        case "person-name": return "noms de personnes"
        case "natural-person-column": return "bénéficiaire personne physique"
        case "first-name-threshold": return "seuil des prénoms"
        case "flag-column": return "colonne de signalement"
        case "secret-fields": return "champs secrets"
        case "row-marker": return "marqueur de ligne"
        case "facility-email": return "adresses électroniques des équipements"
        case "sensitive-subject": return "objet touchant à la sécurité"
        case "linked-identifier": return "identifiants liés à une personne"
        default: return kind
        }
    }

    /// What each kind of detector cannot see, said once per kind for the signatory.
    var limitFrench: String {
        switch self {
        case .pattern:
            return "Reconnaît une forme écrite (motif) : une valeur mal saisie, coupée ou écrite autrement (espaces, lettres à la place de chiffres) lui échappe."
        case .email:
            return "Reconnaît les adresses électroniques bien formées ; une adresse déguisée (« arobase », espaces) n'est pas vue."
        case .personName:
            return "Repère les noms de personnes par des indices (civilité, prénom connu, nom en capitales, mots déclencheurs) : un nom seul, sans prénom ni civilité, ou un prénom rare absent des listes peut passer."
        case .naturalPersonColumn:
            return "Considère chaque bénéficiaire comme une personne physique sauf si la ligne montre un organisme (SIREN, RNA, forme juridique) : un organisme sans identifiant est occulté, une personne morale mal renseignée peut l'être à tort."
        case .firstNameThreshold:
            return "Compte les prénoms par groupe dans ce seul fichier : il ne voit pas les recoupements avec d'autres fichiers publiés."
        case .flagColumn:
            return "Ne retire que les champs signalés (colonne de drapeau ou fichier des secrets) : un secret des affaires non signalé est publié."
        case .alwaysSecretFields:
            return "Retire les champs nommés dans le jeu de règles ; un champ sensible au nom inattendu n'est pas visé."
        case .rowMarker:
            return "Reconnaît les lignes à retirer à des marqueurs écrits ; une ligne sans marqueur reconnu est publiée."
        case .facilityEmail:
            return "Tient pour fonctionnelle une adresse qui nomme l'équipement, un service ou un domaine public : une adresse personnelle qui leur ressemble peut être publiée, et l'inverse être retenue pour revue."
        case .linkedIdentifier:
            return "N'occulte la parcelle, le numéro et la rue que lorsqu'ils sont cités dans la même cellule qu'un particulier occulté : une adresse citée seule, ou dans une autre colonne, reste publiée."
        case .sensitiveSubject:
            return "Reconnaît les objets touchant à la défense ou à la sécurité par un vocabulaire : un objet sensible écrit autrement n'est pas vu."
        }
    }
}
