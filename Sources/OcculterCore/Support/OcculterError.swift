import Foundation

/// Where in a file a problem was found. Lines and columns are 1-based.
public struct SourceLocation: Sendable, Equatable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "fichier.csv, ligne 12, colonne 3"
    public var french: String {
        var parts = [file]
        if let line { parts.append("ligne \(line)") }
        if let column { parts.append("colonne \(column)") }
        return parts.joined(separator: ", ")
    }
}

/// Every failure Occulter reports to a user. Messages are French because the users are
/// French civil servants; each says where the problem is and what to do about it.
public struct OcculterError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// The dataset cannot be read (encoding, quoting, shape…).
        case input
        /// A rule pack, the legal-basis catalogue or a word list is invalid.
        case rules
        /// The configuration, key, decisions or secrets file is invalid.
        case config
        /// An output could not be written.
        case write
        /// A rule failed while scanning (e.g. regex limits exceeded).
        case scan
        /// The command line is wrong.
        case usage
        /// The last check before writing found a hidden value in what would be published: a
        /// defect of Occulter or of a rule pack, never of the input. Nothing is published.
        case leak
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ kind: Kind, at location: SourceLocation? = nil, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = ""
        if let location { text += location.french + " : " }
        text += message
        if let hint { text += "\nÀ faire : " + hint }
        return text
    }

    /// Exit code of the CLI contract: 2 for usage errors, 1 for everything else.
    public var exitCode: Int32 { kind == .usage ? ExitStatus.usage.rawValue : ExitStatus.failure.rawValue }
}

/// The documented exit codes of `occulter`.
public enum ExitStatus: Int32, Sendable {
    /// Output written, nothing awaits review.
    case success = 0
    /// Input, rule or write error: no output written.
    case failure = 1
    /// Usage error.
    case usage = 2
    /// Output written with every uncertain item occulted; some items await review.
    case pendingReview = 3
}

extension OcculterError {
    /// The leak gate's error: it names the rule and the column, never the value.
    static func leak(rule: String, column: String, at location: SourceLocation?) -> OcculterError {
        OcculterError(.leak, at: location,
                      "contrôle final : un mot occulté par la règle « \(rule) » (colonne \(column)) se retrouverait dans ce qui serait publié ; rien n'a été publié.",
                      hint: "c'est un défaut d'Occulter ou du jeu de règles, pas de votre fichier : signalez-le avec le rapport confidentiel ; ne publiez aucune version de ce fichier d'ici là.")
    }
}
