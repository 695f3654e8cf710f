import Foundation

/// Runs the row processor over a source, on one core or several. Rows are processed in
/// chunks; each chunk is split between workers (each with its own regex scratch) and written
/// back in input order, so the output is byte-identical whatever the number of jobs.
struct RowRunner {
    let processor: RowProcessor
    let contexts: [DetectionContext]
    static let chunkSize = 2048

    init(processor: RowProcessor, jobs: Int, config: OcculterConfig, words: WordLists) {
        self.processor = processor
        let count = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        contexts = (0..<max(1, count)).map { _ in DetectionContext(config: config, words: words) }
    }

    func run(source: TableSource, sink: TableSink?, state: inout RunState) throws {
        try forEachProcessed(source: source, sink: sink) { row, result in
            try state.absorb(result, row: row)
            guard !result.suppressed else { return }
            if let encoded = result.encoded { try sink?.writeEncoded(encoded) } else { try sink?.write(result.values, row: row) }
        }
    }

    /// Calls `body` with every row and its result, in input order. With several workers, the
    /// workers also encode the published row and the decisions, so the serial part stays small.
    func forEachProcessed(source: TableSource, sink: TableSink? = nil, _ body: (Row, RowProcessor.Result) throws -> Void) throws {
        if processor.isIdentity {
            while let row = try source.next() {
                try body(row, RowProcessor.Result(values: row.values, decisions: [], suppressed: false, matchedReviews: [], matchedSecrets: []))
            }
            return
        }
        if contexts.count == 1 {
            while let row = try source.next() { try body(row, try processor.process(row, context: contexts[0])) }
            return
        }
        var chunk: [Row] = []
        chunk.reserveCapacity(RowRunner.chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < RowRunner.chunkSize, let row = try source.next() { chunk.append(row) }
            if chunk.isEmpty { return }
            let results = try processInParallel(chunk, encoder: sink?.rowEncoder())
            for (row, result) in zip(chunk, results) { try body(row, result) }
        }
    }

    private func processInParallel(_ rows: [Row], encoder: (@Sendable ([String], Row) throws -> [UInt8])?) throws -> [RowProcessor.Result] {
        let workers = min(contexts.count, rows.count)
        let box = ResultsBox(count: rows.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < rows.count {
                do {
                    var result = try processor.process(rows[index], context: contexts[worker])
                    if let encoder, !result.suppressed { result.encoded = try encoder(result.values, rows[index]) }
                    result.decisionJSON = result.decisions.map { decision in
                        var json: [UInt8] = []
                        DecisionJSON.encode(decision, indent: 4, into: &json)
                        return json
                    }
                    box.store(index, .success(result))
                } catch {
                    box.store(index, .failure(error))
                }
                index += workers
            }
        }
        // The first failing row in input order is the one reported, as with one job.
        return try box.results.map { try $0!.get() }
    }
}

/// Slots written by distinct workers at distinct indices.
private final class ResultsBox: @unchecked Sendable {
    var results: [Result<RowProcessor.Result, Error>?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func store(_ index: Int, _ value: Result<RowProcessor.Result, Error>) {
        lock.lock()
        results[index] = value
        lock.unlock()
    }
}
