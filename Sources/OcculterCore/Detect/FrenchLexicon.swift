import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A sorted word file of `Rules/wordlists/`, folded, one per line: the French word forms of
/// `lexique.txt` (about 330,000) or the commune names of `lexique-communes.txt` (about 39,000).
/// Whether a capitalised word is also a French word or a place: a word that is neither
/// ("Gondonneau", "AUDIC") is evidence of a surname; one that is ("Carrefour", "TILLEULS") is not.
///
/// The file is mapped, not read, and searched in place by bisection over its lines: reading
/// and indexing its 4 MB cost 40–50 ms at every start on this machine (page faults zeroing
/// fresh memory), more than every lookup of a run; mapped, a run touches only the few pages
/// its lookups visit. Lookups are made only for candidate names. An unsorted file (edited by
/// hand) makes lookups miss, so words pass for unknown: more is occulted, never less;
/// `occulter rules test` and the test suite check the order.
final class FrenchLexicon: @unchecked Sendable {
    private let base: UnsafeRawPointer?
    private let size: Int
    /// Where the lines of each first byte begin: in a sorted file, the lines that start with
    /// byte `b` start in `firstByteStarts[b]..<firstByteStarts[b + 1]` (257 offsets). A lookup
    /// bisects that range instead of the whole file: four or five steps fewer (of about 22),
    /// 0.15 k instructions a délibérations row. Found by bisection at start (no page is read
    /// whole). Keys starting at or below `#` (the comment lines at the top) search everything.
    private let firstByteStarts: [Int]

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw OcculterError(.rules, at: SourceLocation(file: path), "lexique des mots français introuvable ou illisible.",
                                hint: "restaurez le fichier depuis le dépôt d'Occulter (Rules/wordlists/build-lexique.py le régénère).")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw OcculterError(.rules, at: SourceLocation(file: path), "lexique des mots français illisible.",
                                hint: "restaurez le fichier depuis le dépôt d'Occulter.")
        }
        size = Int(status.st_size)
        if size == 0 {
            base = nil
            firstByteStarts = [Int](repeating: 0, count: 257)
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw OcculterError(.rules, at: SourceLocation(file: path), "lexique des mots français illisible (projection en mémoire refusée).",
                                hint: "vérifiez les droits du fichier et la mémoire disponible.")
        }
        base = UnsafeRawPointer(mapped)
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(mapped).assumingMemoryBound(to: UInt8.self), count: size)
        firstByteStarts = (0...256).map { FrenchLexicon.firstLine(from: $0, in: bytes) }
    }

    /// The first line start whose line's first byte is `byte` or more (the file's size when
    /// none), by bisection over a sorted file.
    private static func firstLine(from byte: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var low = 0, high = bytes.count, answer = bytes.count
        // Line starts before `low` are below `byte`; those in low..<high are not known yet.
        while low < high {
            let middle = (low + high) / 2
            var start = middle
            while start < high, start > 0, bytes[start - 1] != 0x0A { start += 1 }
            guard start < high else { high = middle; continue }
            if Int(bytes[start]) >= byte {
                answer = start
                high = start
            } else {
                low = start + 1
            }
        }
        return answer
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), size) }
    }

    private var bytes: UnsafeBufferPointer<UInt8> {
        guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Whether the folded word is an entry.
    ///
    /// Each step of the bisection reads forward only: from the middle to the next line start,
    /// then that line against the key until they differ. Reading back to the start of the
    /// middle's line and on to its end as well cost about 3,500 instructions a lookup (the
    /// hidden-word check asks one per hidden word in capitals); this reads about half as many
    /// bytes. The lines are sorted by bytes, so any bisection finds the same entries.
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !key.isEmpty else { return false }
        let bytes = self.bytes
        let count = bytes.count
        // Invariant: the entry, if present, is a line that starts in low..<high.
        var low = 0, high = count
        if key[0] > UInt8(ascii: "#") {
            low = firstByteStarts[Int(key[0])]
            high = firstByteStarts[Int(key[0]) + 1]
        }
        while low < high {
            let middle = (low + high) / 2
            var start = middle
            while start < high, start > 0, bytes[start - 1] != 0x0A { start += 1 }
            // No line starts in middle..<high: the entry, if any, starts before the middle.
            guard start < high else { high = middle; continue }
            let order = FrenchLexicon.compare(lineAt: start, of: bytes, with: key)
            if order == 0 { return true }
            if order < 0 { low = start + 1 } else { high = start }
        }
        return false
    }

    /// Byte order of the line starting at `start` (without its line ending) and a key:
    /// negative, zero or positive, as `compare(_:_:_:)` gives it.
    @inline(__always)
    private static func compare(lineAt start: Int, of bytes: UnsafeBufferPointer<UInt8>, with key: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var position = start, offset = 0
        while true {
            let lineEnded = position == count || bytes[position] == 0x0A
                || bytes[position] == 0x0D && (position + 1 == count || bytes[position + 1] == 0x0A)
            if offset == key.count { return lineEnded ? 0 : 1 }
            if lineEnded { return -1 }
            let x = bytes[position], y = key[offset]
            if x != y { return Int(x) - Int(y) }
            position += 1
            offset += 1
        }
    }

    /// Whether the words of `range`, folded and joined by spaces ("le mans"), are an entry.
    func containsPhrase(_ range: Range<Int>, of scan: Scan) -> Bool {
        var joined: [UInt8] = []
        for index in range {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: scan.key(scan.tokens[index]))
        }
        return joined.withUnsafeBufferPointer { contains($0) }
    }

    func contains(_ word: String) -> Bool {
        var folded = fold(word)
        return folded.withUTF8 { contains($0) }
    }

    /// The first line out of byte order or repeated (its number, from 1), or nil: what the
    /// rule tests report for a file edited by hand.
    func firstUnsortedLine() -> Int? {
        let bytes = self.bytes
        var previous: Range<Int>?
        var start = 0, line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            if last > start, bytes[start] != UInt8(ascii: "#") {
                if let previous, FrenchLexicon.compare(bytes, previous, UnsafeBufferPointer(rebasing: bytes[start..<last])) >= 0 {
                    return line
                }
                previous = start..<last
            }
            start = end + 1
            line += 1
        }
        return nil
    }

    /// Byte order of a line of the file and a key: negative, zero or positive.
    private static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let length = min(line.count, key.count)
        for offset in 0..<length {
            let x = bytes[line.lowerBound + offset], y = key[offset]
            if x != y { return Int(x) - Int(y) }
        }
        return line.count - key.count
    }
}
