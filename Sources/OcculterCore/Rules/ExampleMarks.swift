/// Spans an example asserts, marked in its input as SwiftLint marks violations with `↓`, with
/// the span's end too: `⟦M. DURAND⟧` is a span the rule occults or holds, `⟦Gaël PERDRIAU|elu⟧`
/// a span it keeps under that exemption. The rule's decisions on the example must be exactly
/// the marked spans. The brackets (U+27E6, U+27E7) do not occur in administrative text.
struct ExampleMark: Sendable, Equatable {
    /// UTF-8 byte offsets in the input without its marks.
    var span: Range<Int>
    /// The exemption a kept span is kept under; nil for a span occulted or held.
    var exemption: Exemption?
}

enum ExampleMarks {
    static let open: Character = "⟦", close: Character = "⟧"

    /// The input without its marks, and the marks; nil when it has none. Throws a French
    /// message for a mark left open, closed twice or naming an unknown exemption.
    static func parse(_ marked: String) throws(ExampleMarkError) -> (input: String, marks: [ExampleMark])? {
        // Both marks start with E2 9F (U+27E6, U+27E7): an input without these bytes has no
        // mark, which a byte search tells far faster than the Character search (22 M
        // instructions for the ~900 examples loaded by every run).
        guard marked.utf8.withContiguousStorageIfAvailable({ ExampleMarks.mayHoldMark($0) }) ?? true,
              marked.contains(open) || marked.contains(close) else { return nil }
        var input = "", marks: [ExampleMark] = []
        var inside: String?
        for character in marked {
            switch character {
            case open:
                guard inside == nil else { throw ExampleMarkError("marque « ⟦ » ouverte dans une autre") }
                inside = ""
            case close:
                guard let text = inside else { throw ExampleMarkError("marque « ⟧ » sans « ⟦ »") }
                var spanText = text
                var exemption: Exemption?
                if let bar = text.lastIndex(of: "|") {
                    let name = String(text[text.index(after: bar)...])
                    guard let known = Exemption(rawValue: name) else {
                        throw ExampleMarkError("exemption inconnue « \(name) » dans une marque (possibles : \(Exemption.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    exemption = known
                    spanText = String(text[..<bar])
                }
                guard !spanText.isEmpty else { throw ExampleMarkError("marque vide") }
                let start = input.utf8.count
                input += spanText
                marks.append(ExampleMark(span: start..<input.utf8.count, exemption: exemption))
                inside = nil
            default:
                if inside != nil { inside!.append(character) } else { input.append(character) }
            }
        }
        guard inside == nil else { throw ExampleMarkError("marque « ⟦ » non refermée") }
        return (input, marks)
    }

    /// Whether `bytes` hold E2 9F, the first bytes of « ⟦ » and « ⟧ » in UTF-8.
    private static func mayHoldMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0xE2 && bytes[index + 1] == 0x9F { return true }
        return false
    }

    /// The input with marks, for a failure message.
    static func render(_ input: String, _ marks: [ExampleMark]) -> String {
        let bytes = Array(input.utf8)
        var result: [UInt8] = [], cursor = 0
        for mark in marks.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) where mark.span.lowerBound >= cursor && mark.span.upperBound <= bytes.count {
            result += bytes[cursor..<mark.span.lowerBound] + Array("⟦".utf8) + bytes[mark.span]
            if let exemption = mark.exemption { result += Array("|\(exemption.rawValue)".utf8) }
            result += Array("⟧".utf8)
            cursor = mark.span.upperBound
        }
        result += bytes[cursor...]
        return String(decoding: result, as: UTF8.self)
    }
}

struct ExampleMarkError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
