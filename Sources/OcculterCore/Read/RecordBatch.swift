import Foundation

/// Records read as bytes, end to end in one buffer: a chunk of a large file costs three
/// allocations, not two per record. Per-record arrays were allocated by the reading thread
/// and freed by the writing one: a tenth of a two-job run went to `malloc`, `free` and the
/// reference counts of those arrays.
struct RecordBatch: Sendable {
    /// Every record's field bytes, end to end.
    private(set) var bytes: [UInt8] = []
    /// Where each field ends, counted from its record's first byte.
    private(set) var ends: [Int] = []
    private(set) var heads: [Head] = []

    /// Where one record's bytes and field ends start, and what the reader knew of it.
    struct Head: Sendable {
        var number: Int
        var line: Int
        var encoding: TextEncoding
        var byteStart: Int
        var endStart: Int
        var fieldCount: Int
    }

    var count: Int { heads.count }
    var isEmpty: Bool { heads.isEmpty }
    var byteCount: Int { bytes.count }

    mutating func reserve(bytes byteCapacity: Int, records: Int, fieldsPerRecord: Int) {
        bytes.reserveCapacity(byteCapacity)
        heads.reserveCapacity(records)
        ends.reserveCapacity(records * fieldsPerRecord)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        heads.removeAll(keepingCapacity: true)
    }

    // MARK: Writing (the reader)

    /// Starts a record; its fields follow with `append` and `endField`.
    mutating func beginRecord(line: Int) {
        heads.append(Head(number: 0, line: line, encoding: .utf8, byteStart: bytes.count, endStart: ends.count, fieldCount: 0))
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    /// Appends the current record's fields at once, from a run of bytes in which field `i`
    /// ends at `fieldEnds[i]` and is followed by one delimiter byte: one copy of the run, then
    /// the fields moved over the delimiters in place (an append per field, with its capacity
    /// and uniqueness checks, was 1.7 % of a run).
    mutating func appendFields(of run: UnsafeBufferPointer<UInt8>, ends fieldEnds: [Int]) {
        guard let lastEnd = fieldEnds.last else { return }
        let start = bytes.count
        let recordStart = heads[heads.count - 1].byteStart
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<lastEnd]))
        let endBase = ends.count
        ends.append(contentsOf: fieldEnds)
        bytes.withUnsafeMutableBufferPointer { stored in
            ends.withUnsafeMutableBufferPointer { storedEnds in
                var write = start
                var read = 0
                for (index, end) in fieldEnds.enumerated() {
                    let length = end - read
                    if write != start + read, length > 0 {
                        // Overlapping moves to the left: memmove.
                        memmove(stored.baseAddress! + write, stored.baseAddress! + start + read, length)
                    }
                    write += length
                    storedEnds[endBase + index] = write - recordStart
                    read = end + 1
                }
            }
        }
        bytes.removeLast(bytes.count - (start + lastEnd - (fieldEnds.count - 1)))
        heads[heads.count - 1].fieldCount += fieldEnds.count
    }

    mutating func endField() {
        let last = heads.count - 1
        ends.append(bytes.count - heads[last].byteStart)
        heads[last].fieldCount += 1
    }

    /// Drops the current record's fields from `keeping` on (empty trailing separators).
    mutating func dropTrailingFields(keeping: Int) {
        let last = heads.count - 1
        ends.removeLast(heads[last].fieldCount - keeping)
        heads[last].fieldCount = keeping
    }

    /// Forgets the current record (a blank line).
    mutating func dropLastRecord() {
        let head = heads.removeLast()
        bytes.removeLast(bytes.count - head.byteStart)
        ends.removeLast(ends.count - head.endStart)
    }

    /// Keeps the first `count` records (a record cut short by an error is forgotten).
    mutating func truncate(toRecords count: Int) {
        while heads.count > count { dropLastRecord() }
    }

    mutating func finishRecord(number: Int, encoding: TextEncoding) {
        heads[heads.count - 1].number = number
        heads[heads.count - 1].encoding = encoding
    }

    /// The current (last) record's head.
    var last: Head { heads[heads.count - 1] }

    /// Length of field `index` of the current record.
    func lastFieldLength(_ index: Int) -> Int {
        let head = last
        return ends[head.endStart + index] - (index == 0 ? 0 : ends[head.endStart + index - 1])
    }

    // MARK: Reading (the workers)

    /// Calls `body` with views of the records; the views live as long as the call.
    func withRecords<R>(_ body: (Records) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                try heads.withUnsafeBufferPointer { heads in
                    try body(Records(bytes: bytes, ends: ends, heads: heads))
                }
            }
        }
    }

    /// The records of a batch, as views into its buffers.
    struct Records {
        let bytes: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<Int>
        let heads: UnsafeBufferPointer<Head>

        var count: Int { heads.count }

        subscript(index: Int) -> RawRecord {
            let head = heads[index]
            let fieldEnds = UnsafeBufferPointer(rebasing: ends[head.endStart..<(head.endStart + head.fieldCount)])
            let length = head.fieldCount == 0 ? 0 : fieldEnds[head.fieldCount - 1]
            return RawRecord(number: head.number, line: head.line, encoding: head.encoding,
                             bytes: UnsafeBufferPointer(rebasing: bytes[head.byteStart..<(head.byteStart + length)]), ends: fieldEnds)
        }
    }
}

/// A record as read, before decoding: its fields' bytes end to end and where each ends. A
/// view into a `RecordBatch`: valid only inside the batch's `withRecords`.
struct RawRecord {
    var number: Int
    var line: Int
    /// The encoding in force when the record was read.
    var encoding: TextEncoding
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    /// The bytes of field `index`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
    }
}
