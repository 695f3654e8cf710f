import Foundation
import Yams

/// The `Rules/` folder: the legal-basis catalogue, the word lists and the rule packs.
/// Loading validates everything (regexes, legal bases, columns, keys) before any row is read.
public final class RuleLibrary: @unchecked Sendable {
    public let directory: String
    public let catalogue: LegalBasisCatalogue
    public let words: WordLists
    private var cache: [String: RulePack] = [:]
    private let lock = NSLock()

    /// What a loading thread hands back: written by it alone, read after the group's wait.
    private final class LoadSlot<Value>: @unchecked Sendable {
        var value: Result<Value, Error>?
    }

    /// Dataset packs, in the order `rules list` prints them.
    public static let datasetPacks = ["deliberations", "subventions", "marches-publics", "prenoms", "adresses", "equipements"]

    public init(directory: String) throws {
        self.directory = directory
        // The catalogue is parsed on another thread while the word lists load: both are start-up
        // time, before any row is read.
        let cataloguePath = (directory as NSString).appendingPathComponent("legal-bases.yaml")
        let loaded = LoadSlot<LegalBasisCatalogue>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { loaded.value = Result { try LegalBasisCatalogue.load(path: cataloguePath) } }
        let words = Result { try WordLists(directory: (directory as NSString).appendingPathComponent("wordlists")) }
        group.wait()
        catalogue = try loaded.value!.get()
        self.words = try words.get()
    }

    /// Finds `Rules/`: `OCCULTER_RULES` if set, else the first `Rules/legal-bases.yaml` found
    /// walking up from the current directory, then from the executable.
    public static func locate() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["OCCULTER_RULES"], !explicit.isEmpty { return explicit }
        let starts = [FileManager.default.currentDirectoryPath,
                      URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent().path]
        for start in starts {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                let candidate = url.appendingPathComponent("Rules")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("legal-bases.yaml").path) {
                    return candidate.path
                }
                url.deleteLastPathComponent()
            }
        }
        throw OcculterError(.rules, "dossier Rules/ introuvable (catalogue legal-bases.yaml absent).",
                            hint: "lancez occulter depuis le dossier du projet ou indiquez le dossier avec OCCULTER_RULES=/chemin/vers/Rules.")
    }

    /// The names of the packs present in the folder (dataset packs first).
    public func availablePacks() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let names = files.filter { $0.hasSuffix(".yaml") && $0 != "legal-bases.yaml" }.map { String($0.dropLast(5)) }
        let known = RuleLibrary.datasetPacks.filter(names.contains)
        return known + names.filter { !known.contains($0) }.sorted()
    }

    /// A pack by name (`deliberations`) or by path (`./mon-pack.yaml`).
    public func pack(_ reference: String) throws -> RulePack {
        let path: String
        if reference.hasSuffix(".yaml") || reference.contains("/") {
            path = reference
        } else {
            path = (directory as NSString).appendingPathComponent("\(reference).yaml")
            guard FileManager.default.fileExists(atPath: path) else {
                throw OcculterError(.usage, "jeu de règles « \(reference) » inconnu.",
                                    hint: "jeux disponibles : \(availablePacks().joined(separator: ", ")).")
            }
        }
        lock.lock()
        if let cached = cache[path] { lock.unlock(); return cached }
        lock.unlock()
        let pack = try PackLoader(library: self).load(path: path, including: [])
        lock.lock()
        cache[path] = pack
        lock.unlock()
        return pack
    }

    /// Chooses the dataset pack from a header; an unrecognised header is an error listing the packs.
    public func recognise(header: [String], file: String) throws -> RulePack {
        var best: (pack: RulePack, score: Double)?
        for name in RuleLibrary.datasetPacks where FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("\(name).yaml")) {
            let pack = try self.pack(name)
            let score = pack.recognitionScore(header: header)
            if score > (best?.score ?? 0) { best = (pack, score) }
        }
        guard let best, best.score >= 0.99 else {
            throw OcculterError(.input, at: SourceLocation(file: file, line: 1),
                                "en-tête non reconnu : aucun jeu de règles ne correspond à ces colonnes.",
                                hint: "indiquez le jeu avec --pack (\(availablePacks().filter { $0 != "common" }.joined(separator: ", "))).")
        }
        return best.pack
    }
}
