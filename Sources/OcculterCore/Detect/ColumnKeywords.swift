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
        Keywords.forEachCandidate(in: bytes, table: starts) { start in
            for (set, keywords) in sets.enumerated() where found & (1 << UInt64(set)) == 0
                && keywords.matches(startingAt: start, in: bytes) {
                found |= 1 << UInt64(set)
            }
            return found == all
        }
        return found
    }
}
