import Foundation
import OcculterCore

/// A progress line on standard error, only when it is a terminal and the input is large: a
/// publishing pipeline's logs stay clean.
enum ProgressLine {
    static let minimumBytes = 20 << 20

    static func make(input: String) -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1, input != "-",
              let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size]) as? Int,
              size >= minimumBytes else { return nil }
        return { rows, bytes in
            let percent = min(100, bytes * 100 / max(size, 1))
            let text = "\r\u{1B}[Kocculter : \(rows) lignes traitées (\(percent) % du fichier lu)"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Clears the line before the final message.
    static func clear() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
