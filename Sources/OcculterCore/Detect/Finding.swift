/// What a detector concludes about a span of a cell.
public enum Verdict: Sendable, Equatable {
    /// Personal or protected: the rule's action applies.
    case occult
    /// Looks personal but may be published; the exemption says why.
    case exempt(Exemption)
    /// No strong evidence either way: held for the DPO (occulted meanwhile).
    case uncertain
}

/// One detection in one cell: a byte span of the cell's UTF-8 text and a verdict.
public struct Finding: Sendable, Equatable {
    /// Index of the rule in the processor's rule table.
    public var rule: Int
    /// UTF-8 byte offsets in the cell. The whole cell for column-level rules.
    public var span: Range<Int>
    public var verdict: Verdict
    /// Why the detector decided so (trigger, exemption considered), in French, without the value.
    public var evidence: String?

    public init(rule: Int, span: Range<Int>, verdict: Verdict, evidence: String? = nil) {
        self.rule = rule
        self.span = span
        self.verdict = verdict
        self.evidence = evidence
    }
}

/// A cell handed to detectors: its text, its bytes, its column and its row.
public struct Cell {
    /// The cell's UTF-8 bytes: detectors work on them. Valid only during `detect`. Always
    /// valid UTF-8 (a String's, or a raw record's checked by `isValidUTF8WithoutBOM`):
    /// detectors hand them to PCRE2 without its UTF check.
    public let bytes: UnsafeBufferPointer<UInt8>
    public let column: String
    /// The column as named in the input (`titulaires/1/denominationSociale`).
    public let rawColumn: String
    public let row: Row
    /// Canonical column name → value, for detectors that look at other columns.
    public let lookup: (String) -> String?
    /// What the prefilters need to know, found once for all the cell's rules.
    let facts: ByteFacts
    /// The keyword sets of the column's rules, and which of them may occur in the cell (bit i
    /// for set i), found in one pass (`ColumnKeywords`).
    let keywords: ColumnKeywords?
    private let keywordHits: UInt64

    init(bytes: UnsafeBufferPointer<UInt8>, column: String, rawColumn: String, row: Row, lookup: @escaping (String) -> String?,
         keywords: ColumnKeywords? = nil) {
        self.bytes = bytes
        self.column = column
        self.rawColumn = rawColumn
        self.row = row
        self.lookup = lookup
        facts = ByteFacts(bytes)
        self.keywords = keywords
        keywordHits = keywords?.hits(in: bytes, facts: facts) ?? 0
    }

    /// Whether a keyword of `set` may occur in the cell (`Keywords.mayOccur`), answered from
    /// the column's joint scan when `set` is one of its sets.
    func mayHold(_ set: Keywords) -> Bool {
        if let keywords, let index = keywords.index(of: set) { return keywordHits & (1 << UInt64(index)) != 0 }
        return set.mayOccur(in: bytes, facts: facts)
    }

    /// The cell as a String, for the few detectors that need one (made on demand: most cells
    /// of a large file are scanned as bytes only).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A detector finds spans in a cell. Detectors know what is personal; they do not decide
/// what to do with it (that is the rule's action, applied by the decider).
protocol CellDetector: Sendable {
    func detect(_ cell: Cell, rule: Int, context: DetectionContext, into findings: inout [Finding]) throws
    /// Whether the detector reads other columns of the row (`Cell.row`, `Cell.lookup`). Those
    /// that do not can run on a record's raw bytes, before the row is decoded.
    var readsRow: Bool { get }
    /// The keyword prefilters the detector asks of a cell (`Cell.mayHold`): a column's rules
    /// scan for theirs together.
    var keywordSets: [Keywords] { get }
}

extension CellDetector {
    var readsRow: Bool { false }
    var keywordSets: [Keywords] { [] }
}

/// Per-worker state and run-wide facts detectors need.
final class DetectionContext {
    let scratch: RegexScratch
    let config: OcculterConfig
    let words: WordLists
    let officials: OfficialNames
    /// The organisation's street and facility names (`gazetteers`), folded phrases.
    let gazetteer: ByteWordSet
    /// The tokens of the cell being scanned, reused from cell to cell.
    /// The context is its worker's alone and these two are reached for every scanned cell:
    /// unchecked for exclusivity, which cost about 0.1 k instructions a délibérations row.
    @exclusivity(unchecked) var tokens = Tokens()
    /// What the name scan of the last cell found, for the linked-identifier rule that follows
    /// it on the same cell (one tokenisation and one scan for both).
    @exclusivity(unchecked) var lastNameScan = PersonNameDetector.ScanMemo()
    let nameVocabulary = PersonNameDetector.Vocabulary()
    /// One lookup per word for the name detector (built per worker, like the word lists).
    let nameLexicon: ByteWordMap
    /// What the name prefilter looks words up in (built from the same lists as the lexicon).
    let namePrefilter: PersonNameDetector.TriggerProbe
    /// The first words of the entries of several words in the place, body and legal-entity
    /// lists: a phrase of those lists starts with one (`Scan.contextBefore`).
    let contextPhraseHeads: ByteWordSet
    /// The same for the public figures' list (`Scan.isPublicFigure`) and the triggers'
    /// (`Scan.triggerBefore`).
    let publicFigureHeads: ByteWordSet
    let triggerHeads: ByteWordSet
    let scalarTables = ScalarTables.shared
    /// What the words of person decisions are, for the run's propagation (per worker).
    lazy var surnameKinds = RunSurnames.Kinds(words: words)

    /// The first words (up to the first space) of the entries of several words of `sets`: a
    /// phrase of two words or more can only be an entry when its first word is one of them.
    static func phraseHeads(of sets: [ByteWordSet]) -> ByteWordSet {
        ByteWordSet(sets.flatMap { set in
            set.entries.compactMap { entry in entry.utf8.firstIndex(of: 0x20).map { String(decoding: entry.utf8[..<$0], as: UTF8.self) } }
        })
    }

    init(config: OcculterConfig, words: WordLists) {
        scratch = RegexScratch()
        self.config = config
        self.words = words
        officials = OfficialNames(config.officials, register: config.registerOfficials)
        gazetteer = ByteWordSet(config.gazetteerPlaces)
        nameLexicon = PersonNameDetector.lexicon(words: words, vocabulary: nameVocabulary)
        namePrefilter = PersonNameDetector.TriggerProbe(lexicon: nameLexicon, firstNames: words.firstNames, vocabulary: nameVocabulary)
        contextPhraseHeads = DetectionContext.phraseHeads(of: [words.places, words.bodies, words.legalEntities])
        publicFigureHeads = DetectionContext.phraseHeads(of: [words.publicFigures])
        triggerHeads = DetectionContext.phraseHeads(of: [words.triggers])
    }
}
