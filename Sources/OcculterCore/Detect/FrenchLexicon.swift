import Foundation

/// The French word forms of `Rules/wordlists/lexique.txt` (about 330,000, folded, sorted by
/// bytes): whether a capitalised word is also a French word. A word that is none
/// ("Gondonneau", "AUDIC") is evidence of a surname; one that is ("Carrefour", "TILLEULS")
/// is not.
///
/// The file is kept as read and searched in place: hashing 330,000 entries at start-up cost
/// more than every lookup of a run (lookups are made only for candidate names).
final class FrenchLexicon: Sendable {
    private let bytes: [UInt8]
    /// Start of each entry; its end is the next line break.
    private let starts: [UInt32]

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OcculterError(.rules, at: SourceLocation(file: path), "lexique des mots français introuvable ou illisible.",
                                hint: "restaurez le fichier depuis le dépôt d'Occulter (Rules/wordlists/build-lexique.py le régénère).")
        }
        var bytes = [UInt8](data)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        var starts: [UInt32] = []
        starts.reserveCapacity(bytes.count / 9)
        var lineStart = 0
        var sorted = true
        var previous: Range<Int>?
        bytes.withUnsafeBufferPointer { buffer in
            while lineStart < buffer.count {
                var end = lineStart
                while buffer[end] != 0x0A { end += 1 }
                var last = end
                if last > lineStart, buffer[last - 1] == 0x0D { last -= 1 }
                if last > lineStart, buffer[lineStart] != UInt8(ascii: "#") {
                    let line = lineStart..<last
                    if let previous, FrenchLexicon.compare(buffer, previous, buffer, line) >= 0 { sorted = false }
                    previous = line
                    starts.append(UInt32(lineStart))
                }
                lineStart = end + 1
            }
        }
        guard sorted else {
            throw OcculterError(.rules, at: SourceLocation(file: path), "le lexique des mots français n'est pas trié octet par octet, ou contient un doublon.",
                                hint: "régénérez-le avec Rules/wordlists/build-lexique.py, ou triez-le (LC_ALL=C sort -u).")
        }
        self.bytes = bytes
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Whether the folded word is an entry.
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !key.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                let start = Int(starts[middle])
                var end = start
                while buffer[end] != 0x0A, buffer[end] != 0x0D { end += 1 }
                let order = FrenchLexicon.compare(buffer, start..<end, key, 0..<key.count)
                if order == 0 { return true }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return false
        }
    }

    func contains(_ word: String) -> Bool {
        var folded = fold(word)
        return folded.withUTF8 { contains($0) }
    }

    /// Byte order of two ranges: negative, zero or positive.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ right: Range<Int>) -> Int {
        let length = min(left.count, right.count)
        for offset in 0..<length {
            let x = a[left.lowerBound + offset], y = b[right.lowerBound + offset]
            if x != y { return Int(x) - Int(y) }
        }
        return left.count - right.count
    }
}
