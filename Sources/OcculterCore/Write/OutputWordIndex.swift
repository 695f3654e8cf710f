/// What the published rows hold, noted as they are written, for the run's propagation: the
/// file is cut into segments of whole rows, and each keeps its byte range, its first row and
/// two Bloom filters of the hashes of the capitalised words of the person columns (all of
/// them, and those written in capitals). Once every row is decided, the propagation reads back
/// only the segments where a hidden surname may stand.
///
/// The words are read by the workers that encode the rows (`noted`), in parallel; the writing
/// thread only sets bits. Reading the whole file back after the run took as long again as the
/// scan (the written pages are let go from the cache as they reach the disk,
/// `AtomicFile.startWriteback`).
final class OutputWordIndex {
    struct Segment {
        var bytes: Range<Int>
        var firstRow: Int
        var capitalised: BloomFilter
        var capitals: BloomFilter
    }

    private(set) var segments: [Segment] = []
    let scanner: OutputScanner
    let lineEnding: Int
    /// A segment closes after this many capitalised words (or words in capitals, or bytes):
    /// its filters then hold at least eight bits a word, about one false hit in fifty.
    static let wordsPerSegment = 8192
    static let capitalsPerSegment = 2048
    static let bytesPerSegment = 1 << 20

    // The segment being filled.
    private var current: Segment?
    private var words = 0
    private var capitalWords = 0
    private var nextRow = 1

    init(scanner: OutputScanner, lineEnding: Int) {
        self.scanner = scanner
        self.lineEnding = lineEnding
    }

    /// What a block of written rows holds: the hashes of its capitalised words, of those in
    /// capitals, and its number of rows. Made by the worker that encoded the block.
    struct Noted: Sendable, OutputScanner.Sink {
        var capitalised: [UInt64] = []
        var capitals: [UInt64] = []
        var rows = 0

        mutating func word(_ word: OutputScanner.Word) -> Bool {
            capitalised.append(word.hash)
            if word.capitals { capitals.append(word.hash) }
            return false
        }

        mutating func rowEnd(_ row: Int, _ bytes: Range<Int>) {}
    }

    /// Reads `rows` (each preceded by a line ending of `lineEnding` bytes) with `scanner`.
    static func noted(_ rows: UnsafeBufferPointer<UInt8>, scanner: OutputScanner, lineEnding: Int) -> Noted {
        var noted = Noted()
        guard rows.count > lineEnding else { return noted }
        noted.capitalised.reserveCapacity(rows.count / 64)
        noted.rows = scanner.scan(UnsafeBufferPointer(rebasing: rows[lineEnding...]), into: &noted)
        return noted
    }

    /// Notes rows written at `offset`, each preceded by its line ending (the header is not
    /// noted: it is written before the index is made), with what a worker read of them.
    func note(_ rows: UnsafeBufferPointer<UInt8>, at offset: Int, noted: Noted?) {
        guard rows.count > lineEnding else { return }
        let noted = noted ?? OutputWordIndex.noted(rows, scanner: scanner, lineEnding: lineEnding)
        if current == nil {
            current = Segment(bytes: (offset + lineEnding)..<(offset + lineEnding), firstRow: nextRow,
                              capitalised: BloomFilter(bits: 1 << 16), capitals: BloomFilter(bits: 1 << 14))
        }
        for hash in noted.capitalised { current!.capitalised.insert(hash) }
        for hash in noted.capitals { current!.capitals.insert(hash) }
        words += noted.capitalised.count
        capitalWords += noted.capitals.count
        nextRow += noted.rows
        current!.bytes = current!.bytes.lowerBound..<(offset + rows.count)
        if words >= OutputWordIndex.wordsPerSegment || capitalWords >= OutputWordIndex.capitalsPerSegment
            || current!.bytes.count >= OutputWordIndex.bytesPerSegment { finish() }
    }

    /// Ends the segment being filled (after the last row, and when one is full).
    func finish() {
        if let current { segments.append(current) }
        current = nil
        words = 0
        capitalWords = 0
    }
}

/// A set of hashes that may answer yes for a hash it does not hold, never no for one it holds
/// (three probes).
struct BloomFilter {
    private var bits: [UInt64]
    private let mask: UInt64

    /// `bits`: a power of two.
    init(bits: Int) {
        self.bits = [UInt64](repeating: 0, count: bits / 64)
        mask = UInt64(bits - 1)
    }

    mutating func insert(_ hash: UInt64) {
        let second = (hash >> 32) | 1
        for step in 0..<UInt64(3) {
            let probe = (hash &+ step &* second) & mask
            bits[Int(probe >> 6)] |= 1 << (probe & 63)
        }
    }

    func mayContain(_ hash: UInt64) -> Bool {
        let second = (hash >> 32) | 1
        for step in 0..<UInt64(3) {
            let probe = (hash &+ step &* second) & mask
            if bits[Int(probe >> 6)] & (1 << (probe & 63)) == 0 { return false }
        }
        return true
    }
}
