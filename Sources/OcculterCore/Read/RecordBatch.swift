import Foundation

/// Records read as bytes, end to end in one buffer: a chunk of a large file costs three
/// allocations, not two per record. Per-record arrays were allocated by the reading thread
/// and freed by the writing one: a tenth of a two-job run went to `malloc`, `free` and the
/// reference counts of those arrays.
struct RecordBatch: Sendable {
    /// Every record's field bytes, one separator byte between two fields (the delimiter of
    /// the record as read: a plain record is copied as it came, and written back as it is).
    private(set) var bytes: [UInt8] = []
    /// Where each field ends, counted from its record's first byte; the next field starts one
    /// byte further.
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
        /// Read whole by the reader's fast path (`CSVReader.readPlainRecord`): no field was
        /// quoted, so none holds the delimiter, a line feed or a carriage return, and every
        /// separator is the input's delimiter.
        var plain = false
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
    mutating func beginRecord(line: Int, plain: Bool = false) {
        heads.append(Head(number: 0, line: line, encoding: .utf8, byteStart: bytes.count, endStart: ends.count, fieldCount: 0,
                          plain: plain))
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    /// Appends the current record's fields at once, from a run of bytes in which field `i`
    /// ends at `fieldEnds[i]` and is followed by one delimiter byte: the run is copied as it
    /// is, delimiters included. (Taking the delimiters out on reading, to put them back on
    /// writing, was two moves per field: 3.6 % of a run in `memmove`.)
    mutating func appendFields(of run: UnsafeBufferPointer<UInt8>, ends fieldEnds: UnsafeBufferPointer<Int>) {
        guard let lastEnd = fieldEnds.last else { return }
        let offset = bytes.count - heads[heads.count - 1].byteStart
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<lastEnd]))
        if offset == 0 {
            ends.append(contentsOf: fieldEnds)
        } else {
            for end in fieldEnds { ends.append(end + offset) }
        }
        heads[heads.count - 1].fieldCount += fieldEnds.count
    }

    /// Ends the current field; `separator` goes between it and the next one.
    mutating func endField(separator: UInt8) {
        let last = heads.count - 1
        ends.append(bytes.count - heads[last].byteStart)
        bytes.append(separator)
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
        return ends[head.endStart + index] - (index == 0 ? 0 : ends[head.endStart + index - 1] + 1)
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
                             bytes: UnsafeBufferPointer(rebasing: bytes[head.byteStart..<(head.byteStart + length)]), ends: fieldEnds,
                             plain: head.plain)
        }
    }
}

/// A record as read, before decoding: its fields' bytes, one separator byte between two,
/// and where each field ends. A view into a `RecordBatch`: valid only inside the batch's
/// `withRecords`.
struct RawRecord {
    var number: Int
    var line: Int
    /// The encoding in force when the record was read.
    var encoding: TextEncoding
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    /// Read by the reader's fast path (`RecordBatch.Head.plain`).
    var plain = false

    /// The bytes of field `index`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start(of: index)..<ends[index]])
    }

    /// Where field `index` starts (one byte past the previous field's end).
    @inline(__always)
    func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] + 1 }

    /// Whether the record's bytes are exactly its fields joined by `delimiter`: no field holds
    /// the delimiter, and each separator is one.
    func isJoined(by delimiter: UInt8) -> Bool {
        // A plain record's separators are all the input's delimiter, which no field holds:
        // one separator tells (a pass counting the delimiter was 1 % of a run's instructions).
        if plain, ends.count > 1 { return bytes[ends[0]] == delimiter }
        guard countOccurrences(of: delimiter) == ends.count - 1 else { return false }
        for index in 0..<(ends.count - 1) where bytes[ends[index]] != delimiter { return false }
        return true
    }

    /// How many bytes of the record equal `byte`, eight at a time.
    private func countOccurrences(of byte: UInt8) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var total = 0
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            total += ByteFacts.flaggedBytes(ByteFacts.bytesEqual(word, to: byte))
            index += 8
        }
        while index < count {
            if base[index] == byte { total += 1 }
            index += 1
        }
        return total
    }
}
