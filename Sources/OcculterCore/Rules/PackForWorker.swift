/// A worker's copy of a pack: the same rules, read once at start, with regular expressions
/// compiled again for the worker. Compiled PCRE2 code could be shared (matching only reads it,
/// each worker brings its scratch), but workers sharing objects contend on their reference
/// counts at every cell; a compile per rule and worker costs nothing measurable at start.
/// What a detector recompiles is its kind's own (`DetectorKind.forWorker`).
extension RulePack {
    func forWorker() -> RulePack {
        var copy = self
        copy.rules = rules.mapValues { rule in
            var own = rule
            own.detector = rule.detector.forWorker()
            return own
        }
        return copy
    }
}

extension PCRE2Regex {
    /// The pattern compiled again; it compiled at load, so it compiles now (else: shared).
    func recompiled() -> PCRE2Regex {
        (try? PCRE2Regex(pattern, caseless: caseless)) ?? self
    }
}
