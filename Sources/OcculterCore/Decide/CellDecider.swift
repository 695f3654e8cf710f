/// Turns a cell's findings into decisions and the published text.
///
/// Overlaps resolve deterministically: occultation beats keeping; overlapping occultations
/// merge into one span (so nothing of either leaks) whose replacement is the strongest
/// action's, ties going to the longer span, then to the rule defined first.
struct CellDecider {
    let rules: [CompiledRule]
    let pseudonymiser: Pseudonymiser?
    let reviews: ReviewDecisions
    let fingerprints: FingerprintKey
    /// Words of the rules' placeholders: the output holds them lawfully.
    let placeholderWords: Set<UInt64>
    /// `decide`'s working arrays, kept from cell to cell.
    private let scratch = Scratch()

    init(rules: [CompiledRule], pseudonymiser: Pseudonymiser?, reviews: ReviewDecisions, fingerprints: FingerprintKey) {
        self.rules = rules
        self.pseudonymiser = pseudonymiser
        self.reviews = reviews
        self.fingerprints = fingerprints
        placeholderWords = HiddenWordFilter.placeholderWords(rules.map(\.rule.placeholder) + rules.compactMap(\.rule.reviewPlaceholder) + [RowKey.withheld])
    }

    struct CellResult {
        var text: String
        var decisions: [Decision]
        var suppressRow = false
        var matchedReviews: [String] = []
        /// Significant words hidden in this cell (hash of the folded word, rule index, whether it
        /// was hidden only as a name in capitals that is also a common word), for the run's last
        /// check of the public reports.
        var hidden: [(hash: UInt64, rule: Int, capitalsOnly: Bool)] = []
        /// The cell's words, when the repeats were looked for: the run's surnames read them again.
        var words: TextWords?
    }

    /// Evidence of a repeat occulted because the same word was occulted elsewhere in the cell.
    static let repeatEvidence = "répétition, dans la même cellule, d'un mot occulté"

    func decide(cell: String, bytes: UnsafeBufferPointer<UInt8>, column: String, row: Row, rowKey: RowKey,
                findings: [Finding], words: WordLists) throws -> CellResult {
        var outcome = CellResult(text: cell, decisions: [])
        guard !findings.isEmpty else { return outcome }

        // The working arrays come from the scratch (a dozen of them were made and freed for
        // every cell: about 3 k instructions a cell), and go back emptied, with their capacity.
        // Through a pointer: no copy of the arrays, no exclusivity check.
        let work = scratch.take()
        defer { scratch.give(work) }
        // Sized once: arrays grown by appends were reallocated several times for every cell.
        work.pointee.occulting.reserveCapacity(findings.count)
        outcome.decisions.reserveCapacity(findings.count + 2)
        for finding in findings {
            // Fields are read in place: copying a compiled rule (its Rule and detector) per finding
            // moved a dozen reference counts.
            let fingerprint = Fingerprint.make(key: fingerprints, rule: rules[finding.rule].rule.id, column: column, rowKey: rowKey.stable,
                                               value: UnsafeBufferPointer(rebasing: bytes[finding.span]))
            var resolved: Resolved
            switch finding.verdict {
            case .occult: resolved = Resolved(finding: finding, action: rules[finding.rule].action, status: .applied, fingerprint: fingerprint)
            case .uncertain: resolved = Resolved(finding: finding, action: .review, status: .pending, fingerprint: fingerprint)
            case .exempt(let exemption) where rules[finding.rule].rule.heldExemptions.contains(exemption):
                resolved = Resolved(finding: finding, action: .review, status: .pending, fingerprint: fingerprint)
            case .exempt: resolved = Resolved(finding: finding, action: .keep, status: .exempt, fingerprint: fingerprint)
            }
            // Without a decisions file, neither the lookup (hashing the fingerprint) nor the
            // evidence compared (0.2 k instructions a délibérations row).
            var review = reviews.entries.isEmpty ? nil : reviews.entries[fingerprint]
            if review != nil {
                outcome.matchedReviews.append(fingerprint)
            } else if reviews.hasAdditions, finding.evidence == CellDecider.addedEvidence,
                      let added = addition(for: finding, column: column, rowKey: rowKey.published, bytes: bytes) {
                outcome.matchedReviews.append(added.addition.staleID(added.index))
                review = added.addition.record
                review?.added = true
            }
            if var review {
                // An automatic decision the DPO reversed is recorded as such in the report.
                if (resolved.status == .applied && review.decision == .keep) || (resolved.status == .exempt && review.decision == .occult) {
                    review.overturned = resolved.status
                }
                resolved.review = review
                switch review.decision {
                case .keep: resolved.action = .keep; resolved.status = .reviewedKeep
                case .occult:
                    resolved.action = rules[finding.rule].action == .keep ? .occult : rules[finding.rule].action
                    resolved.status = .reviewedOccult
                }
            }
            if resolved.action == .keep { work.pointee.keeping.append(resolved) } else { work.pointee.occulting.append(resolved) }
        }

        // Group overlapping occultations.
        work.pointee.occulting.sort {
            ($0.finding.span.lowerBound, -$0.finding.span.count, $0.finding.rule)
                < ($1.finding.span.lowerBound, -$1.finding.span.count, $1.finding.rule)
        }
        // Sorted by start, a group's members follow each other: a group holds their indices.
        var groups: [(span: Range<Int>, members: Range<Int>)] = []
        swap(&groups, &work.pointee.groups)
        groups.reserveCapacity(work.pointee.occulting.count)
        for index in work.pointee.occulting.indices {
            let span = work.pointee.occulting[index].finding.span
            if let last = groups.last, span.lowerBound < last.span.upperBound {
                let merged = last.span.lowerBound..<max(last.span.upperBound, span.upperBound)
                groups[groups.count - 1] = (merged, last.members.lowerBound..<(index + 1))
            } else {
                groups.append((span, index..<(index + 1)))
            }
        }
        defer {
            if !groups.isEmpty { groups.removeAll(keepingCapacity: true) }
            swap(&groups, &work.pointee.groups)
        }

        var cellAction: Action?
        // Each span's replacement, and whether it is a rule's fixed placeholder (not made from the value).
        work.pointee.replacements.reserveCapacity(groups.count + 2)
        // Each group's winner, as its index in `occulting` (read in place: copying the winner
        // retained its strings).
        work.pointee.winners.reserveCapacity(groups.count)
        for group in groups {
            var winnerIndex = group.members.lowerBound
            for index in group.members.dropFirst() {
                // As `max(by:)`: a later member wins only when strictly greater.
                if (work.pointee.occulting[winnerIndex].action.strength, work.pointee.occulting[winnerIndex].finding.span.count, -work.pointee.occulting[winnerIndex].finding.rule)
                    < (work.pointee.occulting[index].action.strength, work.pointee.occulting[index].finding.span.count, -work.pointee.occulting[index].finding.rule) {
                    winnerIndex = index
                }
            }
            work.pointee.winners.append(winnerIndex)
            let winnerAction = work.pointee.occulting[winnerIndex].action
            let ruleIndex = work.pointee.occulting[winnerIndex].finding.rule
            switch winnerAction {
            case .suppressRow: outcome.suppressRow = true
            case .suppressCell: cellAction = .suppressCell
            default:
                work.pointee.replacements.append((group.span, replacement(for: UnsafeBufferPointer(rebasing: bytes[group.span]), action: winnerAction, rule: ruleIndex),
                                          CellDecider.isFixed(winnerAction)))
            }
            for member in group.members {
                outcome.decisions.append(decision(work.pointee.occulting[member].finding, action: work.pointee.occulting[member].action, status: work.pointee.occulting[member].status,
                                                  review: work.pointee.occulting[member].review, fingerprint: work.pointee.occulting[member].fingerprint,
                                                  column: column, row: row, rowKey: rowKey,
                                                  mergedInto: work.pointee.occulting[member].finding.rule == ruleIndex ? nil : rules[ruleIndex].rule.id))
            }
        }
        // Exemptions that no occultation covers are recorded as keep decisions.
        for item in work.pointee.keeping where !groups.contains(where: { $0.span.overlaps(item.finding.span) }) {
            work.pointee.kept.append(item.finding.span)
            outcome.decisions.append(decision(item.finding, action: .keep, status: item.status, review: item.review,
                                              fingerprint: item.fingerprint, column: column, row: row, rowKey: rowKey, mergedInto: nil))
        }

        if cellAction == .suppressCell || outcome.suppressRow {
            outcome.text = cellAction == .suppressCell ? "" : cell
            outcome.decisions.sort { ($0.span?.lowerBound ?? 0, $0.rule) < ($1.span?.lowerBound ?? 0, $1.rule) }
            return outcome
        }
        guard !work.pointee.replacements.isEmpty else {
            outcome.decisions.sort { ($0.span?.lowerBound ?? 0, $0.rule) < ($1.span?.lowerBound ?? 0, $1.rule) }
            return outcome
        }

        // A word hidden in one place is hidden wherever else it stands in the cell (« M. DURAND …
        // accord de DURAND »), except inside a span kept under an exemption.
        let text = TextWords(bytes)
        outcome.words = text
        // A cell hides a few words: a list searched in order beats hashing into a dictionary.
        var hiddenGroup = HiddenGroups(entries: [])
        swap(&hiddenGroup.entries, &work.pointee.hiddenGroups)
        defer {
            if !hiddenGroup.entries.isEmpty { hiddenGroup.entries.removeAll(keepingCapacity: true) }
            swap(&hiddenGroup.entries, &work.pointee.hiddenGroups)
        }
        hiddenGroup.entries.reserveCapacity(8)
        outcome.hidden.reserveCapacity(8)
        // The lists the check below reads, taken out once: its closure captured the
        // whole `WordLists` and copied it (thirty-odd references) for each hidden word.
        let frenchWords = words.frenchWords, communeWords = words.communeWords, firstNames = words.firstNames, communes = words.communes
        for word in text.words {
            guard hiddenGroup[word.hash] == nil, let group = groups.firstIndex(where: { $0.span.overlaps(word.range) }),
                  HiddenWordFilter.isSignificant(word, in: bytes, words: words, placeholders: placeholderWords) else { continue }
            // « Mme NOËL Suzanne … Colis de Noël », « M. Gérard SAINT-ANDRÉ … cimetière de
            // Saint-André »: a name hidden in capitals that is also a French word, a first name or
            // a place repeats only in capitals (as `RunSurnames` carries it from row to row).
            let capsOnly = RunSurnames.allCaps(word, in: bytes) && TextWords.withFolded(word, in: bytes) { folded in
                frenchWords.contains(folded) || communeWords.contains(folded) || firstNames.contains(folded) || communes.contains(folded)
            }
            hiddenGroup.entries.append((word.hash, group, RunSurnames.startsUpper(word, in: bytes), capsOnly))
            outcome.hidden.append((word.hash, work.pointee.occulting[work.pointee.winners[group]].finding.rule, capsOnly))
        }
        if !hiddenGroup.isEmpty {
            // Longest first at each place, so that a number's digit group wins over its blocks.
            let candidates = text.words.indices.filter { index in
                let word = text.words[index]
                guard let hidden = hiddenGroup.entry(word.hash) else { return false }
                return !groups.contains(where: { $0.span.overlaps(word.range) })
                    && !work.pointee.kept.contains(where: { $0.overlaps(word.range) })
                    // « M. Killian PIERRE … aide à la pierre »: a name hidden with its capital is
                    // not a word written in lower case.
                    && !(hidden.capitalised && !RunSurnames.startsUpper(word, in: bytes))
                    && !(hidden.capsOnly && !RunSurnames.allCaps(word, in: bytes) && RunSurnames.afterPreposition(index, of: text, bytes: bytes))
                    // « M. Jean-Claude PIERRE … station de Saint-Pierre-de-Chartreuse ». (A repeat
                    // after a place or body word is hidden still: « Boucherie Moulin » is the sole
                    // trader's own name; sparing it leaked 12 names for 10 kept.)
                    && !RunSurnames.inPlaceCompound(index, of: text, bytes: bytes, words: words)
                    // « indivision KERBRAT … au lieu-dit Kerbrat »: a locality named after a family.
                    && !RunSurnames.namesLocality(index, of: text, bytes: bytes)
                    // « Mr WEBER … à la SARL Weber Chasse & Nature »: a company's registered name.
                    && !RunSurnames.inCompanyName(index, of: text, bytes: bytes)
            }.map { text.words[$0] }.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
            var lastEnd = 0
            for word in candidates where word.range.lowerBound >= lastEnd {
                let winner = work.pointee.occulting[work.pointee.winners[hiddenGroup[word.hash]!]]
                let value = UnsafeBufferPointer(rebasing: bytes[word.range])
                let fingerprint = Fingerprint.make(key: fingerprints, rule: rules[winner.finding.rule].rule.id, column: column,
                                                   rowKey: rowKey.stable, value: value)
                let finding = Finding(rule: winner.finding.rule, span: word.range, verdict: winner.finding.verdict,
                                      evidence: CellDecider.repeatEvidence)
                var action = winner.action, status = winner.status == .pending ? DecisionStatus.pending : .applied
                var review: ReviewRecord?
                if let record = reviews.entries[fingerprint] {
                    outcome.matchedReviews.append(fingerprint)
                    review = record
                    if record.decision == .keep {
                        work.pointee.kept.append(word.range)
                        outcome.decisions.append(decision(finding, action: .keep, status: .reviewedKeep, review: record,
                                                          fingerprint: fingerprint, column: column, row: row, rowKey: rowKey, mergedInto: nil))
                        continue
                    }
                    status = .reviewedOccult
                }
                if action == .review, status != .pending { action = rules[winner.finding.rule].action }
                work.pointee.replacements.append((word.range, replacement(for: value, action: action, rule: winner.finding.rule), CellDecider.isFixed(action)))
                outcome.decisions.append(decision(finding, action: action, status: status, review: review, fingerprint: fingerprint,
                                                  column: column, row: row, rowKey: rowKey, mergedInto: nil))
                lastEnd = word.range.upperBound
            }
            work.pointee.replacements.sort { $0.0.lowerBound < $1.0.lowerBound }
        }
        outcome.decisions.sort { ($0.span?.lowerBound ?? 0, $0.rule) < ($1.span?.lowerBound ?? 0, $1.rule) }

        var result: [UInt8] = []
        swap(&result, &work.pointee.result)
        defer {
            result.removeAll(keepingCapacity: true)
            swap(&result, &work.pointee.result)
        }
        result.reserveCapacity(bytes.count)
        var cursor = 0
        // Where the kept spans land in the output (they are copied as they are).
        var shift = 0
        // Where the replacements land: all that is new in the output.
        work.pointee.kept.sort { $0.lowerBound < $1.lowerBound }
        var keptIndex = 0
        for (span, replacementText, fixed) in work.pointee.replacements {
            while keptIndex < work.pointee.kept.count, work.pointee.kept[keptIndex].upperBound <= span.lowerBound {
                work.pointee.keptInOutput.append((work.pointee.kept[keptIndex].lowerBound + shift)..<(work.pointee.kept[keptIndex].upperBound + shift))
                keptIndex += 1
            }
            result.append(contentsOf: bytes[cursor..<span.lowerBound])
            work.pointee.replacedInOutput.append((result.count..<(result.count + replacementText.utf8.count), fixed))
            result.append(contentsOf: replacementText.utf8)
            shift += replacementText.utf8.count - span.count
            cursor = span.upperBound
        }
        while keptIndex < work.pointee.kept.count {
            work.pointee.keptInOutput.append((work.pointee.kept[keptIndex].lowerBound + shift)..<(work.pointee.kept[keptIndex].upperBound + shift))
            keptIndex += 1
        }
        result.append(contentsOf: bytes[cursor..<bytes.count])

        // The last gate of the cell: no hidden word in what is published, outside kept spans.
        // The words copied as they were are the cell's own, which the loop above read (a hidden
        // one among them was replaced or lies in a kept span); what is new is each replacement
        // and the words it touches, read here from the published bytes.
        if !hiddenGroup.isEmpty {
            try result.withUnsafeBufferPointer { published in
                func joins(_ byte: UInt8) -> Bool {
                    byte >= 0x80 || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57)
                }
                for (replaced, fixed) in work.pointee.replacedInOutput {
                    var from = replaced.lowerBound, to = replaced.upperBound
                    while from > 0, joins(published[from - 1]) { from -= 1 }
                    while to < published.count, joins(published[to]) { to += 1 }
                    // A fixed placeholder standing alone holds only placeholder words, which are
                    // never hidden words (`HiddenWordFilter`): nothing to read (most replacements).
                    if fixed, from == replaced.lowerBound, to == replaced.upperBound { continue }
                    for word in TextWords(UnsafeBufferPointer(rebasing: published[from..<to])).words {
                        let range = (word.range.lowerBound + from)..<(word.range.upperBound + from)
                        guard let group = hiddenGroup[word.hash], !work.pointee.keptInOutput.contains(where: { $0.overlaps(range) }) else { continue }
                        throw HiddenWordReappeared(rule: rules[work.pointee.occulting[work.pointee.winners[group]].finding.rule].rule.id, column: column)
                    }
                }
            }
        }
        outcome.text = String(decoding: result, as: UTF8.self)
        return outcome
    }

    /// A finding with what was decided for it.
    struct Resolved {
        var finding: Finding
        var action: Action
        var status: DecisionStatus
        var review: ReviewRecord?
        var fingerprint: String
    }

    /// `decide`'s working arrays, empty between calls.
    struct Work {
        var occulting: [Resolved] = []
        var keeping: [Resolved] = []
        var groups: [(span: Range<Int>, members: Range<Int>)] = []
        var replacements: [(Range<Int>, String, fixed: Bool)] = []
        var winners: [Int] = []
        var kept: [Range<Int>] = []
        var hiddenGroups: [(hash: UInt64, group: Int, capitalised: Bool, capsOnly: Bool)] = []
        var result: [UInt8] = []
        var keptInOutput: [Range<Int>] = []
        var replacedInOutput: [(range: Range<Int>, fixed: Bool)] = []

        /// Empties an array, keeping its capacity, element by element from the end: a cell
        /// holds a few, and `removeAll(keepingCapacity:)` went through `replaceSubrange` (200
        /// instructions an array, even an empty one).
        @inline(__always)
        static func clear<Element>(_ array: inout [Element]) {
            while !array.isEmpty { array.removeLast() }
        }

        mutating func empty() {
            Work.clear(&occulting)
            Work.clear(&keeping)
            Work.clear(&replacements)
            Work.clear(&winners)
            Work.clear(&kept)
            Work.clear(&keptInOutput)
            Work.clear(&replacedInOutput)
            // A very long cell's buffers are not kept for the rest of the run.
            if result.capacity > 1 << 16 { result = [] }
            if occulting.capacity > 1 << 12 { occulting = [] }
        }
    }

    /// Holds one `Work` between calls. A decider used by two threads at once (each worker has
    /// its own) would find it taken and work with new arrays: never a shared one.
    final class Scratch: @unchecked Sendable {
        private let busy = Atomic<Bool>(false)
        private let stored = UnsafeMutablePointer<Work>.allocate(capacity: 1)

        init() { stored.initialize(to: Work()) }

        deinit {
            stored.deinitialize(count: 1)
            stored.deallocate()
        }

        /// The stored arrays, or new ones when another call holds them.
        func take() -> UnsafeMutablePointer<Work> {
            if busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged { return stored }
            let work = UnsafeMutablePointer<Work>.allocate(capacity: 1)
            work.initialize(to: Work())
            return work
        }

        /// Empties the stored arrays for the next call, or frees new ones.
        func give(_ work: UnsafeMutablePointer<Work>) {
            guard work == stored else {
                work.deinitialize(count: 1)
                work.deallocate()
                return
            }
            work.pointee.empty()
            busy.store(false, ordering: .releasing)
        }
    }

    /// Hidden word hash → index of the occulting group that hid it.
    private struct HiddenGroups {
        var entries: [(hash: UInt64, group: Int, capitalised: Bool, capsOnly: Bool)]
        var isEmpty: Bool { entries.isEmpty }
        subscript(hash: UInt64) -> Int? { entry(hash)?.group }
        func entry(_ hash: UInt64) -> (hash: UInt64, group: Int, capitalised: Bool, capsOnly: Bool)? {
            for entry in entries where entry.hash == hash { return entry }
            return nil
        }
    }

    /// Evidence of a span the DPO added by hand (a class of clue, never the text).
    static let addedEvidence = "passage ajouté par le DPO (aucun détecteur ne l'avait trouvé)"

    /// Findings for the decisions file's `add` entries on this cell: every occurrence of each
    /// entry's text, under the entry's rule. The row processor adds them to the detectors'.
    func added(bytes: UnsafeBufferPointer<UInt8>, column: String, rowKey: String) -> [Finding] {
        var findings: [Finding] = []
        for (_, addition) in reviews.additions(column: column, rowKey: rowKey) {
            guard let rule = rules.firstIndex(where: { $0.rule.id == addition.rule }) else { continue }
            let needle = Array(addition.text.utf8)
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start..<start + needle.count].elementsEqual(needle) {
                    findings.append(Finding(rule: rule, span: start..<start + needle.count, verdict: .occult, evidence: CellDecider.addedEvidence))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return findings
    }

    /// Whether some `add` entry of this column has its text in these bytes (any row).
    func mayHoldAddition(_ bytes: UnsafeBufferPointer<UInt8>, column: String) -> Bool {
        reviews.additions.contains { addition in
            guard addition.column == column else { return false }
            let needle = Array(addition.text.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { return false }
            return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
        }
    }

    private func addition(for finding: Finding, column: String, rowKey: String,
                          bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, addition: ReviewDecisions.Addition)? {
        let text = bytes[finding.span]
        return reviews.additions(column: column, rowKey: rowKey).first {
            $0.addition.rule == rules[finding.rule].rule.id && text.elementsEqual($0.addition.text.utf8)
        }
    }

    /// Whether `action` replaces a span with its rule's fixed placeholder (anything but a
    /// pseudonym or a generalised value, which are made from the value).
    static func isFixed(_ action: Action) -> Bool { action != .pseudonymise && action != .generalise }

    /// The text put in place of `original` (decoded only for the actions that read it).
    private func replacement(for original: UnsafeBufferPointer<UInt8>, action: Action, rule index: Int) -> String {
        switch action {
        case .pseudonymise:
            // Refused earlier without a key; the guard keeps the invariant local.
            return pseudonymiser?.pseudonym(for: String(decoding: original, as: UTF8.self), prefix: rules[index].rule.pseudonymPrefix)
                ?? rules[index].rule.placeholder
        case .generalise:
            return Generaliser.apply(rules[index].rule.generaliseTo, to: String(decoding: original, as: UTF8.self),
                                     placeholder: rules[index].rule.placeholder)
        case .review:
            return rules[index].rule.reviewPlaceholder ?? rules[index].rule.placeholder
        default:
            return rules[index].rule.placeholder
        }
    }

    private func decision(_ finding: Finding, action: Action, status: DecisionStatus, review: ReviewRecord?,
                          fingerprint: String, column: String, row: Row, rowKey: RowKey, mergedInto: String?) -> Decision {
        let index = finding.rule
        let justification: Outcome
        switch (finding.verdict, status) {
        case (_, .reviewedKeep): justification = rules[index].reviewKeep
        case (.exempt, .pending): justification = rules[index].rule.review ?? rules[index].rule.occult
        case (.exempt(let exemption), _): justification = rules[index].rule.exemptions[exemption] ?? rules[index].rule.occult
        case (.uncertain, .pending): justification = rules[index].rule.review ?? rules[index].rule.occult
        default: justification = rules[index].rule.occult
        }
        var evidence = finding.evidence
        if case .exempt(let held) = finding.verdict, status == .pending || status == .reviewedOccult || status == .reviewedKeep,
           rules[index].rule.heldExemptions.contains(held) {
            evidence = [evidence, "exemption « \(held.rawValue) » tenue en revue : son fondement est marqué incertain au catalogue"]
                .compactMap { $0 }.joined(separator: " ; ")
        }
        if let mergedInto { evidence = [evidence, "chevauche la règle \(mergedInto), dont le remplacement s'applique"].compactMap { $0 }.joined(separator: " ; ") }
        var exemption: Exemption?
        if case .exempt(let value) = finding.verdict, status == .exempt { exemption = value }
        return Decision(row: row.number, line: row.line, rowKey: rowKey.published, column: column, rule: rules[index].rule.id, action: action,
                        status: status, exemption: exemption, bases: justification.bases,
                        justification: justification.justification, evidence: evidence, fingerprint: fingerprint,
                        review: review, span: finding.span)
    }
}


/// `generalise`: keeps a coarse part of the value inside the rule's placeholder, where the
/// placeholder's `{annee}` / `{decennie}` marks it.
enum Generaliser {
    static func apply(_ kind: Generalisation?, to value: String, placeholder: String) -> String {
        let digits = value.split(whereSeparator: { !$0.isNumber }).map(String.init)
        switch kind {
        case .year:
            guard let year = digits.last(where: { $0.count == 4 }) ?? digits.last(where: { $0.count == 2 }) else { return placeholder }
            return placeholder.replacingOccurrences(of: "{annee}", with: year)
        case .decade:
            guard let number = digits.first.flatMap({ Int($0) }) else { return placeholder }
            let low = number / 10 * 10
            return placeholder.replacingOccurrences(of: "{decennie}", with: "\(low)-\(low + 9)")
        case nil:
            return placeholder
        }
    }
}

import Foundation
import Synchronization
