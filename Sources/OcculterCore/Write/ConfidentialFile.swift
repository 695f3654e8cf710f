import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#else
import Darwin
private let systemWrite = Darwin.write
#endif

/// A confidential file (original values: review.json, the decisions file) written atomically
/// and never readable by others: the temporary file is made by mkstemp, which creates it
/// 0600, and keeps that mode when renamed into place. No chmod after the fact, so there is
/// no moment when the content sits in a world-readable file.
public enum ConfidentialFile {
    public static func write(_ bytes: [UInt8], to destination: String) throws {
        let url = URL(fileURLWithPath: destination)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).occulter-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        func failure(_ what: String) -> OcculterError {
            OcculterError(.write, at: SourceLocation(file: destination), "\(what) (\(String(cString: strerror(errno)))).",
                          hint: "vérifiez que le dossier existe et que vous avez le droit d'y écrire.")
        }
        guard fd >= 0 else { throw failure("impossible de créer le fichier confidentiel") }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var ok = fchmod(fd, 0o600) == 0
        var offset = 0
        while ok, offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            ok = written > 0
            offset += max(written, 0)
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, destination) == 0 else {
            let error = failure("écriture du fichier confidentiel impossible")
            unlink(temporary)
            throw error
        }
    }
}
