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
    let surnames: [UInt64: RunSurnames.Entry]
    let dialect: CSVDialect
    let file: String
    /// For each output column, its input column when a person rule scans it.
    private let scanned: [Int?]
    /// A first test on 2¹⁶ bits of the hash, before the dictionary.
    private let filter: [UInt64]

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
        self.surnames = propagating
        self.dialect = dialect
        self.file = file
        self.scanned = scanned
        var filter = [UInt64](repeating: 0, count: 1 << 10)
        for hash in propagating.keys { filter[Int(hash >> 54)] |= 1 << ((hash >> 48) & 63) }
        self.filter = filter
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
    private func scan(_ input: ReadOnlyFile) throws -> [Candidate] {
        var candidates: [Candidate] = []
        let quote = UInt8(ascii: "\""), delimiter = dialect.delimiter
        var inQuotes = false, column = 0, row = 0, rowStart = 0, flagged = false
        var scanning = false
        var previousCR = false
        // The current word: its hash (ASCII lower case), length, first byte, and its bytes.
        var hash = TextWords.basis, length = 0, upperStart = false, digits = false, high = false
        var word: [UInt8] = []
        word.reserveCapacity(128)
        func endWord() {
            defer { length = 0; hash = TextWords.basis; digits = false; high = false; word.removeAll(keepingCapacity: true) }
            guard length >= 3, !flagged else { return }
            if !high {
                if upperStart, !digits, mayHold(hash) { flagged = true }
                return
            }
            flagged = word.withUnsafeBufferPointer(holdsSurname)
        }
        var offset = 0
        try input.forEachBlock { block in
            for index in 0..<block.count {
                let byte = block[index]
                if scanning {
                    if byte >= 0x80 {
                        if length == 0 { upperStart = true }
                        high = true
                        length += 1
                        if word.count < 128 { word.append(byte) }
                        continue
                    }
                    let lower = byte | 0x20
                    if lower >= 0x61, lower <= 0x7A {
                        if length == 0 { upperStart = byte < 0x61 }
                        hash = (hash ^ UInt64(lower)) &* TextWords.prime
                        length += 1
                        if word.count < 128 { word.append(byte) }
                        continue
                    }
                    if byte >= 0x30, byte <= 0x39 {
                        if length == 0 { upperStart = false }
                        digits = true
                        hash = (hash ^ UInt64(byte)) &* TextWords.prime
                        length += 1
                        if word.count < 128 { word.append(byte) }
                        continue
                    }
                    if length > 0 { endWord() }
                }
                if byte == quote {
                    inQuotes.toggle()
                } else if !inQuotes {
                    if byte == delimiter {
                        column += 1
                        scanning = row > 0 && column < scanned.count && scanned[column] != nil
                    } else if byte == 0x0A {
                        let end = offset + index - (previousCR ? 1 : 0)
                        if flagged { candidates.append(Candidate(row: row, bytes: rowStart..<end)) }
                        row += 1
                        column = 0
                        rowStart = offset + index + 1
                        flagged = false
                        scanning = scanned.first.map { $0 != nil } ?? false
                    }
                }
                previousCR = byte == 0x0D
            }
            offset += block.count
        }
        if length > 0 { endWord() }
        if flagged, rowStart < input.size { candidates.append(Candidate(row: row, bytes: rowStart..<input.size)) }
        return candidates
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
        filter[Int(hash >> 54)] & (1 << ((hash >> 48) & 63)) != 0 && surnames[hash] != nil
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
                    guard word.letters >= 3, word.digits == 0, let entry = surnames[word.hash], RunSurnames.startsUpper(word, in: bytes),
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

    func forEachBlock(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: ReadOnlyFile.blockSize)
        var offset = 0
        while offset < size {
            let count = try buffer.withUnsafeMutableBytes { raw in try readAt(offset, into: raw) }
            if count == 0 { break }
            try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            offset += count
        }
    }

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

    private func readAt(_ offset: Int, into raw: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = pread(descriptor, raw.baseAddress, raw.count, off_t(offset))
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw OcculterError(.write, at: SourceLocation(file: path), "relecture de la sortie impossible (\(String(cString: strerror(errno)))) ; aucune sortie n'a été écrite.",
                                hint: "vérifiez l'espace disque et les droits du dossier de sortie.")
        }
    }
}
