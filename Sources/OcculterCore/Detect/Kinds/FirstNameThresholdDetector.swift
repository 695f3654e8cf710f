/// `first-name-threshold`: first names given fewer times than the threshold in their group
/// (a whole-table rule, run by `FirstNameThreshold`).
struct FirstNameThresholdDetector: DetectorKind {
    static let kind = "first-name-threshold"
    static let frenchLabel = "seuil des prénoms"
    static let limitFrench = "Compte les prénoms par groupe dans ce seul fichier : il ne voit pas les recoupements avec d'autres fichiers publiés."
    static let keys = ["group", "name", "count", "also_sum", "year"]
    static let scope = DetectorScope.table
    static let possibleExemptions: [Exemption] = [.aboveThreshold]

    let group: [String]
    let name: String
    let count: String
    /// Other count columns summed the same way (Paris's cumulative count).
    let alsoSum: [String]
    /// The year column, for the per-year share of births not shown by name.
    let year: String?

    static func parse(_ yaml: DetectorYAML) throws -> FirstNameThresholdDetector {
        FirstNameThresholdDetector(group: try yaml.strings("group"), name: try yaml.string("name"), count: try yaml.string("count"),
                                   alsoSum: try yaml.optionalStrings("also_sum") ?? [], year: try yaml.optionalString("year"))
    }
}
