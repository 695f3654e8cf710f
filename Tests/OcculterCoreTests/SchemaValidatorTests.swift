import Foundation
import XCTest
@testable import OcculterCore

/// A valid row for each official schema shipped in Rules/schemas, and the checks of
/// `occulter validate`: one non-conforming file per constraint the schema carries.
enum SchemaSamples {
    /// pack → (column, valid value), in the schema's order.
    static let rows: [String: [(String, String)]] = [
        "deliberations": [
            ("COLL_NOM", "Ville de Test"), ("COLL_SIRET", "21340172201787"), ("DELIB_ID", "DEL-2023-001"),
            ("DELIB_DATE", "2023-03-14"), ("DELIB_MATIERE_CODE", "3.1"), ("DELIB_MATIERE_NOM", "Acquisitions"),
            ("DELIB_OBJET", "Acquisition d'un terrain rue de la Loge"), ("BUDGET_ANNEE", "2023"), ("BUDGET_NOM", "Budget principal"),
            ("PREF_ID", "034-213401722-20230314-DEL001-DE"), ("PREF_DATE", "2023-03-15"), ("VOTE_EFFECTIF", "33"),
            ("VOTE_REEL", "30"), ("VOTE_POUR", "28"), ("VOTE_CONTRE", "1"), ("VOTE_ABSTENTION", "1"),
            ("DELIB_URL", "https://www.ville-test.fr/deliberations/2023-001.pdf"),
        ],
        "subventions": [
            ("nomAttribuant", "Ville de Test"), ("idAttribuant", "21340172201787"), ("dateConvention", "2023-02-01"),
            ("referenceDecision", "DEL-2023-001"), ("nomBeneficiaire", "Association Les Amis du Parc"),
            ("idBeneficiaire", "44306184100047"), ("rnaBeneficiaire", "W343000123"), ("objet", "Fonctionnement annuel"),
            ("montant", "25000.50"), ("nature", "aide en numéraire"), ("conditionsVersement", "Versement unique"),
            ("datesPeriodeVersement", "2023-03-01"), ("idRAE", ""), ("notificationUE", "non"),
            ("pourcentageSubvention", "0.5"), ("dispositifAide", ""),
        ],
        "prenoms": [
            ("COMMUNE_NOM", "Montpellier"), ("COLL_INSEE", "34172"), ("ENFANT_SEXE", "F"), ("ENFANT_PRENOM", "Louise"),
            ("NOMBRE_OCCURRENCES", "7"), ("ANNEE", "2023"),
        ],
        "equipements": [
            ("COLL_NOM", "Ville de Test"), ("COLL_SIRET", "21340172201787"), ("EQUIP_UID", "34172-20230101-001"),
            ("EQUIP_THEME", "Equipement sportif et de loisirs"), ("EQUIP_CODE", "1101"), ("EQUIP_TYPE", "Piscine"),
            ("EQUIP_NOM", "Piscine municipale"), ("ADR_NUMERO", "12"), ("ADR_NOMVOIE", "Rue de la Loge"),
            ("ADR_CODEPOSTAL", "34000"), ("ADR_COMMUNE", "Montpellier"), ("ADR_CLE_INTEROP", "34172_1234_00012"),
            ("ERP_ID", ""), ("ERP_TYPE", "X"), ("ERP_CATEGORIE", "2"), ("EQUIP_LAT", "43.6109"), ("EQUIP_LONG", "3.8772"),
            ("EQUIP_OUVERTURE", ""), ("EQUIP_TEL", "0467000000"), ("EQUIP_EMAIL", "piscine@ville-test.fr"),
            ("EQUIP_WEB", "https://www.ville-test.fr/piscine"),
        ],
    ]

    static func schema(_ pack: String) throws -> TableSchema {
        try TableSchema.load(path: try XCTUnwrap(TableSchema.path(forPack: pack, rulesDirectory: Repo.rules)))
    }

    static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.joined(separator: ";") }.joined(separator: "\n") + "\n"
    }

    /// A value that breaks one constraint of `field` and, as far as possible, only that one.
    static func breaking(_ code: SchemaErrorCode, _ field: TableSchema.Field) -> String? {
        switch code {
        case .required: return field.required ? "" : nil
        case .typeInteger: return field.type == .integer ? "douze" : nil
        case .typeNumber: return field.type == .number ? "beaucoup" : nil
        case .typeDate: return field.type == .date ? "le 14 mars" : nil
        case .typeBoolean: return field.type == .boolean ? "peut-être" : nil
        case .typeYear: return field.type == .year ? "23" : nil
        case .pattern: return field.pattern == nil ? nil : "#####"
        case .enumeration: return field.enumeration == nil ? nil : "valeur inconnue"
        case .minimum:
            guard let minimum = field.minimum else { return nil }
            return field.type == .integer ? String(Int(minimum) - 1) : String(minimum / 10)
        case .maximum:
            guard let maximum = field.maximum else { return nil }
            return field.type == .integer ? String(Int(maximum) + 1) : String(maximum + 1)
        case .minLength: return field.minLength.map { String(repeating: "a", count: $0 - 1) }
        case .maxLength: return field.maxLength.map { String(repeating: "a", count: $0 + 1) }
        case .formatEmail: return field.format == "email" ? "pas-une-adresse" : nil
        case .formatURI: return field.format == "uri" ? "pas une adresse web" : nil
        case .missingColumn, .extraColumn, .columnOrder, .typeString: return nil
        }
    }
}

final class SchemaValidatorTests: XCTestCase {
    private func validate(_ csv: String, pack: String) throws -> SchemaValidation {
        let dir = TempDir()
        return try SchemaValidator(schema: try SchemaSamples.schema(pack)).validate(try CSVReader(path: dir.write("f.csv", csv)))
    }

    func testEveryPackWithASchemaHasOneAndItsSampleConforms() throws {
        // Packs whose official schema is a Table Schema; the others say they have none.
        XCTAssertEqual(Set(SchemaSamples.rows.keys), Set(try Repo.library().availablePacks().filter {
            TableSchema.path(forPack: $0, rulesDirectory: Repo.rules) != nil
        }))
        for (pack, row) in SchemaSamples.rows {
            let schema = try SchemaSamples.schema(pack)
            XCTAssertEqual(row.map(\.0), schema.fields.map(\.name), pack)
            let result = try validate(SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1), row.map(\.1)]), pack: pack)
            XCTAssertTrue(result.valid, "\(pack) : \(result.errors.map { result.message($0) })")
            XCTAssertEqual(result.rows, 2)
        }
    }

    /// One file per constraint of every field of every schema: exactly that breach is found,
    /// at its line and column.
    func testOneNonConformingFilePerConstraint() throws {
        var kinds = Set<SchemaErrorCode>()
        for (pack, row) in SchemaSamples.rows {
            let schema = try SchemaSamples.schema(pack)
            for (index, field) in schema.fields.enumerated() {
                for code in SchemaErrorCode.allCases {
                    guard let bad = SchemaSamples.breaking(code, field) else { continue }
                    var values = row.map(\.1)
                    values[index] = bad
                    let result = try validate(SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1), values]), pack: pack)
                    XCTAssertFalse(result.valid, "\(pack).\(field.name) \(code)")
                    XCTAssertTrue(result.errors.contains(SchemaIssue(line: 3, column: field.name, code: code)),
                                  "\(pack).\(field.name) \(code) : \(result.errors)")
                    XCTAssertTrue(result.errors.allSatisfy { $0.line == 3 && $0.column == field.name }, "\(pack).\(field.name) \(code)")
                    kinds.insert(code)
                }
            }
        }
        // Every kind of value error the validator knows is exercised by some shipped schema.
        XCTAssertEqual(kinds, Set(SchemaErrorCode.allCases).subtracting([.missingColumn, .extraColumn, .columnOrder, .typeString]))
    }

    func testColumnsMissingExtraAndOutOfOrder() throws {
        for (pack, row) in SchemaSamples.rows {
            var header = row.map(\.0), values = row.map(\.1)
            // Missing: the second column (required in every shipped schema).
            let missing = try validate(SchemaSamples.csv(header: [header[0]] + header.dropFirst(2),
                                                         rows: [[values[0]] + values.dropFirst(2)]), pack: pack)
            XCTAssertEqual(missing.errors, [SchemaIssue(line: 1, column: header[1], code: .missingColumn)], pack)
            // Extra.
            let extra = try validate(SchemaSamples.csv(header: header + ["COLONNE_EN_TROP"], rows: [values + ["x"]]), pack: pack)
            XCTAssertEqual(extra.errors, [SchemaIssue(line: 1, column: "COLONNE_EN_TROP", code: .extraColumn)], pack)
            // Order: the first two columns swapped; their values are still checked by name.
            header.swapAt(0, 1)
            values.swapAt(0, 1)
            let order = try validate(SchemaSamples.csv(header: header, rows: [values]), pack: pack)
            XCTAssertEqual(Set(order.errors.map(\.code)), [.columnOrder], pack)
            XCTAssertEqual(order.errorCounts[.columnOrder], 2, pack)
        }
    }

    func testMessagesNameLineColumnAndRule() throws {
        let row = try XCTUnwrap(SchemaSamples.rows["deliberations"])
        var values = row.map(\.1)
        values[3] = "2023-02-30"
        let result = try validate(SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1), values]), pack: "deliberations")
        XCTAssertEqual(result.errors.map { result.message($0) }, ["ligne 3, colonne DELIB_DATE : date attendue au format AAAA-MM-JJ"])
    }

    /// French dates, decimal commas and SIRET with spaces: an error each, and the fix to apply.
    func testTolerantReadingSuggestsTheFix() throws {
        let row = try XCTUnwrap(SchemaSamples.rows["subventions"])
        var values = row.map(\.1)
        values[2] = "01/02/2023"
        values[1] = "213 401 722 01787"
        values[8] = "25\u{00A0}000,50"
        let result = try validate(SchemaSamples.csv(header: row.map(\.0), rows: [values]), pack: "subventions")
        XCTAssertEqual(Set(result.errors.map(\.code)), [.typeDate, .pattern, .typeNumber])
        XCTAssertEqual(Set(result.warnings.map(\.code)), [.frenchDate, .spacedIdentifier, .decimalComma])
        let messages = result.warnings.map { result.message($0) }
        XCTAssertTrue(messages.contains("ligne 2, colonne dateConvention : date au format français — écrivez la date au format AAAA-MM-JJ (14/03/2023 → 2023-03-14)"))
        // The made-up examples of the fixes never repeat the file's values.
        XCTAssertFalse(messages.joined().contains("000,50"))
        XCTAssertFalse(messages.joined().contains("213 401 722 01787"))
        // A date that is not a French date gets no suggestion.
        values = row.map(\.1)
        values[2] = "32/01/2023"
        let noFix = try validate(SchemaSamples.csv(header: row.map(\.0), rows: [values]), pack: "subventions")
        XCTAssertEqual(noFix.errors.map(\.code), [.typeDate])
        XCTAssertTrue(noFix.warnings.isEmpty)
        // A phone number written with spaces, longer than its column allows.
        let equipement = try XCTUnwrap(SchemaSamples.rows["equipements"])
        var phone = equipement.map(\.1)
        phone[18] = "04 67 00 00 00"
        let spaced = try validate(SchemaSamples.csv(header: equipement.map(\.0), rows: [phone]), pack: "equipements")
        XCTAssertEqual(spaced.errors.map(\.code), [.maxLength])
        XCTAssertEqual(spaced.warnings.map(\.code), [.spacedIdentifier])
    }

    /// A Windows-1252 export is decoded before its values are checked ("numéraire" in an enum).
    func testWindows1252FileIsCheckedOnItsText() throws {
        let row = try XCTUnwrap(SchemaSamples.rows["subventions"])
        let text = SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1)])
        let bytes = Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        XCTAssertTrue(bytes.contains(0xE9), "é en Windows-1252")
        let dir = TempDir()
        let result = try SchemaValidator(schema: try SchemaSamples.schema("subventions"))
            .validate(try CSVReader(path: dir.write("w.csv", bytes: bytes)))
        XCTAssertTrue(result.valid, "\(result.errors)")
        var bad = row.map(\.1)
        bad[9] = "aide en nature et numéraire"
        let badBytes = Array(SchemaSamples.csv(header: row.map(\.0), rows: [bad]).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let broken = try SchemaValidator(schema: try SchemaSamples.schema("subventions"))
            .validate(try CSVReader(path: dir.write("w2.csv", bytes: badBytes)))
        XCTAssertEqual(broken.errors, [SchemaIssue(line: 2, column: "nature", code: .enumeration)])
    }

    func testDateFormatsAndNumbers() {
        XCTAssertNotNil(SchemaValidator.date("2024-02-29", format: nil))
        XCTAssertNil(SchemaValidator.date("2023-02-29", format: nil))
        XCTAssertNil(SchemaValidator.date("2023-2-01", format: nil))
        XCTAssertNotNil(SchemaValidator.date("01/02/2023", format: "%d/%m/%Y"))
        XCTAssertNotNil(SchemaValidator.date("01/02/2023", format: "any"))
        XCTAssertNil(SchemaValidator.date("01/02/2023", format: nil))
        XCTAssertEqual(SchemaValidator.number("1 250,5", decimal: ",", group: " "), 1250.5)
        XCTAssertNil(SchemaValidator.number("12,5", decimal: ".", group: nil))
        XCTAssertNil(SchemaValidator.number("0x1p3", decimal: ".", group: nil))
        XCTAssertNil(SchemaValidator.integer("1.0"))
        XCTAssertEqual(SchemaValidator.integer("-12"), -12)
        XCTAssertTrue(SchemaValidator.isURI("https://www.ville-test.fr/a?b=1"))
        XCTAssertTrue(SchemaValidator.isURI("mailto:accueil@ville-test.fr"))
        for bad in ["www.ville-test.fr", "1a:b", "https:", ":x", "https://ville test.fr", "https://ville\u{00A0}test.fr"] {
            XCTAssertFalse(SchemaValidator.isURI(bad), bad)
        }
        XCTAssertTrue(SchemaValidator.isEmail("accueil@ville-test.fr"))
        for bad in ["accueil", "a@b", "a@.fr", "a b@ville.fr", "@ville.fr"] { XCTAssertFalse(SchemaValidator.isEmail(bad), bad) }
    }

    func testValidateCommandExitCodesAndListing() throws {
        guard FileManager.default.isExecutableFile(atPath: Repo.binary) else { throw XCTSkip("binaire non construit") }
        let dir = TempDir()
        let row = try XCTUnwrap(SchemaSamples.rows["deliberations"])
        let good = dir.write("bon.csv", SchemaSamples.csv(header: row.map(\.0), rows: [row.map(\.1)]))
        let ok = try CLIRun.run(["validate", good])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("conforme au schéma deliberations 2.1.5"), ok.stdout)
        // 150 rows with two breaches each: 100 listed, the rest counted by kind.
        var bad = row.map(\.1)
        bad[3] = "14/03/2023"
        bad[1] = "123"
        let badFile = dir.write("mauvais.csv", SchemaSamples.csv(header: row.map(\.0), rows: Array(repeating: bad, count: 150)))
        let failed = try CLIRun.run(["validate", badFile, "--pack", "deliberations"])
        XCTAssertEqual(failed.status, 1, failed.stderr)
        let listed = failed.stdout.split(separator: "\n").filter { $0.hasPrefix("  ligne ") && !$0.contains(" — ") }
        XCTAssertEqual(listed.count, 100)
        XCTAssertTrue(failed.stdout.contains("  ligne 2, colonne COLL_SIRET : valeur non conforme au motif ^\\d{14}$ du schéma"), failed.stdout)
        XCTAssertTrue(failed.stdout.contains("… et 200 autre(s) erreur(s)."), failed.stdout)
        XCTAssertTrue(failed.stdout.contains("Erreurs par type : date (type-date) : 150 ; motif (pattern) : 150"), failed.stdout)
        XCTAssertTrue(failed.stdout.contains("date au format français — écrivez la date au format AAAA-MM-JJ"), failed.stdout)
        // A pack without an official Table Schema is an error that says so.
        let none = try CLIRun.run(["validate", good, "--pack", "adresses"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("aucun schéma Table Schema officiel"), none.stderr)
    }
}
