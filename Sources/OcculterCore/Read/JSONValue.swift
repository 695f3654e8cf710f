/// A JSON value that keeps object key order and number spelling, so that a DECP document
/// comes out with the same structure and order it went in.
indirect enum JSONValue: Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written ("500000.0" stays "500000.0").
    case number(String)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(a), .array(b)): return a == b
        case let (.string(a), .string(b)), let (.number(a), .number(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }
}

/// A strict JSON parser (RFC 8259) with line and column in its errors.
struct JSONParser {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var depth = 0
    static let maximumDepth = 512

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func parseDocument() throws -> JSONValue {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        guard position == bytes.count else { throw error("contenu inattendu après la fin du document JSON.") }
        return value
    }

    func error(_ message: String) -> OcculterError {
        var line = 1, column = 1
        for byte in bytes[0..<min(position, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return OcculterError(.input, at: SourceLocation(file: file, line: line, column: column), message,
                             hint: position >= bytes.count ? "le fichier semble tronqué : ré-exportez-le en entier." : "corrigez le JSON à cet endroit (un validateur JSON aide à le repérer).")
    }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    mutating func parseValue() throws -> JSONValue {
        guard position < bytes.count else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    mutating func expect(_ word: String) throws {
        let literal = Array(word.utf8)
        guard position + literal.count <= bytes.count, Array(bytes[position..<(position + literal.count)]) == literal else {
            throw error("valeur JSON invalide.")
        }
        position += literal.count
    }

    mutating func parseNumber() throws -> JSONValue {
        let start = position
        while position < bytes.count, "-+.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !text.isEmpty, Double(text) != nil else { throw error("valeur JSON invalide.") }
        return .number(text)
    }

    mutating func parseString() throws -> String {
        position += 1
        var output: [UInt8] = []
        while true {
            guard position < bytes.count else { throw error("chaîne JSON non terminée : le fichier semble tronqué.") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw error("caractère de contrôle non échappé dans une chaîne JSON.") }
            if byte != UInt8(ascii: "\\") { output.append(byte); continue }
            guard position < bytes.count else { throw error("échappement JSON incomplet.") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if code >= 0xD800, code < 0xDC00 {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("caractère UTF-16 incomplet dans une chaîne JSON.")
                    }
                    position += 2
                    let low = try hex4()
                    // Found by fuzzing: a high surrogate followed by another high surrogate underflowed.
                    guard low >= 0xDC00, low <= 0xDFFF else { throw error("paire de caractères UTF-16 invalide dans une chaîne JSON.") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("caractère Unicode invalide dans une chaîne JSON.") }
                output.append(contentsOf: String(Character(scalar)).utf8)
            default: throw error("échappement JSON invalide.")
            }
        }
        guard let text = String(validating: output, as: UTF8.self) else { throw error("texte invalide en UTF-8 dans une chaîne JSON.") }
        return text
    }

    mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else {
            throw error("échappement \\u invalide.")
        }
        position += 4
        return value
    }

    mutating func parseArray() throws -> JSONValue {
        depth += 1
        guard depth < JSONParser.maximumDepth else { throw error("document JSON trop profondément imbriqué.") }
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard position < bytes.count else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            throw error("« , » ou « ] » attendu dans un tableau JSON.")
        }
    }

    mutating func parseObject() throws -> JSONValue {
        depth += 1
        guard depth < JSONParser.maximumDepth else { throw error("document JSON trop profondément imbriqué.") }
        defer { depth -= 1 }
        position += 1
        var pairs: [(key: String, value: JSONValue)] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(pairs) }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error(position >= bytes.count ? "fin de fichier inattendue : le document JSON est incomplet." : "nom de propriété entre guillemets attendu.")
            }
            let key = try parseString()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("« : » attendu après un nom de propriété.") }
            position += 1
            skipSpace()
            pairs.append((key, try parseValue()))
            skipSpace()
            guard position < bytes.count else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(pairs) }
            throw error("« , » ou « } » attendu dans un objet JSON.")
        }
    }
}

/// Writes JSON deterministically, indented by two spaces.
enum JSONWriter {
    static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int = 0) {
        switch value {
        case let .object(pairs):
            if pairs.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (index, pair) in pairs.enumerated() {
                output.append(contentsOf: [UInt8](repeating: 0x20, count: indent + 2))
                writeString(pair.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                write(pair.value, into: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < pairs.count ? ",\n" : "\n").utf8)
            }
            output.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
            output.append(UInt8(ascii: "}"))
        case let .array(items):
            if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                output.append(contentsOf: [UInt8](repeating: 0x20, count: indent + 2))
                write(item, into: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < items.count ? ",\n" : "\n").utf8)
            }
            output.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
            output.append(UInt8(ascii: "]"))
        case let .string(text): writeString(text, into: &output)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .bool(flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied at once (a byte at a time was the
            // hot spot of the decision log).
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                default:
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(contentsOf: String(format2(byte)).utf8)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func format2(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
