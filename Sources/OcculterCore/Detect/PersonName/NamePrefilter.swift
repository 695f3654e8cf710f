/// The name detector's prefilter: whether a cell holds a word that can start a finding.
///
/// The scan reports something only from one of these words (see `Scan.run`): a civility
/// with a capital ("M.", "Madame"), a first name with a capital (the name itself, or the
/// first name after a surname in capitals) or in lower case when it is no common word
/// (`Scan.lowercaseFullName`), or in any case, elided or not, a family word
/// ("consorts", "l'indivision"), a file word ("vente", "legs") or a word that introduces a
/// name ("dénommé", "sieur"): the classes of `WordClass.anyCaseTriggers`. About half the délibérations subjects hold none; for them
/// reading the words is enough, without tokens, classes or scan. The words are read with the
/// tokenizer's own functions and looked up with the same lexicon, so a word the scan would
/// start from is never missed here.
extension PersonNameDetector {
    /// A folded word longer than this is not looked up: the cell goes to the scan, whatever
    /// the word (safe, and no list word is that long).
    static let prefilterWordCapacity = 64

    static func mayHoldName(_ bytes: UnsafeBufferPointer<UInt8>, context: DetectionContext) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefilterWordCapacity) { storage in
            var folded = FoldBuffer(base: storage.baseAddress!, capacity: storage.count)
            let probe = context.namePrefilter
            let tables = context.scalarTables
            let count = bytes.count
            var index = 0
            // Right after a colon: a list may open with a first name in lower case, first or
            // second (`Scan.lowercaseNameList`: « : lea bouvier », « : bouvier lea »).
            var afterColon = 0
            // The tokenizer's loop, with words checked instead of stored.
            while index < count {
                guard let (current, length) = ScalarClass.at(index, in: bytes, tables: tables) else { index += 1; continue }
                if current.isLetter {
                    var start = index
                    if afterColon > 0 {
                        afterColon -= 1
                        if !current.isUpper {
                            folded.count = 0
                            _ = Tokenizer.readWord(bytes, from: start, tables: tables, folded: &folded)
                            if probe.isPlainFirstName(folded) { return true }
                        }
                    }
                    if let split = Tokenizer.elisionSplit(bytes, at: start, tables: tables) {
                        // The article is a word of its own ("d'", "l'"); checked like any other.
                        folded.count = 0
                        Tokenizer.fold(bytes, start..<(start + split), tables: tables, into: &folded)
                        if probe.mayStartFinding(folded, startsUpper: false) { return true }
                        start += split
                    }
                    if probe.canSkip(bytes, wordAt: start, tables: tables) {
                        index = Tokenizer.wordEnd(bytes, from: start, tables: tables)
                        // "Tevaite TEHEIURA": a capitalised word in mixed case then one in
                        // capitals may be « Prénom NOM » (`Scan.run`), whatever the lists say.
                        if PersonNameDetector.capitalsFollow(bytes, word: start, end: index, tables: tables) { return true }
                        continue
                    }
                    folded.count = 0
                    let word = Tokenizer.readWord(bytes, from: start, tables: tables, folded: &folded)
                    if probe.mayStartFinding(folded, startsUpper: word.startsUpper) { return true }
                    if word.startsUpper, PersonNameDetector.capitalsFollow(bytes, word: start, end: word.end, tables: tables) { return true }
                    // An initial ("J.", "J.-C.") may start a name (`Scan.run`): a capital word of
                    // at most two scalars before a dot.
                    if word.startsUpper, word.scalars <= 2, word.end < count, bytes[word.end] == UInt8(ascii: ".") { return true }
                    index = word.end
                } else if current.isDigit {
                    index = Tokenizer.numberEnd(bytes, from: index)
                } else {
                    // Spaces and punctuation: no word to check.
                    // A colon opens a list; a semicolon or a pipe a field of an export (`Scan.exportField`).
                    let mark = bytes[index]
                    // "fermage : Roux, Faure et Giraud": two capitalised words listed right after a
                    // colon or a parenthesis may be bare surnames (`Scan.bareSurnameList`).
                    if mark == UInt8(ascii: ":") || mark == UInt8(ascii: "("), PersonNameDetector.capitalisedPairFollows(bytes, after: index + 1, tables: tables) {
                        return true
                    }
                    // A dash or a parenthesis opens a segment that may be a name alone, surname
                    // first (`Scan.surnameFirstSegment`: « - le moigne annaig »): its first names
                    // stand within three words, as after a colon.
                    if !current.isSpace || mark == 0x09 {
                        afterColon = mark == UInt8(ascii: ":") || mark == UInt8(ascii: ";") || mark == UInt8(ascii: "|") || mark == 0x09
                            || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "(") || PersonNameDetector.isLongDash(bytes, at: index) ? 3 : 0
                    }
                    index += length
                }
            }
            return false
        }
    }

    /// Whether the word at `word..<end` starts with a capital as the tokenizer reads it
    /// ("Tevaite", "o'Neil") and is not all in capitals, and the next word opens with a capital
    /// then a capital or a mark: the shape of « Prénom NOM » (`Scan.run`). Bytes only, no
    /// lookup; a superset of what the scan asks (anything but letters and digits may stand
    /// between, as between two of its tokens).
    static func capitalsFollow(_ bytes: UnsafeBufferPointer<UInt8>, word: Int, end: Int, tables: ScalarTables) -> Bool {
        // The next word first: most words are followed by one in lower case.
        var index = end
        while index < bytes.count, let (scalar, length) = ScalarClass.at(index, in: bytes, tables: tables), !scalar.isLetter, !scalar.isDigit {
            index += length
        }
        guard index < bytes.count, let (next, nextLength) = ScalarClass.at(index, in: bytes, tables: tables), next.isUpper,
              index + nextLength < bytes.count, let (after, _) = ScalarClass.at(index + nextLength, in: bytes, tables: tables),
              after.isUpper || !after.isLetter else { return false }
        guard Tokenizer.startsUpper(bytes, word..<end, tables: tables) else { return false }
        // Not all in capitals: a small letter, or fewer than two letters.
        var position = word, letters = 0
        while position < end, let (scalar, length) = ScalarClass.at(position, in: bytes, tables: tables) {
            if scalar.isLetter {
                if !scalar.isUpper { return true }
                letters += 1
            }
            position += length
        }
        return letters < 2
    }

    /// An en or em dash ("–", "—") at `index`.
    @inline(__always)
    static func isLongDash(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    }

    /// Whether, from `start`, a capitalised word, then a comma, a slash or « et », then another
    /// capitalised word follow (spaces between): the shape of a list of bare surnames. Bytes
    /// only, no lookup.
    static func capitalisedPairFollows(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, tables: ScalarTables) -> Bool {
        // Everything but letters, digits and the list's own marks is skipped (any space, a
        // no-break one included): a superset of what the tokenizer leaves between two tokens,
        // so that the scan never finds a list this check missed.
        func skipFiller(_ from: Int) -> Int {
            var index = from
            while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "/") {
                guard let (scalar, length) = ScalarClass.at(index, in: bytes, tables: tables) else { index += 1; continue }
                if scalar.isLetter || scalar.isDigit { break }
                index += length
            }
            return index
        }
        func capitalAt(_ index: Int) -> Bool {
            guard index < bytes.count, let (scalar, _) = ScalarClass.at(index, in: bytes, tables: tables) else { return false }
            return scalar.isLetter && scalar.isUpper
        }
        func letterOrDigitAt(_ index: Int) -> Bool {
            guard index < bytes.count, let (scalar, _) = ScalarClass.at(index, in: bytes, tables: tables) else { return false }
            return scalar.isLetter || scalar.isDigit
        }
        var index = skipFiller(start)
        guard capitalAt(index) else { return false }
        index = skipFiller(Tokenizer.wordEnd(bytes, from: index, tables: tables))
        // "Le Goff, …": a second capitalised word of the same item.
        if capitalAt(index) { index = skipFiller(Tokenizer.wordEnd(bytes, from: index, tables: tables)) }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "/") {
            index += 1
        } else if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "e"), bytes[index + 1] == UInt8(ascii: "t"), !letterOrDigitAt(index + 2) {
            index += 2
        } else {
            return false
        }
        return capitalAt(skipFiller(index))
    }

    /// A word's folded bytes in a fixed buffer; bytes past its capacity are counted, not kept.
    struct FoldBuffer: FoldedBytes {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var count = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count < capacity { base[count] = byte }
            count += 1
        }

        /// One bound for the run, then plain stores: the protocol's default checked every byte.
        @inline(__always)
        mutating func appendLowercased(_ run: UnsafeBufferPointer<UInt8>) {
            let kept = min(run.count, max(capacity - count, 0))
            for index in 0..<kept { base[count &+ index] = run[index] | 0x20 }
            count += run.count
        }

        var overflowed: Bool { count > capacity }
        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: min(count, capacity)) }
    }

    /// Whether a word can start a finding, with the classes `classify` would give it.
    struct TriggerProbe {
        let lexicon: ByteWordMap
        let familyGate: WordGate
        /// Starts of the words that count with a capital: civilities, first names (and so
        /// compound first names, whose first part is one), family words.
        let capitalGate: PrefixGate
        /// Starts of the words that count in lower case: family words.
        let lowercaseGate: PrefixGate
        /// The same, by four bytes, for longer words.
        let capitalGate4: PrefixGate
        let lowercaseGate4: PrefixGate
        /// For compound first names ("jean-baptiste"), by the word lists' own rule.
        let firstNames: ByteWordSet

        init(lexicon: ByteWordMap, firstNames: ByteWordSet, vocabulary: Vocabulary) {
            self.lexicon = lexicon
            self.firstNames = firstNames
            // The sets behind `WordClass.anyCaseTriggers` and `capitalTriggers`: the same table
            // the scan starts from, so a trigger added there reaches the prefilter.
            // (With the file words the scan reads only before capitals, `capitalsFileWords`, and
            // the headings of lists of persons, `listHeadings`. The words of registers in
            // capitals, `WordClass.capitalsStarts`, count with a capital only: `mayStartFinding`.)
            let anyCaseSets = [vocabulary.family, vocabulary.lowercaseCivilities, vocabulary.designations, vocabulary.namingWords,
                               vocabulary.personNouns, vocabulary.capitalsFileWords, vocabulary.listHeadings]
            familyGate = WordGate(anyCaseSets)
            var short: [UInt16] = []
            for set in anyCaseSets {
                for entry in set.entries where entry.utf8.count <= 2 {
                    let bytes = Array(entry.utf8)
                    short.append(UInt16(bytes[0]) | UInt16(bytes.count > 1 ? bytes[1] : 0) << 8)
                }
            }
            // (Short first names too: « jo », « ly ».)
            for entry in firstNames.entries where entry.utf8.count <= 2 {
                var entry = entry
                guard entry.withUTF8({ lexicon.value($0) }) & WordClass.commonWord.rawValue == 0 else { continue }
                let bytes = Array(entry.utf8)
                short.append(UInt16(bytes[0]) | UInt16(bytes.count > 1 ? bytes[1] : 0) << 8)
            }
            shortAnyCase = short
            // (With a capital also the words of registers in capitals, `WordClass.capitalsStarts`.)
            let capitalSets = [vocabulary.civilities, firstNames, vocabulary.deedHeads, vocabulary.privateListHeadings] + anyCaseSets
            // Thousands of first names need 2¹⁵–2¹⁶ bits to keep collisions rare; the few dozen
            // two hundred any-case words fit in 1,024 bits, two cache lines that stay hot.
            capitalGate = PrefixGate(capitalSets, length: 3, log2Bits: 15)
            capitalGate4 = PrefixGate(capitalSets, length: 4, log2Bits: 16)
            // First names count in lower case too, as the start of « prénom nom » typed in
            // haste (`Scan.lowercaseFullName`): the same bitmap size as with a capital.
            lowercaseGate = PrefixGate(anyCaseSets + [firstNames], length: 3, log2Bits: 15)
            lowercaseGate4 = PrefixGate(anyCaseSets + [firstNames], length: 4, log2Bits: 16)
        }

        /// Any-case triggers of one or two ASCII letters ("m", "mr", "c"), packed.
        let shortAnyCase: [UInt16]

        /// Whether a lowercase word of one or two ASCII letters is an any-case trigger.
        @inline(__always)
        private func isShortTrigger(_ a: UInt8, _ b: UInt8?) -> Bool {
            let packed = UInt16(a) | UInt16(b ?? 0) << 8
            for entry in shortAnyCase where entry == packed { return true }
            return false
        }

        /// Whether the word at `start` surely cannot start a finding, told from its first bytes
        /// without folding it:
        /// - three or four ASCII letters: the key starts with them lowered, without elided
        ///   article, and the first one's case is the word's;
        /// - a lowercase article and apostrophe then three lowercase ASCII letters ("l'accord",
        ///   not split, as no capital follows): the key without article starts with them;
        /// - one or two lowercase ASCII letters ending the word ("de", "à" is not ASCII): too
        ///   short for a family word.
        /// Other words ("dʼVEUF", "Élise", "M", "qu'il") are read.
        @inline(__always)
        func canSkip(_ bytes: UnsafeBufferPointer<UInt8>, wordAt start: Int, tables: ScalarTables) -> Bool {
            let count = bytes.count
            let first = bytes[start]
            guard start + 1 < count else { return isLowercaseASCII(first) && !isShortTrigger(first, nil) }
            let second = bytes[start + 1]
            if isLowercaseASCII(first), endsWord(second, tables) { return !isShortTrigger(first, nil) }
            guard start + 2 < count else {
                return isLowercaseASCII(first) && isLowercaseASCII(second) && !isShortTrigger(first, second)
            }
            let third = bytes[start + 2]
            if isASCIILetter(first), isASCIILetter(second), isASCIILetter(third) {
                let lowercase = isLowercaseASCII(first)
                if start + 3 < count, isASCIILetter(bytes[start + 3]) {
                    let gate = lowercase ? lowercaseGate4 : capitalGate4
                    return !gate.mayStart(with: first | 0x20, second | 0x20, third | 0x20, bytes[start + 3] | 0x20)
                }
                let gate = lowercase ? lowercaseGate : capitalGate
                return !gate.mayStart(with: first | 0x20, second | 0x20, third | 0x20, nil)
            }
            if isLowercaseASCII(first), isLowercaseASCII(second), endsWord(third, tables) { return !isShortTrigger(first, second) }
            if first == UInt8(ascii: "l") || first == UInt8(ascii: "d"), second == UInt8(ascii: "'"), start + 4 < count,
               isLowercaseASCII(third), isLowercaseASCII(bytes[start + 3]), isLowercaseASCII(bytes[start + 4]) {
                return !lowercaseGate.mayStart(with: third, bytes[start + 3], bytes[start + 4], nil)
            }
            return false
        }

        /// An ASCII byte that no word goes on after: neither a letter, a digit nor a joiner.
        @inline(__always)
        private func endsWord(_ byte: UInt8, _ tables: ScalarTables) -> Bool {
            byte < 0x80 && tables.flags[Int(byte)] & (ScalarClass.letter | ScalarClass.digit | ScalarClass.joiner) == 0
        }

        @inline(__always)
        private func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

        @inline(__always)
        private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

        /// A first name of the list that is no common word.
        func isPlainFirstName(_ folded: FoldBuffer) -> Bool {
            guard !folded.overflowed else { return true }
            let classes = lexicon.value(folded.bytes)
            return classes & WordClass.firstName.rawValue != 0 && classes & WordClass.commonWord.rawValue == 0
        }

        @inline(__always)
        func mayStartFinding(_ folded: FoldBuffer, startsUpper: Bool) -> Bool {
            guard !folded.overflowed else { return true }
            let key = folded.bytes
            // The word's classes, when a capital made them looked up already.
            var known: UInt32?
            if startsUpper {
                // Civilities and first names count only with a capital (`Scan.civility`, `Scan.run`).
                let classes = lexicon.value(key)
                if classes & (WordClass.capitalTriggers.rawValue | WordClass.scanStarts.rawValue | WordClass.capitalsStarts.rawValue) != 0 { return true }
                if key.contains(UInt8(ascii: "-")), WordLists.isFirstName(key, in: firstNames) { return true }
                known = classes
            }
            // A lower-case word is looked up once, for the any-case triggers and the first names.
            if !startsUpper { known = lexicon.value(key) }
            // Any-case triggers count as written and by their form without elided article
            // (`classes`, `bareClasses`).
            let anyCase = WordClass.scanStarts.rawValue
            if familyGate.admits(key), (known ?? lexicon.value(key)) & anyCase != 0 { return true }
            let bare = PersonNameDetector.withoutElision(key)
            if bare.count != key.count && familyGate.admits(bare) && lexicon.value(bare) & anyCase != 0 { return true }
            // « kenza amrani »: a first name of the list, or a compound of them, that is no common
            // word may open a name typed in lower case — the classes `classify` gives the token
            // `Scan.lowercaseFullName` starts from.
            guard !startsUpper, let classes = known, classes & WordClass.commonWord.rawValue == 0 else { return false }
            return classes & WordClass.firstName.rawValue != 0 || key.contains(UInt8(ascii: "-")) && WordLists.isFirstName(key, in: firstNames)
        }
    }

    /// A cheap necessary condition for a folded word to be in a small set: its length and its
    /// first byte are those of an entry. Most lowercase words fail it and skip the lookup.
    struct WordGate: Sendable {
        let lengths: Range<Int>
        /// Bit `b` of word `b >> 6`: some entry starts with byte `b`.
        let firstBytes: (UInt64, UInt64, UInt64, UInt64)

        init(_ sets: [ByteWordSet]) {
            var bits: [UInt64] = [0, 0, 0, 0]
            var shortest = Int.max, longest = 0
            for set in sets {
            for entry in set.entries {
                let bytes = Array(entry.utf8)
                shortest = min(shortest, bytes.count)
                longest = max(longest, bytes.count)
                if let first = bytes.first { bits[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            }
            }
            lengths = shortest <= longest ? shortest..<(longest + 1) : 0..<0
            firstBytes = (bits[0], bits[1], bits[2], bits[3])
        }

        @inline(__always)
        func admits(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            key.count > 0 && lengths.contains(key.count) && mayStart(with: key[0])
        }

        @inline(__always)
        func mayStart(with first: UInt8) -> Bool {
            let word: UInt64
            switch first >> 6 {
            case 0: word = firstBytes.0
            case 1: word = firstBytes.1
            case 2: word = firstBytes.2
            default: word = firstBytes.3
            }
            return word & (1 << UInt64(first & 63)) != 0
        }
    }

    /// The first three or four bytes of every entry of some sets, hashed into a bitmap: a
    /// collision only lets more words through. A word of `length` letters or more can only be
    /// an entry of that length or more, or a compound whose first part is one (which then
    /// starts with the same letters).
    struct PrefixGate: Sendable {
        let bits: [UInt64]
        let shift: UInt32

        init(_ sets: [ByteWordSet], length: Int, log2Bits: Int) {
            precondition(length == 3 || length == 4)
            shift = UInt32(32 - log2Bits)
            var bits = [UInt64](repeating: 0, count: max(1, (1 << log2Bits) / 64))
            for set in sets {
                for entry in set.entries {
                    let bytes = Array(entry.utf8)
                    guard bytes.count >= length else { continue }
                    let index = PrefixGate.index(bytes[0], bytes[1], bytes[2], length == 4 ? bytes[3] : nil, shift: shift)
                    bits[index >> 6] |= 1 << UInt64(index & 63)
                }
            }
            self.bits = bits
        }

        @inline(__always)
        static func index(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8?, shift: UInt32) -> Int {
            let packed = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 | UInt32(d ?? 0) << 24
            return Int((packed &* 0x9E37_79B1) >> shift)
        }

        /// Whether an entry starts with these bytes (three, or four with `d`), as far as the
        /// bitmap tells.
        @inline(__always)
        func mayStart(with a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8?) -> Bool {
            let index = PrefixGate.index(a, b, c, d, shift: shift)
            return bits.withUnsafeBufferPointer { $0[index >> 6] } & (1 << UInt64(index & 63)) != 0
        }
    }
}
