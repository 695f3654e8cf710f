import ArgumentParser
import Foundation
import OcculterCore
import OcculterWorkbench

/// `occulter review DIR`: the DPO's workbench for the run whose reports are in DIR.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Ouvre l'atelier de revue du DPO (navigateur, 127.0.0.1 seulement) sur les rapports d'un traitement.",
        discussion: """
        La première ligne affichée est l'adresse à ouvrir, avec son jeton. Chaque décision est écrite aussitôt \
        dans le fichier de décisions (confidentiel), au format lu par « apply --decisions ». Ctrl-C arrête l'atelier.
        """)

    @Argument(help: "Dossier des rapports (celui de --report), qui contient review.json.")
    var directory: String

    @Option(name: .long, help: "Fichier de décisions à écrire (par défaut DOSSIER/decisions.yaml).")
    var decisions: String?

    @Option(name: .long, help: "Port d'écoute sur 127.0.0.1 (0 : un port libre choisi par le système).")
    var port: Int = 0

    func run() throws {
        guard (0...65535).contains(port) else {
            throw OcculterError(.usage, "--port doit être compris entre 0 et 65535.", hint: "omettez --port pour laisser le système choisir.")
        }
        let server = try WorkbenchServer(directory: directory, decisions: decisions, port: port)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { url in
                    // The URL first, alone on its line, flushed: scripts read it from a pipe.
                    FileHandle.standardOutput.write(Data((url + "\n").utf8))
                    FileHandle.standardError.write(Data("occulter : atelier de revue ouvert (Ctrl-C pour arrêter) ; décisions écrites dans \(server.state.decisionsPath).\n".utf8))
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw OcculterError(.write, "l'atelier de revue n'a pas pu démarrer (\(error)).",
                                hint: "vérifiez que le port \(port) est libre, ou omettez --port.")
        }
    }

    final class Outcome: @unchecked Sendable { var error: Error? }
}
