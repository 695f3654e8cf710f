import Foundation

/// The run's second look at its published CSV, once every row is decided: a surname hidden
/// as a private person's in one row (`RunSurnames`) is hidden where it still stands in the
/// text of another (« Vente à M. Paul GONDOUIN » in one row, « Servitude GONDOUIN » in a
/// later one). Rows are processed in parallel chunks, so this cannot happen while they go by
/// without making the output depend on `--jobs`; after them, it reads the same bytes whatever
/// the jobs.
///
/// The pass reads the sealed-to-be file once, byte by byte, hashing the capitalised words of
/// the person rules' columns only; a row holding a propagating surname is decoded and goes
/// through the cell decider like any finding (keyed fingerprint, the DPO's decisions, in-cell
/// repeats, the last check), then is encoded again in place of its old bytes. A file where no
/// hidden surname reappears is left as written. Findings carry `evidence`, a phrase of the
/// closed vocabulary: no word of the value.
struct RunPropagation {
    static let evidence = "répétition, dans une autre ligne du fichier, d'un nom de famille occulté"
    /// Particles of surnames, folded: one written with a capital right before a propagated
    /// surname is hidden with it.
    static let particles: [[UInt8]] = ["le", "la", "de", "du", "des", "van", "von", "der", "den", "ben", "el", "al", "da", "dos",
                                       "das", "di", "del", "della", "mac", "mc", "ter", "ten"].map { Array($0.utf8) }

    let processor: RowProcessor
    let words: WordLists
    /// Hash of each propagating surname → the rule that hid it.
    let surnames: SurnameTable
    let dialect: CSVDialect
    let file: String
    /// For each output column, its input column when a person rule scans it.
    private let scanned: [Int?]

    /// Nil when nothing can propagate (no person rule, no surname hidden, every one also kept).
    init?(processor: RowProcessor, words: WordLists, surnames: RunSurnames, dialect: CSVDialect, file: String) {
        let propagating = surnames.propagating
        guard !processor.personRules.isEmpty, !propagating.isEmpty else { return nil }
        let personRules = Set(processor.personRules.values)
        var scanned: [Int?] = []
        for (column, plan) in processor.plans.enumerated() {
            switch plan {
            case .drop: continue
            case .keep: scanned.append(nil)
            case .scan(let rules): scanned.append(rules.contains(where: personRules.contains) ? column : nil)
            }
        }
        guard scanned.contains(where: { $0 != nil }) else { return nil }
        self.processor = processor
        self.words = words
        self.surnames = SurnameTable(propagating)
        self.dialect = dialect
        self.file = file
        self.scanned = scanned
    }

    /// One row to rewrite: its data row number and its bytes in the file (line ending excluded).
    struct Candidate {
        var row: Int
        var bytes: Range<Int>
    }

    /// Rewrites `path` into `output` when a surname reappears, adding the decisions to `state`;
    /// returns false (nothing written to `output`) when none does.
    func rewrite(path: String, into output: AtomicFile, state: inout RunState) throws -> Bool {
        let input = try ReadOnlyFile(path: path)
        defer { input.close() }
        let candidates = try scan(input)
        var replaced: [(bytes: Range<Int>, row: [UInt8])] = []
        for candidate in candidates {
            if let row = try decide(candidate, in: input, state: &state) { replaced.append((candidate.bytes, row)) }
        }
        guard !replaced.isEmpty else { return false }
        var position = 0
        for (range, row) in replaced {
            try input.copy(position..<range.lowerBound, to: output)
            try output.write(row)
            position = range.upperBound
        }
        try input.copy(position..<input.size, to: output)
        return true
    }

    // MARK: Scan

    /// The rows where a capitalised word of a person column hashes to a propagating surname.
    /// A loose test (the decision reads the decoded cell again): words are runs of letters,
    /// digits and non-ASCII bytes; one with non-ASCII bytes is split and folded as `TextWords`
    /// does (in Windows-1252 rows, after decoding).
    ///
    /// One pass over every byte of the output, so it is written for speed (callgrind, 10 MB
    /// délibérations file, `--jobs 1`): with closures over the block and the word it cost 0.9 G
    /// instructions, mostly exclusivity checks of the captured variables; one loop hashing every
    /// word, 0.41 G; this one skips other columns to their next delimiter, quote or line end and
    /// lower-case words to their end, and hashes only words that start with a capital.
    private func scan(_ input: ReadOnlyFile) throws -> [Candidate] {
        var candidates: [Candidate] = []
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: ReadOnlyFile.blockSize, alignment: 16)
        defer { block.deallocate() }
        let bytes = block.bindMemory(to: UInt8.self)
        let columns = scanned.map { $0 != nil }
        // A pointer, not an array: no bounds check per byte.
        let classes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        classes.initialize(from: ByteClass.table(delimiter: dialect.delimiter), count: 256)
        defer { classes.deallocate() }
        var inQuotes = false, column = 0, row = 0, rowStart = 0, flagged = false, scanning = false
        // The byte before the block (a carriage return before a line feed read next).
        var previousByte: UInt8 = 0
        let quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), delimiters = SIMD16<UInt8>(repeating: dialect.delimiter)
        let lineFeeds = SIMD16<UInt8>(repeating: 0x0A), highs = SIMD16<UInt8>(repeating: 0x80)
        let capitalA = SIMD16<UInt8>(repeating: 0x41), twentySix = SIMD16<UInt8>(repeating: 26)
        let leadC0 = SIMD16<UInt8>(repeating: 0xC0), thirtyOne = SIMD16<UInt8>(repeating: 31)
        let continuationEnd = SIMD16<UInt8>(repeating: 0xA0), leadC2 = SIMD16<UInt8>(repeating: 0xC2)
        var offset = 0
        // A word cut by the end of a block is read again from its start with the next block.
        var carry = 0
        while offset < input.size {
            let count = try input.readAt(offset, into: block)
            if count == 0 { break }
            let last = offset + count >= input.size
            var index = 0
            scanLoop: while index < count {
                // Sixteen bytes at a time past what needs no look: anything but structure in
                // another column (or a row already taken), and in a scanned column anything but
                // structure and capitals: ASCII ones, and accented ones (a byte C0–DE before one
                // below A0: « É » is C3 89 in UTF-8 and C9 in Windows-1252, where « é », C3 A9, is
                // not one; C2 before a continuation byte is a space or a guillemet). A stop inside
                // a word goes back to the word's start.
                let looking = scanning && !flagged
                var skipped = false
                while index + 17 <= count {
                    let vector = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    var stop = (vector .== quotes) .| (vector .== delimiters) .| (vector .== lineFeeds)
                    if looking {
                        let next = UnsafeRawPointer(bytes.baseAddress! + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                        stop = stop .| ((vector &- capitalA) .< twentySix)
                            .| (((vector &- leadC0) .< thirtyOne) .& (next .< continuationEnd) .& .!((vector .== leadC2) .& (next .>= highs)))
                    }
                    if !any(stop) {
                        index += 16
                        skipped = true
                        continue
                    }
                    let lanes = unsafeBitCast(stop, to: SIMD2<UInt64>.self)
                    let first = lanes[0] != 0 ? lanes[0].trailingZeroBitCount / 8 : 8 + lanes[1].trailingZeroBitCount / 8
                    if first > 0 { index += first; skipped = true }
                    break
                }
                if skipped, looking {
                    while index > 0, classes[Int(bytes[index - 1])] & ByteClass.word != 0 { index -= 1 }
                }
                guard index < count else { break }
                let byte = bytes[index]
                let kind = classes[Int(byte)]
                if kind >= ByteClass.quote {
                    switch kind {
                    case ByteClass.quote: inQuotes.toggle()
                    case ByteClass.delimiter where !inQuotes:
                        column += 1
                        scanning = row > 0 && column < columns.count && columns[column]
                    case ByteClass.lineFeed where !inQuotes:
                        let carriageReturn = (index > 0 ? bytes[index - 1] : previousByte) == 0x0D
                        if flagged { candidates.append(Candidate(row: row, bytes: rowStart..<(offset + index - (carriageReturn ? 1 : 0)))) }
                        row += 1
                        column = 0
                        rowStart = offset + index + 1
                        flagged = false
                        scanning = columns.first ?? false
                    default: break
                    }
                    index += 1
                    continue
                }
                guard scanning, !flagged else {
                    // Another column, or a row already taken: on to the next delimiter, quote or line end.
                    index += 1
                    while index < count, classes[Int(bytes[index])] < ByteClass.quote { index += 1 }
                    continue
                }
                guard kind != ByteClass.other else { index += 1; continue }
                // A word: its end first (a word cut by the block's end is read with the next block).
                let start = index
                var end = index + 1
                var seen = kind
                while end < count {
                    let next = classes[Int(bytes[end])]
                    guard next & ByteClass.word != 0 else { break }
                    seen |= next
                    end += 1
                }
                // (A word longer than a block is taken as cut.)
                if end == count, !last, start > 0 {
                    carry = count - start
                    break scanLoop
                }
                index = end
                guard end - start >= 3 else { continue }
                if seen & ByteClass.high != 0 {
                    // Non-ASCII bytes: a capital anywhere (« d’ALMEIDA », one run here) or a
                    // non-ASCII first letter (« Élodie ») sends the run to `TextWords`.
                    if seen & ByteClass.upper != 0 || kind == ByteClass.high {
                        flagged = holdsSurname(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    }
                } else if kind == ByteClass.upper, seen & ByteClass.digit == 0 {
                    var hash = TextWords.basis
                    for position in start..<end { hash = (hash ^ UInt64(bytes[position] | 0x20)) &* TextWords.prime }
                    flagged = mayHold(hash)
                }
            }
            if count - carry > 0 { previousByte = bytes[count - carry - 1] }
            offset += count - carry
            carry = 0
        }
        if flagged, rowStart < input.size { candidates.append(Candidate(row: row, bytes: rowStart..<input.size)) }
        return candidates
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

    /// Whether the word at `index` has a capitalised word (not a particle) right before or
    /// after it, spaces only between, or "&" after it.
    static func joinsName(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = text.words[index]
        func spacesOnly(_ range: Range<Int>) -> Bool { !range.isEmpty && range.allSatisfy { bytes[$0] == 0x20 } }
        func isParticle(_ other: TextWords.Word) -> Bool {
            TextWords.withFolded(other, in: bytes) { folded in particles.contains { $0.elementsEqual(folded) } }
        }
        if index > 0, case let before = text.words[index - 1], spacesOnly(before.range.upperBound..<word.range.lowerBound),
           RunSurnames.startsUpper(before, in: bytes), !isParticle(before) { return true }
        if index + 1 < text.words.count, case let after = text.words[index + 1], spacesOnly(word.range.upperBound..<after.range.lowerBound),
           RunSurnames.startsUpper(after, in: bytes), !isParticle(after) { return true }
        var next = word.range.upperBound
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        return next < bytes.count && bytes[next] == UInt8(ascii: "&")
    }

    @inline(__always)
    private func mayHold(_ hash: UInt64) -> Bool {
        surnames.entry(hash) != nil
    }

    /// Whether a run of bytes with non-ASCII ones holds a capitalised propagating surname.
    private func holdsSurname(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func check(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            TextWords(text).words.contains { $0.letters >= 3 && $0.digits == 0 && mayHold($0.hash) && RunSurnames.startsUpper($0, in: text) }
        }
        if String(validating: bytes, as: UTF8.self) != nil { return check(bytes) }
        guard case .success(var decoded) = TextEncoding.decodeWindows1252(bytes) else { return false }
        return decoded.withUTF8(check)
    }

    // MARK: Decide

    /// The row's new bytes when a surname is hidden in it, after the cell decider.
    private func decide(_ candidate: Candidate, in input: ReadOnlyFile, state: inout RunState) throws -> [UInt8]? {
        let raw = try input.read(candidate.bytes)
        let (fields, encoding) = try decodeRecord(raw, row: candidate.row, line: state.lines.line(of: candidate.row))
        guard fields.count == scanned.count else { return nil }
        let header = processor.header
        var values = [String](repeating: "", count: header.count)
        var outputColumn = 0
        for (column, plan) in processor.plans.enumerated() {
            if case .drop = plan { continue }
            values[column] = fields[outputColumn]
            outputColumn += 1
        }
        let row = Row(number: candidate.row, line: state.lines.line(of: candidate.row), columns: header, values: values, encoding: encoding)
        let key = processor.rowKey(row)
        var published = fields
        var changed = false
        for (output, input) in scanned.enumerated() {
            guard let input else { continue }
            let cell = fields[output]
            var text = cell
            let outcome: CellDecider.CellResult? = try text.withUTF8 { bytes in
                let textWords = TextWords(bytes)
                var findings: [Finding] = []
                var shouting: Bool?
                for (index, word) in textWords.words.enumerated() {
                    guard word.letters >= 3, word.digits == 0, let entry = surnames.entry(word.hash), RunSurnames.startsUpper(word, in: bytes),
                          !RunSurnames.inPlaceOrBody(index, of: textWords, bytes: bytes, words: words) else { continue }
                    // Only a bare surname: next to another capitalised word it is part of a name
                    // the detector read whole in this row (« Django Reinhardt », « Dupont
                    // Immobilier »), before "&" a firm's (« Dupont & Associés »).
                    guard !RunPropagation.joinsName(index, of: textWords, bytes: bytes) else { continue }
                    if !entry.distinctive {
                        guard RunSurnames.allCaps(word, in: bytes) else { continue }
                        if shouting == nil { shouting = RunSurnames.shouting(bytes) }
                        guard shouting == false else { continue }
                    }
                    // "LE BRAS", "Da Costa": a capitalised particle right before goes with the name.
                    var start = word.range.lowerBound
                    if index > 0, case let particle = textWords.words[index - 1], particle.range.upperBound + 1 == start,
                       bytes[particle.range.upperBound] == 0x20, RunSurnames.startsUpper(particle, in: bytes),
                       TextWords.withFolded(particle, in: bytes, { folded in RunPropagation.particles.contains { $0.elementsEqual(folded) } }) {
                        start = particle.range.lowerBound
                    }
                    findings.append(Finding(rule: entry.rule, span: start..<word.range.upperBound, verdict: .occult, evidence: RunPropagation.evidence))
                }
                guard !findings.isEmpty else { return nil }
                do {
                    return try processor.decider.decide(cell: cell, bytes: bytes, column: header[input], row: row, rowKey: key,
                                                        findings: findings, words: words)
                } catch let leak as HiddenWordReappeared {
                    throw OcculterError.leak(rule: leak.rule, column: leak.column, at: SourceLocation(file: file, line: row.line, column: output + 1))
                }
            }
            guard let outcome else { continue }
            for decision in outcome.decisions { try state.add(decision, cell: cell) }
            if state.hidden != nil {
                for word in outcome.hidden { state.hidden!.add(hash: word.hash, rule: word.rule, column: input) }
            }
            state.matchedReviews.formUnion(outcome.matchedReviews)
            if outcome.text != cell {
                published[output] = outcome.text
                changed = true
            }
        }
        guard changed else { return nil }
        if let pair = state.reviewRows[row.number] {
            state.reviewRows[row.number] = .init(before: pair.before, after: published)
        } else if state.listed.contains(where: { $0.row == row.number }) {
            state.reviewRows[row.number] = .init(before: values, after: published)
        }
        var dialect = dialect
        dialect.encoding = encoding
        var bytes: [UInt8] = []
        try CSVWriter.encode(published, dialect: dialect, file: file, line: row.line, into: &bytes)
        return bytes
    }

    /// The fields of one record this run wrote (its dialect: `"` quotes, doubled inside), and
    /// the encoding it was written in.
    private func decodeRecord(_ raw: [UInt8], row: Int, line: Int) throws -> ([String], TextEncoding) {
        var fields: [[UInt8]] = [[]]
        var inQuotes = false
        var index = 0
        let quote = UInt8(ascii: "\"")
        while index < raw.count {
            let byte = raw[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < raw.count, raw[index + 1] == quote { fields[fields.count - 1].append(quote); index += 1 } else { inQuotes = false }
                } else {
                    fields[fields.count - 1].append(byte)
                }
            } else if byte == quote {
                inQuotes = true
            } else if byte == dialect.delimiter {
                fields.append([])
            } else {
                fields[fields.count - 1].append(byte)
            }
            index += 1
        }
        if raw.allSatisfy({ $0 < 0x80 }) || String(validating: raw, as: UTF8.self) != nil {
            return (fields.map { String(decoding: $0, as: UTF8.self) }, dialect.encoding == .windows1252 && raw.allSatisfy { $0 < 0x80 } ? .windows1252 : .utf8)
        }
        var decoded: [String] = []
        for field in fields {
            guard case .success(let text) = field.withUnsafeBufferPointer(TextEncoding.decodeWindows1252) else {
                throw OcculterError(.write, at: SourceLocation(file: file, line: line),
                                    "la ligne \(row) de la sortie ne se relit pas ; aucune sortie n'a été écrite.",
                                    hint: "signalez ce fichier : la sortie écrite par Occulter doit toujours se relire.")
            }
            decoded.append(text)
        }
        return (decoded, .windows1252)
    }
}

/// A file read by blocks and by ranges, with `read(2)` and `pread(2)`: the published file is
/// never mapped (its pages would count in the run's memory) nor read whole.
final class ReadOnlyFile {
    private var descriptor: Int32
    let path: String
    let size: Int
    static let blockSize = 1 << 20

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard descriptor >= 0, fstat(descriptor, &info) == 0 else {
            throw OcculterError(.write, at: SourceLocation(file: path), "relecture de la sortie impossible (\(String(cString: strerror(errno)))) ; aucune sortie n'a été écrite.",
                                hint: "vérifiez l'espace disque et les droits du dossier de sortie.")
        }
        size = Int(info.st_size)
    }

    func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor); descriptor = -1 }
    }

    deinit { close() }

    func read(_ range: Range<Int>) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let count = try bytes.withUnsafeMutableBytes { raw in
                try readAt(range.lowerBound + done, into: UnsafeMutableRawBufferPointer(rebasing: raw[done...]))
            }
            if count == 0 { break }
            done += count
        }
        return bytes
    }

    func copy(_ range: Range<Int>, to output: AtomicFile) throws {
        var buffer = [UInt8](repeating: 0, count: ReadOnlyFile.blockSize)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let wanted = min(buffer.count, range.upperBound - offset)
            let count = try buffer.withUnsafeMutableBytes { raw in try readAt(offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<wanted])) }
            if count == 0 { break }
            try buffer.withUnsafeBufferPointer { try output.write(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            offset += count
        }
    }

    func readAt(_ offset: Int, into raw: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = pread(descriptor, raw.baseAddress, raw.count, off_t(offset))
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw OcculterError(.write, at: SourceLocation(file: path), "relecture de la sortie impossible (\(String(cString: strerror(errno)))) ; aucune sortie n'a été écrite.",
                                hint: "vérifiez l'espace disque et les droits du dossier de sortie.")
        }
    }
}

/// The propagating surnames by hash, in open addressing: the scan asks for every capitalised
/// word of the file, and a `Dictionary` hashed each key again (SipHash).
struct SurnameTable {
    private var keys: [UInt64]
    private var entries: [RunSurnames.Entry]
    private let mask: Int

    init(_ surnames: [UInt64: RunSurnames.Entry]) {
        var capacity = 16
        while capacity < surnames.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        entries = [RunSurnames.Entry](repeating: RunSurnames.Entry(rule: 0, distinctive: false), count: capacity)
        mask = capacity - 1
        // 0 marks an empty slot: a word hashing to 0 (one in 2⁶⁴) is never propagated.
        for (hash, entry) in surnames where hash != 0 {
            var slot = SurnameTable.slot(hash, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = hash
            entries[slot] = entry
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask }

    @inline(__always)
    func entry(_ hash: UInt64) -> RunSurnames.Entry? {
        var slot = SurnameTable.slot(hash, mask)
        while true {
            let key = keys[slot]
            if key == hash, hash != 0 { return entries[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
