import Foundation

/// A strict JSON parser (RFC 8259) over a `ByteInput`, read chunk by chunk: a document of any
/// size can be walked one value at a time (a DECP file, one contract at a time), so memory
/// depends on the largest value, not on the document. Errors name line and column, counted
/// over every byte before the error as if the document were in memory.
struct JSONStreamParser {
    /// Nil when the whole text is given at once.
    let input: ByteInput?
    let file: String
    /// Bytes read and not yet released; `position` indexes it.
    private(set) var bytes: [UInt8] = []
    private(set) var position = 0
    /// Start (in `bytes`) of the token being read: kept across refills, so that a number or
    /// a string split between two chunks is still contiguous.
    private var tokenStart: Int?
    /// Absolute offset of `bytes[0]` in the input.
    private var released = 0
    /// Line and column of `bytes[0]`.
    private var line = 1
    private var column = 1
    /// When set, every byte read is also written to this descriptor (standard input is spooled
    /// this way to be read a second time).
    var tee: Int32 = -1
    var depth = 0
    static let maximumDepth = 512

    init(input: ByteInput, file: String) {
        self.input = input
        self.file = file
    }

    init(bytes: [UInt8], file: String) {
        input = nil
        self.bytes = bytes
        self.file = file
    }

    /// Absolute offset of the next byte.
    var offset: Int { released + position }

    /// The next byte; only after `available(1)` returned true.
    var current: UInt8 { bytes[position] }

    /// Whether `count` bytes are available from the current position (reads more if needed).
    @inline(__always)
    mutating func available(_ count: Int) throws -> Bool {
        position + count <= bytes.count ? true : try refill(count)
    }

    /// Releases the bytes already parsed and appends the next chunks of the input.
    private mutating func refill(_ count: Int) throws -> Bool {
        let keep = min(tokenStart ?? position, position)
        if keep > 0 {
            bytes.withUnsafeBufferPointer { Self.advance(line: &line, column: &column, over: UnsafeBufferPointer(rebasing: $0[0..<keep])) }
            bytes.removeSubrange(0..<keep)
            released += keep
            position -= keep
            if let start = tokenStart { tokenStart = start - keep }
        }
        while bytes.count - position < count {
            guard let input else { return false }
            let unread = try input.fill()
            guard unread > 0 else { return false }
            let before = bytes.count
            input.withUnread { bytes.append(contentsOf: $0) }
            input.consume(unread)
            if tee >= 0 { try copy(bytes[before...]) }
        }
        return true
    }

    private func copy(_ chunk: ArraySlice<UInt8>) throws {
        try chunk.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = Foundation.write(tee, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw OcculterError(.input, at: SourceLocation(file: file),
                                        "copie de l'entrée standard impossible (\(String(cString: strerror(errno)))).",
                                        hint: "libérez de l'espace dans le dossier temporaire (variable TMPDIR) ou passez le fichier par son chemin.")
                }
                written += count
            }
        }
    }

    /// Counts lines and columns over `chunk` (a column per UTF-8 character). The last newline
    /// is looked for first, so that only the last line's characters are counted.
    static func advance(line: inout Int, column: inout Int, over chunk: UnsafeBufferPointer<UInt8>) {
        var last = chunk.count - 1
        while last >= 0, chunk[last] != 0x0A { last -= 1 }
        if last >= 0 {
            var newlines = 0
            for index in 0...last { newlines &+= chunk[index] == 0x0A ? 1 : 0 }
            line += newlines
            column = 1
        }
        var characters = 0
        for index in (last + 1)..<chunk.count { characters &+= chunk[index] & 0xC0 != 0x80 ? 1 : 0 }
        column += characters
    }

    /// Skips a UTF-8 byte order mark at the very start.
    mutating func skipByteOrderMark() throws {
        if offset == 0, try available(3), bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Moves to absolute offset `target` (ahead of the current position) without parsing.
    mutating func skip(to target: Int) throws {
        while released + bytes.count < target {
            position = bytes.count
            guard try refill(1) else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
        }
        position = target - released
    }

    /// Reads the rest of the input without parsing it (so that it is hashed).
    mutating func drain() throws {
        position = bytes.count
        while try refill(1) { position = bytes.count }
    }

    mutating func error(_ message: String) -> OcculterError {
        var line = self.line, column = self.column
        bytes.withUnsafeBufferPointer {
            Self.advance(line: &line, column: &column, over: UnsafeBufferPointer(rebasing: $0[0..<min(position, $0.count)]))
        }
        let truncated = !((try? available(1)) ?? true)
        return OcculterError(.input, at: SourceLocation(file: file, line: line, column: column), message,
                             hint: truncated ? "le fichier semble tronqué : ré-exportez-le en entier." : "corrigez le JSON à cet endroit (un validateur JSON aide à le repérer).")
    }

    mutating func skipSpace() throws {
        while true {
            if position == bytes.count { guard try refill(1) else { return } }
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// After the last value of the document: only spaces may follow.
    mutating func expectEnd() throws {
        try skipSpace()
        guard try !available(1) else { throw error("contenu inattendu après la fin du document JSON.") }
    }

    mutating func parseValue() throws -> JSONValue {
        guard try available(1) else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
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

    mutating func expect(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard try available(count), word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<(position + count)]) }) else {
            throw error("valeur JSON invalide.")
        }
        position += count
    }

    private mutating func parseNumber() throws -> JSONValue { .number(try parseNumberText()) }

    /// A number as written.
    mutating func parseNumberText() throws -> String {
        tokenStart = position
        while true {
            if position == bytes.count { guard try refill(1) else { break } }
            guard JSONStreamParser.isNumberByte(bytes[position]) else { break }
            position += 1
        }
        let start = tokenStart!
        tokenStart = nil
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !text.isEmpty, Double(text) != nil else { throw error("valeur JSON invalide.") }
        return text
    }

    /// The bytes a number is read as before `Double` checks it ("-+.eE0123456789").
    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }

    /// Decoded bytes of a string with escapes (reused from string to string).
    private var scratch: [UInt8] = []

    mutating func parseString() throws -> String {
        position += 1
        // Bytes without escape are taken from `bytes` by runs, from `tokenStart`.
        tokenStart = position
        var escaped = false
        // Bits of every byte: without 0x80, the string is ASCII and needs no UTF-8 check.
        var bits: UInt8 = 0
        defer { tokenStart = nil }
        while true {
            if position == bytes.count {
                guard try refill(1) else { throw error("chaîne JSON non terminée : le fichier semble tronqué.") }
            }
            let byte = bytes[position]
            position += 1
            bits |= byte
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw error("caractère de contrôle non échappé dans une chaîne JSON.") }
            if byte != UInt8(ascii: "\\") { continue }
            if !escaped { scratch.removeAll(keepingCapacity: true); escaped = true }
            scratch.append(contentsOf: bytes[tokenStart!..<(position - 1)])
            guard try available(1) else { throw error("échappement JSON incomplet.") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if code >= 0xD800, code < 0xDC00 {
                    guard try available(2), bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("caractère UTF-16 incomplet dans une chaîne JSON.")
                    }
                    position += 2
                    let low = try hex4()
                    // Found by fuzzing: a high surrogate followed by another high surrogate underflowed.
                    guard low >= 0xDC00, low <= 0xDFFF else { throw error("paire de caractères UTF-16 invalide dans une chaîne JSON.") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("caractère Unicode invalide dans une chaîne JSON.") }
                scratch.append(contentsOf: String(Character(scalar)).utf8)
            default: throw error("échappement JSON invalide.")
            }
            tokenStart = position
        }
        let text: String?
        if escaped {
            scratch.append(contentsOf: bytes[tokenStart!..<(position - 1)])
            text = String(validating: scratch, as: UTF8.self)
        } else if bits < 0x80 {
            text = String(decoding: bytes[tokenStart!..<(position - 1)], as: UTF8.self)
        } else {
            text = String(validating: bytes[tokenStart!..<(position - 1)], as: UTF8.self)
        }
        guard let text else { throw error("texte invalide en UTF-8 dans une chaîne JSON.") }
        return text
    }

    private mutating func hex4() throws -> UInt32 {
        guard try available(4), let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else {
            throw error("échappement \\u invalide.")
        }
        position += 4
        return value
    }

    private mutating func parseArray() throws -> JSONValue {
        var items: [JSONValue] = []
        var first = true
        while try nextElement(first: first) {
            first = false
            items.append(try parseValue())
        }
        return .array(items)
    }

    /// Walks an array one element at a time: with `first`, at its "[", otherwise after an
    /// element. Returns true at the start of the next element, false after the "]".
    mutating func nextElement(first: Bool) throws -> Bool {
        guard try step(first: first, closing: UInt8(ascii: "]"), expected: "« , » ou « ] » attendu dans un tableau JSON.") else { return false }
        try skipSpace()
        return true
    }

    /// The step shared by arrays and objects: with `first`, enters the container at its opening
    /// bracket, otherwise takes the "," after an item. False when the closing bracket came.
    private mutating func step(first: Bool, closing: UInt8, expected: String) throws -> Bool {
        if first {
            depth += 1
            guard depth < JSONStreamParser.maximumDepth else { throw error("document JSON trop profondément imbriqué.") }
            position += 1
            try skipSpace()
            if try available(1), bytes[position] == closing { position += 1; depth -= 1; return false }
            return true
        }
        try skipSpace()
        guard try available(1) else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
        switch bytes[position] {
        case UInt8(ascii: ","): position += 1; return true
        case closing: position += 1; depth -= 1; return false
        default: throw error(expected)
        }
    }

    mutating func parseObject() throws -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = []
        var first = true
        while let name = try nextMember(first: first) {
            first = false
            pairs.append((name, try parseValue()))
        }
        return .object(pairs)
    }

    /// Walks an object one member at a time: with `first`, at its "{", otherwise after a
    /// member's value. Returns the next member's name, the position being at its value, or
    /// nil after the "}".
    mutating func nextMember(first: Bool) throws -> String? {
        guard try step(first: first, closing: UInt8(ascii: "}"), expected: "« , » ou « } » attendu dans un objet JSON.") else { return nil }
        try skipSpace()
        guard try available(1), bytes[position] == UInt8(ascii: "\"") else {
            throw error(try available(1) ? "nom de propriété entre guillemets attendu." : "fin de fichier inattendue : le document JSON est incomplet.")
        }
        let name = try parseString()
        try skipSpace()
        guard try available(1), bytes[position] == UInt8(ascii: ":") else { throw error("« : » attendu après un nom de propriété.") }
        position += 1
        try skipSpace()
        return name
    }
}
