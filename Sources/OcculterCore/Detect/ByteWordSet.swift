/// An immutable set of folded words and phrases, looked up by UTF-8 bytes.
///
/// The name detector asks it for every word of every scanned cell. A `Set<String>` needed a
/// `String` per token and per phrase: making them and hashing them with SipHash was 45 % of
/// the time on the délibérations benchmark. This table takes byte slices (phrases are joined
/// by one space in a stack buffer) and compares bytes exactly, so a lookup allocates nothing
/// and a hash collision can never turn into a false match.
final class ByteWordSet: @unchecked Sendable {
    /// The entries, as given (folded Strings), for iteration and for copies.
    let entries: Set<String>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: UnsafeMutableBufferPointer<Int32>
    /// Open addressing: the high 32 bits of the entry's hash, then its index + 1 in the low 32
    /// bits; 0 for an empty slot. A lookup of an absent word (most lookups) reads one slot,
    /// one cache line: with the hashes in an array of their own it read two.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int
    /// Length in bytes of the longest entry.
    private let longest: Int

    /// The entries and their regular French plurals (`PersonNameDetector.plurals`).
    convenience init(withPlurals entries: [String]) {
        self.init(entries + entries.flatMap { PersonNameDetector.plurals(of: $0) })
    }

    init(_ entries: some Sequence<String>) {
        // In the set's own order: sorting 70,000 commune forms by `String` comparison was the
        // longest serial step of start-up, and nothing needs an order (`ByteWordMap` finds
        // each key's position by lookup).
        let unique = Set(entries)
        self.entries = unique
        let list = Array(unique)
        let total = list.reduce(0) { $0 + $1.utf8.count }
        bytes = .allocate(capacity: max(total, 1))
        starts = .allocate(capacity: list.count + 1)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        mask = capacity - 1
        longest = list.map(\.utf8.count).max() ?? 0
        var offset = 0
        for (index, entry) in list.enumerated() {
            starts[index] = Int32(offset)
            for byte in entry.utf8 {
                bytes[offset] = byte
                offset += 1
            }
        }
        starts[list.count] = Int32(offset)
        for index in list.indices {
            let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
            let hash = ByteWordSet.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        slots.deallocate()
    }

    /// A copy with storage of its own, for a worker thread: the tables are copied as they
    /// are (rebuilding them from the entries, sorting included, was a tenth of start-up).
    func copy() -> ByteWordSet { ByteWordSet(copying: self) }

    private init(copying other: ByteWordSet) {
        entries = other.entries
        bytes = .allocate(capacity: other.bytes.count)
        _ = bytes.initialize(from: other.bytes)
        starts = .allocate(capacity: other.starts.count)
        _ = starts.initialize(from: other.starts)
        slots = .allocate(capacity: other.slots.count)
        _ = slots.initialize(from: other.slots)
        mask = other.mask
        longest = other.longest
    }

    var isEmpty: Bool { entries.isEmpty }

    /// FNV-1a, 64 bits: no setup cost for short keys (an eight-bytes-at-a-time hash measured
    /// slower, words being mostly shorter than eight bytes).
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { index(of: key) != nil }

    /// The entry's position in the table's entries (stable for the set's life), or nil when absent.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ByteWordSet.hash(key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let packed = slots[slot]
            if packed == 0 { return nil }
            if packed & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)
                let start = Int(starts[entry - 1]), end = Int(starts[entry])
                if end - start == key.count, key.count == 0 || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return entry - 1
                }
            }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: some StringProtocol) -> Bool {
        var string = String(key)
        return string.withUTF8 { contains($0) }
    }

    /// Whether the phrase made of `count` parts joined by single spaces is in the set.
    func containsPhrase(count: Int, part: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
        guard count > 0 else { return false }
        if count == 1 { return contains(part(0)) }
        var length = count - 1
        for index in 0..<count { length += part(index).count }
        // Entries are short: a phrase longer than the longest entry cannot be one.
        guard length <= longest else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var offset = 0
            for index in 0..<count {
                if index > 0 { buffer[offset] = 0x20; offset += 1 }
                for byte in part(index) { buffer[offset] = byte; offset += 1 }
            }
            return contains(UnsafeBufferPointer(buffer))
        }
    }
}

/// Folded words with a value each (the name detector's word classes, as bits), looked up by
/// bytes like `ByteWordSet`.
struct ByteWordMap: Sendable {
    private let keys: ByteWordSet
    /// Values at their keys' positions in `keys`.
    private let values: [UInt32]

    init(_ pairs: [String: UInt32]) {
        let keys = ByteWordSet(pairs.keys)
        var values = [UInt32](repeating: 0, count: pairs.count)
        for (key, value) in pairs {
            var key = key
            key.withUTF8 { values[keys.index(of: $0)!] = value }
        }
        self.keys = keys
        self.values = values
    }

    func value(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let index = keys.index(of: key) else { return 0 }
        return values[index]
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
