/// `linked-identifier`: the parcels, street addresses and property streets cited with a private person
/// (their names are the person-name rule's). The name scan finds both: this kind runs it in
/// its linked-identifier mode.
struct LinkedIdentifierDetector: DetectorKind, CellDetector {
    static let kind = "linked-identifier"
    static let frenchLabel = "identifiants liés à une personne"
    static let limitFrench = "N'occulte la parcelle, le numéro et la rue, ou la voie sans numéro d'un bien vendu, acheté ou loué, que lorsqu'ils sont cités dans la même cellule (la même proposition pour la voie) qu'un particulier occulté : une adresse citée seule, ou dans une autre colonne, reste publiée."

    let scan = PersonNameDetector(mode: .linkedIdentifiers)

    static func parse(_ yaml: DetectorYAML) throws -> LinkedIdentifierDetector { LinkedIdentifierDetector() }

    @inline(__always)
    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        try scan.detect(cell, rule: rule, context: context, into: &findings)
    }
}
