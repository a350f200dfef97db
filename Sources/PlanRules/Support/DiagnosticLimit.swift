import PlanModel
import PlanYAML

/// `limits: max-diagnostics`: a file reports at most that many diagnostics, the first in
/// source order, and then one `yaml-limit` diagnostic saying how many more there were, as
/// a compiler stops after its error limit. The decoder already keeps no more than the
/// limit (`DecodedPlan.suppressed`); this caps what the checks and waivers found, before
/// any of it is worded, so a file of a million findings costs no more than its size.
enum DiagnosticLimit {
    /// The findings to word (all of them, in their order, when within the limit) and the
    /// finding that reports the rest, if any. `reported` tells whether a finding becomes a
    /// diagnostic at all (a rule or message turned off does not count).
    static func cap(_ items: [(Finding, String?)], limit: Int, decoded: DecodedPlan,
                    reported: (Finding) -> Bool) -> (kept: [(Finding, String?)], limitFinding: Finding?) {
        var kept = items
        var suppressed = decoded.suppressed
        var first = decoded.firstSuppressed
        if items.count > limit {
            kept = items.filter { reported($0.0) }
            if kept.count > limit {
                kept.sort { ordered($0.0, $1.0) }
                let dropped = kept[limit].0.source
                suppressed += kept.count - limit
                kept.removeSubrange(limit...)
                if first.map({ dropped.range.start < $0.range.start }) ?? true { first = dropped }
            }
        }
        guard suppressed > 0 else { return (kept, nil) }
        let at = first ?? Source(pointer: "", range: SourceRange(at: .start))
        let finding = Finding(YAMLLimit.diagnostics(count: suppressed, limit: limit),
                              source: Source(pointer: at.pointer, range: SourceRange(at: at.range.start)))
        return (kept, finding)
    }

    /// Source order, as diagnostics are sorted: line, column, rule, message key.
    private static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        let p = a.source.range.start, q = b.source.range.start
        if p.line != q.line { return p.line < q.line }
        if p.column != q.column { return p.column < q.column }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
