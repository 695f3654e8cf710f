import CPCRE2

/// A PCRE2 pattern compiled once (UTF + UCP), JIT-compiled when the platform allows it.
///
/// The compiled code is immutable and shared between workers; each worker brings its own
/// `RegexScratch` (match data and match context), so matching allocates nothing.
public final class PCRE2Regex: @unchecked Sendable {
    public let pattern: String
    public let caseless: Bool
    let code: OpaquePointer
    public let isJIT: Bool

    /// Raised by `init` when the pattern does not compile.
    public struct CompileError: Error, Sendable {
        public let message: String
        /// Offset in the pattern, in bytes, where compilation stopped.
        public let offset: Int
    }

    public init(_ pattern: String, caseless: Bool = false) throws(CompileError) {
        self.pattern = pattern
        self.caseless = caseless
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        var options = UInt32(PCRE2_UTF | PCRE2_UCP)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        let compiled: OpaquePointer? = pattern.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) { bytes in
                pcre2_compile_8(bytes, pattern.utf8.count, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw CompileError(message: PCRE2Regex.errorMessage(errorCode), offset: errorOffset)
        }
        code = compiled
        isJIT = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit { pcre2_code_free_8(code) }

    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "erreur PCRE2 \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }

    /// Why a match attempt stopped without an answer.
    public enum MatchFailure: Error, Sendable {
        /// The match or depth limit was reached: the pattern backtracks catastrophically.
        case limitExceeded
        case other(String)
    }

    /// Calls `body` with the byte range of every non-overlapping match in `bytes`.
    ///
    /// PCRE2 checks that the whole subject is valid UTF-8 at every call (a second call, for
    /// the next match, checks it again). It is checked once here; with `validUTF8`, the
    /// caller vouches for it (cells are: decoded Strings, or raw records the reader checked)
    /// and no call checks it (the check was 1 % of a run's instructions on délibérations).
    /// Invalid UTF-8 passed as valid is undefined behaviour in PCRE2: only vouch for bytes
    /// that come from a Swift String or from `isValidUTF8WithoutBOM`.
    public func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, scratch: RegexScratch, validUTF8: Bool = false,
        _ body: (Range<Int>) throws -> Void
    ) throws {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var options = validUTF8 ? UInt32(PCRE2_NO_UTF_CHECK) : 0
        while start <= bytes.count {
            let rc = pcre2_match_8(code, base, bytes.count, start, options, scratch.matchData, scratch.matchContext)
            options = UInt32(PCRE2_NO_UTF_CHECK)
            if rc == PCRE2_ERROR_NOMATCH { return }
            if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT
                || rc == PCRE2_ERROR_JIT_STACKLIMIT {
                throw MatchFailure.limitExceeded
            }
            if rc < 0 { throw MatchFailure.other(PCRE2Regex.errorMessage(rc)) }
            let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
            let lower = ovector[0], upper = ovector[1]
            if upper > lower { try body(lower..<upper) }
            // Empty matches advance by one byte; the next search starts at a UTF-8 boundary
            // because PCRE2 in UTF mode never reports a start inside a character.
            start = upper > lower ? upper : upper + 1
            if upper == lower {
                while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
            }
        }
    }

    /// True when the pattern matches somewhere in `bytes`.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, scratch: RegexScratch) throws -> Range<Int>? {
        var found: Range<Int>?
        struct Stop: Error {}
        do {
            try forEachMatch(in: bytes, scratch: scratch) { range in
                found = range
                throw Stop()
            }
        } catch is Stop {}
        return found
    }

    /// Convenience for tests and small inputs.
    public func matches(_ text: String, scratch: RegexScratch = RegexScratch()) throws -> [String] {
        var text = text
        return try text.withUTF8 { buffer in
            var result: [String] = []
            try forEachMatch(in: buffer, scratch: scratch) { range in
                result.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
            }
            return result
        }
    }
}

/// Per-worker matching state: PCRE2 match data (reused for every pattern, sized for 32
/// groups) and a match context carrying the match and depth limits that stop runaway
/// backtracking.
public final class RegexScratch {
    let matchData: OpaquePointer
    let matchContext: OpaquePointer
    let jitStack: OpaquePointer?

    /// Limits chosen so that a pathological pattern on a 1 MB cell stops well within a second.
    public static let defaultMatchLimit: UInt32 = 5_000_000
    public static let defaultDepthLimit: UInt32 = 100_000

    public init(matchLimit: UInt32 = RegexScratch.defaultMatchLimit, depthLimit: UInt32 = RegexScratch.defaultDepthLimit) {
        matchData = pcre2_match_data_create_8(32, nil)!
        matchContext = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(matchContext, matchLimit)
        pcre2_set_depth_limit_8(matchContext, depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(matchContext, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(matchContext)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
