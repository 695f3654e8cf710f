/// A table pasted into a subject, over several lines, whose header names its columns:
/// « NOM⇥PRÉNOM⇥ÉCOLE⇥MONTANT⏎LE CORRE⇥Gwenaëlle⇥École Pasteur⇥87,15 € », « Enfant ; Né(e) le ;
/// École demandée ». A column headed as a person's name, birth date or address holds one in
/// every row, whatever its shape (a particle, a common word, a date): the header says so
/// where the words alone do not.
extension Scan {
    /// What a column of a pasted table holds, by its header.
    enum TableColumn: Equatable {
        case name, birth, address, other

        /// Evidence, from the closed vocabulary of the report.
        var evidence: String {
            switch self {
            case .name: "cellule d'une colonne « nom » ou « prénom » d'un tableau collé dans l'objet"
            case .birth: "cellule d'une colonne « date de naissance » d'un tableau collé dans l'objet"
            case .address: "cellule d'une colonne « adresse » d'un tableau collé dans l'objet"
            case .other: ""
            }
        }
    }

    /// Header words of a column of persons' names (« Nom », « Prénom », « Enfant », « Bénéficiaire »).
    static let personColumnWords: [StaticString] = ["nom", "noms", "prenom", "prenoms", "nom-prenom", "enfant", "enfants", "beneficiaire",
                                                    "beneficiaires", "eleve", "eleves", "demandeur", "demandeurs", "demandeuse", "debiteur",
                                                    "debiteurs", "redevable", "titulaire", "parent", "parents", "famille", "agent", "locataire",
                                                    "vendeur", "acquereur", "attributaire", "abonne", "abonnee", "abonnes", "usager", "usagers",
                                                    "proprietaire", "proprietaires", "occupant", "interesse", "interessee", "identite"]
    static let addressColumnWords: [StaticString] = ["adresse", "domicile"]
    /// Words a person's header may add (« Nom et prénom », « Nom de famille », « Nom d'usage »):
    /// any other word makes the field some other name (« Nouveau nom », « Nom de la voie »).
    static let personColumnFillers: [StaticString] = ["et", "de", "du", "d'", "ou", "famille", "usage", "naissance", "jeune", "fille", "l'",
                                                      "la", "le", "les", "des"]

    /// A line that heads a pasted table: where it starts, its separator's token, what each
    /// column holds.
    struct TableHeader {
        let line: Int
        let separator: Int
        let columns: [TableColumn]
    }

    /// The row of a pasted table that starts at `start` (a line's first token), under the
    /// nearest header before it among the cell's `headers` (`tableHeaders`): the ranges of its
    /// cells under a header of persons, each with what the header says it holds.
    func tableRow(at start: Int, headers: [TableHeader]) -> (cells: [(Range<Int>, TableColumn)], end: Int)? {
        guard let header = headers.last(where: { $0.line < start }) else { return nil }
        let separator = header.separator, columns = header.columns
        var cells: [(Range<Int>, TableColumn)] = []
        var column = 0, fieldStart = start, position = start
        while true {
            let lineEnds = position >= tokens.count || position > start && startsLine(position)
            if lineEnds || (tokens[position].kind == .punct && sameMark(tokens[position], tokens[separator])) {
                if column < columns.count, columns[column] != .other, fieldStart < position {
                    cells.append((fieldStart..<position, columns[column]))
                }
                column += 1
                if lineEnds { break }
                fieldStart = position + 1
            }
            position += 1
        }
        // A row has the header's shape: as many fields (a note line under the table is no row).
        guard column == columns.count else { return nil }
        let splitName = columns.filter { $0 == .name }.count >= 2
        var names: [(Range<Int>, TableColumn)] = []
        for (cell, kind) in cells where kind == .name {
            if let name = personInCell(cell, splitName: splitName) { names.append((name, kind)) }
        }
        // A birth date or an address goes with the row's person only.
        guard !names.isEmpty else { return nil }
        return (names + cells.filter { $0.1 != .name }, position)
    }

    /// The person's name in a cell of a name column, past a civility (« M. Gilbert RAYNAUD »):
    /// none when the cell names a firm, a body, a place or a file (« SARL Immo Forez »,
    /// « Copropriété Le Parc »), nor a lone word that is no name unless the header splits
    /// surname and first name into two columns.
    private func personInCell(_ cell: Range<Int>, splitName: Bool) -> Range<Int>? {
        var start = cell.lowerBound
        while start < cell.upperBound, tokens[start].isWord ? self.is(tokens[start], .civility) : isPunct(start, ".") { start += 1 }
        let words = (start..<cell.upperBound).filter { tokens[$0].isWord }
        guard !words.isEmpty, words.count <= 5,
              !words.contains(where: { self.is(tokens[$0], [.legalEntity, .body, .place, .designation, .role, .family]) }) else { return nil }
        guard splitName || words.contains(where: { isFirstName(tokens[$0]) || isUnknownWord(tokens[$0], anyCase: true) }) else { return nil }
        return start..<cell.upperBound
    }

    /// The lines of the cell that head a table, in order, read once a cell (the scan keeps them):
    /// two fields or more split by a tab, a semicolon or a pipe, one of them headed by a person's
    /// word. None in a cell without a capitalised first name, which the prefilter would not
    /// let through (a table of names has some).
    func tableHeaders() -> [TableHeader] {
        guard tokens.contains(where: { $0.isWord && $0.startsUpper && isFirstName($0) }) else { return [] }
        var headers: [TableHeader] = []
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !startsLine(lineEnd) { lineEnd += 1 }
            if let read = headerLine(lineStart..<lineEnd) { headers.append(TableHeader(line: lineStart, separator: read.separator, columns: read.columns)) }
            lineStart = lineEnd
        }
        return headers
    }

    /// The columns of one line read as a table's header, or nil when it is none.
    private func headerLine(_ line: Range<Int>) -> (separator: Int, columns: [TableColumn])? {
        guard let separator = line.first(where: { isFieldSeparator($0) }) else { return nil }
        var columns: [TableColumn] = []
        var fieldStart = line.lowerBound
        for position in line.lowerBound...line.upperBound where position == line.upperBound
            || tokens[position].kind == .punct && sameMark(tokens[position], tokens[separator]) {
            columns.append(headerColumn(fieldStart..<position))
            fieldStart = position + 1
        }
        // A birth date or an address says who only beside a name's column.
        guard columns.count >= 2, columns.contains(.name) else { return nil }
        return (separator, columns)
    }

    /// What a header field announces. « Nom de l'association », « Nom de l'école »: a body's or
    /// a place's name, not a person's.
    private func headerColumn(_ field: Range<Int>) -> TableColumn {
        let words = field.filter { tokens[$0].isWord }
        guard !words.isEmpty, words.count <= 5 else { return .other }
        if words.contains(where: { self.is(tokens[$0], [.body, .legalEntity, .place]) }) { return .other }
        let keys = words.map { keyWithoutElision(tokens[$0]) }
        if keys.contains(where: { Scan.bytes($0, isOneOf: ["naissance"]) })
            || keys.count >= 2 && Scan.bytes(keys[0], isOneOf: ["ne", "nee"]) && keys.contains(where: { Scan.bytes($0, isOneOf: ["le"]) }) {
            return .birth
        }
        if keys.contains(where: { Scan.bytes($0, isOneOf: Scan.addressColumnWords) }) { return .address }
        if keys.contains(where: { Scan.bytes($0, isOneOf: Scan.personColumnWords) }),
           keys.allSatisfy({ Scan.bytes($0, isOneOf: Scan.personColumnWords) || Scan.bytes($0, isOneOf: Scan.personColumnFillers) }) {
            return .name
        }
        return .other
    }
}
