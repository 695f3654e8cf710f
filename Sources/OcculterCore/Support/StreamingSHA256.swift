import Crypto

/// SHA-256 over a stream of bytes, hex-encoded at the end. An `off` hasher ignores what it is
/// given and gives "": a run without reports records no digest, and hashing the input and the
/// output was 3.6 % of such a run's time (délibérations 100 Mo, one job), on its serial stages.
struct StreamingSHA256 {
    private var hasher = SHA256()
    private(set) var isOn = true

    static var off: StreamingSHA256 {
        var hasher = StreamingSHA256()
        hasher.isOn = false
        return hasher
    }

    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isOn else { return }
        hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    func hex() -> String { isOn ? hasher.finalize().hexString : "" }

    static func hex(of bytes: [UInt8]) -> String {
        var hasher = StreamingSHA256()
        hasher.update(bytes)
        return hasher.hex()
    }

    static func hex(of text: String) -> String { hex(of: Array(text.utf8)) }
}

extension Sequence where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

