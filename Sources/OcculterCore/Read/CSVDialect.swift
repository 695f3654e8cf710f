/// How a CSV file is written. The output is written in the input's dialect so that the
/// publishing pipeline downstream sees the same shape it would have published.
public struct CSVDialect: Sendable, Equatable, Codable {
    public enum LineEnding: String, Sendable, Codable {
        case lf = "LF"
        case crlf = "CRLF"
        var bytes: [UInt8] { self == .lf ? [0x0A] : [0x0D, 0x0A] }
    }

    public var delimiter: UInt8
    public var encoding: TextEncoding
    public var hasBOM: Bool
    public var lineEnding: LineEnding
    /// True when the header quoted every field: the output then quotes every field too.
    public var quoteAll: Bool
    /// True when the input ended with a line ending.
    public var finalLineEnding: Bool

    public init(delimiter: UInt8 = UInt8(ascii: ";"), encoding: TextEncoding = .utf8, hasBOM: Bool = false,
                lineEnding: LineEnding = .lf, quoteAll: Bool = false, finalLineEnding: Bool = true) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.hasBOM = hasBOM
        self.lineEnding = lineEnding
        self.quoteAll = quoteAll
        self.finalLineEnding = finalLineEnding
    }

    /// The delimiter as the report names it.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ";"): return "point-virgule"
        case UInt8(ascii: ","): return "virgule"
        case 0x09: return "tabulation"
        default: return String(UnicodeScalar(delimiter))
        }
    }

    /// Picks the delimiter that splits the header line best, ignoring quoted text.
    /// Ties go to `;`, the most common in French administrations.
    static func detectDelimiter(headerLine: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
        var counts = [0, 0, 0]
        var inQuotes = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A { break }
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
