import Foundation
import Yams

/// A YAML file parsed into nodes that remember their line, so that every error in a rule
/// pack, the catalogue or the configuration names file and line.
struct YAMLFile {
    let path: String
    let root: Node
    let sha256: String

    init(path: String, kind: OcculterError.Kind) throws {
        // Checked before reading: FileManager.contents(atPath:) leaks 4 KiB on an empty file
        // (swift-foundation 6.3.1, found by fuzzing).
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
            throw OcculterError(kind, at: SourceLocation(file: path, line: 1), "le fichier YAML est vide.",
                                hint: "complétez le fichier ou retirez l'option qui le désigne.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OcculterError(kind, at: SourceLocation(file: path), "fichier introuvable ou illisible.",
                                hint: "vérifiez le chemin indiqué.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw OcculterError(kind, at: SourceLocation(file: path), "le fichier n'est pas en UTF-8.",
                                hint: "ré-enregistrez le fichier YAML en UTF-8.")
        }
        try self.init(path: path, text: text, kind: kind, sha256: StreamingSHA256.hex(of: [UInt8](data)))
    }

    private init(path: String, text: String, kind: OcculterError.Kind, sha256: String) throws {
        self.path = path
        self.sha256 = sha256
        // libyaml's message for a tab is obscure; name it plainly.
        var bytes = text
        if let line = bytes.withUTF8(YAMLFile.firstIndentedTabLine) {
            throw OcculterError(kind, at: SourceLocation(file: path, line: line, column: 1),
                                "tabulation dans l'indentation : YAML n'accepte que des espaces.",
                                hint: "remplacez les tabulations par des espaces.")
        }
        // An empty document is refused before libyaml sees it (fuzzing found a leak on that path).
        if text.allSatisfy({ $0.isWhitespace }) {
            throw OcculterError(kind, at: SourceLocation(file: path, line: 1), "le fichier YAML est vide.",
                                hint: "complétez le fichier ou retirez l'option qui le désigne.")
        }
        do {
            // Every scalar is read as its text (`YAMLReader`): no tag is resolved. Resolving them
            // (a regular expression per scalar and tag) was four fifths of parsing a pack.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw OcculterError(kind, at: SourceLocation(file: path, line: 1), "le fichier YAML est vide.",
                                    hint: "complétez le fichier ou retirez l'option qui le désigne.")
            }
            root = node
        } catch let error as YamlError {
            throw YAMLFile.translate(error, path: path, kind: kind)
        }
    }

    /// The line (from 1) of the first tab in a line's indentation (its leading spaces and
    /// tabs), lines cut as the Characters "\n" cut them (a CR LF pair is one Character: it does
    /// not cut). Read from the tabs back, on bytes: the lines cut as Characters were 56 M
    /// instructions, half of loading a pack. Only ASCII bytes stand between a tab and its
    /// line's start, so Characters and bytes agree (a space before a combining mark, one
    /// Character, is no indentation either way).
    static func firstIndentedTabLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var from = 0
        while from < bytes.count, let found = memchr(base + from, 0x09, bytes.count - from) {
            let tab = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var start = tab
            while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            if start == 0 || bytes[start - 1] == 0x0A && (start == 1 || bytes[start - 2] != 0x0D) {
                var line = 1
                for index in 0..<start where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) { line += 1 }
                return line
            }
            from = tab + 1
        }
        return nil
    }

    init(path: String, text: String, kind: OcculterError.Kind) throws {
        try self.init(path: path, text: text, kind: kind, sha256: StreamingSHA256.hex(of: text))
    }

    static func translate(_ error: YamlError, path: String, kind: OcculterError.Kind) -> OcculterError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return OcculterError(kind, at: SourceLocation(file: path, line: mark.line, column: mark.column),
                                 "YAML invalide (\(problem)).",
                                 hint: "corrigez la syntaxe à cet endroit (indentation, deux-points, guillemets).")
        default:
            return OcculterError(kind, at: SourceLocation(file: path), "YAML invalide (\(error)).",
                                 hint: "corrigez la syntaxe du fichier.")
        }
    }
}

/// Typed access to YAML nodes, with French errors that carry the node's line.
struct YAMLReader {
    let path: String
    let kind: OcculterError.Kind

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line, column: node.mark?.column)
    }

    func error(_ node: Node, _ message: String, hint: String? = nil) -> OcculterError {
        OcculterError(kind, at: location(node), message, hint: hint)
    }

    /// The pairs of a mapping, checked against the allowed keys (unknown and duplicate keys are errors).
    func mapping(_ node: Node, allowed: Set<String>, required: Set<String> = [], what: String) throws -> [String: Node] {
        guard case let .mapping(mapping) = node else {
            throw error(node, "\(what) : un dictionnaire (clé: valeur) est attendu.")
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw error(keyNode, "\(what) : clé non textuelle.") }
            guard allowed.contains(key) else {
                throw error(keyNode, "\(what) : clé inconnue « \(key) ».",
                            hint: "clés possibles : \(allowed.sorted().joined(separator: ", ")).")
            }
            guard result[key] == nil else { throw error(keyNode, "\(what) : clé « \(key) » en double.") }
            result[key] = value
        }
        for key in required.sorted() where result[key] == nil {
            throw error(node, "\(what) : clé obligatoire « \(key) » absente.")
        }
        return result
    }

    /// An ordered mapping whose keys are free (column names, exemption names…).
    func pairs(_ node: Node, what: String) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard case let .mapping(mapping) = node else {
            throw error(node, "\(what) : un dictionnaire (clé: valeur) est attendu.")
        }
        var seen = Set<String>()
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw error(keyNode, "\(what) : clé non textuelle.") }
            guard seen.insert(key).inserted else { throw error(keyNode, "\(what) : clé « \(key) » en double.") }
            result.append((key, keyNode, value))
        }
        return result
    }

    func string(_ node: Node, what: String) throws -> String {
        guard case let .scalar(scalar) = node else { throw error(node, "\(what) : un texte est attendu.") }
        return scalar.string
    }

    func int(_ node: Node, what: String) throws -> Int {
        guard case let .scalar(scalar) = node, let value = Int(scalar.string) else {
            throw error(node, "\(what) : un nombre entier est attendu.")
        }
        return value
    }

    func bool(_ node: Node, what: String) throws -> Bool {
        guard case let .scalar(scalar) = node else { throw error(node, "\(what) : oui/non (true/false) attendu.") }
        switch scalar.string.lowercased() {
        case "true", "yes", "oui": return true
        case "false", "no", "non": return false
        default: throw error(node, "\(what) : true ou false attendu.")
        }
    }

    func sequence(_ node: Node, what: String) throws -> [Node] {
        guard case let .sequence(sequence) = node else { throw error(node, "\(what) : une liste est attendue.") }
        return Array(sequence)
    }

    func strings(_ node: Node, what: String) throws -> [String] {
        try sequence(node, what: what).map { try string($0, what: what) }
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node, _ type: E.Type, what: String) throws -> E where E.RawValue == String {
        let raw = try string(node, what: what)
        guard let value = E(rawValue: raw) else {
            throw error(node, "\(what) : valeur inconnue « \(raw) ».",
                        hint: "valeurs possibles : \(E.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return value
    }
}
