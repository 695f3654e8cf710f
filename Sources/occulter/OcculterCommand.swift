import ArgumentParser
import Foundation
import OcculterCore

/// `occulter`: a thin shell of commands over OcculterCore. Exit codes follow the contract:
/// 0 written, 3 written with items awaiting review, 1 input/rule/write error, 2 usage error.
@main
struct OcculterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occulter",
        abstract: "Occulte les données protégées d'un jeu de données local avant sa publication (CRPA L312-1-2).",
        discussion: """
        Codes de sortie : 0 sortie écrite, rien en attente ; 3 sortie écrite, des éléments attendent la revue du DPO \
        (ils sont occultés) ; 1 erreur d'entrée, de règle ou d'écriture (aucune sortie) ; 2 erreur d'utilisation.
        """,
        version: OcculterCommand.versionText,
        subcommands: [ApplyCommand.self, ScanCommand.self, RulesCommand.self, ValidateCommand.self, ReviewCommand.self]
    )

    /// `occulter --version`: the tool and the allocator it runs on (for support requests).
    static var versionText: String {
        "occulter \(Pipeline.toolVersion) — allocateur : " + (Allocator.jemallocVersion.map { "jemalloc \($0)" } ?? "malloc du système")
    }

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as OcculterError {
            FileHandle.standardError.write(Data(("occulter : " + error.description + "\n").utf8))
            Foundation.exit(error.exitCode)
        } catch let exit as ExitCode {
            // A status of the contract that is not an error (3: items await review).
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = FrenchUsage.translate(fullMessage(for: error))
            FileHandle.standardError.write(Data(("occulter : erreur d'utilisation : " + message + "\nÀ faire : voir « occulter --help ».\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// swift-argument-parser writes its own messages in English; the usual ones are translated.
enum FrenchUsage {
    static let phrases: [(String, String)] = [
        ("Error: ", ""),
        ("Missing expected argument", "argument manquant"),
        ("Unknown option", "option inconnue"),
        ("Unexpected argument", "argument inattendu"),
        ("Missing value for", "valeur manquante pour"),
        ("The value", "la valeur"),
        ("is invalid for", "n'est pas valide pour"),
        ("Usage:", "Utilisation :"),
        ("See 'occulter --help' for more information.", ""),
        ("See '", "Voir '"),
        ("' for more information.", "' pour en savoir plus."),
        ("Please provide", "Indiquez"),
    ]

    static func translate(_ message: String) -> String {
        phrases.reduce(message) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
