import Foundation
import Synchronization

/// Runs the row processor over a source, on one core or several. Rows are processed in
/// chunks; each chunk's rows are shared out between workers (each with its own processor and
/// regex scratch) and written back in input order, so the output is byte-identical whatever
/// the number of jobs.
struct RowRunner {
    let processor: RowProcessor
    /// Worker threads (one runs everything in turn).
    let workerCount: Int
    /// Builds worker `index`'s processor and detection context. Each worker has its own
    /// (rules, regexes, word lists): workers sharing the same objects contend on their
    /// reference counts at every row.
    private let makeWorker: @Sendable (Int) throws -> (RowProcessor, DetectionContext)
    /// Whether workers encode decisions as JSON for the decision log (only kept for a report).
    let encodesDecisions: Bool
    /// Whether rows with findings reach the run's state with all their values (the review
    /// context of a report or of a library caller); if not, workers may process them from
    /// the cells they need (`RowProcessor.processesPartialRows`).
    let keepsRows: Bool
    /// Rows read, processed and delivered together. With one job, smaller chunks stay in the
    /// cache between reading, processing and writing.
    static let chunkSize = 2048
    static let singleJobChunkSize = 256

    init(processor: RowProcessor, jobs: Int, config: OcculterConfig, words: WordLists, encodesDecisions: Bool = true,
         keepsRows: Bool = true, makeProcessor: @escaping @Sendable () throws -> RowProcessor) {
        self.processor = processor
        self.encodesDecisions = encodesDecisions
        self.keepsRows = keepsRows
        let workers = max(1, jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount)
        workerCount = workers
        let main = UncheckedSendable(processor)
        makeWorker = { index in
            // The first worker takes the run's own processor: one pack load less.
            (index == 0 ? main.value : try makeProcessor(), DetectionContext(config: config, words: workers > 1 ? words.unshared() : words))
        }
    }

    func run(source: TableSource, sink: TableSink?, state: inout RunState) throws {
        // Rows published unchanged need no decoded values here: workers encode them.
        try forEachProcessed(source: source, sink: sink, needsValues: false) { row, result in
            try state.absorb(result, row: row)
            guard !result.suppressed, !result.written else { return }
            try sink?.write(result.values, row: row)
        }
    }

    /// Calls `body` with every row and its result, in input order. When the sink has a row
    /// encoder (CSV), workers also encode published rows, block by block, and the sink
    /// receives a block's rows before `body` sees them (`result.written`). With `needsValues`
    /// false, a CSV record with nothing to occult is never decoded: `body` gets a `Row` without
    /// values.
    func forEachProcessed(source: TableSource, sink: TableSink? = nil, needsValues: Bool = true,
                          _ body: (Row, RowProcessor.Result) throws -> Void) throws {
        if processor.isIdentity {
            while let row = try source.next() {
                try body(row, RowProcessor.Result(values: row.values, decisions: [], suppressed: false, matchedReviews: [], matchedSecrets: []))
            }
            return
        }
        try withoutActuallyEscaping(body) { body in try processChunks(source: source, sink: sink, needsValues: needsValues, body) }
    }

    /// `body` does not escape: the delivery closure made here ends with the call.
    private func processChunks(source: TableSource, sink: TableSink?, needsValues: Bool,
                               _ body: @escaping (Row, RowProcessor.Result) throws -> Void) throws {
        let csv = source as? CSVReader
        let encoder = sink?.rowEncoder()
        // Partial rows need somewhere to write the fields they do not hold: the encoder, or no output.
        let partialRows = !needsValues && !keepsRows && (encoder != nil || sink == nil)
        let workers = Workers(count: workerCount) { [makeWorker, workerCount, encodesDecisions] index, decoder, encoder in
            let (processor, context) = try makeWorker(index)
            return RecordHandler(processor: processor, context: context, decoder: decoder, encoder: encoder, needsValues: needsValues,
                                 encodesDecisions: workerCount > 1 && encodesDecisions,
                                 partialRows: partialRows && processor.processesPartialRows)
        }
        // Made here, on one thread: they copy the reader's header and the sink's file name.
        let decoders = (0..<workerCount).map { _ in csv?.decoder() }
        let encoders = (0..<workerCount).map { _ in workerCount > 1 ? encoder?.unshared() : encoder }
        // Workers read the words of the rows they encode for the propagation index.
        let wordScanner = encoder.flatMap { encoder in sink?.wordScanner.map { ($0, lineEnding: encoder.dialect.lineEnding.bytes.count) } }
        let deliver: (Chunk) throws -> Void = { chunk in
            try chunk.deliver(writingRows: { rows, noted in try sink?.writeEncodedRows(rows, noted: noted) }, to: body)
        }
        // Three things overlap: the workers process chunk k, one iteration reads chunk k + 1
        // and another hands chunk k − 1 to `body` (reports, output). With `body` run after
        // the workers, two jobs were only 1.2 to 1.3 times faster than one. Reading and
        // delivering come first (iterations are handed out in order); the workers then take
        // blocks of rows as they free up, so that the threads finish together. One job runs
        // the same iterations in turn: both give the same bytes by construction.
        let reader = ChunkReader(source: source, csv: csv, fields: processor.header.count,
                                 rows: workerCount == 1 ? RowRunner.singleJobChunkSize : RowRunner.chunkSize)
        var current = Chunk(reader.read())
        var processed: Chunk?
        while true {
            if current.records.isEmpty {
                // End of input, or the next chunk could not be read: errors keep input order.
                if let processed { try deliver(processed) }
                if let error = current.readError { throw error }
                return
            }
            let next = Slot<Chunk>()
            let deliveryError = Slot<Error>()
            let work = current
            let ready = processed
            do {
                let deliver = UncheckedSendable(deliver)
                let iteration = { @Sendable (iteration: Int) in
                    switch iteration {
                    case 0:
                        // A chunk cut short by a read error is processed first; the error waits.
                        guard work.readError == nil else { return }
                        next.value = Chunk(reader.read())
                    case 1:
                        guard let ready else { return }
                        do { try deliver.value(ready) } catch { deliveryError.value = error }
                    default:
                        let index = iteration - 2
                        guard work.hasBlocksLeft,
                              let handler = workers.handler(index, decoder: decoders[index], encoder: encoders[index]) else { return }
                        while let block = work.nextBlock() { work.process(block: block, handler: handler, scanner: wordScanner) }
                    }
                }
                if workerCount == 1 {
                    for index in 0..<3 { iteration(index) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: min(workerCount, work.blockCount) + 2, execute: iteration)
                }
            }
            if let error = deliveryError.value { throw error }
            if let error = workers.error { throw error }
            if let error = work.readError {
                // The rows before the unreadable one are delivered, then the error is thrown.
                try deliver(work)
                throw error
            }
            processed = current
            current = next.value!
        }
    }

    /// Each worker's handler, built on the worker's own thread when it first has rows to take:
    /// building workers (a pack load, word lists and lexicon each) then overlaps the reading
    /// of the input, where it made a serial twentieth of a two-job run. Slot `i` is only
    /// touched by iteration `2 + i`, which runs on one thread at a time.
    private final class Workers: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<RecordHandler?>
        private let errors: UnsafeMutableBufferPointer<Error?>
        private let make: (Int, RecordDecoder?, RowEncoder?) throws -> RecordHandler

        init(count: Int, make: @escaping (Int, RecordDecoder?, RowEncoder?) throws -> RecordHandler) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
            errors = .allocate(capacity: count)
            errors.initialize(repeating: nil)
            self.make = make
        }

        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
            _ = errors.deinitialize()
            errors.deallocate()
        }

        /// Worker `index`'s handler, built on first use; nil if building it failed (`error`).
        func handler(_ index: Int, decoder: RecordDecoder?, encoder: RowEncoder?) -> RecordHandler? {
            if let handler = slots[index] { return handler }
            guard errors[index] == nil else { return nil }
            do {
                let handler = try make(index, decoder, encoder)
                slots[index] = handler
                return handler
            } catch {
                errors[index] = error
                return nil
            }
        }

        /// The first failure to build a worker, read after the iterations finished.
        var error: Error? { errors.lazy.compactMap { $0 }.first }
    }

    /// What one iteration hands back to the loop (the chunk read, a delivery's error): written
    /// by that iteration only, read after `concurrentPerform` returns. The delivery closure
    /// itself goes to its iteration as `UncheckedSendable`: it is called by that iteration only.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }

    /// Reads chunks of rows; used by one thread at a time (the loop, or the reading iteration).
    private final class ChunkReader: @unchecked Sendable {
        let source: TableSource
        let csv: CSVReader?
        let fields: Int
        let rows: Int
        /// Bytes of the last chunk: the next one reserves as much (growing by appends copied it).
        private var lastBytes = 1 << 16

        init(source: TableSource, csv: CSVReader?, fields: Int, rows: Int) {
            self.source = source
            self.csv = csv
            self.fields = fields
            self.rows = rows
        }

        /// The records read, and the error that cut the chunk short (the rows before it are
        /// still processed and delivered, so errors come in input order).
        struct Read {
            var records: Records
            var error: Error?
        }

        func read() -> Read {
            var records = Records()
            do {
                if let csv {
                    records.batch.reserve(bytes: lastBytes + lastBytes / 8, records: rows, fieldsPerRecord: fields)
                    _ = try csv.readRecords(into: &records.batch, limit: rows)
                    lastBytes = max(1 << 12, records.batch.byteCount)
                } else {
                    while records.rows.count < rows, let row = try source.next() { records.rows.append(row) }
                }
            } catch {
                return Read(records: records, error: error)
            }
            return Read(records: records, error: nil)
        }
    }

    /// A chunk's input: raw CSV records (decoded by the workers), or rows from another source.
    struct Records: Sendable {
        var batch = RecordBatch()
        var rows: [Row] = []
        var count: Int { batch.isEmpty ? rows.count : batch.count }
        var isEmpty: Bool { count == 0 }
    }

    /// Rows per block that a worker takes at a time.
    static let blockSize = 16

    /// A chunk of records and, once processed, what became of each and the encoded rows of
    /// each block. Slots are written by distinct workers at distinct indices, so no lock is
    /// needed (a lock per row was a point of contention); they are read only after the
    /// workers finished.
    private final class Chunk: @unchecked Sendable {
        private(set) var records: Records
        let readError: Error?
        let blockCount: Int
        private let fates: UnsafeMutableBufferPointer<RecordFate>
        private let outputs: UnsafeMutableBufferPointer<[UInt8]>
        /// What each block's encoded rows hold, for the propagation index.
        private let noted: UnsafeMutableBufferPointer<OutputWordIndex.Noted?>
        private let taken = Atomic<Int>(0)

        init(_ read: ChunkReader.Read) {
            records = read.records
            readError = read.error
            blockCount = (read.records.count + RowRunner.blockSize - 1) / RowRunner.blockSize
            fates = .allocate(capacity: read.records.count)
            fates.initialize(repeating: .clean(number: 0, line: 0))
            outputs = .allocate(capacity: blockCount)
            outputs.initialize(repeating: [])
            noted = .allocate(capacity: blockCount)
            noted.initialize(repeating: nil)
        }

        deinit {
            _ = fates.deinitialize()
            fates.deallocate()
            _ = outputs.deinitialize()
            outputs.deallocate()
            _ = noted.deinitialize()
            noted.deallocate()
        }

        var hasBlocksLeft: Bool { taken.load(ordering: .relaxed) < blockCount }

        /// The next block to process, to whichever worker asks first.
        func nextBlock() -> Int? {
            let block = taken.add(1, ordering: .relaxed).oldValue
            return block < blockCount ? block : nil
        }

        private func rows(of block: Int) -> Range<Int> {
            (block * RowRunner.blockSize)..<min((block + 1) * RowRunner.blockSize, records.count)
        }

        func process(block: Int, handler: RecordHandler, scanner: (OutputScanner, lineEnding: Int)?) {
            var output: [UInt8] = []
            let rows = rows(of: block)
            if records.batch.isEmpty {
                for index in rows { fates[index] = handler.fate(of: records.rows[index], into: &output) }
            } else {
                records.batch.withRecords { records in
                    output.reserveCapacity(records[rows.upperBound - 1].bytes.endIndex - records[rows.lowerBound].bytes.startIndex + rows.count * 24)
                    for index in rows { fates[index] = handler.fate(of: records[index], into: &output) }
                }
            }
            if let (scanner, lineEnding) = scanner, !output.isEmpty {
                noted[block] = output.withUnsafeBufferPointer { OutputWordIndex.noted($0, scanner: scanner, lineEnding: lineEnding) }
            }
            outputs[block] = output
        }

        /// Hands the chunk to the sink and `body`, block by block in input order (a row's
        /// error is thrown when its turn comes), then frees it: freed by the loop between
        /// iterations, chunks made a serial tenth of a two-job run.
        func deliver(writingRows write: (UnsafeBufferPointer<UInt8>, OutputWordIndex.Noted?) throws -> Void,
                     to body: (Row, RowProcessor.Result) throws -> Void) throws {
            for block in 0..<blockCount {
                if !outputs[block].isEmpty {
                    try outputs[block].withUnsafeBufferPointer { try write($0, noted[block]) }
                    outputs[block] = []
                    noted[block] = nil
                }
                for index in rows(of: block) {
                    // Moved out, the slot left trivially empty: the row is freed after its turn.
                    let pointer = fates.baseAddress! + index
                    let fate = pointer.move()
                    pointer.initialize(to: .clean(number: 0, line: 0))
                    switch consume fate {
                    case .clean(let number, let line): try body(Row(number: number, line: line, columns: [], values: []), .published)
                    case .processed(let row, let result): try body(row, result)
                    case .failed(let error): throw error
                    }
                }
            }
            records = Records()
        }
    }

    /// What became of one record.
    enum RecordFate {
        /// Published as read, already encoded in its block's output (or not needed: no sink).
        case clean(number: Int, line: Int)
        case processed(Row, RowProcessor.Result)
        case failed(Error)
    }
}

extension RowProcessor.Result {
    /// A row published as read, its bytes written with its block.
    static let published = RowProcessor.Result(values: [], decisions: [], suppressed: false, matchedReviews: [],
                                               matchedSecrets: [], written: true)
}

/// What one worker does with one record: scan it, decode it only when something was found,
/// decide, and encode what the writer and the decision log will need.
private struct RecordHandler {
    let processor: RowProcessor
    let context: DetectionContext
    let decoder: RecordDecoder?
    let encoder: RowEncoder?
    let needsValues: Bool
    /// Workers encode decisions as JSON for the log; a single thread leaves it to the log.
    let encodesDecisions: Bool
    /// Whether a record with findings is processed from the cells it needs, and written from
    /// its bytes and the changed cells (no one reads the rest of its row).
    let partialRows: Bool

    /// Handles a record; a failure leaves `output` as it was.
    func fate(of raw: RawRecord, into output: inout [UInt8]) -> RowRunner.RecordFate {
        failing(into: &output) { try handle(raw, into: &$0) }
    }

    func fate(of row: Row, into output: inout [UInt8]) -> RowRunner.RecordFate {
        failing(into: &output) {
            .processed(row, try finish(processor.process(row, context: context), row: row,
                                       encoding: row.encoding, into: &$0))
        }
    }

    /// `handle`'s fate, or `.failed` with what it appended to `output` taken back.
    private func failing(into output: inout [UInt8], _ handle: (inout [UInt8]) throws -> RowRunner.RecordFate) -> RowRunner.RecordFate {
        let mark = output.count
        do {
            return try handle(&output)
        } catch {
            output.removeSubrange(mark...)
            return .failed(error)
        }
    }

    private func handle(_ raw: RawRecord, into output: inout [UInt8]) throws -> RowRunner.RecordFate {
        switch processor.detect(raw: raw, context: context) {
        // A record scanned on its bytes was checked as UTF-8 by `detect(raw:)`.
        case .clean?:
            encoder?.append(raw: raw, into: &output)
            guard needsValues else { return .clean(number: raw.number, line: raw.line) }
            let row = try decoder!.decode(raw, checkedUTF8: true)
            return .processed(row, RowProcessor.Result(values: row.values, decisions: [], suppressed: false, matchedReviews: [],
                                                       matchedSecrets: [], written: encoder != nil))
        case .found(let findings)? where partialRows:
            let row = decoder!.decode(checkedUTF8: raw) { processor.needsColumn($0, found: findings) }
            // Given up: the changed cells are written into its values, not into a copy.
            var result = try processor.process(consume row, context: context, found: findings)
            if let encoder, !result.suppressed {
                // Only a cell with findings may have changed (no row rule, no dropped column).
                encoder.append(raw: raw, replacing: result.values, changed: { !findings[$0].isEmpty }, into: &output)
                result.written = true
            }
            if encodesDecisions { result.encodeDecisionsForLog() }
            // What follows (tallies, writer) reads no value of a row already written.
            return .processed(Row(number: raw.number, line: raw.line, columns: [], values: [], encoding: raw.encoding), result)
        case .found(let findings)?:
            let row = try decoder!.decode(raw, checkedUTF8: true)
            return .processed(row, try finish(processor.process(row, context: context, found: findings), row: row,
                                              encoding: raw.encoding, into: &output))
        case nil:
            let row = try decoder!.decode(raw)
            return .processed(row, try finish(processor.process(row, context: context), row: row, encoding: raw.encoding, into: &output))
        }
    }

    private func finish(_ processed: RowProcessor.Result, row: Row, encoding: TextEncoding,
                        into output: inout [UInt8]) throws -> RowProcessor.Result {
        var result = processed
        try encoder?.appendPublished(&result, line: row.line, encoding: encoding, into: &output)
        if encodesDecisions { result.encodeDecisionsForLog() }
        return result
    }
}
