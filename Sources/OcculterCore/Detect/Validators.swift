/// Checksums of French and international identifiers: a pattern match counts only when its
/// checksum holds, which keeps contract numbers and dates from being taken for identifiers.
enum Checksums {
    static func digits(_ text: Substring) -> [UInt8] {
        text.utf8.compactMap { $0 >= 48 && $0 <= 57 ? $0 - 48 : nil }
    }

    /// NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (number mod 97).
    /// Corsica's department 2A/2B counts as 19/18 in the key computation.
    static func nir(_ text: Substring) -> Bool {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(ASCIIChecksums.nir), let result = ascii { return result }
        var compact = text.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        guard compact.count == 15 else { return false }
        let keyText = compact.suffix(2)
        compact.removeLast(2)
        if compact.dropFirst(5).hasPrefix("2A") {
            compact = compact.prefix(5) + "19" + compact.dropFirst(7)
        } else if compact.dropFirst(5).hasPrefix("2B") {
            compact = compact.prefix(5) + "18" + compact.dropFirst(7)
        }
        guard compact.allSatisfy(\.isASCII), compact.allSatisfy(\.isNumber), let key = Int(keyText),
              let number = UInt64(compact) else { return false }
        guard let first = compact.first, "12378".contains(first) else { return false }
        return 97 - Int(number % 97) == key
    }

    /// IBAN: ISO 13616 mod-97 check, with the length each country fixes when known.
    static func iban(_ text: Substring) -> Bool {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(ASCIIChecksums.iban), let result = ascii { return result }
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard compact.count >= 15, compact.count <= 34 else { return false }
        let country = String(compact.prefix(2))
        if let length = ibanLengths[country], length != compact.count { return false }
        let rearranged = compact.dropFirst(4) + compact.prefix(4)
        // A character outside ASCII maps to 0, which is neither a digit nor a letter: invalid.
        return ibanRemainderIsOne(rearranged.map { $0.asciiValue ?? 0 })
    }

    /// ISO 13616 check on the rearranged IBAN's ASCII bytes (digits and capitals): the number
    /// they spell, letters as 10–35, leaves 1 modulo 97. Shared by the `String` and byte paths.
    static func ibanRemainderIsOne(_ rearranged: some Sequence<UInt8>) -> Bool {
        var remainder = 0
        for byte in rearranged {
            if byte >= 48 && byte <= 57 {
                remainder = (remainder * 10 + Int(byte - 48)) % 97
            } else if byte >= 65 && byte <= 90 {
                remainder = (remainder * 100 + Int(byte - 55)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    static let ibanLengths: [String: Int] = [
        "FR": 27, "MC": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "LU": 20, "CH": 21, "GB": 22, "PT": 25,
        "NL": 18, "IE": 22, "AT": 20, "PL": 28, "GR": 27, "FI": 18, "DK": 18, "SE": 24, "NO": 15, "CZ": 24,
        "RO": 24, "HU": 28, "MA": 28, "TN": 24, "DZ": 26, "SN": 28, "CI": 28, "AD": 24, "LI": 21, "SK": 24,
        "SI": 19, "HR": 21, "BG": 22, "EE": 20, "LV": 21, "LT": 20, "MT": 31, "CY": 28, "IS": 26,
    ]

    /// Luhn checksum (payment cards, SIREN, SIRET).
    static func luhn(_ digits: [UInt8]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if index % 2 == 1 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        return sum % 10 == 0
    }

    static func card(_ text: Substring) -> Bool {
        let digits = digits(text)
        guard digits.count >= 13, digits.count <= 19, Set(digits).count > 1 else { return false }
        return luhn(digits)
    }

    static func siren(_ text: Substring) -> Bool {
        let digits = digits(text)
        return digits.count == 9 && luhn(digits)
    }

    /// SIRET: Luhn, except La Poste (SIREN 356000000) whose establishments use the digit sum mod 5.
    static func siret(_ text: Substring) -> Bool {
        let digits = digits(text)
        guard digits.count == 14 else { return false }
        if digits.prefix(9) == [3, 5, 6, 0, 0, 0, 0, 0, 0] {
            return digits.reduce(0) { $0 + Int($1) } % 5 == 0
        }
        return luhn(digits)
    }

    static func check(_ validator: Validator, _ text: Substring) -> Bool {
        switch validator {
        case .nir: return nir(text)
        case .iban: return iban(text)
        case .luhn: return card(text)
        case .siren: return siren(text)
        case .siret: return siret(text)
        }
    }
}
