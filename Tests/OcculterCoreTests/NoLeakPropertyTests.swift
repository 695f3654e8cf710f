import Foundation
import PropertyBased
import Testing
@testable import OcculterCore

/// No leak, by property: every detectable kind, placed in every scanned column of every pack
/// with random surroundings and casing, is absent from the output and the public reports.
@Suite struct NoLeakPropertyTests {
    /// A detectable value and the cell text that carries it.
    struct Planted: Sendable {
        var value: String
        var cell: String
    }

    static let firstNames = ["Karim", "Isabelle", "Paul", "Fatoumata", "João", "Élodie", "Thi Lan", "Jean-Baptiste"]
    static let surnames = ["BENALI", "FRANCK", "RENARD", "DIALLO", "FERREIRA DA SILVA", "N’DIAYE", "LE GOFF", "NGUYEN"]
    static let words = ["travaux", "convention", "subvention", "parcelle", "attribution", "budget", "avenant", "voirie",
                        "cession", "indemnisation", "bail", "remboursement", "-", ",", "(", ")", ":", "n°", "2024"]

    static func digits(_ count: Int, _ rng: inout some RandomNumberGenerator) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
    }

    static func nir(_ rng: inout some RandomNumberGenerator) -> String {
        let body = "\(Int.random(in: 1...2, using: &rng))\(digits(2, &rng))\(String(format: "%02d", Int.random(in: 1...12, using: &rng)))\(String(format: "%02d", Int.random(in: 1...95, using: &rng)))\(digits(6, &rng))"
        let key = 97 - Int(UInt64(body)! % 97)
        return body + String(format: "%02d", key)
    }

    static func iban(_ rng: inout some RandomNumberGenerator) -> String {
        let bban = digits(23, &rng)
        var remainder = 0
        for character in (bban + "FR00") {
            let value = character.isNumber ? String(character) : String(Int(character.asciiValue!) - 55)
            for digit in value { remainder = (remainder * 10 + Int(String(digit))!) % 97 }
        }
        let check = String(format: "%02d", 98 - remainder)
        let compact = "FR" + check + bban
        return stride(from: 0, to: compact.count, by: 4).map { start -> String in
            let from = compact.index(compact.startIndex, offsetBy: start)
            return String(compact[from..<(compact.index(from, offsetBy: 4, limitedBy: compact.endIndex) ?? compact.endIndex)])
        }.joined(separator: " ")
    }

    static func card(_ rng: inout some RandomNumberGenerator) -> String {
        let body = "4" + digits(14, &rng)
        for last in 0...9 where Checksums.card(Substring(body + String(last))) {
            let full = body + String(last)
            return stride(from: 0, to: 16, by: 4).map { String(Array(full)[$0..<($0 + 4)]) }.joined(separator: " ")
        }
        return body
    }

    /// Values for each rule id, as (value, text carrying it).
    static func plant(_ rule: String, _ rng: inout some RandomNumberGenerator) -> Planted? {
        let first = firstNames.randomElement(using: &rng)!, last = surnames.randomElement(using: &rng)!
        let separator = [" ", ".", ""].randomElement(using: &rng)!
        func pairs(_ text: String) -> String { stride(from: 0, to: text.count, by: 2).map { String(Array(text)[$0..<($0 + 2)]) }.joined(separator: separator) }
        switch rule {
        case "nir": let value = nir(&rng); return Planted(value: value, cell: value)
        case "iban": let value = iban(&rng); return Planted(value: value, cell: "IBAN " + value)
        case "carte-bancaire": let value = card(&rng); return Planted(value: value, cell: value)
        case "telephone-mobile", "telephone-mobile-equipement":
            let value = pairs("0" + String(Int.random(in: 6...7, using: &rng)) + digits(8, &rng)); return Planted(value: value, cell: value)
        case "telephone-fixe": let value = pairs("04" + digits(8, &rng)); return Planted(value: value, cell: "tél. " + value)
        case "email", "email-equipement":
            let value = "\(fold(first).replacingOccurrences(of: " ", with: "")).\(fold(last).filter(\.isLetter))@gmail.com"
            return Planted(value: value, cell: value)
        case "date-naissance":
            let value = "\(Int.random(in: 1...28, using: &rng)) mars \(Int.random(in: 1930...2005, using: &rng))"
            return Planted(value: value, cell: "\(first) \(last), né le \(value)")
        case "adresse-personne":
            let value = "\(Int.random(in: 1...300, using: &rng)) impasse des Lilas"
            return Planted(value: value, cell: "demeurant " + value)
        case "nom-personne":
            let civility = ["M.", "Mme", "Monsieur", "Madame", "M. et Mme"].randomElement(using: &rng)!
            return Planted(value: last, cell: "\(civility) \(first) \(last)")
        case "beneficiaire-personne-physique", "titulaire-personne-physique":
            return Planted(value: last, cell: "\(first) \(last)")
        case "lieu-dit-proprietaire":
            return Planted(value: "Vachon", cell: "Maison Vachon")
        default: return nil
        }
    }

    /// Every (pack, scanned column, rule) that plants something.
    static let targets: [(pack: String, column: String, rule: String)] = {
        let library = try! Repo.library()
        var result: [(String, String, String)] = []
        for name in library.availablePacks() where name != "common" {
            let pack = try! library.pack(name)
            for (column, policy) in pack.columns {
                guard case .scan(let rules) = policy else { continue }
                var rng = SystemRandomNumberGenerator()
                for rule in rules where plant(rule, &rng) != nil { result.append((name, column.replacingOccurrences(of: "*", with: "0"), rule)) }
            }
        }
        return result
    }()

    @Test func everyDetectableKindInEveryScannedColumnIsOcculted() async throws {
        #expect(NoLeakPropertyTests.targets.count > 30)
        await propertyCheck(count: 150, input: Gen.value(in: 0...(NoLeakPropertyTests.targets.count - 1)),
                            Gen.value(in: 0...Int.max), Gen.value(in: 0...2)) { index, seed, casing in
            let target = NoLeakPropertyTests.targets[index]
            var rng = Xoshiro256(seed: UInt64(seed))
            guard let planted = NoLeakPropertyTests.plant(target.rule, &rng) else { return }
            let before = (0..<Int.random(in: 0...4, using: &rng)).map { _ in NoLeakPropertyTests.words.randomElement(using: &rng)! }
            let after = (0..<Int.random(in: 0...4, using: &rng)).map { _ in NoLeakPropertyTests.words.randomElement(using: &rng)! }
            var surroundings = (before.joined(separator: " "), after.joined(separator: " "))
            if casing == 1 { surroundings = (surroundings.0.uppercased(), surroundings.1.uppercased()) }
            let wholeCell = ["beneficiaire-personne-physique", "titulaire-personne-physique", "email-equipement",
                             "telephone-mobile-equipement", "lieu-dit-proprietaire"].contains(target.rule)
            let cell = wholeCell ? planted.cell : [surroundings.0, planted.cell, surroundings.1].filter { !$0.isEmpty }.joined(separator: " ")
            let dir = TempDir()
            let csv = "\(target.column)\n\"\(cell.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
            let input = dir.write("in.csv", csv)
            do {
                _ = try Pipeline(library: try Repo.library()).run(RunOptions(
                    input: input, output: dir.path("out.csv"), pack: target.pack, reportDirectory: dir.path("r"), jobs: 1))
            } catch {
                Issue.record("\(target) : \(error)")
                return
            }
            for file in ["out.csv", "r/report.json", "r/report.md", "r/report.html"] {
                let text = dir.read(file) ?? ""
                #expect(!text.contains(planted.value), "\(target.pack)/\(target.column)/\(target.rule) : « \(planted.value) » dans \(file) — \(cell)")
                guard file != "out.csv" else { continue }
                // Nor its folded form, nor a digest anyone could recompute without the key
                // (the row has no key column: it is the case where a digest of the row stood).
                #expect(!fold(text).contains(fold(planted.value)), "forme repliée de « \(planted.value) » dans \(file)")
                for digest in NoLeakPropertyTests.digests(of: [planted.value, fold(planted.value), cell], rule: target.rule, column: target.column) {
                    #expect(!text.contains(digest), "empreinte sans clé de « \(planted.value) » dans \(file)")
                }
            }
        }
    }

    /// SHA-256 (whole, and the 12 and 20 first hex digits that served as row and decision
    /// references) of each text, and the former unkeyed fingerprint of the value.
    static func digests(of texts: [String], rule: String, column: String) -> [String] {
        var result: [String] = []
        for text in texts + texts.map({ "occulter-v1\u{1F}\(rule)\u{1F}\(column)\u{1F}ligne 2\u{1F}\($0)" }) {
            let hex = StreamingSHA256.hex(of: text)
            result += [hex, String(hex.prefix(20)), String(hex.prefix(12))]
        }
        return result
    }

    /// The first-name threshold: a name given fewer times than the threshold in its group is
    /// not published, nor named, folded or counted by name in any public report.
    @Test func rareFirstNamesReachNoPublicArtefact() async throws {
        let names = ["Zéphyrine", "Anatole", "Bérénice", "Maël", "Ysaline", "Octave", "Thaïs", "Ulysse", "Philomène", "Gaspard"]
        await propertyCheck(count: 12, input: Gen.value(in: 0...Int.max)) { seed in
            var rng = Xoshiro256(seed: UInt64(seed))
            var rows = ["COMMUNE_NOM;COLL_INSEE;ENFANT_SEXE;ENFANT_PRENOM;NOMBRE_OCCURRENCES;ANNEE"]
            var rare = Set<String>()
            for name in names {
                let count = Int.random(in: 1...9, using: &rng)
                if count < 5 { rare.insert(name) }
                rows.append("Testville;42999;\(Bool.random(using: &rng) ? "F" : "M");\(name);\(count);2023")
            }
            rows.append("Testville;42999;F;Louise;40;2023")
            rows.append("Testville;42999;M;Louis;40;2023")
            let dir = TempDir()
            var options = RunOptions(input: dir.write("in.csv", rows.joined(separator: "\n") + "\n"), output: dir.path("out.csv"),
                                     pack: "prenoms", reportDirectory: dir.path("r"), jobs: 1)
            options.fingerprintKey = testFingerprintKey
            do { _ = try Pipeline(library: try Repo.library()).run(options) } catch { Issue.record("\(error)"); return }
            for file in ["out.csv", "r/report.json", "r/report.md", "r/report.html"] {
                let text = fold(dir.read(file) ?? "")
                for name in rare { #expect(!text.contains(fold(name)), "« \(name) » dans \(file)") }
            }
        }
    }

    /// Secret fields and fields flagged by the contract's own column: the planted values never
    /// reach the output nor the public reports.
    @Test func secretAndFlaggedFieldsReachNoPublicArtefact() async throws {
        await propertyCheck(count: 12, input: Gen.value(in: 0...Int.max)) { seed in
            var rng = Xoshiro256(seed: UInt64(seed))
            let price = "Prix \(NoLeakPropertyTests.digits(3, &rng)),\(NoLeakPropertyTests.digits(2, &rng)) € HT ligne Kv\(NoLeakPropertyTests.digits(4, &rng))"
            let offer = "Méthode Zorglub\(NoLeakPropertyTests.digits(3, &rng)) du titulaire"
            let flag = ["oui", "offreTechnique", "bordereauPrixUnitaires|offreTechnique"].randomElement(using: &rng)!
            let header = "id;acheteur/nom;objet;montant;titulaires/0/id;titulaires/0/denominationSociale;offreTechnique;bordereauPrixUnitaires;SECRET_AFFAIRES"
            let row = "2024-MP-0\(NoLeakPropertyTests.digits(3, &rng));Ville de Test;Travaux de voirie;12000;37284063700014;EUROVIA;\(offer);\(price);\(flag)"
            let dir = TempDir()
            var options = RunOptions(input: dir.write("in.csv", header + "\n" + row + "\n"), output: dir.path("out.csv"),
                                     pack: "marches-publics", reportDirectory: dir.path("r"), jobs: 1)
            options.fingerprintKey = testFingerprintKey
            do { _ = try Pipeline(library: try Repo.library()).run(options) } catch { Issue.record("\(error)"); return }
            for file in ["out.csv", "r/report.json", "r/report.md", "r/report.html"] {
                let text = dir.read(file) ?? ""
                for value in [price, offer] {
                    #expect(!text.contains(value), "« \(value) » dans \(file)")
                    for word in value.split(separator: " ") where word.contains("Zorglub") || word.hasPrefix("Kv") {
                        #expect(!text.contains(word), "« \(word) » dans \(file)")
                    }
                }
            }
        }
    }

    @Test func theKeyNeverAppears() async throws {
        await propertyCheck(count: 20, input: Gen.letterOrNumber.string(of: 16...40)) { key in
            let dir = TempDir()
            var config = OcculterConfig()
            config.actions = ["nom-personne": .pseudonymise]
            let input = dir.write("in.csv", delibHeader + "\n" + delibRow("1", "Bail consenti à M. Paul RENARD") + "\n")
            let keyFile = dir.write("cle.txt", key)
            _ = try Pipeline(library: try Repo.library()).run(RunOptions(
                input: input, output: dir.path("out.csv"), pack: "deliberations", config: config,
                reportDirectory: dir.path("r"), keyFile: keyFile, jobs: 1))
            for file in ["out.csv", "r/report.json", "r/report.md", "r/report.html", "r/review.html"] {
                #expect(!(dir.read(file) ?? "").contains(key), "clé dans \(file)")
            }
            let run = try CLIRun.run(["apply", input, "--pack", "deliberations", "--output", dir.path("out2.csv"), "--key-file", keyFile,
                                      "--config", dir.write("c.yaml", "actions:\n  nom-personne: pseudonymise\n")])
            #expect(!run.stderr.contains(key) && !run.stdout.contains(key), "clé dans le journal")
        }
    }
}

/// A small seeded generator so that each property case is reproducible from its seed.
struct Xoshiro256: RandomNumberGenerator {
    var state: (UInt64, UInt64, UInt64, UInt64)
    init(seed: UInt64) {
        var splitmix = seed
        func next() -> UInt64 {
            splitmix &+= 0x9E3779B97F4A7C15
            var z = splitmix
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }
    mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0; state.3 ^= state.1; state.1 ^= state.2; state.0 ^= state.3
        state.2 ^= t
        state.3 = (state.3 << 45) | (state.3 >> 19)
        return result
    }
}
