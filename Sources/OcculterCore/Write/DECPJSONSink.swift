/// Writes the DECP document back with the same structure and order; suppressed rows are
/// left out, suppressed fields removed, occulted strings replaced.
final class DECPJSONSink: TableSink {
    let reader: DECPJSONReader
    let file: AtomicFile
    private var written: [JSONValue] = []

    init(reader: DECPJSONReader, destination: String) throws {
        self.reader = reader
        file = try AtomicFile(destination: destination)
    }

    func write(_ values: [String], row: Row) throws {
        var contract = reader.contracts[row.number - 1]
        let original = reader.flattened(row.number - 1)
        for (index, path) in reader.header.enumerated() {
            guard let before = original[path], index < values.count, values[index] != before else { continue }
            let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            contract = DECPJSONSink.replacing(contract, at: components[...], with: values[index].isEmpty ? nil : .string(values[index]))
        }
        written.append(contract)
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

    func writeEncoded(_ bytes: [UInt8]) throws {
        preconditionFailure("DECP JSON rows are written through write(_:row:)")
    }

    func seal() throws -> String {
        let document = DECPJSONSink.replacing(reader.document, at: reader.contractsPath[...], with: .array(written))
        var bytes: [UInt8] = []
        JSONWriter.write(document, into: &bytes)
        bytes.append(0x0A)
        try file.write(bytes)
        return try file.seal()
    }

    func commit() throws { try file.commit() }
}
