import PlanModel

/// What `planlint lint --fix` did to one file.
public struct FixOutcome: Sendable {
    /// How many fixes were applied.
    public var applied = 0
    /// The diagnostics whose fix was not applied because the result would not read
    /// cleanly (it would add a `yaml-`/`schema-` or other structural diagnostic).
    public var refused: [Diagnostic] = []
    /// Why the file was left as it was although fixes apply (a file that is not UTF-8).
    public var skipped: String?
    /// With `--diff`: the unified diff of the changes (empty when nothing changed).
    public var diff: String?
    /// Whether the file was rewritten.
    public var written = false

    public init() {}
}

extension Engine {
    /// The most passes of fix, lint again, fix: fixes that make others possible converge in
    /// two or three; the bound stops fixes that would undo each other.
    public static let maxFixPasses = 10

    /// Applies the fixes of `bytes`' diagnostics (safe ones, and unsafe ones with `unsafe`)
    /// to a fixed point: each pass applies the fixes that do not overlap (in file order, then
    /// by rule), lints the result, and keeps it only when it adds no structural diagnostic
    /// (`yaml-*`, `schema-*`, …); otherwise the pass's fixes are tried one at a time and
    /// those that break the file are refused. Returns the fixed bytes, the result of linting
    /// them and what was done. Deterministic: the same bytes give the same result.
    public func fix(bytes: [UInt8], path: String, unsafe: Bool) -> (bytes: [UInt8], result: FileResult, outcome: FixOutcome) {
        var current = bytes
        var result = lint(bytes: current, path: path)
        var outcome = FixOutcome()
        var refusedKeys = Set<String>()
        func key(_ d: Diagnostic) -> String { "\(d.rule)\u{0}\(d.pointer)\u{0}\(d.message)" }

        for _ in 0..<Self.maxFixPasses {
            let candidates = result.diagnostics.filter { d in
                guard let fix = d.fix, !d.waived, !refusedKeys.contains(key(d)) else { return false }
                return fix.safety == .safe || unsafe
            }.sorted { a, b in
                let (x, y) = (a.fix!.span, b.fix!.span)
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if a.rule != b.rule { return a.rule < b.rule }
                return x.upperBound < y.upperBound
            }
            var chosen: [Diagnostic] = []
            var end = -1
            for d in candidates {
                let span = d.fix!.span
                // An equal fix (two findings, one edit) is applied once and counted once.
                if chosen.contains(where: { $0.fix == d.fix }) { continue }
                // Edits that overlap or touch (two insertions at one place) would depend on
                // their order: the later one waits for the next pass.
                guard span.lowerBound > end else { continue }
                chosen.append(d)
                end = span.upperBound
            }
            guard !chosen.isEmpty else { break }
            let structural = structuralCounts(result)
            if let next = Fix(edits: chosen.flatMap { $0.fix!.edits }, safety: .safe).applied(to: current),
               let checked = accept(next, path: path, over: structural) {
                current = next
                result = checked
                outcome.applied += chosen.count
                continue
            }
            // Some fix of the pass breaks the file: try them one at a time, refusing each
            // that breaks it, until one applies (the others' offsets are then stale: the
            // next pass lints again and takes them up).
            for d in chosen {
                if let next = d.fix!.applied(to: current), let checked = accept(next, path: path, over: structural) {
                    current = next
                    result = checked
                    outcome.applied += 1
                    break
                }
                refusedKeys.insert(key(d))
                outcome.refused.append(d)
            }
        }
        return (current, result, outcome)
    }

    /// The lint of `bytes` when it has no more structural diagnostics of any kind than `before`.
    private func accept(_ bytes: [UInt8], path: String, over before: [String: Int]) -> FileResult? {
        let result = lint(bytes: bytes, path: path)
        for (key, count) in structuralCounts(result) where count > before[key, default: 0] { return nil }
        return result
    }

    /// The structural diagnostics (loading and decoding) by rule and message.
    private func structuralCounts(_ result: FileResult) -> [String: Int] {
        var counts: [String: Int] = [:]
        for d in result.diagnostics where Self.structureRuleSet.contains(d.rule) {
            counts[d.rule + "\u{0}" + d.message, default: 0] += 1
        }
        return counts
    }

    static let structureRuleSet = Set(Registry.structureRules)
}
