import Foundation

/// The run's second look at its published CSV, once every row is decided: a surname hidden
/// as a private person's in one row (`RunSurnames`) is hidden where it still stands in the
/// text of another (« Vente à M. Paul GONDOUIN » in one row, « Servitude GONDOUIN » in a
/// later one). Rows are processed in parallel chunks, so this cannot happen while they go by
/// without making the output depend on `--jobs`; after them, it reads the same bytes whatever
/// the jobs.
///
/// While rows are written, `OutputWordIndex` notes which capitalised words each segment of the
/// file holds. At the end, only the segments that may hold a propagating surname are read
/// back and scanned (`OutputScanner`); a row holding one is decoded and goes through the cell
/// decider like any finding (keyed fingerprint, the DPO's decisions, in-cell repeats, the last
/// check), then is encoded again in place of its old bytes. A file where no hidden surname
/// reappears is left as written. Findings carry `evidence`, a phrase of the closed
/// vocabulary: no word of the value.
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
    private let propagating: [(hash: UInt64, entry: RunSurnames.Entry)]
    let dialect: CSVDialect
    let file: String
    /// For each output column, its input column when a person rule scans it.
    private let scanned: [Int?]

    /// For each output column of `processor`, its input column when a person rule scans it;
    /// nil when no column is.
    static func personColumns(of processor: RowProcessor) -> [Int?]? {
        guard !processor.personRules.isEmpty else { return nil }
        let personRules = Set(processor.personRules.values)
        var scanned: [Int?] = []
        for (column, plan) in processor.plans.enumerated() {
            switch plan {
            case .drop: continue
            case .keep: scanned.append(nil)
            case .scan(let rules): scanned.append(rules.contains(where: personRules.contains) ? column : nil)
            }
        }
        return scanned.contains(where: { $0 != nil }) ? scanned : nil
    }

    /// The index a CSV sink keeps for the run's propagation, when a person rule scans a column.
    static func index(for processor: RowProcessor, dialect: CSVDialect) -> OutputWordIndex? {
        personColumns(of: processor).map {
            OutputWordIndex(scanner: OutputScanner(columns: $0.map { $0 != nil }, delimiter: dialect.delimiter),
                            lineEnding: dialect.lineEnding.bytes.count)
        }
    }

    /// Nil when nothing can propagate (no person rule, no surname hidden, every one also kept).
    init?(processor: RowProcessor, words: WordLists, surnames: RunSurnames, dialect: CSVDialect, file: String) {
        let propagating = surnames.propagating
        guard !propagating.isEmpty, let scanned = RunPropagation.personColumns(of: processor) else { return nil }
        self.processor = processor
        self.words = words
        self.surnames = SurnameTable(propagating)
        self.propagating = propagating.map { ($0.key, $0.value) }
        self.dialect = dialect
        self.file = file
        self.scanned = scanned
    }

    /// One row to rewrite: its row number (among published rows, then among rows read) and its
    /// bytes in the file (line ending excluded).
    struct Candidate {
        var row: Int
        var bytes: Range<Int>
    }

    /// Rewrites `path` into `output` when a surname reappears, adding the decisions to `state`;
    /// returns false (nothing written to `output`) when none does.
    func rewrite(path: String, index: OutputWordIndex, into output: AtomicFile, state: inout RunState) throws -> Bool {
        index.finish()
        let input = try ReadOnlyFile(path: path)
        defer { input.close() }
        var candidates: [Candidate] = []
        for segment in index.segments where mayHold(segment) {
            let bytes = try input.read(segment.bytes)
            var finder = CandidateFinder(surnames: surnames, segment: segment)
            bytes.withUnsafeBufferPointer { _ = index.scanner.scan($0, into: &finder) }
            candidates += finder.found
        }
        // The published file's rows are the rows read less those withheld.
        for index in candidates.indices {
            var row = candidates[index].row
            for withheld in state.withheldRows {
                if withheld <= row { row += 1 } else { break }
            }
            candidates[index].row = row
        }
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

    /// The rows of a segment read back that hold a propagating surname.
    private struct CandidateFinder: OutputScanner.Sink {
        let surnames: SurnameTable
        let segment: OutputWordIndex.Segment
        var found: [Candidate] = []
        var flagged = false

        mutating func word(_ word: OutputScanner.Word) -> Bool {
            guard let entry = surnames.entry(word.hash), entry.distinctive || word.capitals else { return false }
            flagged = true
            return true
        }

        mutating func rowEnd(_ row: Int, _ bytes: Range<Int>) {
            if flagged {
                let start = segment.bytes.lowerBound
                found.append(Candidate(row: segment.firstRow + row, bytes: (start + bytes.lowerBound)..<(start + bytes.upperBound)))
            }
            flagged = false
        }
    }

    /// Whether a segment may hold a propagating surname, as a distinctive one may stand (any
    /// capitalised word) or a common one (a word in capitals).
    private func mayHold(_ segment: OutputWordIndex.Segment) -> Bool {
        propagating.contains { item in
            item.entry.distinctive ? segment.capitalised.mayContain(item.hash) : segment.capitals.mayContain(item.hash)
        }
    }

    /// Whether the word at `index` has a capitalised word (not a particle) right before or
    /// after it, spaces only between or one hyphen (« Saint-Bernard », « Perrot-Ménard »: a
    /// place's or another person's compound), or "&" after it.
    static func joinsName(_ index: Int, of text: TextWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = text.words[index]
        func spacesOnly(_ range: Range<Int>) -> Bool {
            !range.isEmpty && (range.allSatisfy { bytes[$0] == 0x20 } || range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "-"))
        }
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
                          !RunSurnames.inPlaceOrBody(index, of: textWords, bytes: bytes, words: words),
                          !RunSurnames.namesLocality(index, of: textWords, bytes: bytes) else { continue }
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
                for word in outcome.hidden { state.hidden!.add(hash: word.hash, rule: word.rule, column: input, capitalsOnly: word.capitalsOnly) }
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
