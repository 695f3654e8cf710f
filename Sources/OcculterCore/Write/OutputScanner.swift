/// Reads written CSV rows for the capitalised words of some columns: the words the run's
/// propagation (`RunPropagation`) looks for. Rows are given as bytes this run wrote (its
/// dialect: `"` quotes, doubled inside), starting at a row's start and separated by line
/// endings; the last one may end without one.
///
/// Words are runs of letters, digits and non-ASCII bytes. A run without non-ASCII bytes that
/// starts with a capital is hashed as `TextWords` folds it (ASCII lower case); a run with
/// non-ASCII bytes and a capital (« Élodie », « d’ALMEIDA ») is split and folded by `TextWords`
/// itself (Windows-1252 rows after decoding). It runs over every byte of the published file,
/// so it is written for speed: state in local variables (closures capturing them cost 0.9 G
/// instructions on the 10 MB délibérations file, mostly exclusivity checks), a byte table,
/// and sixteen bytes at a time past what needs no look.
struct OutputScanner: Sendable {
    /// Output columns whose words are read.
    let columns: [Bool]
    let delimiter: UInt8
    /// The byte classes, made once (made per call, they were an eighth of the scan).
    private let classTable: ByteTable
    /// For each column, the next read column after it (`columns.count` when none): blocks of
    /// sixteen bytes whose delimiters all end columns that are not read are skipped whole.
    private let nextRead: [Int]

    init(columns: [Bool], delimiter: UInt8) {
        self.columns = columns
        self.delimiter = delimiter
        classTable = ByteTable(ByteClass.table(delimiter: delimiter))
        nextRead = columns.indices.map { column in
            columns.indices.first { $0 > column && columns[$0] } ?? columns.count
        }
    }

    /// What the scan reports to: capitalised words (true to skip the rest of the row) and row
    /// ends (index from 0, byte range without line ending). Generic rather than closures, so
    /// that a caller's state is not captured (and checked for exclusivity) per word.
    protocol Sink {
        mutating func word(_ word: Word) -> Bool
        mutating func rowEnd(_ row: Int, _ bytes: Range<Int>)
    }

    /// A capitalised word found: its folded hash and whether it is written in capitals.
    struct Word {
        var hash: UInt64
        var capitals: Bool
    }

    /// Whether a lane of the mask is set, from its two 64-bit halves: the standard `any` reduces
    /// the lanes through a generic `min()` left out of line (0.27 k instructions a row).
    @inline(__always)
    private static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// Reports each capitalised word of the columns and each row's end to `sink`. Returns the
    /// number of rows.
    @discardableResult
    func scan<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) -> Int {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return 0 }
        // A pointer, not an array: no bounds check per byte.
        let classes = classTable.pointer
        let quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), delimiters = SIMD16<UInt8>(repeating: delimiter)
        let lineFeeds = SIMD16<UInt8>(repeating: 0x0A), highs = SIMD16<UInt8>(repeating: 0x80)
        let capitalA = SIMD16<UInt8>(repeating: 0x41), twentySix = SIMD16<UInt8>(repeating: 26)
        let leadC0 = SIMD16<UInt8>(repeating: 0xC0), thirtyOne = SIMD16<UInt8>(repeating: 31)
        let continuationEnd = SIMD16<UInt8>(repeating: 0xA0), leadC2 = SIMD16<UInt8>(repeating: 0xC2)
        let brackets = SIMD16<UInt8>(repeating: UInt8(ascii: "["))
        var inQuotes = false, column = 0, row = 0, rowStart = 0, skipRow = false
        var scanning = columns.first ?? false
        // The cell's capitalised words, reported when the cell ends: a word next to another
        // capitalised one (spaces only between) is part of a name read whole in its row, and a
        // word in capitals counts as such only in a cell with lower case (the propagation's
        // own tests, `RunPropagation.joinsName` and `RunSurnames.shouting`, loosely).
        var pending: [Pending] = []
        pending.reserveCapacity(16)
        let particleHashes = OutputScanner.particleHashes
        var lowerInCell = false

        var index = 0
        while index < count {
            // Sixteen bytes at a time past what needs no look: anything but structure in
            // another column (or a row skipped), and in a read column anything but structure
            // and capitals: ASCII ones, and accented ones (a byte C0–DE before one below A0:
            // « É » is C3 89 in UTF-8 and C9 in Windows-1252, where « é », C3 A9, is not one; C2
            // before a continuation byte is a space or a guillemet). A stop inside a word goes
            // back to the word's start.
            let looking = scanning && !skipRow
            var skipped = false
            while index + 17 <= count {
                let vector = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let quoted = vector .== quotes, ends = vector .== delimiters
                var stop = quoted .| ends .| (vector .== lineFeeds)
                if !looking, OutputScanner.any(stop), !OutputScanner.any(quoted) {
                    // Outside the read columns, a block without quotes is skipped whole when it
                    // ends only columns not read (or stays inside a quoted field): each
                    // delimiter stopped the scan (a fifth of it, on délibérations rows).
                    if inQuotes {
                        index += 16
                        skipped = true
                        continue
                    }
                    if !OutputScanner.any(vector .== lineFeeds) {
                        let delimiterCount = unsafeBitCast(ends, to: SIMD2<UInt64>.self)
                        // Lanes are 0 or FF: their low bits summed by one multiplication (the
                        // baseline x86-64 target has no popcnt: 40 instructions a block).
                        let ones: UInt64 = 0x0101_0101_0101_0101
                        let passed = Int((((delimiterCount[0] & ones) &+ (delimiterCount[1] & ones)) &* ones) >> 56)
                        if skipRow || column >= columns.count || column + passed < nextRead[column] {
                            // What each of those delimiters did (`report` needs a read column).
                            if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }
                            lowerInCell = false
                            column += passed
                            scanning = column < columns.count && columns[column]
                            index += 16
                            skipped = true
                            continue
                        }
                    }
                }
                if looking {
                    let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                    stop = stop .| ((vector &- capitalA) .< twentySix) .| (vector .== brackets)
                        .| (((vector &- leadC0) .< thirtyOne) .& (next .< continuationEnd) .& .!((vector .== leadC2) .& (next .>= highs)))
                }
                if !OutputScanner.any(stop) {
                    index += 16
                    skipped = true
                    if looking { lowerInCell = true }
                    continue
                }
                let lanes = unsafeBitCast(stop, to: SIMD2<UInt64>.self)
                let first = lanes[0] != 0 ? lanes[0].trailingZeroBitCount / 8 : 8 + lanes[1].trailingZeroBitCount / 8
                if first > 0 { index += first; skipped = true }
                break
            }
            if skipped, looking {
                while index > 0, classes[Int(base[index - 1])] & ByteClass.word != 0 { index -= 1 }
            }
            guard index < count else { break }
            let kind = classes[Int(base[index])]
            if kind >= ByteClass.quote {
                switch kind {
                case ByteClass.quote: inQuotes.toggle()
                case ByteClass.delimiter where !inQuotes:
                    if !pending.isEmpty {
                        if !skipRow { skipRow = OutputScanner.report(&pending, lowerInCell: lowerInCell, &sink) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    lowerInCell = false
                    column += 1
                    scanning = column < columns.count && columns[column]
                case ByteClass.lineFeed where !inQuotes:
                    if !pending.isEmpty {
                        if !skipRow { skipRow = OutputScanner.report(&pending, lowerInCell: lowerInCell, &sink) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    lowerInCell = false
                    let end = index > rowStart && base[index - 1] == 0x0D ? index - 1 : index
                    sink.rowEnd(row, rowStart..<end)
                    row += 1
                    column = 0
                    rowStart = index + 1
                    skipRow = false
                    scanning = columns.first ?? false
                default: break
                }
                index += 1
                continue
            }
            guard scanning, !skipRow else {
                // Another column, or a row skipped: on to the next delimiter, quote or line end.
                index += 1
                while index < count, classes[Int(base[index])] < ByteClass.quote { index += 1 }
                continue
            }
            guard kind != ByteClass.other else {
                // A placeholder (« [nom occulté] ») is the run's own text: its lower case does not
                // make a cell written in capitals a mixed one.
                if base[index] == UInt8(ascii: "[") {
                    index += 1
                    while index < count, base[index] != UInt8(ascii: "]"), classes[Int(base[index])] < ByteClass.quote { index += 1 }
                    if index < count, base[index] == UInt8(ascii: "]") { index += 1 }
                    continue
                }
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            var seen = kind
            // Hashed as it is read (as `TextWords` folds an ASCII word: `| 0x20`), used only for
            // a word without non-ASCII bytes: most words read here are the capitalised ones the
            // block scan stopped at, which a second pass over their bytes hashed.
            var hash = (TextWords.basis ^ UInt64(base[start] | 0x20)) &* TextWords.prime
            while end < count {
                let byte = base[end]
                let next = classes[Int(byte)]
                guard next & ByteClass.word != 0 else { break }
                seen |= next
                hash = (hash ^ UInt64(byte | 0x20)) &* TextWords.prime
                end += 1
            }
            index = end
            if seen & ByteClass.lower != 0 { lowerInCell = true }
            guard end - start >= 3 else { continue }
            // Joined to the capitalised word before it, spaces only between (told before the
            // particles: most capitalised words do not follow another one).
            var joined = false
            if let previous = pending.last, previous.end < start, start - previous.end <= 3,
               (previous.end..<start).allSatisfy({ base[$0] == 0x20 }), !particleHashes.contains(previous.hash) {
                joined = true
                pending[pending.count - 1].joined = true
            }
            if seen & ByteClass.high != 0 {
                if seen & ByteClass.upper != 0 || kind == ByteClass.high {
                    OutputScanner.words(in: UnsafeBufferPointer(rebasing: bytes[start..<end])) { hash, capitals in
                        pending.append(Pending(hash: hash, capitals: capitals, joined: joined, end: end))
                    }
                }
            } else if kind == ByteClass.upper, seen & ByteClass.digit == 0 {
                pending.append(Pending(hash: hash, capitals: seen & ByteClass.lower == 0, joined: joined, end: end))
            }
        }
        if !pending.isEmpty, !skipRow { _ = OutputScanner.report(&pending, lowerInCell: lowerInCell, &sink) }
        if rowStart < count {
            sink.rowEnd(row, rowStart..<count)
            row += 1
        }
        return row
    }

    /// Particles of three letters or more (« Van DAMME »): they do not join a name. A dozen
    /// hashes, compared in turn (a `Set` hashed each one it was asked about).
    static let particleHashes: [UInt64] = Array(RunPropagation.particles.filter { $0.count >= 3 }.map { bytes in
        bytes.reduce(TextWords.basis) { ($0 ^ UInt64($1)) &* TextWords.prime }
    })

    /// A capitalised word of the current cell, not yet reported.
    struct Pending {
        var hash: UInt64
        var capitals: Bool
        var joined: Bool
        var end: Int
    }

    /// Reports a cell's words that stand alone; true when `word` asks to skip the row.
    private static func report<S: Sink>(_ pending: inout [Pending], lowerInCell: Bool, _ sink: inout S) -> Bool {
        for item in pending where !item.joined {
            if sink.word(Word(hash: item.hash, capitals: item.capitals && lowerInCell)) { return true }
        }
        return false
    }

    /// The capitalised words of a run with non-ASCII bytes, as `TextWords` reads them.
    private static func words(in run: UnsafeBufferPointer<UInt8>, _ found: (UInt64, Bool) -> Void) {
        func each(_ text: UnsafeBufferPointer<UInt8>) {
            // The words handed over one by one: `TextWords(text).words` made and freed an
            // array for every run (0.4 k instructions of 1.3 k).
            withoutActuallyEscaping(found) { found in
                var sink = CapitalisedWords(text: text, found: found)
                TextWords.forEachWord(in: text, into: &sink)
            }
        }
        // Checked without making a String (one was allocated per run: half of this function).
        if isValidUTF8(run, allowingBOM: true) { return each(run) }
        guard case .success(var decoded) = TextEncoding.decodeWindows1252(run) else { return }
        decoded.withUTF8(each)
    }

    /// The capitalised words of three letters or more without digits, as `TextWords` reads
    /// them, handed to `found` in order.
    private struct CapitalisedWords: TextWords.Sink {
        let text: UnsafeBufferPointer<UInt8>
        let found: (UInt64, Bool) -> Void
        mutating func add(_ word: TextWords.Word) {
            if word.letters >= 3 && word.digits == 0 && RunSurnames.startsUpper(word, in: text) {
                found(word.hash, RunSurnames.allCaps(word, in: text))
            }
        }
    }

    /// Byte classes of the scan, as bits: word bytes below `quote`, structure from it up.
    enum ByteClass {
        static let other: UInt8 = 0, lower: UInt8 = 1, digit: UInt8 = 2, upper: UInt8 = 4, high: UInt8 = 8
        static let word: UInt8 = lower | digit | upper | high
        static let quote: UInt8 = 16, delimiter: UInt8 = 32, lineFeed: UInt8 = 64

        static func table(delimiter: UInt8) -> [UInt8] {
            (0...255).map { (value: Int) -> UInt8 in
                let byte = UInt8(value)
                if byte == UInt8(ascii: "\"") { return quote }
                if byte == delimiter { return ByteClass.delimiter }
                if byte == 0x0A { return lineFeed }
                if byte >= 0x80 { return high }
                if byte &- 0x61 < 26 { return lower }
                if byte &- 0x41 < 26 { return upper }
                if byte &- 0x30 < 10 { return digit }
                return other
            }
        }
    }
}

/// A byte table held once, read through a pointer (no bounds check per byte).
final class ByteTable: Sendable {
    nonisolated(unsafe) let pointer: UnsafeMutablePointer<UInt8>

    init(_ table: [UInt8]) {
        pointer = .allocate(capacity: 256)
        pointer.initialize(from: table, count: 256)
    }

    deinit { pointer.deallocate() }
}
