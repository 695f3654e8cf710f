import Foundation
import Synchronization

/// Runs the row processor over a source, on one core or several. Rows are processed in
/// chunks; each chunk's rows are shared out between workers (each with its own processor and
/// regex scratch) and written back in input order, so the output is byte-identical whatever
/// the number of jobs.
struct RowRunner {
    let processor: RowProcessor
    /// One processor per worker (its own rules, regexes and word lists): workers sharing the
    /// same objects contend on their reference counts at every row.
    let workerProcessors: [RowProcessor]
    let contexts: [DetectionContext]
    /// Whether workers encode decisions as JSON for the decision log (only kept for a report).
    let encodesDecisions: Bool
    static let chunkSize = 2048

    init(processor: RowProcessor, jobs: Int, config: OcculterConfig, words: WordLists, encodesDecisions: Bool = true,
         makeProcessor: () throws -> RowProcessor) rethrows {
        self.processor = processor
        self.encodesDecisions = encodesDecisions
        let workers = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        workerProcessors = workers > 1 ? try (0..<workers).map { _ in try makeProcessor() } : [processor]
        let count = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        contexts = (0..<max(1, count)).map { _ in DetectionContext(config: config, words: count > 1 ? words.unshared() : words) }
    }

    func run(source: TableSource, sink: TableSink?, state: inout RunState) throws {
        // Rows published unchanged need no decoded values here: they arrive already encoded.
        try forEachProcessed(source: source, sink: sink, needsValues: false) { row, result in
            try state.absorb(result, row: row)
            guard !result.suppressed else { return }
            if let encoded = result.encoded { try sink?.writeEncoded(encoded) } else { try sink?.write(result.values, row: row) }
        }
    }

    /// Calls `body` with every row and its result, in input order. With several workers, the
    /// workers also encode the published row and the decisions, so the serial part stays small.
    /// With `needsValues` false, a CSV record with nothing to occult comes with an encoded row
    /// and a `Row` without values (it was never decoded).
    func forEachProcessed(source: TableSource, sink: TableSink? = nil, needsValues: Bool = true,
                          _ body: (Row, RowProcessor.Result) throws -> Void) throws {
        if processor.isIdentity {
            while let row = try source.next() {
                try body(row, RowProcessor.Result(values: row.values, decisions: [], suppressed: false, matchedReviews: [], matchedSecrets: []))
            }
            return
        }
        let csv = source as? CSVReader
        let decoders = csv.map { csv in contexts.indices.map { _ in csv.decoder() } }
        let encoder = sink?.rowEncoder()
        if contexts.count == 1 {
            let handler = RecordHandler(processor: processor, context: contexts[0], decoder: decoders?[0], encoder: encoder,
                                        needsValues: needsValues, encodesDecisions: false)
            if let csv {
                while let raw = try csv.nextRaw() { let (row, result) = try handler.handle(raw); try body(row, result) }
            } else {
                while let row = try source.next() { try body(row, try handler.handle(row)) }
            }
            return
        }
        let handlers = contexts.indices.map { worker in
            RecordHandler(processor: workerProcessors[worker], context: contexts[worker], decoder: decoders?[worker],
                          encoder: encoder?.unshared(), needsValues: needsValues, encodesDecisions: encodesDecisions)
        }
        // CSV records are decoded by the workers too: decoding was a fifth of the serial part.
        // Three things overlap: the workers process chunk k, one iteration reads chunk k + 1
        // and another hands chunk k − 1 to `body` (reports, output). With `body` run after
        // the workers, as before, two jobs were only 1.2 to 1.3 times faster than one.
        // Reading and delivering come first (iterations are handed out in order); the workers
        // then take blocks of rows as they free up, so that the threads finish together.
        let reader = ChunkReader(source: source, csv: csv)
        var current = Chunk(try reader.read())
        var processed: Chunk?
        var readError: Error?
        while true {
            if current.pending.isEmpty {
                // End of input, or the next chunk could not be read: errors keep input order.
                if let processed { try Self.deliver(processed, to: body) }
                if let readError { throw readError }
                return
            }
            let next = NextChunk()
            let delivery = Delivery()
            let work = current
            let ready = processed
            let workers = min(contexts.count, work.pending.count)
            withoutActuallyEscaping(body) { body in
                let body = UnsafeBody(body)
                let blocks = Blocks(rows: work.pending.count, size: RowRunner.blockSize)
                DispatchQueue.concurrentPerform(iterations: workers + 2) { iteration in
                    switch iteration {
                    case 0:
                        do { next.rows = try reader.read() } catch { next.error = error }
                    case 1:
                        guard let ready else { return }
                        do { try Self.deliver(ready, to: body.call) } catch { delivery.error = error }
                    default:
                        while let rows = blocks.next() {
                            Self.process(work.pending, rows: rows, handler: handlers[iteration - 2], into: work.results)
                        }
                    }
                }
            }
            if let error = delivery.error { throw error }
            processed = current
            current = Chunk(next.rows)
            readError = next.error
        }
    }

    /// Hands a processed chunk to `body`, row by row in input order (a row's error is thrown
    /// when its turn comes), and frees it on the way: freed by the loop between iterations,
    /// chunks made a serial tenth of a two-job run.
    private static func deliver(_ chunk: Chunk, to body: (Row, RowProcessor.Result) throws -> Void) throws {
        for index in chunk.pending.indices {
            let (row, result) = try chunk.results.take(index).get()
            try body(row, result)
        }
        chunk.pending = Records()
    }

    /// A chunk of records and, once processed, their results.
    private final class Chunk: @unchecked Sendable {
        var pending: Records
        let results: ResultsBox

        init(_ pending: Records) {
            self.pending = pending
            results = ResultsBox(count: pending.count)
        }
    }

    /// The error of a delivery, read after the iterations finished.
    private final class Delivery: @unchecked Sendable {
        var error: Error?
    }

    /// `body` is called by one iteration only, never concurrently with itself, and not after
    /// `concurrentPerform` returns.
    private struct UnsafeBody: @unchecked Sendable {
        let call: (Row, RowProcessor.Result) throws -> Void
        init(_ call: @escaping (Row, RowProcessor.Result) throws -> Void) { self.call = call }
    }

    /// Reads chunks of rows; used by one thread at a time (the loop, or the reading iteration).
    private final class ChunkReader: @unchecked Sendable {
        let source: TableSource
        let csv: CSVReader?

        init(source: TableSource, csv: CSVReader?) {
            self.source = source
            self.csv = csv
        }

        func read() throws -> Records {
            var chunk = Records()
            if let csv {
                chunk.raws.reserveCapacity(RowRunner.chunkSize)
                while chunk.raws.count < RowRunner.chunkSize, let raw = try csv.nextRaw() { chunk.raws.append(raw) }
            } else {
                while chunk.rows.count < RowRunner.chunkSize, let row = try source.next() { chunk.rows.append(row) }
            }
            return chunk
        }
    }

    /// The chunk read during processing, handed back to the loop.
    private final class NextChunk: @unchecked Sendable {
        var rows = Records()
        var error: Error?
    }

    /// A chunk's input: raw CSV records (decoded by the workers), or rows from another source.
    /// Two arrays rather than an enum per record: taking a record out of an enum copied it.
    struct Records: Sendable {
        var raws: [RawRecord] = []
        var rows: [Row] = []
        var count: Int { raws.isEmpty ? rows.count : raws.count }
        var isEmpty: Bool { count == 0 }
        var indices: Range<Int> { 0..<count }
    }

    /// Processes rows `first`, `first + stride`, … of a chunk.
    private static func process(_ records: Records, rows: Range<Int>, handler: RecordHandler, into box: ResultsBox) {
        for index in rows {
            do {
                if records.raws.isEmpty {
                    box.store(index, .success((records.rows[index], try handler.handle(records.rows[index]))))
                } else {
                    box.store(index, .success(try handler.handle(records.raws[index])))
                }
            } catch {
                box.store(index, .failure(error))
            }
        }
    }

    /// Rows per block that a worker takes at a time.
    static let blockSize = 64

    /// Hands out consecutive blocks of a chunk's rows to whichever worker asks first.
    private final class Blocks: Sendable {
        let rows: Int
        let size: Int
        private let taken = Atomic<Int>(0)

        init(rows: Int, size: Int) {
            self.rows = rows
            self.size = size
        }

        func next() -> Range<Int>? {
            let start = taken.add(size, ordering: .relaxed).oldValue
            guard start < rows else { return nil }
            return start..<min(start + size, rows)
        }
    }
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

    func handle(_ raw: RawRecord) throws -> (Row, RowProcessor.Result) {
        switch processor.detect(raw: raw, context: context) {
        case .clean?:
            let encoded = encoder?.encode(raw: raw)
            let row = needsValues ? try decoder!.decode(raw) : Row(number: raw.number, line: raw.line, columns: processor.header, values: [])
            return (row, RowProcessor.Result(values: row.values, decisions: [], suppressed: false, matchedReviews: [],
                                             matchedSecrets: [], encoded: encoded))
        case .found(let findings)?:
            let row = try decoder!.decode(raw)
            return (row, try finish(processor.process(row, context: context, found: findings), row: row, encoding: raw.encoding))
        case nil:
            let row = try decoder!.decode(raw)
            return (row, try finish(processor.process(row, context: context), row: row, encoding: raw.encoding))
        }
    }

    func handle(_ row: Row) throws -> RowProcessor.Result {
        try finish(processor.process(row, context: context), row: row, encoding: encoder?.dialect.encoding ?? .utf8)
    }

    private func finish(_ processed: RowProcessor.Result, row: Row, encoding: TextEncoding) throws -> RowProcessor.Result {
        var result = processed
        if let encoder, !result.suppressed { result.encoded = try encoder.encode(result.values, line: row.line, encoding: encoding) }
        if encodesDecisions {
            result.decisionJSON = result.decisions.map { decision in
                var json: [UInt8] = []
                DecisionJSON.encode(decision, indent: 4, into: &json)
                return json
            }
        }
        return result
    }
}

/// Slots written by distinct workers at distinct indices, so no lock is needed (a lock per
/// row was a point of contention between workers); read only after the workers finished.
final class ResultsBox: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<(Row, RowProcessor.Result), Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ index: Int, _ value: Result<(Row, RowProcessor.Result), Error>) { slots[index] = value }

    /// Moves a stored result out, leaving the slot empty (no copy, no reference count traffic).
    func take(_ index: Int) -> Result<(Row, RowProcessor.Result), Error> {
        let pointer = slots.baseAddress! + index
        let value = pointer.move()
        pointer.initialize(to: nil)
        return value!
    }
}
