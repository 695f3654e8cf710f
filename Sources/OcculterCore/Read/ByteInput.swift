import Foundation
import Synchronization

/// A file (or standard input) read in large chunks, so memory stays flat whatever its size.
/// It also hashes every byte it hands out: the report records the input's SHA-256.
final class ByteInput {
    let displayName: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    // Read and moved for every record by the one thread that reads: unchecked for
    // exclusivity (a run-time check a record, 0.08 k instructions a délibérations row).
    @exclusivity(unchecked) private(set) var buffer: [UInt8]
    @exclusivity(unchecked) private(set) var start = 0
    @exclusivity(unchecked) private(set) var end = 0
    private(set) var reachedEnd = false
    private(set) var hasher = StreamingSHA256()

    /// Starts hashing an input opened without (`init(path:hashing:)`), from its first byte:
    /// only before anything was consumed, while the buffer still holds every byte read.
    func startHashing() {
        guard !hasher.isOn else { return }
        precondition(start == 0 && bytesRead == end, "hashing must start before the input is consumed")
        hasher = StreamingSHA256()
        buffer.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[0..<end])) }
    }
    /// Bytes read from the file so far, for progress reports. Atomic: the progress line reads
    /// it from the thread that writes the output while another thread reads the input.
    private let readCount = Atomic<Int>(0)
    var bytesRead: Int { readCount.load(ordering: .relaxed) }

    static let chunkSize = 1 << 20

    /// Without `hashing`, nothing is hashed (the run records no digest) until `startHashing()`:
    /// hashing the first megabyte read, then dropping its digest, was 34 M instructions.
    init(path: String, hashing: Bool = true) throws {
        if !hashing { hasher = .off }
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            displayName = "entrée standard"
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw OcculterError(.input, at: SourceLocation(file: path), "fichier introuvable.",
                                    hint: "vérifiez le chemin du fichier à traiter.")
            }
            guard !isDirectory.boolValue else {
                throw OcculterError(.input, at: SourceLocation(file: path), "c'est un dossier, pas un fichier.",
                                    hint: "indiquez le fichier CSV ou JSON à traiter.")
            }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw OcculterError(.input, at: SourceLocation(file: path), "lecture impossible (\(String(cString: strerror(errno)))).",
                                    hint: "vérifiez les droits de lecture du fichier.")
            }
            descriptor = fd
            ownsDescriptor = true
            displayName = path
        }
        buffer = [UInt8](repeating: 0, count: ByteInput.chunkSize)
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Makes at least `minimum` unread bytes available when the input has them. Returns the
    /// number of unread bytes.
    @discardableResult
    func fill(minimum: Int = 1) throws -> Int {
        while end - start < minimum && !reachedEnd {
            if start > 0 {
                // Move the unread tail to the front before reading more.
                let unread = end - start
                buffer.withUnsafeMutableBufferPointer { pointer in
                    if unread > 0 { pointer.baseAddress!.update(from: pointer.baseAddress! + start, count: unread) }
                }
                start = 0
                end = unread
            }
            if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + end, raw.count - end)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw OcculterError(.input, at: SourceLocation(file: displayName),
                                    "erreur de lecture (\(String(cString: strerror(errno)))).",
                                    hint: "vérifiez que le fichier est lisible en entier.")
            }
            if count == 0 { reachedEnd = true; break }
            buffer.withUnsafeBufferPointer { pointer in
                hasher.update(UnsafeBufferPointer(rebasing: pointer[end..<(end + count)]))
            }
            readCount.add(count, ordering: .relaxed)
            end += count
        }
        return end - start
    }

    /// Unread bytes, valid until the next `fill` or `consume`.
    func withUnread<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    func consume(_ count: Int) { start += count }

    /// Reads everything left (used for JSON documents, which are parsed whole).
    func readAll() throws -> [UInt8] {
        var all: [UInt8] = []
        while try fill() > 0 {
            withUnread { all.append(contentsOf: $0) }
            consume(end - start)
        }
        return all
    }
}
