import ArgumentParser
import Foundation
import OcculterCore

/// Options common to `apply` and `scan`.
struct SharedOptions: ParsableArguments {
    @Argument(help: "Fichier à traiter (CSV ou JSON DECP), ou - pour l'entrée standard.")
    var input: String

    @Option(name: .long, help: "Jeu de règles : nom (deliberations, subventions…) ou chemin d'un fichier YAML. Reconnu d'après l'en-tête s'il est omis.")
    var pack: String?

    @Option(name: .long, help: "Fichier de configuration YAML du DPO (organisation, élus, seuil des prénoms…).")
    var config: String?

    @Option(name: .long, help: "Dossier où écrire report.json, report.html, report.md et review.html (confidentiel).")
    var report: String?

    @Option(name: .long, help: "Fichier YAML des décisions du DPO sur les éléments en attente.")
    var decisions: String?

    @Option(name: [.customLong("key-file")], help: "Fichier contenant la clé de pseudonymisation (sinon la variable OCCULTER_KEY).")
    var keyFile: String?

    @Option(name: .long, help: "Fichier CSV id;champs;motif des secrets des affaires signalés dans les marchés.")
    var secrets: String?

    @Option(name: [.customLong("fingerprint-key")], help: "Clé secrète des empreintes de décision (défaut : occulter-empreintes.key à côté de --config, sinon ~/.config/occulter/empreintes.key ; créée au premier usage, mode 0600).")
    var fingerprintKey: String?

    @Option(name: .long, help: "Nombre de fils de traitement (0 : un par cœur).")
    var jobs: Int = 0

    func runOptions(mode: RunOptions.Mode, output: String?) throws -> RunOptions {
        guard jobs >= 0 else {
            throw OcculterError(.usage, "--jobs doit être positif ou nul.", hint: "indiquez par exemple --jobs 2, ou 0 pour tous les cœurs.")
        }
        let configuration = try config.map { try OcculterConfig.load(path: $0) } ?? OcculterConfig()
        var options = RunOptions(mode: mode, input: input, output: output, pack: pack, config: configuration, configFile: config,
                                 reportDirectory: report, decisionsFile: decisions, keyFile: keyFile, secretsFile: secrets, jobs: jobs)
        options.fingerprintKeyFile = fingerprintKey
        // Without reports, nothing reads digests nor fingerprints: they are not computed.
        options.keepsDigests = false
        options.keepsReviewContext = false
        options.progress = ProgressLine.make(input: input)
        return options
    }

    /// Runs the pipeline and turns its outcome into the contract's exit status.
    func execute(mode: RunOptions.Mode, output: String?) throws {
        let options = try runOptions(mode: mode, output: output)
        let library = try RuleLibrary(directory: try RuleLibrary.locate())
        let result: RunResult
        do {
            result = try Pipeline(library: library).run(options)
        } catch {
            if options.progress != nil { ProgressLine.clear() }
            throw error
        }
        if options.progress != nil { ProgressLine.clear() }
        let summary = result.report.summary
        var message = "occulter : \(summary.rowsRead) ligne(s) lue(s), \(summary.rowsPublished) publiée(s), \(summary.decisions) décision(s)"
        if let output, mode == .apply { message += output == "-" ? " ; jeu écrit sur la sortie standard" : " ; jeu écrit dans \(output)" }
        if let report { message += " ; rapports dans \(report)" }
        if summary.pendingReview > 0 {
            // review.html is written with the reports only: without them, say how to get it.
            let review = report.map { "voir \(($0 as NSString).appendingPathComponent("review.html")), puis relancez avec --decisions" }
                ?? "relancez avec --report DOSSIER pour obtenir review.html (confidentiel), puis avec --decisions"
            message += ".\n\(summary.pendingReview) élément(s) attendent la revue du DPO (occultés en attendant) : \(review)."
        } else {
            message += "."
        }
        if result.report.staleReviewDecisions > 0 {
            message += "\nAttention : \(result.report.staleReviewDecisions) décision(s) du fichier --decisions ne correspondent à aucun élément (voir le rapport)."
        }
        if !result.report.unmatchedSecrets.isEmpty {
            message += "\nAttention : \(result.report.unmatchedSecrets.count) ligne(s) du fichier --secrets ne correspondent à aucun contrat (voir le rapport)."
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        if result.exitStatus != .success { throw ExitCode(result.exitStatus.rawValue) }
    }
}

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Occulte le jeu de données et écrit la version publiable (et les rapports avec --report).")

    @OptionGroup var shared: SharedOptions

    @Option(name: .long, help: "Fichier de sortie publiable, ou - pour la sortie standard.")
    var output: String

    func run() throws { try shared.execute(mode: .apply, output: output) }
}

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Analyse le jeu de données et écrit les rapports, sans produire de jeu publiable.")

    @OptionGroup var shared: SharedOptions

    func run() throws { try shared.execute(mode: .scan, output: nil) }
}
