/// The words of a cell as the leak checks read them: maximal runs of letters and digits,
/// folded (case and accents), plus one word of digits for a group of digit blocks written
/// apart ("06 12 34 56 78", "1 85 05 78 006 084 36"), so that a number cannot reappear
/// under another spacing. Folded forms share one buffer: a cell makes no array per word.
struct TextWords {
    struct Word {
        /// UTF-8 byte range in the scanned text.
        var range: Range<Int>
        /// FNV-1a of the folded bytes: equal words, equal hashes (in every run and thread).
        var hash: UInt64
        var letters: Int
        var digits: Int
    }

    private(set) var words: [Word] = []

    /// Digit groups shorter than this are dates, amounts or years, not identifiers.
    static let digitGroupMinimum = 8

    static let basis: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    /// Hashes as it folds, without keeping the folded bytes: this runs over every cell that
    /// had something hidden, twice (the cell, then what is published of it).
    init(_ bytes: UnsafeBufferPointer<UInt8>, tables: ScalarTables = .shared) {
        var collected = Collected()
        // Reserved once for a cell instead of grown (six reallocations for a subject of 25
        // words); capped, as a whole rendered report also goes through here.
        collected.words.reserveCapacity(min(bytes.count / 4 + 4, 1024))
        TextWords.forEachWord(in: bytes, tables: tables, into: &collected)
        words = collected.words
    }

    /// What `forEachWord` hands the words to, in order.
    protocol Sink {
        mutating func add(_ word: Word)
    }

    private struct Collected: Sink {
        var words: [Word] = []
        mutating func add(_ word: Word) { words.append(word) }
    }

    /// The words `init` keeps, handed to `sink` one by one in the same order, without an
    /// array (the output scan reads a few words of short runs: making and freeing the array
    /// was a third of it).
    @inline(__always)
    static func forEachWord<S: Sink>(in bytes: UnsafeBufferPointer<UInt8>, tables: ScalarTables = .shared, into sink: inout S) {
        var position = 0
        var start = -1, hash = TextWords.basis, letters = 0, digits = 0
        // The current group of digit blocks, and whether one separator follows its last block.
        var groupStart = 0, groupEnd = 0, groupHash = TextWords.basis, groupDigits = 0, groupBlocks = 0
        var separatorPending = false
        func flushGroup() {
            if groupBlocks > 1, groupDigits >= TextWords.digitGroupMinimum {
                sink.add(Word(range: groupStart..<groupEnd, hash: groupHash, letters: 0, digits: groupDigits))
            }
            groupHash = TextWords.basis
            groupDigits = 0
            groupBlocks = 0
            separatorPending = false
        }
        func endWord(at end: Int) {
            guard start >= 0 else { return }
            sink.add(Word(range: start..<end, hash: hash, letters: letters, digits: digits))
            if letters == 0 {
                if !(groupBlocks > 0 && separatorPending) {
                    flushGroup()
                    groupStart = start
                }
                // ASCII digits: the group's hash continues over this block's bytes; digits of
                // another script (« ０６ », « ٠٦ ») over their folded bytes, as the word's hash.
                if end - start == digits {
                    for index in start..<end { groupHash = (groupHash ^ UInt64(bytes[index])) &* TextWords.prime }
                } else {
                    groupHash = TextWords.hash(continuing: groupHash, folding: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                groupDigits += digits
                groupBlocks += 1
                groupEnd = end
                separatorPending = false
            } else {
                flushGroup()
            }
            start = -1
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                var flags = tables.flags[Int(byte)]
                if flags & (ScalarClass.letter | ScalarClass.digit) != 0 {
                    if start < 0 { start = position; hash = TextWords.basis; letters = 0; digits = 0 }
                    // The whole run of ASCII letters and digits, in local copies: the word's
                    // state is captured by `endWord`, so the loop kept it in memory, byte by
                    // byte (TextWords was 2.7 k instructions a délibérations row, 60 a byte).
                    var runHash = hash, runLetters = letters, runDigits = digits, next = byte
                    repeat {
                        // Without branches, as the tokenizer: the capital flag (2) shifted is the
                        // case bit (32); the letter flag is 1, the digit flag 8.
                        runHash = (runHash ^ UInt64(next &+ (flags & ScalarClass.upper) &<< 4)) &* TextWords.prime
                        runLetters &+= Int(flags & ScalarClass.letter)
                        runDigits &+= Int((flags & ScalarClass.digit) &>> 3)
                        position += 1
                        guard position < bytes.count else { break }
                        next = bytes[position]
                        guard next < 0x80 else { break }
                        flags = tables.flags[Int(next)]
                    } while flags & (ScalarClass.letter | ScalarClass.digit) != 0
                    hash = runHash
                    letters = runLetters
                    digits = runDigits
                    continue
                } else {
                    endWord(at: position)
                    // One space, dot or dash may separate the blocks of a number; anything else ends it.
                    if (byte == 0x20 || byte == 0x2E || byte == 0x2D), groupBlocks > 0, groupEnd == position, !separatorPending {
                        separatorPending = true
                    } else {
                        flushGroup()
                    }
                }
                position += 1
                continue
            }
            guard let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) else {
                endWord(at: position)
                flushGroup()
                position += 1
                continue
            }
            if info.isLetter || info.isDigit {
                if start < 0 { start = position; hash = TextWords.basis; letters = 0; digits = 0 }
                // Folded bytes go straight into the hash (through an array, 40 % of this pass).
                var sink = HashingSink(hash: hash)
                info.appendFolded(to: &sink, tables: tables)
                hash = sink.hash
                if info.isDigit { digits += 1 } else { letters += 1 }
            } else {
                endWord(at: position)
                if info.isNumberSeparator, groupBlocks > 0, groupEnd == position, !separatorPending {
                    separatorPending = true
                } else {
                    flushGroup()
                }
            }
            position += length
        }
        endWord(at: bytes.count)
        flushGroup()
    }

    /// `hash` continued over the folded bytes of `bytes` (a block of digits of another script).
    /// Out of line, with tables of its own: inlined, or taking the loop's tables, it slowed the
    /// loop over every word (+0.5 % of a run's instructions).
    @inline(never)
    private static func hash(continuing hash: UInt64, folding bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let tables = ScalarTables.shared
        var sink = HashingSink(hash: hash)
        var index = 0
        while index < bytes.count, let (info, length) = ScalarClass.at(index, in: bytes, tables: tables) {
            info.appendFolded(to: &sink, tables: tables)
            index += length
        }
        return sink.hash
    }

    /// FNV-1a over folded bytes as `appendFolded` gives them.
    private struct HashingSink: FoldedBytes {
        var hash: UInt64
        @inline(__always)
        mutating func append(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* TextWords.prime }
    }

    /// Calls `body` with the folded bytes of a word of `bytes` (made again on demand: few
    /// words need them). Words of up to 256 folded bytes are folded on the stack, in a fixed
    /// buffer (an array per word, or a temporary allocation sized per word, cost more than
    /// the four word-list lookups that follow).
    static func withFolded<T>(_ word: Word, in bytes: UnsafeBufferPointer<UInt8>, tables: ScalarTables = .shared,
                              _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        // Letters and digits of the word, folded, in the order `appendFolded` gives them.
        func fold(into output: inout some FoldedBytes) {
            var position = word.range.lowerBound
            while position < word.range.upperBound {
                guard let (info, length) = ScalarClass.at(position, in: bytes, tables: tables) else { position += 1; continue }
                if info.isLetter || info.isDigit { info.appendFolded(to: &output, tables: tables) }
                position += length
            }
        }
        return withUnsafeMutableBytes(of: &storage) { raw in
            var writer = BufferSink(buffer: raw.bindMemory(to: UInt8.self))
            fold(into: &writer)
            if writer.overflowed {
                // A longer word: folded into an array.
                var folded: [UInt8] = []
                fold(into: &folded)
                return folded.withUnsafeBufferPointer(body)
            }
            return body(UnsafeBufferPointer(rebasing: writer.buffer[0..<writer.count]))
        }
    }

    private struct BufferSink: FoldedBytes {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var overflowed = false
        @inline(__always)
        mutating func append(_ byte: UInt8) {
            guard count < buffer.count else { overflowed = true; return }
            buffer[count] = byte
            count += 1
        }
    }
}

/// Which hidden words are worth looking for elsewhere: a word of three letters or more that is
/// not tool vocabulary (common words, place, role and civility words, the rules' placeholders),
/// or an identifier of six characters or more with digits. Shorter words (« de », « 12 ») recur
/// lawfully everywhere and identify no one.
enum HiddenWordFilter {
    static func placeholderWords(_ placeholders: [String]) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        for placeholder in placeholders {
            var text = placeholder
            text.withUTF8 { for word in TextWords($0).words { hashes.insert(word.hash) } }
        }
        return hashes
    }

    static func isSignificant(_ word: TextWords.Word, in bytes: UnsafeBufferPointer<UInt8>, words: WordLists, placeholders: Set<UInt64>) -> Bool {
        if word.letters == 0 { return word.digits >= 6 }
        if word.digits > 0 { return word.letters + word.digits >= 6 }
        guard word.letters >= 3, !placeholders.contains(word.hash) else { return false }
        // The four lists taken out first: the closure captured the whole `WordLists` (a copy,
        // every list retained, per call).
        let common = words.commonWords, places = words.places, triggers = words.triggers, roles = words.roles
        return TextWords.withFolded(word, in: bytes) { folded in
            !common.contains(folded) && !places.contains(folded) && !triggers.contains(folded) && !roles.contains(folded)
        }
    }
}

/// A hidden word found again where it must not be: in the published cell it was hidden from.
/// The run stops (nothing is published); the message names the rule and column, never the word.
struct HiddenWordReappeared: Error {
    let rule: String
    let column: String
}
