import Foundation

/// DECP JSON (`{"marches": [...]}` of 2017–2019, or `{"marches": {"marche": [...]}}` of 2022):
/// each contract becomes a row whose columns are flattened paths such as
/// `titulaires/0/denominationSociale`. The file is read twice, one contract at a time, so that
/// memory does not grow with the number of contracts: a first pass checks the whole document
/// and gathers the header (the union of every contract's paths, in first-seen order), a second
/// serves the rows (standard input or a pipe is copied to an unlinked temporary file during the
/// first pass). The writer puts occulted values back in place as the rows come.
public final class DECPJSONReader: TableSource {
    public let header: [String]
    public let description: InputDescription
    /// The document with an empty contracts array: what the output has around the contracts.
    let skeleton: JSONValue
    /// Path from the root to the contracts array.
    let contractsPath: [String]
    /// Whether rows carry their contract's JSON (`Row.original`) for a writer; set before the
    /// first row is read (a scan writes nothing and makes none).
    public var keepsOriginals = false
    /// Indentation of a contract in the output (the whole-document writer's, at its depth).
    var contractIndent: Int { 2 * contractsPath.count + 2 }
    private let hash: String
    /// The second pass. Its input is kept apart: the progress line reads its count from
    /// another thread.
    private var parser: JSONStreamParser
    private let secondInput: ByteInput
    private let paths: PathIndex
    private var cursor = 0
    private var finished = false
    /// The error that ended the second pass, thrown again if asked for more rows.
    private var failure: Error?

    public convenience init(path: String) throws {
        try self.init(input: ByteInput(path: path))
    }

    init(input: ByteInput) throws {
        let file = input.displayName
        description = InputDescription(file: file, format: "JSON DECP", encoding: TextEncoding.utf8.rawValue)
        // Standard input or a pipe cannot be read twice: the first pass copies it to a
        // temporary file, unlinked at once so that nothing is left behind, even on a crash.
        var spool: Int32 = -1
        defer { if spool >= 0 { close(spool) } }
        if let path = DECPJSONReader.rereadablePath(of: input) {
            secondInput = try ByteInput(path: path)
        } else {
            (spool, secondInput) = try DECPJSONReader.makeSpool(for: file)
        }

        var first = JSONStreamParser(input: input, file: file)
        first.tee = spool
        guard try first.available(1) else {
            throw OcculterError(.input, at: SourceLocation(file: file, line: 1), "le fichier est vide.",
                                hint: "exportez de nouveau les données essentielles au format JSON.")
        }
        let scan = try DECPJSONReader.firstPass(&first)
        hash = input.hasher.hex()
        skeleton = scan.document

        let location = SourceLocation(file: file, line: 1)
        guard let marches = skeleton["marches"] else {
            throw OcculterError(.input, at: location, "propriété « marches » absente : ce n'est pas un fichier DECP.",
                                hint: "attendu : {\"marches\": [...]} ou {\"marches\": {\"marche\": [...]}}.")
        }
        switch marches {
        case .array:
            contractsPath = ["marches"]
        case .object:
            guard case .array? = marches["marche"] else {
                throw OcculterError(.input, at: location, "« marches » ne contient pas de liste « marche ».",
                                    hint: "attendu : {\"marches\": {\"marche\": [...]}} (format 2022).")
            }
            contractsPath = ["marches", "marche"]
        default:
            throw OcculterError(.input, at: location, "« marches » doit être une liste de marchés.", hint: "vérifiez le format DECP du fichier.")
        }
        // The array found at that path is the one the first pass streamed (both take the first
        // member of a name).
        guard let array = scan.array, array.path == contractsPath else {
            // Both passes take the first member of a name: reaching this is a bug, reported
            // as such rather than crashing.
            throw OcculterError(.input, at: location, "liste des marchés introuvable à la seconde lecture (\(contractsPath.joined(separator: "/"))).",
                                hint: "signalez ce fichier à l'équipe d'Occulter ; vérifiez qu'il n'a qu'une propriété « marches ».")
        }
        header = scan.paths.header
        paths = scan.paths

        parser = JSONStreamParser(input: secondInput, file: file)
        try parser.skip(to: array.offset)
        parser.depth = contractsPath.count
    }

    /// What the first pass learns.
    private struct FirstPass {
        var document: JSONValue = .null
        var paths = PathIndex()
        /// Offset of the contracts array's "[" and the path to it.
        var array: (offset: Int, path: [String])?
    }

    /// Parses the whole document, keeping all but the contracts, of which only the paths are
    /// kept. The contracts array is the first `marches` member of the root, or the first
    /// `marche` member of that when it is an object; anything else is parsed as usual (and
    /// refused after the parse, as before).
    private static func firstPass(_ parser: inout JSONStreamParser) throws -> FirstPass {
        var scan = FirstPass()
        func contracts(at path: [String]) throws -> JSONValue {
            guard try parser.available(1), parser.current == UInt8(ascii: "[") else { return try parser.parseValue() }
            scan.array = (parser.offset, path)
            var first = true
            while try parser.nextElement(first: first) {
                first = false
                try parser.walkPaths(PathIndex.root, into: &scan.paths)
            }
            return .array([])
        }
        /// An object whose first member `name` is parsed by `claimed`.
        func object(claiming name: String, _ claimed: () throws -> JSONValue) throws -> JSONValue {
            var pairs: [(key: String, value: JSONValue)] = []
            var first = true
            var found = false
            while let key = try parser.nextMember(first: first) {
                first = false
                if !found, key == name {
                    found = true
                    pairs.append((key, try claimed()))
                } else {
                    pairs.append((key, try parser.parseValue()))
                }
            }
            return .object(pairs)
        }
        try parser.skipByteOrderMark()
        try parser.skipSpace()
        if try parser.available(1), parser.current == UInt8(ascii: "{") {
            scan.document = try object(claiming: "marches") {
                if try parser.available(1), parser.current == UInt8(ascii: "{") {
                    return try object(claiming: "marche") { try contracts(at: ["marches", "marche"]) }
                }
                return try contracts(at: ["marches"])
            }
        } else {
            scan.document = try parser.parseValue()
        }
        try parser.expectEnd()
        return scan
    }

    /// The input's path when it can be opened again for the second pass: a regular file.
    private static func rereadablePath(of input: ByteInput) -> String? {
        // Standard input has this name instead of a path (a file so named is spooled too,
        // which is only slower).
        guard input.displayName != "entrée standard" else { return nil }
        var info = stat()
        guard stat(input.displayName, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return input.displayName
    }

    /// A temporary file for a copy of the input, already unlinked: the descriptor to write it,
    /// and an input reading it from the start.
    private static func makeSpool(for file: String) throws -> (Int32, ByteInput) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("occulter-entree-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OcculterError(.input, at: SourceLocation(file: file),
                                "fichier temporaire impossible à créer (\(String(cString: strerror(errno)))).",
                                hint: "vérifiez le dossier temporaire (variable TMPDIR) ou passez le fichier par son chemin.")
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        do {
            return (descriptor, try ByteInput(path: path))
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// A contract's values by path, and its paths in order (repeated when a path is).
    static func flatten(_ value: JSONValue, prefix: String, into flat: inout [String: String], order: inout [String]) {
        func join(_ key: String) -> String { prefix.isEmpty ? key : prefix + "/" + key }
        switch value {
        case let .object(pairs): for pair in pairs { flatten(pair.value, prefix: join(pair.key), into: &flat, order: &order) }
        case let .array(items): for (index, item) in items.enumerated() { flatten(item, prefix: join(String(index)), into: &flat, order: &order) }
        case let .string(text): flat[prefix] = text; order.append(prefix)
        case let .number(text): flat[prefix] = text; order.append(prefix)
        case let .bool(flag): flat[prefix] = flag ? "true" : "false"; order.append(prefix)
        case .null: flat[prefix] = ""; order.append(prefix)
        }
    }

    public func next() throws -> Row? {
        if let failure { throw failure }
        guard !finished else { return nil }
        var values = [String](repeating: "", count: header.count)
        // Written here, on the reading thread, when a writer needs it: the writer only copies
        // it, unless a value changed. The bytes also take far less memory than a JSONValue.
        var output: [UInt8]? = keepsOriginals ? [] : nil
        do {
            if cursor == 0 {
                guard try parser.available(1), parser.current == UInt8(ascii: "[") else { throw changed() }
            }
            guard try parser.nextElement(first: cursor == 0) else {
                finished = true
                try parser.drain()
                // What was served must be what the report's SHA-256 describes.
                guard secondInput.hasher.hex() == hash else { throw changed() }
                return nil
            }
            try parser.transcode(PathIndex.root, paths: paths, values: &values, output: &output, indent: contractIndent)
        } catch let error as OcculterError {
            // The first pass accepted the document: an error now means it changed in between.
            let changedFile = (try? parser.drain()) != nil && secondInput.hasher.hex() != hash
            failure = changedFile ? changed() : error
            throw failure!
        }
        cursor += 1
        return Row(number: cursor, line: cursor, columns: header, values: values, original: output)
    }

    private func changed() -> OcculterError {
        OcculterError(.input, at: SourceLocation(file: description.file), "le fichier a été modifié pendant sa lecture.",
                      hint: "attendez la fin de son écriture (ou traitez-en une copie), puis relancez.")
    }

    public func inputSHA256() -> String { hash }

    public var outputFormat: OutputFormat {
        .decpJSON(DECPFrame(skeleton: skeleton, contractsPath: contractsPath, header: header))
    }

    public var endsWithLineEnding: Bool { true }

    /// Bytes of the second pass (the first is over before the first row).
    public var bytesRead: Int { secondInput.bytesRead }
}
