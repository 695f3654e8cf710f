import Foundation

/// A cell's text with its compatibility characters replaced by their ASCII equivalents, and the
/// way back to the cell's own bytes.
///
/// The rules' patterns, their checksums and the e-mail classifier read ASCII: an identifier
/// written in full-width forms (« ０６ １２ ３４ ５６ ７８ », « ｊｅａｎ．ｄｕｐｏｎｔ＠ｇｍａｉｌ．ｃｏｍ »),
/// in decimal digits of another script (« ٠٦ ١٢ », « ०६ »), in mathematical alphanumerics
/// (« 𝟎𝟔 ») or apart with Unicode spaces would meet no pattern and reach the published dataset.
/// Detectors therefore read such a cell folded; each span they find is mapped back, so that the
/// original characters are what is occulted. Cells without such characters (nearly all) are
/// scanned as they are: `ByteFacts` already tells them apart in its one pass.
struct CompatibilityFold {
    /// The folded text (valid UTF-8: a folded scalar becomes ASCII, the others are copied).
    let bytes: [UInt8]
    /// For each folded byte, the byte offsets in the cell where the scalar it comes from starts
    /// and ends (a copied byte maps to itself).
    private let starts: [Int]
    private let ends: [Int]
    private let originalCount: Int

    /// Nil when no character of `original` folds (the cell is then scanned as it is).
    init?(_ original: UnsafeBufferPointer<UInt8>) {
        var folded: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = []
        folded.reserveCapacity(original.count)
        starts.reserveCapacity(original.count)
        ends.reserveCapacity(original.count)
        var changed = false
        var position = 0
        while position < original.count {
            let lead = original[position]
            let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if length > 1, position + length <= original.count {
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in 1..<length { value = (value << 6) | (UInt32(original[position + next]) & 0x3F) }
                if let ascii = CompatibilityFold.ascii(for: value) {
                    for byte in ascii {
                        folded.append(byte)
                        starts.append(position)
                        ends.append(position + length)
                    }
                    changed = true
                    position += length
                    continue
                }
            }
            // Copied byte by byte: offsets inside a copied scalar map to themselves.
            for offset in position..<min(position + length, original.count) {
                folded.append(original[offset])
                starts.append(offset)
                ends.append(offset + 1)
            }
            position += length
        }
        guard changed else { return nil }
        bytes = folded
        self.starts = starts
        self.ends = ends
        originalCount = original.count
    }

    /// The span of the cell's bytes that a span of the folded text comes from, widened to whole
    /// scalars (a match that ends on the first byte of a folded ligature takes the ligature).
    func originalSpan(_ span: Range<Int>) -> Range<Int> {
        let start = span.lowerBound < starts.count ? starts[span.lowerBound] : originalCount
        guard !span.isEmpty else { return start..<start }
        return start..<ends[min(span.upperBound, ends.count) - 1]
    }

    /// The ASCII a compatibility character stands for, or nil for any other scalar: a decimal
    /// digit of any script (general category Nd, which PCRE2's `\d` also takes), a Unicode
    /// space, or a character whose compatibility decomposition (NFKC) is ASCII, in the blocks
    /// that hold such forms (full-width, small and vertical forms, ligatures, mathematical
    /// alphanumerics, enclosed and segmented digits).
    static func ascii(for value: UInt32) -> [UInt8]? {
        switch value {
        case 0..<0x80: return nil
        case 0xFF01...0xFF5E: return [UInt8(value - 0xFEE0)]
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return [0x20]
        // U+2000–U+2FFF (’ « – € …, frequent in French text) holds no decimal digit and no form
        // that folds to ASCII but the spaces above: answered without the Unicode properties.
        case 0x0660..<0x2000, 0x3000...:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let properties = scalar.properties
            if properties.numericType == .decimal, let number = properties.numericValue, number >= 0, number <= 9 {
                return [0x30 + UInt8(number)]
            }
            return decomposedBlocks.contains { $0.contains(value) } ? decompositions[value] : nil
        default: return nil
        }
    }

    /// The ASCII letter or digit a compatibility character stands for (« ０ » → 0, « Ｊ » → J),
    /// for the word folding of the leak checks; nil for any other scalar.
    static func alphanumeric(for value: UInt32) -> UInt8? {
        guard value >= 0x0660, let ascii = ascii(for: value), ascii.count == 1 else { return nil }
        let byte = ascii[0]
        return (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122) ? byte : nil
    }

    /// Whether a cell may have something to fold, from byte tests: a compatibility character
    /// (`ByteFacts.mayHoldCompatibility`), or a Unicode space in a cell with digits enough for
    /// an identifier. Other cells (nearly all) are scanned as they are, at no further cost.
    @inline(__always)
    static func mayApply(to bytes: UnsafeBufferPointer<UInt8>, facts: ByteFacts) -> Bool {
        facts.mayHoldCompatibility || (facts.digits >= TextWords.digitGroupMinimum && holdsUnicodeSpace(bytes))
    }

    /// Whether `bytes` hold a no-break or typographic space (U+00A0, U+2000–U+200A, U+202F,
    /// U+205F), which the patterns' `[ ]` does not take: « 06\u{A0}12\u{A0}34\u{A0}56\u{A0}78 »,
    /// a number formatted by a French spreadsheet or word processor, met no pattern. Such spaces
    /// are frequent in French text (« 12 000 € », before « : »), and `ByteFacts` lets U+2000–U+2FFF
    /// through as punctuation: this byte test runs only on cells with digits enough for an
    /// identifier (`TextWords.digitGroupMinimum`), which meet several patterns anyway.
    ///
    /// Eight bytes at a time (as `ByteFacts`): a word without a non-ASCII byte is passed over,
    /// and only a lead byte C2 or E2 is looked at closer (a loop per byte was 1 % of a run).
    static func holdsUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            let word = ByteFacts.word(at: index, in: base, count: count)
            if word & 0x8080_8080_8080_8080 != 0 {
                var leads = ByteFacts.bytesEqual(word, to: 0xC2) | ByteFacts.bytesEqual(word, to: 0xE2)
                while leads != 0 {
                    if isUnicodeSpace(at: index + leads.trailingZeroBitCount / 8, in: bytes) { return true }
                    leads &= leads &- 1
                }
            }
            index += 8
        }
        return false
    }

    /// Whether a no-break or typographic space starts at `index` (C2 A0, E2 80 80–8A, E2 80 AF,
    /// E2 81 9F).
    private static func isUnicodeSpace(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let second = bytes[index + 1]
        if bytes[index] == 0xC2 { return second == 0xA0 }
        guard index + 2 < bytes.count else { return false }
        let third = bytes[index + 2]
        return second == 0x80 && (third <= 0x8A || third == 0xAF) || second == 0x81 && third == 0x9F
    }

    /// Whether a non-ASCII scalar is one that folds to a separator of a number's blocks (space,
    /// dot, dash: « ０６．１２ », « 06\u{A0}12 »), as the leak checks group them. Constants, not
    /// `ascii(for:)`: the word loop runs this on every non-ASCII punctuation mark.
    @inline(__always)
    static func isNumberSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFF0D, 0xFF0E: return true
        default: return false
        }
    }

    /// Blocks whose characters may decompose to ASCII (full-width forms are handled above).
    private static let decomposedBlocks: [ClosedRange<UInt32>] = [
        0xFB00...0xFB06, 0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF5F...0xFFEE, 0x1D400...0x1D7FF,
        0x1F100...0x1F1FF, 0x1FBF0...0x1FBF9,
    ]

    /// NFKC of each character of those blocks, kept when it is ASCII printable (at most four
    /// bytes: « ﬃ » → « ffi »). Built once, on the first cell that needs it.
    private static let decompositions: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for block in decomposedBlocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = Array(String(Character(scalar)).precomposedStringWithCompatibilityMapping.utf8)
                if !folded.isEmpty, folded.count <= 4, folded.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { table[value] = folded }
            }
        }
        return table
    }()
}

extension ByteFacts {
    /// Whether the cell may hold a compatibility character: a lead byte of a scalar from U+0600
    /// on, but U+2000–U+2FFF (punctuation such as ’ « – €), the test that already lets other
    /// scripts' digits through the digit prefilters. Full-width forms (EF BC, EF BD), the
    /// ideographic space (E3 80 80), digits of other scripts and mathematical alphanumerics
    /// (F0) all start so.
    var mayHoldCompatibility: Bool { digits >= ByteFacts.otherDigits }
}

extension Cell {
    /// Runs `scan` on what detectors read of this cell: the cell itself, or its folded copy
    /// when it holds a compatibility character (`CompatibilityFold.scan`). The rules' examples
    /// go through here; the run tests the same in `RowProcessor`, without a closure on its path.
    func scanFolded(into findings: inout [Finding], _ scan: (Cell, inout [Finding]) throws -> Void) rethrows {
        if CompatibilityFold.mayApply(to: bytes, facts: facts), let fold = CompatibilityFold(bytes) {
            try fold.scan(self, into: &findings, scan)
        } else {
            try scan(self, &findings)
        }
    }
}

extension CompatibilityFold {
    /// Runs `scan` on the folded copy of `cell` (this fold's) and maps the spans it finds back
    /// onto the cell's own bytes, so that no detector has to know about such characters.
    @inline(never)
    func scan(_ cell: Cell, into findings: inout [Finding], _ scan: (Cell, inout [Finding]) throws -> Void) rethrows {
        let first = findings.count
        try bytes.withUnsafeBufferPointer { folded in
            try scan(Cell(bytes: folded, column: cell.column, rawColumn: cell.rawColumn, row: cell.row, lookup: cell.lookup,
                          keywords: cell.keywords), &findings)
        }
        for index in first..<findings.count { findings[index].span = originalSpan(findings[index].span) }
    }
}
