/// A worker's copy of a pack: the same rules, read once at start, with regular expressions
/// compiled again for the worker. Compiled PCRE2 code could be shared (matching only reads it,
/// each worker brings its scratch), but workers sharing objects contend on their reference
/// counts at every cell; a compile per rule and worker costs nothing measurable at start.
extension RulePack {
    func forWorker() -> RulePack {
        var copy = self
        copy.rules = rules.mapValues { rule in
            var own = rule
            own.detector = rule.detector.withOwnRegexes()
            return own
        }
        return copy
    }
}

extension DetectorSpec {
    func withOwnRegexes() -> DetectorSpec {
        switch self {
        case let .pattern(regex, validator, prefilter, keywords):
            return .pattern(regex: regex.recompiled(), validator: validator, prefilter: prefilter, keywords: keywords)
        case let .email(regex):
            return .email(regex: regex.recompiled())
        case let .rowMarker(columns, regex):
            return .rowMarker(columns: columns, regex: regex.recompiled())
        case let .facilityEmail(regex, facilityColumn):
            return .facilityEmail(regex: regex.recompiled(), facilityColumn: facilityColumn)
        case let .sensitiveSubject(regex, keywords):
            return .sensitiveSubject(regex: regex.recompiled(), keywords: keywords)
        default:
            return self
        }
    }
}

extension PCRE2Regex {
    /// The pattern compiled again; it compiled at load, so it compiles now (else: shared).
    func recompiled() -> PCRE2Regex {
        (try? PCRE2Regex(pattern, caseless: caseless)) ?? self
    }
}
