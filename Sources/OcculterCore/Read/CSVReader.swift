import Foundation

/// A streaming CSV reader for the dialects French administrations produce: `;`, `,` or tab;
/// UTF-8 with or without BOM or Windows-1252 (decided from the bytes); CRLF or LF;
/// RFC 4180 quoting with multi-line cells. Malformed input is an error naming the line.
public final class CSVReader: TableSource {
    public private(set) var header: [String] = []
    // The record loop's state is read and written for every record, by the one thread that
    // reads: unchecked for exclusivity, which cost two run-time checks a record (0.15 k
    // instructions a délibérations row).
    @exclusivity(unchecked) public private(set) var dialect = CSVDialect()
    public private(set) var description: InputDescription
    /// Rows whose surplus trailing fields were all empty and were dropped (reported).
    public private(set) var trimmedTrailingFieldRows = 0
    /// Blank lines skipped between records (reported).
    public private(set) var blankLines = 0

    private let input: ByteInput
    @exclusivity(unchecked) private var guess: TextEncoding.Guess = .ascii
    @exclusivity(unchecked) private var line = 1
    @exclusivity(unchecked) private var rowCount = 0
    @exclusivity(unchecked) private var sawLineEnding: CSVDialect.LineEnding?

    /// A cell larger than this is an export error, not text to publish: refusing it keeps
    /// memory bounded (a 50 MB cell would otherwise be tokenised whole).
    public static let maximumCellBytes = 8 << 20

    public convenience init(path: String) throws {
        try self.init(input: ByteInput(path: path))
    }

    init(input: ByteInput) throws {
        self.input = input
        description = InputDescription(file: input.displayName, format: "CSV")
        try readHeader()
    }

    private func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: input.displayName, line: line, column: column)
    }

    private func readHeader() throws {
        try input.fill(minimum: ByteInput.chunkSize)
        let available = input.withUnread { $0.count }
        guard available > 0 else {
            throw OcculterError(.input, at: location(line: 1), "le fichier est vide.",
                                hint: "exportez de nouveau le jeu de données : il faut au moins une ligne d'en-tête.")
        }
        let hasBOM = input.withUnread { $0.count >= 3 && $0[0] == 0xEF && $0[1] == 0xBB && $0[2] == 0xBF }
        if hasBOM { input.consume(3) }
        guess = input.withUnread { TextEncoding.guess($0, complete: input.reachedEnd) }
        if hasBOM, guess == .windows1252 {
            throw OcculterError(.input, at: location(line: 1),
                                "le fichier commence par une marque UTF-8 (BOM) mais contient des octets invalides en UTF-8.",
                                hint: "ré-enregistrez le fichier en UTF-8 depuis le tableur.")
        }
        if hasBOM, guess == .ascii { guess = .utf8 }
        dialect.encoding = guess == .windows1252 ? .windows1252 : .utf8
        let delimiter = input.withUnread { CSVDialect.detectDelimiter(headerLine: $0) }
        dialect.delimiter = delimiter
        dialect.hasBOM = hasBOM

        var quotedAll = true
        var batch = RecordBatch()
        guard try readRecord(into: &batch, quotedAll: &quotedAll) else {
            throw OcculterError(.input, at: location(line: 1), "le fichier ne contient pas de ligne d'en-tête.",
                                hint: "exportez de nouveau le jeu de données avec ses noms de colonnes.")
        }
        batch.finishRecord(number: 0, encoding: guess == .windows1252 ? .windows1252 : .utf8)
        header = try batch.withRecords { try CSVReader.decode($0[0], file: input.displayName) }
        dialect.quoteAll = quotedAll
        dialect.lineEnding = sawLineEnding ?? .lf
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces)
            // Unnamed columns (trailing separators of real exports) cannot clash with anything.
            if key.isEmpty { continue }
            if let first = seen[key], !key.isEmpty {
                throw OcculterError(.input, at: location(line: 1, column: index + 1),
                                    "la colonne « \(key) » apparaît deux fois dans l'en-tête (colonnes \(first + 1) et \(index + 1)).",
                                    hint: "renommez ou supprimez la colonne en double avant de relancer.")
            }
            seen[key] = index
        }
        updateDescription()
    }

    private func updateDescription() {
        description.encoding = (guess == .windows1252 ? TextEncoding.windows1252 : .utf8).rawValue
        description.delimiter = dialect.delimiterName
        description.lineEnding = dialect.lineEnding.rawValue
        description.bom = dialect.hasBOM
    }

    /// The dialect as the header gave it. The encoding is decided per record (a file ASCII at
    /// first may turn out to be Windows-1252), so the writer takes each row's.
    public var outputFormat: OutputFormat { .csv(dialect) }

    public var endsWithLineEnding: Bool { dialect.finalLineEnding }

    public func next() throws -> Row? {
        ownBatch.removeAll()
        guard try readRecords(into: &ownBatch, limit: 1) == 1 else { return nil }
        return try ownBatch.withRecords { try ownDecoder.decode($0[0]) }
    }

    /// The batch `next()` reads into, reused from row to row.
    private var ownBatch = RecordBatch()

    /// Appends up to `limit` records to `batch` as bytes, checked for shape (field count, blank
    /// lines) but not decoded: workers decode records in parallel. Returns how many were read
    /// (fewer than `limit` only at the end of the input).
    func readRecords(into batch: inout RecordBatch, limit: Int) throws -> Int {
        let first = batch.count
        var read = 0
        do {
            try appendRecords(into: &batch, limit: limit, read: &read)
        } catch {
            // The records before the bad one stay; the bad one never reaches a worker.
            batch.truncate(toRecords: first + read)
            throw error
        }
        return read
    }

    private func appendRecords(into batch: inout RecordBatch, limit: Int, read: inout Int) throws {
        while read < limit {
            var quotedAll = false
            if !readPlainRecord(into: &batch) {
                guard try readRecord(into: &batch, quotedAll: &quotedAll) else {
                    updateDescription()
                    return
                }
            }
            let head = batch.last
            let count = head.fieldCount
            if count == 1, batch.lastFieldLength(0) == 0, header.count > 1 {
                blankLines += 1
                batch.dropLastRecord()
                continue
            }
            if count > header.count {
                // Real exports often end rows with extra empty separators; only empty surplus is tolerated.
                if (header.count..<count).allSatisfy({ batch.lastFieldLength($0) == 0 }) {
                    batch.dropTrailingFields(keeping: header.count)
                    trimmedTrailingFieldRows += 1
                } else {
                    throw OcculterError(.input, at: location(line: head.line, column: header.count + 1),
                                        "la ligne compte \(count) champs alors que l'en-tête en a \(header.count).",
                                        hint: "vérifiez les séparateurs et les guillemets de cette ligne (un « \(String(UnicodeScalar(dialect.delimiter))) » non protégé par des guillemets ?).")
                }
            } else if count < header.count {
                throw OcculterError(.input, at: location(line: head.line, column: count),
                                    "la ligne compte \(count) champs alors que l'en-tête en a \(header.count).",
                                    hint: "complétez la ligne ou vérifiez qu'un guillemet n'a pas été oublié à la ligne précédente.")
            }
            rowCount += 1
            // The encoding in force now: a file may turn out to be Windows-1252 after an ASCII start.
            batch.finishRecord(number: rowCount, encoding: guess == .windows1252 ? .windows1252 : .utf8)
            read += 1
        }
    }

    /// Made once: making a decoder copies the header (9 % of the prénoms run when made per row).
    private lazy var ownDecoder = decoder()

    /// A decoder of raw records that workers can share: it only needs the header and file name.
    func decoder() -> RecordDecoder {
        // Its own copy of the header: rows made by different workers must not share one array's
        // reference count.
        RecordDecoder(header: header.map { String(decoding: Array($0.utf8), as: UTF8.self) }, file: input.displayName)
    }

    public func inputSHA256() -> String { input.hasher.hex() }

    public var bytesRead: Int { input.bytesRead }

    // MARK: - Record parsing

    private static let quote = UInt8(ascii: "\"")
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A

    /// Reads a record without quotes that lies whole in the buffer, with its line ending and
    /// the byte after it (most records of a large file): its fields are found first and
    /// copied in one run, where the general reader below goes field by field and byte class
    /// by byte class (a fifth of the reading thread). Returns false, having read nothing,
    /// when the record needs the general reader: a quote, a NUL, the end of the buffer, or
    /// the first rows of a file whose encoding is not decided yet.
    private func readPlainRecord(into batch: inout RecordBatch) -> Bool {
        guard guess != .ascii else { return false }
        let delimiter = dialect.delimiter
        // The field ends go through a pointer kept from record to record: an array taken out
        // of its property and put back cost two exclusivity checks and a `removeAll` a record
        // (0.2 k instructions a délibérations row).
        var ends = plainEnds.pointee.base, capacity = plainEnds.pointee.capacity, fields = 0
        defer { plainEnds.pointee = (ends, capacity) }
        let found = input.withUnread { buffer -> (length: Int, next: Int, ending: CSVDialect.LineEnding)? in
            guard let first = buffer.first, first != CSVReader.quote else { return nil }
            var index = 0
            var stops = StopScanner(buffer, delimiter: delimiter)
            while true {
                let stop = stops.next()
                guard stop < buffer.count, stop - index <= CSVReader.maximumCellBytes else { return nil }
                if fields == capacity {
                    let larger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
                    larger.moveInitialize(from: ends, count: fields)
                    ends.deallocate()
                    ends = larger
                    capacity *= 2
                }
                ends[fields] = stop
                fields += 1
                let byte = buffer[stop]
                if byte == delimiter {
                    index = stop + 1
                    // A quoted field, or a delimiter at the end of the buffer: the general reader.
                    guard index < buffer.count, buffer[index] != CSVReader.quote else { return nil }
                    continue
                }
                guard byte != 0 else { return nil }
                var next = stop + 1
                var ending = CSVDialect.LineEnding.lf
                if byte == CSVReader.cr {
                    guard next < buffer.count else { return nil }
                    if buffer[next] == CSVReader.lf { next += 1; ending = .crlf }
                }
                // The byte after the line ending must be in the buffer: it tells whether the
                // input ends with a line ending.
                guard next < buffer.count else { return nil }
                return (stop, next, ending)
            }
        }
        guard let found else { return false }
        batch.beginRecord(line: line, plain: true)
        input.withUnread { buffer in batch.appendFields(of: buffer, ends: UnsafeBufferPointer(start: ends, count: fields)) }
        input.consume(found.next)
        endLine(found.ending, endOfInput: false)
        return true
    }

    /// Field ends of the record `readPlainRecord` looks at, kept from record to record.
    private let plainEnds: UnsafeMutablePointer<(base: UnsafeMutablePointer<Int>, capacity: Int)> = {
        let storage = UnsafeMutablePointer<(base: UnsafeMutablePointer<Int>, capacity: Int)>.allocate(capacity: 1)
        storage.initialize(to: (.allocate(capacity: 64), 64))
        return storage
    }()

    deinit {
        plainEnds.pointee.base.deallocate()
        plainEnds.deallocate()
    }

    /// The delimiters, CR, LF and NUL bytes of a buffer, in order, found sixteen bytes at a time
    /// (SIMD) across the fields of a record: looked for field by field, eight bytes at a time,
    /// they were 2.3 k instructions a délibérations row (17 fields, callgrind).
    private struct StopScanner {
        let base: UnsafePointer<UInt8>?
        let count: Int
        /// Made once: a vector splat per block cost a hundred instructions.
        let delimiters: SIMD16<UInt8>
        /// Start of the block `low` and `high` describe: 0xFF in each lane of a stop not yet given.
        private var block = 0
        private var low: UInt64 = 0, high: UInt64 = 0

        init(_ buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
            base = buffer.baseAddress
            count = buffer.count
            delimiters = SIMD16(repeating: delimiter)
            load()
        }

        /// Index of the next stop, or `count`.
        @inline(__always)
        mutating func next() -> Int {
            while true {
                if low != 0 {
                    let bit = low.trailingZeroBitCount
                    low ^= 0xFF << UInt64(bit)
                    return block + bit / 8
                }
                if high != 0 {
                    let bit = high.trailingZeroBitCount
                    high ^= 0xFF << UInt64(bit)
                    return block + 8 + bit / 8
                }
                block += 16
                guard block < count else { return count }
                load()
            }
        }

        @inline(__always)
        private mutating func load() {
            guard let base, block < count else { return }
            let vector: SIMD16<UInt8>
            let rest = count - block
            if rest >= 16 {
                vector = UnsafeRawPointer(base + block).loadUnaligned(as: SIMD16<UInt8>.self)
            } else {
                // The last bytes, padded with a byte that is no stop (lanes past the end are
                // dropped anyway).
                var padded = SIMD16<UInt8>(repeating: 0x20)
                for lane in 0..<rest { padded[lane] = base[block + lane] }
                vector = padded
            }
            let stops = (vector .== delimiters) .| (vector .== SIMD16<UInt8>(repeating: 0x0D))
                .| (vector .== SIMD16<UInt8>(repeating: 0x0A)) .| (vector .== SIMD16<UInt8>(repeating: 0))
            let lanes = unsafeBitCast(stops, to: SIMD2<UInt64>.self)
            low = lanes[0]
            high = lanes[1]
        }
    }

    /// Appends one record's fields to `batch` as bytes; false at end of input.
    private func readRecord(into batch: inout RecordBatch, quotedAll: inout Bool) throws -> Bool {
        guard try input.fill() > 0 else { return false }
        batch.beginRecord(line: line)
        var fields = 0
        while true {
            let fieldStart = batch.byteCount
            var quoted = false
            var quoteLine = line
            var byte = try peek()
            if byte == CSVReader.quote {
                quoted = true
                quoteLine = line
                input.consume(1)
            }
            var endOfRecord = false
            if quoted {
                while true {
                    // Fast path: copy the run of ordinary bytes up to the next quote, newline or NUL.
                    try copyRun(into: &batch, fieldStart: fieldStart, stoppingAt: CSVReader.quote, CSVReader.lf, 0, 0,
                                column: fields + 1, quoteLine: quoteLine)
                    guard let next = try peek() else {
                        throw OcculterError(.input, at: location(line: quoteLine, column: fields + 1),
                                            "guillemet ouvert jamais refermé (le champ commence à la ligne \(quoteLine)).",
                                            hint: "ajoutez le guillemet fermant ou doublez les guillemets à l'intérieur du texte (\"\").")
                    }
                    input.consume(1)
                    if next == CSVReader.quote {
                        let after = try peek()
                        if after == CSVReader.quote {
                            batch.append(CSVReader.quote)
                            input.consume(1)
                            continue
                        }
                        // Closing quote: what follows must end the field.
                        if after == nil { endOfRecord = true; break }
                        if after == dialect.delimiter { input.consume(1); break }
                        if after == CSVReader.cr || after == CSVReader.lf { try consumeLineEnding(); endOfRecord = true; break }
                        throw OcculterError(.input, at: location(line: line, column: fields + 1),
                                            "caractère inattendu après un guillemet fermant.",
                                            hint: "un guillemet à l'intérieur d'un champ doit être doublé (\"\").")
                    }
                    if next == 0 { throw nulError(column: fields + 1) }
                    if next == CSVReader.lf { line += 1 }
                    batch.append(next)
                    if batch.byteCount - fieldStart > CSVReader.maximumCellBytes { throw oversizedError(line: quoteLine, column: fields + 1) }
                }
            } else {
                while true {
                    try copyRun(into: &batch, fieldStart: fieldStart, stoppingAt: dialect.delimiter, CSVReader.cr, CSVReader.lf, 0,
                                column: fields + 1, quoteLine: nil)
                    byte = try peek()
                    guard let next = byte else { endOfRecord = true; break }
                    if next == dialect.delimiter { input.consume(1); break }
                    if next == CSVReader.cr || next == CSVReader.lf { try consumeLineEnding(); endOfRecord = true; break }
                    if next == 0 { throw nulError(column: fields + 1) }
                    batch.append(next)
                    if batch.byteCount - fieldStart > CSVReader.maximumCellBytes { throw oversizedError(line: line, column: fields + 1) }
                    input.consume(1)
                    byte = try peek()
                }
            }
            if !quoted { quotedAll = false }
            if guess == .ascii { noteEncoding(batch.bytes, from: fieldStart) }
            batch.endField(separator: dialect.delimiter)
            fields += 1
            if endOfRecord { break }
            if try peek() == nil {
                // A delimiter right before the end of input: one last empty field.
                batch.endField(separator: dialect.delimiter)
                if !quoted { quotedAll = false }
                break
            }
        }
        return true
    }

    private func oversizedError(line: Int, column: Int) -> OcculterError {
        OcculterError(.input, at: location(line: line, column: column),
                      "cellule de plus de \(CSVReader.maximumCellBytes >> 20) Mo : ce n'est pas une valeur de jeu de données publiable.",
                      hint: "vérifiez l'export (guillemet non fermé, fichier joint collé dans une cellule) et relancez.")
    }

    private func nulError(column: Int) -> OcculterError {
        OcculterError(.input, at: location(line: line, column: column),
                      "octet nul (0x00) dans le fichier : ce n'est pas un texte CSV.",
                      hint: "vérifiez qu'il ne s'agit pas d'un fichier UTF-16 ou binaire ; ré-exportez en CSV UTF-8.")
    }

    /// Appends to `bytes` every byte before the first of the stop bytes (the whole buffer
    /// when none occurs), refilling as needed. Eight bytes are tested at a time for the stop
    /// bytes (SWAR): the reader is a serial stage of a parallel run, and a byte-by-byte loop
    /// made it a fifth of the time.
    private func copyRun(into batch: inout RecordBatch, fieldStart: Int, stoppingAt a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                         column: Int, quoteLine: Int?) throws {
        while true {
            if input.start == input.end { guard try input.fill() > 0 else { return } }
            let (length, stopped) = input.withUnread { buffer -> (Int, Bool) in
                let index = CSVReader.firstStop(in: buffer, a, b, c, d)
                return (index, index < buffer.count)
            }
            if length > 0 {
                input.withUnread { batch.append(UnsafeBufferPointer(rebasing: $0[0..<length])) }
                input.consume(length)
                if batch.byteCount - fieldStart > CSVReader.maximumCellBytes {
                    throw oversizedError(line: quoteLine ?? line, column: column)
                }
            }
            if stopped { return }
        }
    }

    /// Index of the first byte equal to one of `a`, `b`, `c`, `d`, or the buffer's count.
    static func firstStop(in buffer: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        let count = buffer.count
        guard let base = buffer.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let (ma, mb, mc, md) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c), ones &* UInt64(d))
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let hits = zeroByte(word ^ ma) | zeroByte(word ^ mb) | zeroByte(word ^ mc) | zeroByte(word ^ md)
            // The lowest flagged byte is exact (a borrow only flags bytes above a true match):
            // no byte loop over the word (fields are short, and that loop was most of the cost).
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == a || byte == b || byte == c || byte == d { return index }
            index += 1
        }
        return count
    }

    @inline(__always)
    private func peek() throws -> UInt8? {
        if input.start == input.end { guard try input.fill() > 0 else { return nil } }
        return input.buffer[input.start]
    }

    private func consumeLineEnding() throws {
        guard let byte = try peek() else { return }
        input.consume(1)
        var ending = CSVDialect.LineEnding.lf
        if byte == CSVReader.cr {
            if try peek() == CSVReader.lf { input.consume(1); ending = .crlf }
        }
        endLine(ending, endOfInput: try peek() == nil)
    }

    /// A line ending was read: the first one gives the dialect's, the last one tells whether
    /// the input ends with one.
    private func endLine(_ ending: CSVDialect.LineEnding, endOfInput: Bool) {
        if sawLineEnding == nil { sawLineEnding = ending }
        line += 1
        dialect.finalLineEnding = endOfInput
    }

    /// The first non-ASCII bytes decide the encoding for the whole file (rows before were
    /// ASCII, identical in both encodings).
    private func noteEncoding(_ bytes: [UInt8], from start: Int) {
        guard guess == .ascii else { return }
        bytes.withUnsafeBufferPointer { buffer in
            let field = UnsafeBufferPointer(rebasing: buffer[start...])
            guard !isASCII(field) else { return }
            guess = TextEncoding.guess(field, complete: true)
            dialect.encoding = guess == .windows1252 ? .windows1252 : .utf8
        }
    }

    /// Decodes every field of a record in the encoding decided when it was read.
    /// With `checkedUTF8`, the caller vouches that the record is UTF-8 and passed
    /// `isValidUTF8WithoutBOM(fieldsOf:)` (records scanned on their bytes did): its fields are
    /// not checked again (a second pass over every field of every record with a finding).
    static func decode(_ raw: RawRecord, file: String, checkedUTF8: Bool = false) throws -> [String] {
        var values: [String] = []
        values.reserveCapacity(raw.ends.count)
        if checkedUTF8, raw.encoding == .utf8 {
            for index in raw.ends.indices { values.append(String(decoding: raw.field(index), as: UTF8.self)) }
            return values
        }
        for index in raw.ends.indices {
            values.append(try decodeField(raw.field(index), encoding: raw.encoding,
                                          location: SourceLocation(file: file, line: raw.line, column: index + 1)))
        }
        return values
    }

    private static func decodeField(_ field: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, location: @autoclosure () -> SourceLocation) throws -> String {
        if encoding == .windows1252 {
            switch TextEncoding.decodeWindows1252(field) {
            case .success(let text): return text
            case .failure(let bad):
                throw OcculterError(.input, at: location(),
                                    "octet 0x\(String(bad.byte, radix: 16, uppercase: true)) illisible : le fichier n'est ni en UTF-8 ni en Windows-1252.",
                                    hint: "ré-enregistrez le fichier en UTF-8 depuis le tableur ou le logiciel d'export.")
            }
        }
        // The same check as records scanned on their bytes (`isValidUTF8WithoutBOM`); only a
        // failing field takes the slower look that tells the two errors apart.
        // (`String(validating:as:)` on every field was 12 % of the prénoms run.)
        if !isASCII(field), !isValidUTF8WithoutBOM(field) {
            if String(validating: field, as: UTF8.self) == nil {
                throw OcculterError(.input, at: location(),
                                    "texte invalide en UTF-8 alors que le début du fichier est en UTF-8 (encodages mélangés).",
                                    hint: "ré-enregistrez le fichier entier dans un seul encodage, de préférence UTF-8.")
            }
            throw OcculterError(.input, at: location(),
                                "marque d'ordre des octets (BOM) au milieu du fichier : deux fichiers ont-ils été concaténés ?",
                                hint: "séparez les fichiers ou supprimez la marque et l'en-tête en double.")
        }
        let text = String(decoding: field, as: UTF8.self)
        return text
    }
}

/// Turns raw records into rows; each worker holds one. A struct, not a closure: calling a
/// closure passed the record through a thunk that copied it (and retained its arrays).
struct RecordDecoder: Sendable {
    let header: [String]
    let file: String

    func decode(_ raw: RawRecord, checkedUTF8: Bool = false) throws -> Row {
        Row(number: raw.number, line: raw.line, columns: header, values: try CSVReader.decode(raw, file: file, checkedUTF8: checkedUTF8),
            encoding: raw.encoding)
    }

    /// A record already checked as UTF-8, with only the fields `wanted` decoded and the others
    /// left empty: for a run that keeps no copy of its rows, whose writer copies the unchanged
    /// fields from the record's bytes (decoding the 17 fields of every subject with a finding,
    /// to encode them back unchanged, was 6 % of a délibérations run).
    func decode(checkedUTF8 raw: RawRecord, wanted: (Int) -> Bool) -> Row {
        var values: [String] = []
        values.reserveCapacity(raw.ends.count)
        for index in raw.ends.indices {
            values.append(wanted(index) ? String(decoding: raw.field(index), as: UTF8.self) : "")
        }
        return Row(number: raw.number, line: raw.line, columns: header, values: values, encoding: raw.encoding)
    }
}

/// Whether every byte is below 0x80, eight bytes at a time.
@inline(__always)
func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    let count = bytes.count
    while index + 8 <= count {
        if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        index += 8
    }
    while index < count {
        if base[index] >= 0x80 { return false }
        index += 1
    }
    return true
}

/// Whether the bytes are well-formed UTF-8 (Unicode table 3-7: no overlongs, surrogates or
/// values past U+10FFFF) without a byte order mark inside. Decoding rejects both; this lets
/// a record be checked without making Strings.
func isValidUTF8WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    isValidUTF8(bytes, allowingBOM: false)
}

/// Whether the bytes are well-formed UTF-8 (what `String(validating:as:)` accepts, when
/// `allowingBOM`), without making a String. `sawNonASCII` tells whether a byte from 0x80 was met.
@inline(__always)
func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowingBOM: Bool) -> Bool {
    var sawNonASCII = false
    return isValidUTF8(bytes, allowingBOM: allowingBOM, sawNonASCII: &sawNonASCII)
}

func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowingBOM: Bool, sawNonASCII: inout Bool) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    let count = bytes.count
    while index < count {
        // French text is mostly ASCII: sixteen bytes at a time, then straight to the first byte
        // from 0x80 (eight at a time then byte by byte, this was 0.7 k instructions a row).
        while index + 16 <= count {
            let low = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
            let high = UInt64(littleEndian: UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
            if low | high == 0 { index += 16; continue }
            index += low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3
            break
        }
        guard index < count else { break }
        let lead = base[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        sawNonASCII = true
        if !allowingBOM, lead == 0xEF, index + 2 < count, base[index + 1] == 0xBB, base[index + 2] == 0xBF { return false }
        var length = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return false
        }
        guard index + length <= count, base[index + 1] >= low, base[index + 1] <= high else { return false }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
        index += length
    }
    return true
}

/// Whether every field of a record is well-formed UTF-8 without a byte order mark, in one
/// pass over the record: the record must be valid, and no field may start or end inside a
/// scalar (an ASCII separator byte stands between two fields, so a scalar cut by a field
/// boundary makes the record itself invalid; checked again here, the separator being a
/// byte of the input).
func isValidUTF8WithoutBOM(fieldsOf raw: RawRecord) -> Bool {
    var sawNonASCII = false
    guard isValidUTF8(raw.bytes, allowingBOM: false, sawNonASCII: &sawNonASCII) else { return false }
    // An ASCII record has no scalar to cut.
    guard sawNonASCII else { return true }
    let count = raw.bytes.count
    for end in raw.ends where end < count {
        if raw.bytes[end] >= 0x80 || (end + 1 < count && raw.bytes[end + 1] & 0xC0 == 0x80) { return false }
    }
    return true
}
