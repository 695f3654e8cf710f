import Foundation

/// The word lists of `Rules/wordlists/`, folded for case- and accent-insensitive lookup.
/// They are data so that a DPO can read and extend them without touching Swift. Lookups take
/// folded UTF-8 bytes (`ByteWordSet`), so the name detector makes no `String` per word.
public struct WordLists: Sendable {
    public let directory: String
    var firstNames: ByteWordSet
    var places: ByteWordSet
    var bodies: ByteWordSet
    var legalEntities: ByteWordSet
    var roles: ByteWordSet
    var professions: ByteWordSet
    var publicFigures: ByteWordSet
    var commonWords: ByteWordSet
    var ownSituation: ByteWordSet
    var triggers: ByteWordSet
    var functionalMailboxes: ByteWordSet
    var webmailDomains: ByteWordSet
    /// Associative sectors (pétanque, radio, harmonie…): read only in beneficiary and holder
    /// columns, where a whole cell names a body or a person.
    var sectors: ByteWordSet
    /// Words never taken as first names (France, Noël…), also applied to INSEE's list.
    var excludedFirstNames: ByteWordSet
    /// French communes whose name has several parts ("Sainte-Marie-la-Mer"), as written and
    /// with spaces for hyphens: a first name inside one is a place's.
    var communes: ByteWordSet
    /// French word forms and the names of départements and régions (`lexique.txt`): whether a
    /// capitalised word is also a French word.
    let frenchWords: FrenchLexicon
    /// Commune names and their parts that are no French word (`lexique-communes.txt`): kept
    /// apart because many are surnames too ("Lagarde", "Ferrand"), so that the name detector
    /// reads them as places only where a place can stand ("à Limoux").
    let communeWords: FrenchLexicon
    /// Longest multi-word entry, in words, per phrase list (bounds the look-back).
    let longestPhrase: Int

    /// `text` with runs of spaces made one and no space at either end, as
    /// `split(separator: " ").joined(separator: " ")` gives it; on bytes when the text is ASCII
    /// (nearly every folded entry): splitting as Characters was a sixth of loading the lists.
    static func singleSpaced(_ text: String) -> String {
        var storage = text
        return storage.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return text.split(separator: " ").joined(separator: " ") }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for byte in bytes where byte != 0x20 || (out.last.map { $0 != 0x20 } ?? false) { out.append(byte) }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    public init(directory: String) throws {
        self.directory = directory
        @Sendable func load(_ name: String) throws -> ByteWordSet {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                  data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) != nil else {
                throw OcculterError(.rules, at: SourceLocation(file: path), "liste de mots introuvable ou illisible (UTF-8 attendu).",
                                    hint: "restaurez le fichier depuis le dépôt d'Occulter.")
            }
            var set = Set<String>()
            // Lines cut and trimmed on bytes (line breaks, ASCII blanks and no-break spaces):
            // splitting the text as Characters was a third of loading a list.
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                func isBlank(_ index: Int) -> Int {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return 1 }
                    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
                    return 0
                }
                var lineStart = 0
                while lineStart < bytes.count {
                    var lineEnd = lineStart
                    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
                    defer { lineStart = lineEnd + 1 }
                    var start = lineStart, end = lineEnd
                    while start < end, case let width = isBlank(start), width > 0 { start += width }
                    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0B || bytes[end - 1] == 0x0C
                        || (bytes[end - 1] == 0xA0 && end - 2 >= start && bytes[end - 2] == 0xC2) {
                        end -= bytes[end - 1] == 0xA0 ? 2 : 1
                    }
                    if start == end || bytes[start] == UInt8(ascii: "#") { continue }
                    let entry = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    set.insert(WordLists.singleSpaced(fold(entry)))
                }
            }
            return ByteWordSet(set)
        }
        // The fourteen files are read and folded in parallel: a third of start-up, serial,
        // before the first row (the first-names list alone is half of it).
        let files = ["prenoms.txt", "lieux.txt", "organismes.txt", "personnes-morales.txt", "fonctions.txt", "professions.txt",
                     "personnalites.txt", "mots-courants.txt", "situation-agent.txt", "declencheurs.txt",
                     "boites-fonctionnelles.txt", "webmails.txt", "prenoms-exclus.txt", "secteurs-associatifs.txt", "communes.txt"]
        let loaded = UnsafeMutableBufferPointer<Result<ByteWordSet, Error>?>.allocate(capacity: files.count)
        loaded.initialize(repeating: nil)
        defer { _ = loaded.deinitialize(); loaded.deallocate() }
        let slots = UncheckedSendable(loaded)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots.value[index] = Result { try load(files[index]) }
        }
        let lists = try loaded.map { try $0!.get() }
        // Mapped, not read: nothing to do in parallel.
        frenchWords = try FrenchLexicon(path: (directory as NSString).appendingPathComponent("lexique.txt"))
        communeWords = try FrenchLexicon(path: (directory as NSString).appendingPathComponent("lexique-communes.txt"))
        (firstNames, places, bodies, legalEntities, roles, professions, publicFigures) = (lists[0], lists[1], lists[2], lists[3], lists[4], lists[5], lists[6])
        (commonWords, ownSituation, triggers, functionalMailboxes, webmailDomains, excludedFirstNames) = (lists[7], lists[8], lists[9], lists[10], lists[11], lists[12])
        // The scan reads situation phrases without elided articles ("médaille d'honneur" →
        // "medaille honneur", the way `Scan.ownSituation` joins its tokens): both forms are kept.
        var situationForms = lists[8].entries
        for entry in lists[8].entries where entry.contains("'") {
            let bare = entry.split(separator: " ").map { word -> Substring in
                if word.count > 2, let quote = word.firstIndex(of: "'"), word.distance(from: word.startIndex, to: quote) == 1 {
                    return word[word.index(after: quote)...]
                }
                return word
            }.joined(separator: " ")
            situationForms.insert(bare)
        }
        ownSituation = ByteWordSet(situationForms)
        sectors = lists[13]
        // "Saint Jean de Luz", "Saint-Martin-d'Hères" → "saint martin d' heres": the forms the
        // tokens of a subject written with spaces give.
        // Built on UTF-8 bytes: Foundation's string replacement made this a tenth of a second.
        var communeForms = lists[14].entries
        for entry in lists[14].entries {
            var spaced: [UInt8] = [], split: [UInt8] = []
            spaced.reserveCapacity(entry.utf8.count)
            split.reserveCapacity(entry.utf8.count + 4)
            var changed = false
            for byte in entry.utf8 {
                let replaced = byte == UInt8(ascii: "-") ? UInt8(ascii: " ") : byte
                changed = changed || replaced != byte || byte == UInt8(ascii: "'")
                spaced.append(replaced)
                split.append(replaced)
                if byte == UInt8(ascii: "'") { split.append(UInt8(ascii: " ")) }
            }
            guard changed else { continue }
            communeForms.insert(String(decoding: spaced, as: UTF8.self))
            communeForms.insert(String(decoding: split, as: UTF8.self))
        }
        communes = ByteWordSet(communeForms)
        var longest = 1
        for list in [publicFigures, triggers, ownSituation, bodies, legalEntities, professions, places] {
            for entry in list.entries { longest = max(longest, entry.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }) }
        }
        longestPhrase = longest
    }

    /// Adds the first names of an INSEE *Fichier des prénoms* CSV (`sexe;preusuel;annais;nombre`).
    public mutating func addINSEEFirstNames(path: String) throws {
        let reader = try CSVReader(path: path)
        guard let column = reader.header.firstIndex(where: { $0.lowercased() == "preusuel" }) else {
            throw OcculterError(.config, at: SourceLocation(file: path, line: 1),
                                "colonne « preusuel » absente : ce n'est pas le Fichier des prénoms de l'INSEE.",
                                hint: "téléchargez le fichier « prénoms » de l'INSEE au format CSV (séparateur ;).")
        }
        var names = firstNames.entries
        while let row = try reader.next() {
            let name = row.values[column]
            if name.hasPrefix("_") || name.count < 2 { continue }
            let folded = fold(name)
            if !commonWords.contains(folded), !excludedFirstNames.contains(folded) { names.insert(folded) }
        }
        firstNames = ByteWordSet(names)
    }

    /// A copy with storage of its own. Workers sharing one set's storage contend on its
    /// reference count at every lookup (measured: 40 % more CPU with two workers than one).
    func unshared() -> WordLists {
        var copy = self
        let lists: [WritableKeyPath<WordLists, ByteWordSet>] = [
            \.firstNames, \.places, \.bodies, \.legalEntities, \.roles, \.professions, \.publicFigures, \.commonWords,
            \.ownSituation, \.triggers, \.functionalMailboxes, \.webmailDomains, \.excludedFirstNames, \.sectors, \.communes,
        ]
        for list in lists { copy[keyPath: list] = self[keyPath: list].copy() }
        return copy
    }

    /// The first lexicon file (`lexique.txt`, then `lexique-communes.txt`) with a line out of
    /// byte order or repeated, and that line, or nil (checked by `occulter rules test`, not at
    /// each start: lookups need no index).
    public var unsortedLexiconLine: (file: String, line: Int)? {
        if let line = frenchWords.firstUnsortedLine() { return ("lexique.txt", line) }
        if let line = communeWords.firstUnsortedLine() { return ("lexique-communes.txt", line) }
        return nil
    }

    /// Whether folded bytes are a French word or the name of a place of either lexicon: the
    /// reading wherever a word's place in the sentence does not matter.
    func isLexiconWord(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        frenchWords.contains(key) || communeWords.contains(key)
    }

    /// Whether the scan's tokens in `range`, joined by spaces, are an entry of either lexicon.
    func isLexiconPhrase(_ range: Range<Int>, of scan: Scan) -> Bool {
        frenchWords.containsPhrase(range, of: scan) || communeWords.containsPhrase(range, of: scan)
    }

    /// Whether folded bytes are a first name of the list, or a compound whose every part is
    /// one ("jean-baptiste").
    func isFirstName(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        WordLists.isFirstName(folded, in: firstNames)
    }

    /// `isFirstName` with the list given, for the name prefilter (which keeps the list alone).
    static func isFirstName(_ folded: UnsafeBufferPointer<UInt8>, in firstNames: ByteWordSet) -> Bool {
        if firstNames.contains(folded) { return true }
        guard folded.contains(UInt8(ascii: "-")) else { return false }
        var parts = 0
        var start = 0
        for index in 0...folded.count where index == folded.count || folded[index] == UInt8(ascii: "-") {
            if index > start {
                guard firstNames.contains(UnsafeBufferPointer(rebasing: folded[start..<index])) else { return false }
                parts += 1
            }
            start = index + 1
        }
        return parts > 1
    }

    func isFirstName(_ folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { isFirstName($0) }
    }
}

/// The officials of the configuration, as folded token sets for matching whatever the case,
/// accents or word order ("Gaël PERDRIAU", "PERDRIAU Gaël", "M. PERDRIAU").
struct OfficialNames: Sendable {
    let names: [(tokens: Set<String>, surnames: Set<String>, needsFirstName: Bool)]

    /// `register`: officials read from the national register, who must be named with a first
    /// name (a bare surname must not make a private homonym an official).
    init(_ officials: [String], register: [String] = []) {
        names = (officials.map { ($0, false) } + register.map { ($0, true) }).map { official, needsFirstName in
            let tokens = official.split(whereSeparator: { $0 == " " }).map { fold($0) }
            // Words written in capitals in the config are the surname.
            let surnames = official.split(separator: " ").filter { $0.count > 1 && $0 == $0.uppercased() }.map { fold($0) }
            return (Set(tokens), Set(surnames.isEmpty ? [tokens.last ?? ""] : surnames), needsFirstName)
        }
    }

    /// True when the folded name tokens designate an official: all of them belong to one
    /// official's name and they include the surname.
    func matches(_ tokens: [String]) -> Bool {
        guard !tokens.isEmpty else { return false }
        return names.contains { official in
            tokens.allSatisfy { official.tokens.contains($0) } && !official.surnames.isDisjoint(with: tokens)
                && (!official.needsFirstName || tokens.contains { !official.surnames.contains($0) })
        }
    }
}
