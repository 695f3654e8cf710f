import Foundation

/// Every decision of a run, written as JSON to a temporary file as it is made: report.json
/// lists them all while memory stays flat (a 1 GB délibérations file makes millions of them;
/// kept in memory they took 470 MB of RSS on 100 MB of input).
final class DecisionLog {
    private let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var count = 0

    init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("occulter-decisions-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OcculterError(.write, at: SourceLocation(file: NSTemporaryDirectory()),
                                "impossible de créer le fichier temporaire des décisions (\(String(cString: strerror(errno)))).",
                                hint: "vérifiez l'espace libre du dossier temporaire (variable TMPDIR).")
        }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // Removed at once: the open descriptor keeps it readable, and nothing survives a crash.
        unlink(path)
    }

    deinit { close(descriptor) }

    func append(_ decision: Decision) throws {
        var json: [UInt8] = []
        DecisionJSON.encode(decision, indent: 4, into: &json)
        try append(encoded: json)
    }

    /// Appends a decision already encoded with `DecisionJSON.encode(_:indent: 4, into:)`.
    func append(encoded json: [UInt8]) throws {
        if count > 0 { buffer.append(contentsOf: ",\n".utf8) }
        buffer.append(contentsOf: json)
        count += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard written >= 0 else {
                if errno == EINTR { continue }
                throw OcculterError(.write, at: SourceLocation(file: NSTemporaryDirectory()),
                                    "écriture impossible dans le fichier temporaire des décisions (\(String(cString: strerror(errno)))).",
                                    hint: "libérez de l'espace dans le dossier temporaire (variable TMPDIR).")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Streams the logged decisions (comma-separated JSON objects) into `body`, chunk by chunk.
    func replay(_ body: ([UInt8]) throws -> Void) throws {
        try flush()
        var offset: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, offset) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return }
            try body(Array(chunk[0..<read]))
            offset += off_t(read)
        }
    }
}

/// Decisions as JSON, written by hand with sorted keys: JSONEncoder per decision was the
/// report's bottleneck on large files, and one encoder for both paths keeps the format stable.
enum DecisionJSON {
    static func encode(_ decision: Decision, indent: Int, into out: inout [UInt8]) {
        // Static keys and no temporary arrays: this runs once per decision (hundreds of
        // thousands on a large file) and string interpolation per key was measurable.
        func pad() { for _ in 0..<indent { out.append(0x20) } }
        func raw(_ text: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        var first = true
        func key(_ name: StaticString) {
            raw(first ? "\n" : ",\n")
            first = false
            pad()
            raw("  \"")
            raw(name)
            raw("\" : ")
        }
        func string(_ value: String) { JSONWriter.writeString(value, into: &out) }
        pad()
        out.append(UInt8(ascii: "{"))
        key("action"); string(decision.action.rawValue)
        key("bases")
        out.append(UInt8(ascii: "["))
        for (index, basis) in decision.bases.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            pad()
            raw("    ")
            string(basis)
        }
        raw("\n")
        pad()
        raw("  ]")
        key("column"); string(decision.column)
        if let evidence = decision.evidence { key("evidence"); string(evidence) }
        if let exemption = decision.exemption { key("exemption"); string(exemption.rawValue) }
        key("justification"); string(decision.justification)
        key("line"); out.append(contentsOf: String(decision.line).utf8)
        if let review = decision.review {
            key("review")
            out.append(UInt8(ascii: "{"))
            var fields: [(String, String)] = []
            if review.added == true { fields.append(("added", "true")) }
            if let comment = review.comment { fields.append(("comment", comment)) }
            fields += [("date", review.date), ("decision", review.decision.rawValue)]
            if let overturned = review.overturned { fields.append(("overturned", overturned.rawValue)) }
            fields.append(("reviewer", review.reviewer))
            for (index, field) in fields.enumerated() {
                raw(index == 0 ? "\n" : ",\n")
                pad()
                out.append(contentsOf: "    \"\(field.0)\" : ".utf8)
                if field.0 == "added" { raw("true") } else { string(field.1) }
            }
            raw("\n")
            pad()
            raw("  }")
        }
        key("row"); out.append(contentsOf: String(decision.row).utf8)
        key("row_key"); string(PublicRowKey.shown(decision.rowKey))
        key("rule"); string(decision.rule)
        key("status"); string(decision.status.rawValue)
        raw("\n")
        pad()
        out.append(UInt8(ascii: "}"))
    }
}
