// The person-name detector and the stored state of its scan (`Scan`); the scan's methods are
// in the `Scan+*.swift` files of this folder, its evidence in the `*Evidence.swift` files.
import Foundation

/// Private individuals' names in French administrative text.
///
/// Triggers: a civility ("M.", "Mme", "Monsieur et Madame"…), a family or estate word
/// ("consorts", "époux", "succession"…), or a first name from the word list followed by a
/// surname. Exemptions are looked for around the name (a street or facility, an association,
/// a company, a role phrase, an official of the config, a profession, a public figure) and
/// reported as such; shapes without strong evidence are held for review.
struct PersonNameDetector: CellDetector {
    /// What the detector reports: the names, or what identifies the private persons named
    /// (their parcels and addresses, a rule of its own with its own placeholder).
    enum Mode: Sendable { case names, linkedIdentifiers }
    var mode = Mode.names
    /// Off only in tests, to check that the prefilter (`mayHoldName`) never changes a finding.
    var usesPrefilter = true

    init(mode: Mode = .names, usesPrefilter: Bool = true) {
        self.mode = mode
        self.usesPrefilter = usesPrefilter
    }

    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws {
        if mode == .linkedIdentifiers {
            // The name rule scanned this very cell just before: reuse its tokens and findings.
            if context.lastNameScan.isScan(of: cell) {
                let memo = context.lastNameScan
                guard memo.outcome.privateFound else { return }
                context.tokens.items.withUnsafeBufferPointer { items in
                    context.tokens.folded.withUnsafeBufferPointer { folded in
                        let scan = Scan(tokens: items, folded: folded, source: cell.bytes, context: context)
                        scan.emitLinkedIdentifiers(rule: rule, outcome: memo.outcome, into: &findings)
                    }
                }
                return
            }
            // Without the name rule's scan of this cell (a pack that runs this rule alone, its
            // examples), a scan of its own.
        }
        if usesPrefilter {
            guard PersonNameDetector.mayHoldName(cell.bytes, context: context) else {
                // Nothing private: the linked rule that follows has nothing to report either.
                context.lastNameScan = ScanMemo(cell, outcome: ScanOutcome())
                return
            }
        }
        Tokenizer.tokenize(cell.bytes, into: &context.tokens, tables: context.scalarTables)
        PersonNameDetector.classify(&context.tokens, lexicon: context.nameLexicon, words: context.words)
        let outcome = context.tokens.items.withUnsafeBufferPointer { items in
            context.tokens.folded.withUnsafeBufferPointer { folded in
                var scan = Scan(tokens: items, folded: folded, source: cell.bytes, context: context)
                return scan.run(rule: rule, mode: mode, into: &findings)
            }
        }
        // The linked rule that follows on this cell reads it (parcels, addresses and streets
        // go with a private person).
        context.lastNameScan = ScanMemo(cell, outcome: outcome)
    }

    /// What the name scan of one cell found: the token ranges of its findings and, among them,
    /// the private persons' (occulted or held for review).
    struct ScanOutcome {
        var covered: [Range<Int>] = []
        var privates: [Range<Int>] = []
        /// Whether a private person was occulted (not only held for review).
        var occultFound = false
        var privateFound: Bool { !privates.isEmpty }
    }

    /// What the name scan of one cell found. The cell is told by its row, column, place and
    /// length; when a private person was found (the scan is then reused), by its bytes too,
    /// kept for the comparison (a buffer can be reused by another cell of the same length).
    ///
    /// Not optional in the context: "no scan yet" is a memo of no row. Replacing an optional
    /// memo destroyed the old one through the runtime's generic value witnesses (about 260
    /// instructions a cell); a memo's own destroy releases its fields directly.
    struct ScanMemo {
        let row: Int
        let column: String
        let start: UnsafePointer<UInt8>?
        let count: Int
        let bytes: [UInt8]
        let outcome: ScanOutcome

        /// A memo that matches no cell.
        init() {
            row = Int.min
            column = ""
            start = nil
            count = 0
            bytes = []
            outcome = ScanOutcome()
        }

        init(_ cell: Cell, outcome: ScanOutcome) {
            row = cell.row.number
            column = cell.rawColumn
            start = cell.bytes.baseAddress
            count = cell.bytes.count
            bytes = outcome.privateFound ? Array(cell.bytes) : []
            self.outcome = outcome
        }

        func isScan(of cell: Cell) -> Bool {
            guard row == cell.row.number, count == cell.bytes.count, start == cell.bytes.baseAddress, column == cell.rawColumn else {
                return false
            }
            // memcmp: the generic `elementsEqual` cost 3,500 instructions a cell (1 % of a run).
            guard outcome.privateFound else { return true }
            return bytes.withUnsafeBufferPointer { kept in
                guard let a = kept.baseAddress, let b = cell.bytes.baseAddress else { return kept.count == cell.bytes.count }
                return memcmp(a, b, kept.count) == 0
            }
        }
    }
}

/// One pass over one cell's tokens. Word lists are asked with the tokens' folded bytes: no
/// `String` is made unless a name is reported (for the evidence) or an official is checked.
/// The context evidence of offices, council business, trades and naming words is in
/// `NameContextEvidence.swift`.
///
/// A scan holds no counted reference: its tokens are read through a pointer and its context
/// unowned, both alive for the scan (`PersonNameDetector.detect` makes and drops it). Its
/// methods copy it into closures and helpers tens of times a cell; with an array and a strong
/// reference, each copy retained and released both (about 1,000 instructions a row).
struct Scan {
    let tokens: UnsafeBufferPointer<Token>
    let folded: UnsafeBufferPointer<UInt8>
    let source: UnsafeBufferPointer<UInt8>
    /// The worker's context. Its word lists are read in place through it (copying them into
    /// every scan was thirteen reference counts per cell).
    unowned(unsafe) let context: DetectionContext
    let shouting: Bool
    /// Every class of the cell's words, as written and without elided article: the context
    /// checks of a name return at once when the class they look for is absent from the cell
    /// (they run for every name found, and most cells hold no role nor session word).
    let presentClasses: UInt32
    /// Whether a word of the cell may be « mort », « morts », « morte » or « mortes »
    /// (`honoursWarDead` walks the cell only then).
    let mentionsDeath: Bool
    typealias C = PersonNameDetector.WordClass

    init(tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>, context: DetectionContext) {
        self.tokens = tokens
        self.folded = folded
        self.source = source
        self.context = context
        var wordCount = 0, capsWords = 0
        var present: UInt32 = 0
        var death = false
        for token in tokens where token.isWord {
            present |= token.classes | token.bareClasses
            wordCount += 1
            let start = token.folded.lowerBound
            if token.folded.count >= 4, token.folded.count <= 6, folded[start] == UInt8(ascii: "m"), folded[start + 1] == UInt8(ascii: "o"),
               folded[start + 2] == UInt8(ascii: "r"), folded[start + 3] == UInt8(ascii: "t") { death = true }
            if token.allCaps || (token.scalars == 1 && token.startsUpper) { capsWords += 1 }
        }
        shouting = wordCount >= 3 && Double(capsWords) >= 0.7 * Double(wordCount)
        presentClasses = present
        mentionsDeath = death
    }

    /// Whether some word of the cell is of `wordClass`.
    @inline(__always)
    func cellHas(_ wordClass: C) -> Bool { presentClasses & wordClass.rawValue != 0 }
}
