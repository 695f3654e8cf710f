/// Writes the DECP document back with the same structure and order; suppressed rows are
/// left out, suppressed fields removed, occulted strings replaced. The output is written as
/// the rows come: what precedes the contracts array, each published contract, then what
/// follows it — the bytes `JSONWriter` writes for the whole document.
final class DECPJSONSink: TableSink {
    let frame: DECPFrame
    let file: AtomicFile
    /// The document's output after the contracts array, final newline included.
    private let tail: [UInt8]
    /// Indentation of the contracts array's closing bracket.
    private let arrayIndent: Int
    private var written = 0

    init(frame: DECPFrame, destination: String, digest: Bool = true) throws {
        self.frame = frame
        file = try AtomicFile(destination: destination, digest: digest)
        arrayIndent = frame.contractIndent - 2
        // The whole-document writer, with a marker in place of the array, gives the bytes on
        // either side of it: a number is written as is, and nothing else written holds a raw
        // 0x01 (strings escape it).
        let marker = "\u{1}contracts\u{1}"
        let document = DECPJSONSink.replacing(frame.skeleton, at: frame.contractsPath[...], with: .number(marker))
        var bytes: [UInt8] = []
        JSONWriter.write(document, into: &bytes)
        bytes.append(0x0A)
        guard let split = DECPJSONSink.range(of: Array(marker.utf8), in: bytes) else {
            throw OcculterError(.write, at: SourceLocation(file: destination), "écriture du document DECP impossible (repère de la liste des marchés absent).",
                                hint: "signalez ce fichier à l'équipe d'Occulter.")
        }
        tail = Array(bytes[split.upperBound...])
        try file.write(Array(bytes[..<split.lowerBound]))
    }

    private static func range(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    func write(_ values: [String], row: Row) throws {
        guard let bytes = row.original else {
            throw OcculterError(.write, at: SourceLocation(file: file.destination),
                                "marché \(row.number) reçu sans son texte JSON ; aucun fichier de sortie n'a été produit.",
                                hint: "signalez ce problème : le lecteur DECP doit être ouvert pour l'écriture.")
        }
        let first = written == 0
        let indent = frame.contractIndent
        // Values equal to the row's own (those of the contract's paths, "" where absent)
        // change nothing: the contract goes out as the reader wrote it.
        let header = frame.header
        let unchanged = row.values.count == header.count && values.count <= header.count
            && values.indices.allSatisfy { values[$0] == row.values[$0] }
        var changed: JSONValue?
        if !unchanged {
            // The reader's bytes parse back to the contract it read.
            var parser = JSONStreamParser(bytes: bytes, file: file.destination)
            var contract = try parser.parseValue()
            var original: [String: String] = [:]
            var order: [String] = []
            DECPJSONReader.flatten(contract, prefix: "", into: &original, order: &order)
            for (index, path) in header.enumerated() {
                guard let before = original[path], index < values.count, values[index] != before else { continue }
                let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                contract = DECPJSONSink.replacing(contract, at: components[...], with: values[index].isEmpty ? nil : .string(values[index]))
            }
            changed = contract
        }
        try file.append { output in
            output.append(contentsOf: (first ? "[\n" : ",\n").utf8)
            JSONWriter.appendSpaces(indent, to: &output)
            if let changed { JSONWriter.write(changed, into: &output, indent: indent) } else { output.append(contentsOf: bytes) }
        }
        written += 1
    }

    /// Replaces (or removes, with nil) the value at a path.
    static func replacing(_ value: JSONValue, at path: ArraySlice<String>, with newValue: JSONValue?) -> JSONValue {
        guard let head = path.first else { return newValue ?? .null }
        switch value {
        case var .object(pairs):
            guard let index = pairs.firstIndex(where: { $0.key == head }) else { return value }
            if path.count == 1, newValue == nil {
                pairs.remove(at: index)
            } else {
                pairs[index].value = replacing(pairs[index].value, at: path.dropFirst(), with: newValue)
            }
            return .object(pairs)
        case var .array(items):
            guard let index = Int(head), items.indices.contains(index) else { return value }
            items[index] = replacing(items[index], at: path.dropFirst(), with: newValue ?? (path.count == 1 ? .null : nil))
            return .array(items)
        default:
            return value
        }
    }

    func rowEncoder() -> RowEncoder? { nil }

    func writeEncodedRows(_ rows: UnsafeBufferPointer<UInt8>, noted: OutputWordIndex.Noted?) throws {
        // Never called: without a row encoder, no worker encodes rows.
        guard rows.isEmpty else {
            throw OcculterError(.write, at: SourceLocation(file: file.destination),
                                "lignes CSV reçues par l'écrivain JSON DECP (erreur interne) ; aucune sortie n'a été écrite.",
                                hint: "signalez l'anomalie avec la commande lancée.")
        }
    }

    func seal(finalLineEnding: Bool) throws -> String {
        let indent = arrayIndent
        let empty = written == 0
        try file.append { output in
            if empty {
                output.append(contentsOf: "[]".utf8)
            } else {
                output.append(0x0A)
                JSONWriter.appendSpaces(indent, to: &output)
                output.append(UInt8(ascii: "]"))
            }
            output.append(contentsOf: tail)
        }
        return try file.seal()
    }

    func commit() throws { try file.commit() }
}
