import Foundation

/// An output written to a temporary file beside its destination, then renamed into place.
/// Until `commit()` succeeds the destination does not exist (or keeps its previous content):
/// a run that fails, or a process killed mid-write, never leaves a partially occulted file.
public final class AtomicFile {
    public let destination: String
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var hasher = StreamingSHA256()
    private var committed = false
    private let toStandardOutput: Bool

    static let flushThreshold = 1 << 20

    /// Who may read the file once in place.
    public enum Audience: Sendable {
        /// Published: 0666 less the umask (the upload step is often another user).
        case published
        /// Holds original values (review.html, review.json): owner only, 0600.
        case confidential

        var mode: mode_t { self == .published ? 0o666 : 0o600 }
    }

    /// `destination` "-" spools to a temporary file and copies it to standard output on commit,
    /// so that a failing run writes nothing there either.
    /// Without `digest`, `seal` and `commit` return "" (nothing asked for the SHA-256).
    public init(destination: String, audience: Audience = .published, digest: Bool = true) throws {
        self.destination = destination
        if !digest { hasher = .off }
        toStandardOutput = destination == "-"
        let directory: String
        let name: String
        if toStandardOutput {
            directory = NSTemporaryDirectory()
            name = "occulter-stdout"
        } else {
            let url = URL(fileURLWithPath: destination)
            directory = url.deletingLastPathComponent().path
            name = url.lastPathComponent
        }
        // Created with its final mode, the kernel applying the umask: no umask(2) call, which
        // would change process-wide state under a library caller, and no window in which a
        // confidential file is readable by others.
        var generator = SystemRandomNumberGenerator()
        var fd: Int32 = -1
        var path = ""
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max, using: &generator), radix: 36)
            path = (directory as NSString).appendingPathComponent(".\(name).occulter-\(suffix)")
            fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, audience.mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw OcculterError(.write, at: SourceLocation(file: destination),
                                "impossible de créer le fichier de sortie (\(String(cString: strerror(errno)))).",
                                hint: "vérifiez que le dossier existe et que vous avez le droit d'y écrire.")
        }
        descriptor = fd
        temporaryPath = path
    }

    deinit { if !committed { discard() } }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFile.flushThreshold { try flush() }
    }

    func append(_ body: (inout [UInt8]) -> Void) throws {
        body(&buffer)
        if buffer.count >= AtomicFile.flushThreshold { try flush() }
    }

    /// Bytes written so far, buffered or not.
    var size: Int { written + buffer.count }

    /// Writes what is buffered, so that the temporary file can be read back before it is sealed.
    func flushForReading() throws { try flush() }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        hasher.update(buffer)
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw OcculterError(.write, at: SourceLocation(file: destination),
                                    "écriture impossible (\(reason)) ; aucun fichier de sortie n'a été produit.",
                                    hint: "libérez de l'espace disque ou choisissez un autre emplacement de sortie.")
            }
            offset += written
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        startWriteback()
    }

    /// Bytes written to the file so far, and up to where the kernel was asked to write them out.
    private var written = 0
    private var writebackRequested = 0
    private static let writebackStep = 2 << 20

    /// Asks the kernel to start writing each new 2 MiB to disk while the run goes on, so that
    /// the `fsync` before the rename waits for the last few megabytes only (it waited for the
    /// whole file: tens of milliseconds with every thread idle). On Linux, POSIX_FADV_DONTNEED
    /// starts the writeback of the range's dirty pages without waiting (`sync_file_range` is
    /// not in Swift's Glibc module). Durability still comes from the `fsync`; this is only a
    /// head start, and its failure is not an error.
    private func startWriteback() {
        guard written - writebackRequested >= AtomicFile.writebackStep else { return }
        _ = posix_fadvise(descriptor, off_t(writebackRequested), off_t(written - writebackRequested), POSIX_FADV_DONTNEED)
        writebackRequested = written
    }

    private var sealedHash: String?

    /// Flushes and syncs; the file is complete but still hidden. Returns its SHA-256.
    @discardableResult
    public func seal() throws -> String {
        if let sealedHash { return sealedHash }
        try flush()
        guard fsync(descriptor) == 0 else {
            throw OcculterError(.write, at: SourceLocation(file: destination),
                                "écriture impossible (\(String(cString: strerror(errno)))) ; aucun fichier de sortie n'a été produit.",
                                hint: "libérez de l'espace disque ou choisissez un autre emplacement de sortie.")
        }
        close(descriptor)
        descriptor = -1
        let hash = hasher.hex()
        sealedHash = hash
        return hash
    }

    /// Seals if needed, then renames into place (or copies to standard output).
    @discardableResult
    public func commit() throws -> String {
        let hash = try seal()
        if toStandardOutput {
            let data = try Data(contentsOf: URL(fileURLWithPath: temporaryPath))
            FileHandle.standardOutput.write(data)
            unlink(temporaryPath)
        } else if rename(temporaryPath, destination) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OcculterError(.write, at: SourceLocation(file: destination),
                                "impossible de mettre le fichier en place (\(reason)).",
                                hint: "vérifiez les droits sur le dossier de sortie.")
        }
        committed = true
        return hash
    }

    /// Removes the temporary file; the destination is left untouched.
    public func discard() {
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        unlink(temporaryPath)
        committed = true
    }

    /// Writes a whole small file atomically (reports).
    public static func write(_ bytes: [UInt8], to path: String, audience: Audience = .published) throws -> String {
        let file = try AtomicFile(destination: path, audience: audience)
        try file.write(bytes)
        return try file.commit()
    }
}
