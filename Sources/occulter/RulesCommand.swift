import ArgumentParser
import Foundation
import OcculterCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Liste, montre et teste les jeux de règles.",
        subcommands: [List.self, Show.self, Test.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste les jeux de règles disponibles.")

        func run() throws {
            let library = try RuleLibrary(directory: try RuleLibrary.locate())
            for name in library.availablePacks() {
                let pack = try library.pack(name)
                let own = pack.ruleOrder.filter { pack.rules[$0]?.pack == pack.name }.count
                print("\(pack.name)\t\(pack.version)\t\(own) règle(s)\t\(pack.title)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Montre les règles d'un jeu, leurs actions et leurs fondements.")

        @Argument(help: "Nom ou chemin du jeu de règles.")
        var name: String

        func run() throws {
            let library = try RuleLibrary(directory: try RuleLibrary.locate())
            let pack = try library.pack(name)
            print("\(pack.title) — jeu « \(pack.name) » \(pack.version)")
            print("Fichier : \(pack.file) (SHA-256 \(pack.sha256))")
            if !pack.recognise.isEmpty { print("Reconnu par les colonnes : \(pack.recognise.joined(separator: ", "))") }
            print("\nColonnes :")
            for (column, policy) in pack.columns {
                switch policy {
                case .scan(let rules): print("  \(column) : analysée par \(rules.joined(separator: ", "))")
                case .keep(let reason): print("  \(column) : publiée telle quelle — \(reason)")
                case .drop(let reason): print("  \(column) : jamais publiée — \(reason)")
                }
            }
            print("  (autres colonnes) : analysées par \(pack.defaultScan.joined(separator: ", "))")
            print("\nRègles :")
            for id in pack.ruleOrder {
                let rule = pack.rules[id]!
                print("  \(id) [\(rule.pack)] — \(rule.title)")
                print("    action : \(rule.action.label) ; fondements : \(rule.occult.bases.joined(separator: ", "))")
                for (exemption, outcome) in rule.exemptions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    print("    exemption \(exemption.rawValue) : \(outcome.bases.joined(separator: ", "))")
                }
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Exécute les exemples de chaque règle (tous les jeux, ou le jeu indiqué).")

        @Argument(help: "Nom ou chemin d'un jeu de règles (tous si omis).")
        var path: String?

        func run() throws {
            let library = try RuleLibrary(directory: try RuleLibrary.locate())
            let names = path.map { [$0] } ?? library.availablePacks()
            var examples = 0
            var failures: [RuleExamples.Failure] = []
            for name in names {
                let summary = try RuleExamples(library: library).run(pack: try library.pack(name))
                examples += summary.examples
                failures += summary.failures
                print("\(name) : \(summary.examples) exemple(s), \(summary.failures.count) échec(s)")
            }
            for failure in failures { FileHandle.standardError.write(Data(("  " + failure.description + "\n").utf8)) }
            print("Exemples des règles : \(examples - failures.count) réussi(s), \(failures.count) en échec.")
            // The lexicon is searched by bisection: out of order, its lookups would miss.
            if let (file, line) = library.words.unsortedLexiconLine {
                let path = (library.words.directory as NSString).appendingPathComponent(file)
                throw OcculterError(.rules, at: SourceLocation(file: path, line: line),
                                    "le lexique n'est pas trié octet par octet, ou contient un doublon.",
                                    hint: "régénérez-le avec Rules/wordlists/build-lexique.py, ou triez-le (LC_ALL=C sort -u).")
            }
            if !failures.isEmpty {
                throw OcculterError(.rules, "\(failures.count) exemple(s) de règles en échec.", hint: "corrigez la règle ou son exemple, puis relancez « occulter rules test ».")
            }
        }
    }
}
