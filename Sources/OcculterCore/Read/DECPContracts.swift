import Synchronization

/// The flattened paths of DECP contracts (`titulaires/0/denominationSociale`) as a tree of
/// member names, so that a contract's values find their column without a path string being
/// built for each value. Paths are joined as `DECPJSONReader.flatten` joins them: two names
/// that join to the same path (a name holding "/") share a column.
struct PathIndex {
    /// The root: a contract itself.
    static let root = 0
    private var children: [[String: Int]] = [[:]]
    private var paths: [String] = [""]
    /// Column of each node when a value was seen there, else -1.
    private var columns: [Int] = [-1]
    private var columnByPath: [String: Int] = [:]
    /// The columns: every path holding a value, in first-seen order.
    private(set) var header: [String] = []

    /// The node for member `name` of `node`, added when new.
    mutating func child(_ node: Int, _ name: String) -> Int {
        if let existing = children[node][name] { return existing }
        let parent = paths[node]
        let index = paths.count
        children[node][name] = index
        children.append([:])
        paths.append(parent.isEmpty ? name : parent + "/" + name)
        columns.append(-1)
        return index
    }

    /// The node for member `name` of `node` when known; -1 for an unknown node or name.
    func existingChild(_ node: Int, _ name: String) -> Int {
        node < 0 ? -1 : children[node][name] ?? -1
    }

    /// Records that `node` holds a value: its path becomes a column when first seen.
    mutating func addColumn(_ node: Int) {
        guard columns[node] < 0 else { return }
        let path = paths[node]
        if let column = columnByPath[path] {
            columns[node] = column
        } else {
            columns[node] = header.count
            columnByPath[path] = header.count
            header.append(path)
        }
    }

    /// The column of `node`, or -1.
    func column(_ node: Int) -> Int { node < 0 ? -1 : columns[node] }
}

extension JSONStreamParser {
    /// First pass over a contract: checks it as `parseValue` does and adds its paths to `paths`,
    /// keeping nothing else.
    mutating func walkPaths(_ node: Int, into paths: inout PathIndex) throws {
        guard try available(1) else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
        switch current {
        case UInt8(ascii: "{"):
            var first = true
            while let name = try nextMember(first: first) {
                first = false
                try walkPaths(paths.child(node, name), into: &paths)
            }
        case UInt8(ascii: "["):
            var count = 0
            while try nextElement(first: count == 0) {
                try walkPaths(paths.child(node, String(count)), into: &paths)
                count += 1
            }
        case UInt8(ascii: "\""): _ = try parseString(); paths.addColumn(node)
        case UInt8(ascii: "t"): try expect("true"); paths.addColumn(node)
        case UInt8(ascii: "f"): try expect("false"); paths.addColumn(node)
        case UInt8(ascii: "n"): try expect("null"); paths.addColumn(node)
        default: _ = try parseNumberText(); paths.addColumn(node)
        }
    }

    /// Second pass over a contract: checks it as `parseValue` does, puts its values in their
    /// columns (a value's text, "true"/"false", "" for null; the last of a repeated path) and,
    /// when `output` is given, writes it as `JSONWriter.write` would at `indent`.
    mutating func transcode(_ node: Int, paths: PathIndex, values: inout [String], output: inout [UInt8]?, indent: Int) throws {
        func set(_ text: String) {
            let column = paths.column(node)
            if column >= 0 { values[column] = text }
        }
        guard try available(1) else { throw error("fin de fichier inattendue : le document JSON est incomplet.") }
        switch current {
        case UInt8(ascii: "{"):
            var first = true
            while let name = try nextMember(first: first) {
                if output != nil {
                    output!.append(contentsOf: (first ? "{\n" : ",\n").utf8)
                    JSONWriter.appendSpaces(indent + 2, to: &output!)
                    JSONWriter.writeString(name, into: &output!)
                    output!.append(contentsOf: ": ".utf8)
                }
                first = false
                try transcode(paths.existingChild(node, name), paths: paths, values: &values, output: &output, indent: indent + 2)
            }
            if output != nil { closeContainer(empty: first, "{}", UInt8(ascii: "}"), indent: indent, into: &output!) }
        case UInt8(ascii: "["):
            var count = 0
            while try nextElement(first: count == 0) {
                if output != nil {
                    output!.append(contentsOf: (count == 0 ? "[\n" : ",\n").utf8)
                    JSONWriter.appendSpaces(indent + 2, to: &output!)
                }
                try transcode(paths.existingChild(node, String(count)), paths: paths, values: &values, output: &output, indent: indent + 2)
                count += 1
            }
            if output != nil { closeContainer(empty: count == 0, "[]", UInt8(ascii: "]"), indent: indent, into: &output!) }
        case UInt8(ascii: "\""):
            let text = try parseString()
            if output != nil { JSONWriter.writeString(text, into: &output!) }
            set(text)
        case UInt8(ascii: "t"):
            try expect("true")
            output?.append(contentsOf: "true".utf8)
            set("true")
        case UInt8(ascii: "f"):
            try expect("false")
            output?.append(contentsOf: "false".utf8)
            set("false")
        case UInt8(ascii: "n"):
            try expect("null")
            output?.append(contentsOf: "null".utf8)
            set("")
        default:
            let text = try parseNumberText()
            output?.append(contentsOf: text.utf8)
            set(text)
        }
    }

    private func closeContainer(empty: Bool, _ emptyText: StaticString, _ close: UInt8, indent: Int, into output: inout [UInt8]) {
        if empty {
            emptyText.withUTF8Buffer { output.append(contentsOf: $0) }
        } else {
            output.append(0x0A)
            JSONWriter.appendSpaces(indent, to: &output)
            output.append(close)
        }
    }
}

/// What a DECP writer needs of the document, given once: the document without its contracts
/// (what the output has around them), where the contracts array is, and the flattened header.
public struct DECPFrame: Sendable {
    let skeleton: JSONValue
    let contractsPath: [String]
    let header: [String]

    /// Indentation of a contract in the output (the whole-document writer's, at its depth).
    var contractIndent: Int { 2 * contractsPath.count + 2 }
}
