@preconcurrency import Crypto
import Foundation

/// The DPO's secret behind decision fingerprints. Fingerprints name held items in the
/// confidential review and in the decisions file; keyed, they cannot be recomputed from a
/// guessed name (rule, column and row key are public, so an unkeyed digest confirmed guesses).
///
/// The key lives with the DPO's configuration: `occulter-empreintes.key` beside the `--config`
/// file, or `~/.config/occulter/empreintes.key` without one (`OCCULTER_FINGERPRINT_KEY_FILE`
/// names another file). It is created on first use (32 random bytes, hex, mode 0600) and is
/// never printed.
public struct FingerprintKey: @unchecked Sendable {
    let key: SymmetricKey
    /// HMAC-SHA-256 (RFC 2104) with the key's padded blocks absorbed once: a fingerprint copies
    /// these two states instead of hashing the key again (`HMAC<SHA256>` did, through generic
    /// code: 4 % of a run's instructions on 10 MB).
    private let inner: SHA256
    private let outer: SHA256

    /// False for a key that makes no fingerprint (`unused()`): every fingerprint is "".
    private(set) var isUsed: Bool

    /// The same key, for a run in which nothing reads fingerprints (no report, no decisions
    /// file): their HMAC was 6 % of such a run's time (délibérations 100 Mo, one job).
    func unused() -> FingerprintKey {
        var copy = self
        copy.isUsed = false
        return copy
    }

    public init(bytes: [UInt8]) {
        isUsed = true
        key = SymmetricKey(data: bytes)
        var block = bytes.count > 64 ? Array(SHA256.hash(data: bytes)) : bytes
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256(), outer = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        outer.update(data: block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// HMAC-SHA-256 of `message` under the key.
    func mac(_ message: UnsafeRawBufferPointer) -> SHA256.Digest {
        var innerHash = inner
        innerHash.update(bufferPointer: message)
        let innerDigest = innerHash.finalize()
        var outerHash = outer
        innerDigest.withUnsafeBytes { outerHash.update(bufferPointer: $0) }
        return outerHash.finalize()
    }

    /// File name of the key beside a configuration file.
    public static let fileName = "occulter-empreintes.key"

    /// Where the key of a run lives: the explicit file, else the environment's, else beside
    /// the configuration, else in the user's configuration folder.
    public static func path(explicit: String?, configFile: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        let environment = ProcessInfo.processInfo.environment
        if let file = environment["OCCULTER_FINGERPRINT_KEY_FILE"], !file.isEmpty { return file }
        if let configFile, configFile != "-" {
            return URL(fileURLWithPath: configFile).deletingLastPathComponent().appendingPathComponent(fileName).path
        }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSTemporaryDirectory()) as NSString).appendingPathComponent(".config")
        return ((base as NSString).appendingPathComponent("occulter") as NSString).appendingPathComponent("empreintes.key")
    }

    /// Reads the key at `path`, creating it (0600, exclusive create) when absent.
    public static func loadOrCreate(path: String) throws -> FingerprintKey {
        if let data = FileManager.default.contents(atPath: path) {
            return try parse(data: data, path: path)
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array((Data(bytes).hexString + "\n").utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor < 0 {
            // Another run created it meanwhile: use theirs.
            if errno == EEXIST, let data = FileManager.default.contents(atPath: path) { return try parse(data: data, path: path) }
            throw OcculterError(.config, at: SourceLocation(file: path),
                                "impossible de créer la clé des empreintes (\(String(cString: strerror(errno)))).",
                                hint: "donnez un dossier accessible en écriture avec OCCULTER_FINGERPRINT_KEY_FILE=/chemin/cle.")
        }
        defer { close(descriptor) }
        let written = text.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        guard written == text.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw OcculterError(.config, at: SourceLocation(file: path), "écriture de la clé des empreintes impossible.",
                                hint: "libérez de l'espace disque puis relancez.")
        }
        return FingerprintKey(bytes: bytes)
    }

    static func parse(data: Data, path: String) throws -> FingerprintKey {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
            guard let byte = UInt8(text[index..<next], radix: 16) else { bytes = []; break }
            bytes.append(byte)
            index = next
        }
        guard bytes.count >= 16 else {
            throw OcculterError(.config, at: SourceLocation(file: path),
                                "clé des empreintes invalide (attendu : au moins 32 chiffres hexadécimaux).",
                                hint: "supprimez ce fichier pour qu'une nouvelle clé soit créée ; les décisions déjà prises devront être refaites.")
        }
        return FingerprintKey(bytes: bytes)
    }
}
