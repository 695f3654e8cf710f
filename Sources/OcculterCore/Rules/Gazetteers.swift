import Foundation

/// The organisation's own reference data (`gazetteers:` in the configuration): its Base
/// Adresse Locale and its équipements file. Their street and facility names are places
/// everywhere in the run, so a name kept in one dataset ("Gymnase Léon Castagné" in the
/// équipements) is kept in the others (the délibérations).
enum Gazetteers {
    /// Columns that hold a street, a lieu-dit or a facility name, folded (BAL 1.x, SCDL
    /// équipements).
    static let nameColumns: Set<String> = ["voie_nom", "lieudit_complement_nom", "equip_nom", "adr_nomvoie", "nom_voie", "libelle_voie"]

    /// Folded phrases: each name as written ("gymnase leon castagne"), and without its first
    /// word when two or more remain ("leon castagne"), as subjects often drop the facility type.
    static func load(paths: [String]) throws -> [String] {
        var phrases = Set<String>()
        for path in paths {
            let reader = try CSVReader(path: path)
            let columns = reader.header.indices.filter { nameColumns.contains(fold(reader.header[$0]).replacingOccurrences(of: " ", with: "_")) }
            guard !columns.isEmpty else {
                throw OcculterError(.config, at: SourceLocation(file: path, line: 1),
                                    "aucune colonne de nom de voie ou d'équipement (voie_nom, EQUIP_NOM…) dans ce référentiel.",
                                    hint: "indiquez dans gazetteers la Base Adresse Locale ou le fichier des équipements de la collectivité.")
            }
            while let row = try reader.next() {
                for column in columns where column < row.values.count {
                    let words = fold(row.values[column]).split(whereSeparator: { $0 == " " || $0 == "-" })
                    guard words.count >= 2 else { continue }
                    phrases.insert(words.joined(separator: " "))
                    if words.count >= 3 { phrases.insert(words.dropFirst().joined(separator: " ")) }
                }
            }
        }
        return phrases.sorted()
    }
}
