/// A map from the 64-bit hashes of folded words to their `RunSurnames.Kind`, by open
/// addressing with linear probing; the hashes are FNV-1a already, so a slot is their low bits.
///
/// Hand-written rather than a `Dictionary<UInt64, Kind>`: the dictionary hashed each key
/// again (SipHash) and, as a property of a class, was checked for exclusive access at each
/// lookup. `RunSurnames.Kinds` asks once for every word of every person decision: about 680
/// instructions a lookup, 0.6 k a délibérations row. Held through a pointer by its owner,
/// it is read and grown without those checks. Not copyable: it owns its storage.
struct HashedKinds: ~Copyable {
    private var keys: UnsafeMutablePointer<UInt64>
    /// 0 for an empty slot, else the kind's raw value plus one.
    private var values: UnsafeMutablePointer<UInt8>
    private var mask: Int
    private(set) var count = 0

    init(slots: Int = 1024) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "a power of two")
        keys = .allocate(capacity: slots)
        values = .allocate(capacity: slots)
        values.initialize(repeating: 0, count: slots)
        mask = slots - 1
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    subscript(hash: UInt64) -> RunSurnames.Kind? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] != 0 {
            if keys[slot] == hash { return RunSurnames.Kind(rawValue: values[slot] &- 1) }
            slot = (slot &+ 1) & mask
        }
        return nil
    }

    /// Adds a hash not in the map. The table doubles at half full.
    mutating func insert(_ hash: UInt64, _ kind: RunSurnames.Kind) {
        if (count + 1) * 2 > mask + 1 { grow() }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] != 0 { slot = (slot &+ 1) & mask }
        keys[slot] = hash
        values[slot] = kind.rawValue &+ 1
        count += 1
    }

    /// Empties the map, keeping its storage.
    mutating func removeAll() {
        values.update(repeating: 0, count: mask + 1)
        count = 0
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldSlots = mask + 1
        let slots = oldSlots * 2
        keys = .allocate(capacity: slots)
        values = .allocate(capacity: slots)
        values.initialize(repeating: 0, count: slots)
        mask = slots - 1
        for slot in 0..<oldSlots where oldValues[slot] != 0 {
            var target = Int(truncatingIfNeeded: oldKeys[slot]) & mask
            while values[target] != 0 { target = (target &+ 1) & mask }
            keys[target] = oldKeys[slot]
            values[target] = oldValues[slot]
        }
        oldKeys.deallocate()
        oldValues.deallocate()
    }
}
