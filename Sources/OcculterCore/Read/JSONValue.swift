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

/// Writes JSON deterministically, indented by two spaces.
enum JSONWriter {
    static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int = 0) {
        switch value {
        case let .object(pairs):
            if pairs.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (index, pair) in pairs.enumerated() {
                appendSpaces(indent + 2, to: &output)
                writeString(pair.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                write(pair.value, into: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < pairs.count ? ",\n" : "\n").utf8)
            }
            appendSpaces(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        case let .array(items):
            if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                appendSpaces(indent + 2, to: &output)
                write(item, into: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < items.count ? ",\n" : "\n").utf8)
            }
            appendSpaces(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case let .string(text): writeString(text, into: &output)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .bool(flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    /// Indentation appended in place (an array per line was an allocation per line).
    @inline(__always)
    static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
        for _ in 0..<count { output.append(0x20) }
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
