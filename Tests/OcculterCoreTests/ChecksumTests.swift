import XCTest
@testable import OcculterCore

final class ChecksumTests: XCTestCase {
    func testNIR() {
        XCTAssertTrue(Checksums.nir("1 85 05 78 006 084 91"))
        XCTAssertTrue(Checksums.nir("185057800608491"))
        XCTAssertFalse(Checksums.nir("1 85 05 78 006 084 92"))
        XCTAssertFalse(Checksums.nir("985057800608491"))
    }

    func testNIRCorsica() {
        // 2A counts as 19 in the key: 97 - (2690219341055 mod 97) = 12.
        XCTAssertTrue(Checksums.nir("2 69 02 2A 341 055 12"))
        XCTAssertFalse(Checksums.nir("2 69 02 2B 341 055 12"))
    }

    func testIBAN() {
        XCTAssertTrue(Checksums.iban("FR76 3000 6000 0112 3456 7890 189"))
        XCTAssertTrue(Checksums.iban("DE89370400440532013000"))
        XCTAssertFalse(Checksums.iban("FR76 3000 6000 0112 3456 7890 188"))
        // Right checksum shape but wrong length for France.
        XCTAssertFalse(Checksums.iban("FR7630006000011234567890"))
    }

    func testLuhnCardsSirenSiret() {
        XCTAssertTrue(Checksums.card("4970 1012 3456 7893"))
        XCTAssertFalse(Checksums.card("4970 1012 3456 7890"))
        XCTAssertTrue(Checksums.siren("732 829 320"))
        XCTAssertFalse(Checksums.siren("732 829 321"))
        XCTAssertTrue(Checksums.siret("73282932000074"))
        // La Poste: digit sum multiple of 5.
        XCTAssertTrue(Checksums.siret("35600000000006"))
        XCTAssertFalse(Checksums.siret("35600000000007"))
    }
}
