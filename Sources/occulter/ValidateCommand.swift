import ArgumentParser
import Foundation
import OcculterCore

/// `occulter validate FILE [--pack P]`: conformity of a CSV file to the official Table Schema
/// of its pack (Rules/schemas). Exit 0 when it conforms, 1 otherwise.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Vérifie qu'un fichier CSV respecte le schéma officiel (SCDL) de son jeu de données.",
        discussion: "Code de sortie : 0 fichier conforme ; 1 fichier non conforme ou illisible ; 2 erreur d'utilisation.")

    @Argument(help: "Fichier CSV à vérifier.")
    var input: String

    @Option(name: .long, help: "Jeu de données (deliberations, subventions, prenoms, equipements). Reconnu d'après l'en-tête s'il est omis.")
    var pack: String?

    /// Errors listed one by one; the others are counted by kind.
    static let listed = 100

    func run() throws {
        let library = try RuleLibrary(directory: try RuleLibrary.locate())
        guard !input.lowercased().hasSuffix(".json") else {
            throw OcculterError(.input, at: SourceLocation(file: input), "validate ne lit que des fichiers CSV.",
                                hint: "les données essentielles JSON (DECP) relèvent d'un JSON Schema, non d'un Table Schema.")
        }
        let reader = try CSVReader(path: input)
        let rulePack = try pack.map { try library.pack($0) } ?? library.recognise(header: reader.header, file: input)
        guard let schemaPath = TableSchema.path(forPack: rulePack.name, rulesDirectory: library.directory) else {
            throw OcculterError(.rules, at: SourceLocation(file: input),
                                "aucun schéma Table Schema officiel n'est livré pour le jeu « \(rulePack.name) ».",
                                hint: "schémas disponibles : voir Rules/schemas/SOURCE.md (deliberations, subventions, prenoms, equipements).")
        }
        let schema = try TableSchema.load(path: schemaPath)
        let result = try SchemaValidator(schema: schema).validate(reader)
        print(ValidateCommand.render(result, file: input))
        if !result.valid { throw ExitCode(ExitStatus.failure.rawValue) }
    }

    static func render(_ result: SchemaValidation, file: String) -> String {
        let schema = "schéma \(result.schema.name) \(result.schema.version)"
        var lines: [String] = []
        if result.valid {
            lines.append("\(file) : conforme au \(schema) (\(result.rows) ligne(s) de données).")
        } else {
            lines.append("\(file) : NON conforme au \(schema) — \(result.errorTotal) erreur(s) sur \(result.rows) ligne(s) de données.")
            for issue in result.errors.prefix(listed) { lines.append("  " + result.message(issue)) }
            if result.errorTotal > listed { lines.append("  … et \(result.errorTotal - listed) autre(s) erreur(s).") }
            lines.append("Erreurs par type : " + result.errorCounts.sorted { $0.key < $1.key }
                .map { "\($0.key.label) (\($0.key.rawValue)) : \($0.value)" }.joined(separator: " ; "))
        }
        if result.warningTotal > 0 {
            lines.append("Corrections à apporter avant publication (\(result.warningTotal)) :")
            for warning in result.warnings.prefix(listed) { lines.append("  " + result.message(warning)) }
            if result.warningTotal > listed { lines.append("  … et \(result.warningTotal - listed) autre(s).") }
            lines.append("Corrections par type : " + result.warningCounts.sorted { $0.key < $1.key }
                .map { "\($0.key.label) : \($0.value)" }.joined(separator: " ; "))
        }
        return lines.joined(separator: "\n")
    }
}
