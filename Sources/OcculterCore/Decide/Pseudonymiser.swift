@preconcurrency import Crypto
import Foundation

/// Keyed pseudonyms: HMAC-SHA256 of the normalised value. The same person gets the same
/// pseudonym within and across runs with the same key; without the key it cannot be reversed
/// by guessing names. Pseudonymised data remain personal data (RGPD art. 4-5).
public struct Pseudonymiser: @unchecked Sendable {
    let key: SymmetricKey

    public static let minimumKeyBytes = 16

    public init(keyBytes: [UInt8], source: String) throws {
        guard keyBytes.count >= Pseudonymiser.minimumKeyBytes else {
            throw OcculterError(.config, at: SourceLocation(file: source),
                                "clé de pseudonymisation trop courte (\(keyBytes.count) octets, \(Pseudonymiser.minimumKeyBytes) au minimum).",
                                hint: "générez une clé avec : head -c 32 /dev/urandom | base64 > cle.txt")
        }
        key = SymmetricKey(data: keyBytes)
    }

    /// Reads the key from `--key-file` or, failing that, `OCCULTER_KEY`. Nil when neither is set.
    public static func fromEnvironment(keyFile: String?) throws -> Pseudonymiser? {
        if let keyFile {
            guard let data = FileManager.default.contents(atPath: keyFile) else {
                throw OcculterError(.config, at: SourceLocation(file: keyFile), "fichier de clé introuvable ou illisible.",
                                    hint: "vérifiez le chemin donné à --key-file.")
            }
            var bytes = [UInt8](data)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
            return try Pseudonymiser(keyBytes: bytes, source: keyFile)
        }
        if let value = ProcessInfo.processInfo.environment["OCCULTER_KEY"], !value.isEmpty {
            return try Pseudonymiser(keyBytes: Array(value.utf8), source: "variable OCCULTER_KEY")
        }
        return nil
    }

    public func pseudonym(for value: String, prefix: String) -> String {
        let normalised = fold(value).split(separator: " ").joined(separator: " ")
        let mac = HMAC<SHA256>.authenticationCode(for: Array(normalised.utf8), using: key)
        return "[\(prefix)-\(Data(mac).prefix(6).hexString)]"
    }
}
