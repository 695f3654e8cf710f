import Foundation

/// A list of persons that the scan read item by item: an item it left between or after hidden
/// private persons is one of them ("classe de neige : [X], Sun-Hee KIM et [Y]", "lauréats
/// Manon Girard (CP), [X] (CE2), [Y] (CM2)", "aides : [X], [Y], LAUHEA Petelo").
extension Scan {
    /// One item of a list: its token range and what the scan made of it.
    private struct ListItem {
        enum Kind { case hidden, nameShaped, other }
        var range: Range<Int>
        var kind: Kind
    }

    /// Occults each name-shaped item of a list whose neighbours are hidden private persons:
    /// one on each side, or two before it, or two after it. Items are split at commas,
    /// semicolons, slashes and « et »; a parenthesis after an item belongs to it ("(CE2)",
    /// "(120 €)"); a colon or a dash ends the list. A name-shaped item is one to four capitalised
    /// words or initials, none of a listed class, one at least in no list nor the lexicon or in
    /// capitals, and no word the scan already decided. Evidence: « nom d'un particulier dans une
    /// liste de particuliers ».
    func fillListGaps(occults: [Range<Int>], covered: [Range<Int>], emit: Emit) {
        // A table's rows and columns (line breaks, tabs) are read by their headers instead.
        guard occults.count >= 2, !source.contains(0x0A), !source.contains(0x09) else { return }
        var items: [ListItem] = []
        var start: Int?
        var depth = 0
        func close(at end: Int) {
            if let first = start, first < end { items.append(classify(first..<end, occults: occults, covered: covered)) }
            start = nil
        }
        func breakList() {
            // A boundary no list crosses: a marker item that matches nothing.
            items.append(ListItem(range: 0..<0, kind: .other))
        }
        for index in tokens.indices {
            if isPunct(index, "(") { depth += 1; continue }
            if isPunct(index, ")") { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if isPunct(index, ",") || isPunct(index, ";") || isPunct(index, "/") || word(index).map({ self.is($0, "et") }) == true {
                close(at: index)
                continue
            }
            if isPunct(index, ":") || isPunct(index, "–") || isPunct(index, "—") || isPunct(index, "-") {
                close(at: index)
                breakList()
                continue
            }
            if start == nil { start = index }
            // An item ends before its parenthesis.
            if isPunct(index + 1, "(") { close(at: index + 1) }
        }
        close(at: tokens.count)
        // Until nothing changes: an item filled counts as hidden for its neighbours ("X Y, Z W,
        // [A], [B]" fills Z W, then X Y).
        var changed = true
        while changed {
            changed = false
            for position in items.indices where items[position].kind == .nameShaped {
                func hidden(_ offset: Int) -> Bool {
                    let at = position + offset
                    return at >= 0 && at < items.count && items[at].kind == .hidden
                }
                guard hidden(-1) && hidden(1) || hidden(-1) && hidden(-2) || hidden(1) && hidden(2) else { continue }
                emit(items[position].range.lowerBound, items[position].range.upperBound, .occult, "nom d'un particulier dans une liste de particuliers")
                items[position].kind = .hidden
                changed = true
            }
        }
    }

    /// "familles Mercier, Hamdi et Rakotomalala": two to six capitalised surnames joined by
    /// commas and one « et », none of a listed class but the common words, one at least in no
    /// list nor the lexicon, ending the clause. A surname may open with its article ("Le Roux",
    /// "Le Gall-Prigent") and carry a count ("Kerhervé (2)"). Returns the items' ranges.
    func pluralFamilyList(from start: Int) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        var position = start
        var unknown = false
        while items.count < 6 {
            let first = position
            if let article = word(position), article.startsUpper, isParticle(article), word(position + 1)?.startsUpper == true { position += 1 }
            guard let token = word(position), token.startsUpper, !token.allCaps || token.scalars >= 3,
                  !self.is(token, [.place, .body, .legalEntity, .role, .civility, .family, .designation, .transaction]) else { break }
            // ("familles Cabanes et Estève": a first name of the list there is a surname.)
            if isUnknownWord(token) || isFirstName(token) && !self.is(token, .commonWord) { unknown = true }
            position += 1
            // "… et Ferreira da Silva": a lower-case particle goes on with the surname.
            if let particle = word(position), !particle.startsUpper, isParticle(particle), word(position + 1)?.startsUpper == true { position += 2 }
            items.append(first..<position)
            if isPunct(position, "("), position + 2 < tokens.count, tokens[position + 1].kind == .number, isPunct(position + 2, ")") { position += 3 }
            if isPunct(position, ",") { position += 1; continue }
            if let et = word(position), self.is(et, "et") { position += 1; continue }
            break
        }
        guard items.count >= 2, unknown, position >= tokens.count || !tokens[position].isWord || !(word(position)?.startsUpper ?? false) else { return nil }
        return items
    }

    private func classify(_ whole: Range<Int>, occults: [Range<Int>], covered: [Range<Int>]) -> ListItem {
        // "n° 3 SCOTET, n° 9 LE [X]": an entry's number is no part of its name.
        var range = whole
        if let number = word(whole.lowerBound), self.is(number, "n") || self.is(number, "no") || self.is(number, "n°") {
            var next = whole.lowerBound + 1
            if isPunct(next, "°") { next += 1 }
            if next + 1 < whole.upperBound, tokens[next].kind == .number { range = (next + 1)..<whole.upperBound }
        }
        // A hidden person's item holds little besides the name ("à M. [X]", "CARIOU veuve [X]");
        // "Mme [X] d'une parcelle … au village de Cacao" is a clause, not a list's item.
        if occults.contains(where: { $0.overlaps(range) }) {
            let rest = range.filter { index in
                tokens[index].isWord && !occults.contains(where: { $0.contains(index) })
                    && !self.is(tokens[index], [.civility, .link, .titleArticle, .particle, .family])
            }
            return ListItem(range: range, kind: rest.count <= 1 ? .hidden : .other)
        }
        guard !covered.contains(where: { $0.overlaps(range) }) else { return ListItem(range: range, kind: .other) }
        var words = 0
        var strong = false
        var position = range.lowerBound
        while position < range.upperBound {
            if let initialEnd = initialEnd(at: position), initialEnd <= range.upperBound {
                words += 1
                position = initialEnd
                continue
            }
            guard let token = word(position), token.startsUpper, !self.is(token, Scan.nameBoundaryClasses),
                  !self.is(token, [.commonWord, .place, .body, .legalEntity]) || isFirstName(token) else {
                return ListItem(range: range, kind: .other)
            }
            if token.allCaps && token.scalars >= 2 || isUnknownWord(token) || isFirstName(token) { strong = true }
            words += 1
            position += 1
        }
        // (A commune in mixed case is where someone lives: « au village de Cacao, Roura ».)
        let first = tokens[range.lowerBound]
        guard words >= 1, words <= 4, strong, !context.words.communes.contains(key(first)),
              first.allCaps || !context.words.communeWords.contains(key(first)) else {
            return ListItem(range: range, kind: .other)
        }
        return ListItem(range: range, kind: .nameShaped)
    }
}
