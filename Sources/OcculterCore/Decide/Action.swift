/// What a decision does to a cell or a row.
public enum Action: String, Sendable, Codable, CaseIterable, Comparable {
    /// Published as is, because an exemption allows it (the decision names it).
    case keep
    /// The detected span is replaced by a French placeholder such as `[nom occulté]`. Written
    /// `redact` in the packs and reports; in the code, one name with the verdict and the DPO's
    /// choice that lead to it.
    case occult = "redact"
    /// The span is replaced by a keyed HMAC-SHA256 pseudonym (not anonymisation: RGPD art. 4-5).
    case pseudonymise
    /// The span is replaced by a coarser value (a birth date by its year).
    case generalise
    /// Rows are merged into a group total (rare first names under `_PRENOMS_RARES`).
    case aggregate
    /// The whole cell is emptied.
    case suppressCell = "suppress-cell"
    /// The whole row is withheld.
    case suppressRow = "suppress-row"
    /// Uncertain: occulted in the output until the DPO decides.
    case review

    /// Strength when two decisions overlap: the stronger one wins, so occultation always
    /// beats keeping.
    var strength: Int {
        switch self {
        case .keep: return 0
        case .generalise: return 1
        case .pseudonymise: return 2
        case .review: return 3
        case .occult: return 4
        case .aggregate: return 5
        case .suppressCell: return 6
        case .suppressRow: return 7
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.strength < rhs.strength }

    /// French label for reports.
    public var label: String {
        switch self {
        case .keep: return "conservé (exemption)"
        case .occult: return "occulté"
        case .pseudonymise: return "pseudonymisé"
        case .generalise: return "généralisé"
        case .aggregate: return "agrégé"
        case .suppressCell: return "cellule supprimée"
        case .suppressRow: return "ligne retirée"
        case .review: return "en attente de revue (occulté)"
        }
    }
}
