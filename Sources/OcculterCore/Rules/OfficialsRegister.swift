import Foundation

/// The Répertoire national des élus as the ministry publishes it (`;`-separated CSV with
/// « Code de la commune », « Nom de l'élu », « Prénom de l'élu »…), read once when the
/// configuration is loaded: only the officials of the organisation's commune (`insee`) are
/// kept, so a national file of half a million rows leaves a few dozen names, shared by every
/// worker through the configuration.
enum OfficialsRegister {
    static let communeColumn = "Code de la commune"
    static let surnameColumn = "Nom de l'élu"
    static let firstNameColumn = "Prénom de l'élu"

    /// "Prénom NOM" for each official of the commune, the surname in capitals (so that the
    /// name matcher knows which word is the surname).
    static func load(path: String, insee: String) throws -> [String] {
        let reader = try CSVReader(path: path)
        func column(_ name: String) throws -> Int {
            // Headers are compared folded: exports differ in accents and apostrophes.
            guard let index = reader.header.firstIndex(where: { fold($0) == fold(name) }) else {
                throw OcculterError(.config, at: SourceLocation(file: path, line: 1),
                                    "colonne « \(name) » absente du répertoire des élus.",
                                    hint: "indiquez dans officials_file le fichier CSV du Répertoire national des élus tel que publié (séparateur « ; »).")
            }
            return index
        }
        let commune = try column(communeColumn), surname = try column(surnameColumn), firstName = try column(firstNameColumn)
        let wanted = normalisedCode(insee)
        var names: [String] = []
        var seen = Set<String>()
        while let row = try reader.next() {
            guard row.values.count > max(commune, surname, firstName), normalisedCode(row.values[commune]) == wanted else { continue }
            let name = row.values[firstName].trimmingCharacters(in: .whitespaces) + " "
                + row.values[surname].trimmingCharacters(in: .whitespaces).uppercased()
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    /// INSEE codes are written "1001" or "01001" depending on the export.
    static func normalisedCode(_ code: String) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        return trimmed.count < 5 && trimmed.allSatisfy(\.isNumber) ? String(repeating: "0", count: 5 - trimmed.count) + trimmed : trimmed
    }
}
