/// The keyword prefilters of a column's rules, scanned together: one pass over a cell tells
/// which sets may occur. On délibérations, the subject column's three sets (L311-5
/// vocabulary, address words, cadastral words) each rolled their window over every subject:
/// three passes where one does (`Keywords` describes the window and its table).
final class ColumnKeywords: Sendable {
    /// The sets, by `Keywords.id`: bit i of `hits` answers for `sets[i]`.
    let sets: [Keywords]
    /// The union of the sets' tables of starting windows.
    private let starts: [UInt64]

    /// Nil for fewer than two distinct sets (nothing to share) or more than 64.
    init?(_ candidates: [Keywords]) {
        var sets: [Keywords] = []
        for set in candidates where !sets.contains(where: { $0.id == set.id }) { sets.append(set) }
        guard sets.count >= 2, sets.count <= 64 else { return nil }
        self.sets = sets
        var union = sets[0].starts
        for set in sets.dropFirst() {
            for index in union.indices { union[index] |= set.starts[index] }
        }
        starts = union
    }

    func index(of set: Keywords) -> Int? { sets.firstIndex { $0.id == set.id } }

    /// Bit i set when a keyword of `sets[i]` may occur in `bytes`: exactly what each set's
    /// `mayOccur` answers (a window that starts one of its keywords starts a keyword of the
    /// union, and the keywords are then compared set by set).
    /// Not inlined: inside the row loop, the scan's loop kept its table and window on the stack.
    @inline(never)
    func hits(in bytes: UnsafeBufferPointer<UInt8>, facts: ByteFacts) -> UInt64 {
        let all: UInt64 = sets.count == 64 ? ~0 : (1 << UInt64(sets.count)) - 1
        if facts.caselessPartner { return all }
        var found: UInt64 = 0
        guard bytes.count >= 3 else { return found }
        starts.withUnsafeBufferPointer { table in
            var end = 2
            while true {
                // The scan in a function of its own: with the sets' comparison inlined in its
                // loop, the table's address was reloaded from the stack at every byte (17
                // instructions a byte; 13 now, windows read four at a time).
                end = ColumnKeywords.nextCandidate(in: bytes, windowEnd: end, table: table.baseAddress!)
                guard end < bytes.count else { return }
                let start = end - 2
                for (set, keywords) in sets.enumerated() where found & (1 << UInt64(set)) == 0
                    && keywords.matches(startingAt: start, in: bytes) {
                    found |= 1 << UInt64(set)
                }
                if found == all { return }
                end += 1
            }
        }
        return found
    }

    /// The first index from `windowEnd` (2 or more) where the three-byte window ending there
    /// has its bit in `table`, or `bytes.count`: `Keywords.forEachCandidate`'s scan.
    @inline(never)
    private static func nextCandidate(in bytes: UnsafeBufferPointer<UInt8>, windowEnd: Int, table: UnsafePointer<UInt64>) -> Int {
        let base = bytes.baseAddress!, count = bytes.count
        @inline(__always)
        func hit(_ end: Int) -> Bool {
            // The window ending at `end`, its first byte highest, from one four-byte load.
            let window = UInt32(bigEndian: UnsafeRawPointer(base + end - 2).loadUnaligned(as: UInt32.self)) >> 8
            let slot = Keywords.slot(window: window)
            return table[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }
        var index = windowEnd
        // Four windows a turn, each from its own load: no chain from one byte to the next.
        while index &+ 4 < count {
            if hit(index) { return index }
            if hit(index &+ 1) { return index &+ 1 }
            if hit(index &+ 2) { return index &+ 2 }
            if hit(index &+ 3) { return index &+ 3 }
            index &+= 4
        }
        var window = UInt32(base[index - 2]) << 8 | UInt32(base[index - 1])
        while index < count {
            window = (window << 8 | UInt32(base[index])) & 0xFF_FFFF
            let slot = Keywords.slot(window: window)
            if table[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { return index }
            index &+= 1
        }
        return count
    }
}
