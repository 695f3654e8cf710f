import Foundation
import Mustache

/// Writes the renderings of a report into a folder: `report.json`, `report.md`,
/// `report.html` (public) and `review.html` (confidential). Markdown and HTML come from the
/// Mustache templates of `Reports/templates/`, so a collectivité can restyle them without Swift.
public struct ReportWriter {
    public let templatesDirectory: String
    let library: MustacheLibrary

    public static let templateNames = ["report.md", "report.html", "review.html"]
    /// Renderings that hold original values: written 0600, never published.
    public static let confidentialNames: Set<String> = ["review.html"]

    public init(templates directory: String) throws {
        templatesDirectory = directory
        var templates: [String: MustacheTemplate] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            do {
                templates[String(file.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch {
                throw OcculterError(.rules, at: SourceLocation(file: path), "modèle de rapport invalide (\(error)).",
                                    hint: "corrigez la syntaxe Mustache du modèle.")
            }
        }
        for name in ReportWriter.templateNames where templates[name] == nil {
            throw OcculterError(.rules, at: SourceLocation(file: (directory as NSString).appendingPathComponent(name + ".mustache")),
                                "modèle de rapport manquant.", hint: "restaurez Reports/templates depuis le dépôt d'Occulter.")
        }
        library = MustacheLibrary(templates: templates)
    }

    /// `OCCULTER_TEMPLATES` if set, else `Reports/templates` beside the `Rules/` folder.
    public static func locateTemplates(rulesDirectory: String) throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["OCCULTER_TEMPLATES"], !explicit.isEmpty { return explicit }
        let candidate = URL(fileURLWithPath: rulesDirectory).deletingLastPathComponent()
            .appendingPathComponent("Reports").appendingPathComponent("templates").path
        guard FileManager.default.fileExists(atPath: candidate) else {
            throw OcculterError(.rules, at: SourceLocation(file: candidate), "dossier des modèles de rapport introuvable.",
                                hint: "indiquez-le avec OCCULTER_TEMPLATES=/chemin/vers/Reports/templates.")
        }
        return candidate
    }

    /// report.json: the model with sorted keys; its decisions come from `log` when given (every
    /// decision of a run), else from `report.decisions`.
    public static func json(_ report: Report) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try json(report, log: nil) { bytes.append(contentsOf: $0) }
        return bytes
    }

    static func json(_ report: Report, log: DecisionLog?, _ sink: ([UInt8]) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var shell = report
        shell.decisions = []
        let text = String(decoding: try encoder.encode(shell), as: UTF8.self)
        // The empty array stands where the decisions go; they are streamed in its place.
        guard let slot = text.range(of: #""decisions" : \[\s*\]"#, options: .regularExpression) else {
            throw OcculterError(.write, "rapport JSON : emplacement des décisions introuvable.", hint: "signalez ce défaut d'Occulter.")
        }
        try sink(Array((text[..<slot.lowerBound] + "\"decisions\" : [\n").utf8))
        if let log {
            try log.replay(sink)
        } else {
            var bytes: [UInt8] = []
            for (index, decision) in report.decisions.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                DecisionJSON.encode(decision, indent: 4, into: &bytes)
            }
            try sink(bytes)
        }
        try sink(Array(("\n  ]" + text[slot.upperBound...] + "\n").utf8))
    }

    public func render(_ name: String, _ result: RunResult) -> String {
        let confidential = name == "review.html"
        let model = ReportViewModel(report: result.report, review: confidential ? result.review : nil).dictionary
        return library.render(model, withTemplate: name) ?? ""
    }

    public func write(_ result: RunResult, to directory: String) throws {
        try write(result, to: directory, log: nil, gate: nil, dataStrings: [])
    }

    /// The report model without its decisions, as report.json encodes it around them.
    static func shell(_ report: Report) throws -> String {
        var bytes: [UInt8] = []
        var shell = report
        shell.decisions = []
        try json(shell, log: nil) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the reports; with a `gate`, first checks every public rendering (and the
    /// data-derived strings of every decision of report.json) and writes nothing on a hit.
    func write(_ result: RunResult, to directory: String, log: DecisionLog?, gate: ReportLeakGate?, dataStrings: Set<String>) throws {
        func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }
        let rendered = ReportWriter.templateNames.map { ($0, render($0, result)) }
        if let gate {
            var skeleton = result
            skeleton.report = result.report.skeleton()
            for (name, text) in rendered where !ReportWriter.confidentialNames.contains(name) {
                try gate.check(text, skeleton: render(name, skeleton), file: path(name))
            }
            try gate.check(try ReportWriter.shell(result.report), skeleton: try ReportWriter.shell(skeleton.report), file: path("report.json"))
            try gate.check(strings: dataStrings, file: path("report.json"))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OcculterError(.write, at: SourceLocation(file: directory), "impossible de créer le dossier des rapports.",
                                hint: "vérifiez le chemin et les droits d'écriture.")
        }
        let json = try AtomicFile(destination: path("report.json"))
        try ReportWriter.json(result.report, log: log) { try json.write($0) }
        try json.commit()
        for (name, text) in rendered {
            _ = try AtomicFile.write(Array(text.utf8), to: path(name),
                                     audience: ReportWriter.confidentialNames.contains(name) ? .confidential : .published)
        }
        try ReviewJSON.write(result, to: path("review.json"))
    }
}
