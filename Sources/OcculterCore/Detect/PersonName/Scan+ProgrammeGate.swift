/// The words `noProgramme` looks for, as a gate its walk asks first.
extension Scan {
    /// Every word `noProgramme` compares a word of the cell with (its lists and its literals;
    /// a word added there must be added here). A word that is none of them is skipped with
    /// one table read: the walk looked each word up in two sets and four lists (about 5,000
    /// instructions a call, 0.8 k a délibérations row).
    static let noProgrammeGate = FirstByteLengthGate(
        prizeMoneyWords.entries.map { Array($0.utf8) } + noProgrammeWords.entries.map { Array($0.utf8) }
            + (awardNouns + artContestWords + schoolPrizeFields).map { Array($0.description.utf8) }
            + staffWords.map { Array($0.description.utf8) }
            + ["achat", "trophee", "trophees", "concours"].map { Array($0.utf8) })
}

/// A cheap necessary condition for a folded word to be in a small set of words: some entry
/// of its length starts with its first byte. Words of 64 bytes or more are always admitted.
struct FirstByteLengthGate: Sendable {
    /// By first byte: bit `n` is set when an entry of `n` bytes starts with it.
    private let lengths: [UInt64]

    init(_ entries: [[UInt8]]) {
        var lengths = [UInt64](repeating: 0, count: 256)
        for entry in entries {
            guard let first = entry.first else { continue }
            lengths[Int(first)] |= entry.count < 64 ? 1 << UInt64(entry.count) : 0
        }
        self.lengths = lengths
    }

    @inline(__always)
    func admits(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = key.first else { return false }
        guard key.count < 64 else { return true }
        return lengths[Int(first)] & (1 << UInt64(key.count)) != 0
    }
}
