import PlanText

/// Reads targets from a text's quantities (PlanText's `QuantityScanner`): value and unit as
/// written, basis and comparator only where a qualifier states them, a baseline where an
/// arrow (714件（2018年度） → 755件（2022年度）) gives a starting value, `per_year` where a
/// cumulative number carries its yearly rate in parentheses (40件（累計、年間10件）).
enum TargetReader {
    static func targets(in text: String) -> [DraftTarget] {
        let scalars = Array(text.unicodeScalars)
        let quantities = QuantityScanner.scan(scalars: scalars)
        func words(_ r: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[max(0, r.lowerBound)..<min(scalars.count, r.upperBound)]))
        }
        var out: [DraftTarget] = []
        var skip = Set<Int>()
        for (i, q) in quantities.enumerated() where !skip.contains(i) {
            var t = DraftTarget(metric: metric(before: q.range.lowerBound, in: scalars), value: q.value, unit: q.unit,
                                words: trim(q.text))
            // A quantity inside this one's parentheses: its yearly rate.
            // (Results come in order of their numbers, so the inner ones follow at once.)
            for j in (i + 1)..<max(i + 1, quantities.count) {
                let inner = quantities[j]
                guard inner.range.lowerBound < q.range.upperBound else { break }
                if q.qualifiers.contains(.cumulative), inner.qualifiers.contains(.annual), inner.unit == q.unit {
                    t.perYear = inner.value
                    t.words = trim(words(q.range.lowerBound..<max(q.range.upperBound, inner.range.upperBound)))
                    skip.insert(j)
                }
            }
            // A → B: A is the baseline of B.
            if i + 1 < quantities.count, !skip.contains(i + 1) {
                let next = quantities[i + 1]
                let between = words(q.range.upperBound..<next.range.lowerBound)
                let arrow = between.contains("→") || between.contains("⇒")
                let against = trim(between).hasPrefix("に対して") || trim(between).hasPrefix("を、")
                if next.unit == q.unit, arrow || against, !between.contains("。") {
                    skip.insert(i + 1)
                    var target = t
                    target.value = next.value
                    target.words = trim(words(q.range.lowerBound..<next.range.upperBound))
                    target.baseline = baseline(q, before: q.range.lowerBound, in: scalars)
                    apply(next, to: &target, after: next.range.upperBound, in: scalars)
                    if target.basis == nil, next.year != nil {
                        target.basis = "level"
                        target.year = next.year
                    }
                    out.append(target)
                    continue
                }
            }
            apply(q, to: &t, after: q.range.upperBound, in: scalars)
            if t.basis == nil, let y = q.year, t.comparator == nil || true {
                t.basis = "level"
                t.year = y
            }
            out.append(t)
        }
        return out
    }

    /// Basis and comparator from the quantity's qualifiers; an increase from 増 right after it.
    static func apply(_ q: Quantity, to t: inout DraftTarget, after end: Int, in scalars: [Unicode.Scalar]) {
        let follows = String(String.UnicodeScalarView(scalars[end..<min(scalars.count, end + 3)]))
        if follows.hasPrefix("増") {
            t.basis = "increase"
            if q.qualifiers.contains(.annual) { t.per = "year" }
        } else if q.qualifiers.contains(.cumulative),
                  !q.qualifiers.contains(.annual) || q.text.contains("累計") || q.text.contains("合計") {
            t.basis = "cumulative"
        } else if q.qualifiers.contains(.annual) {
            t.basis = "annual"  // 年延べ10件: 延べ counts repeats within each year
        }
        if q.unit == "割" || q.unit == "%" {
            let n = q.normalized
            t.value = n.value
            t.unit = n.unit
            if t.basis == nil { t.basis = "share" }
        }
        if q.qualifiers.contains(.atLeast) { t.comparator = "at-least" }
        else if q.qualifiers.contains(.atMost) { t.comparator = "at-most" }
        else if q.qualifiers.contains(.about) { t.comparator = "about" }
    }

    /// The starting value: a single year's, or a mean over the years its clause names
    /// (2016～2018年の平均245件).
    static func baseline(_ q: Quantity, before start: Int, in scalars: [Unicode.Scalar]) -> DraftBaseline {
        var i = start
        while i > 0, !"、。".unicodeScalars.contains(scalars[i - 1]) { i -= 1 }
        let clause = String(String.UnicodeScalarView(scalars[i..<start]))
        let years = EraYear.years(in: clause).map(\.year)
        if clause.contains("平均"), years.count >= 2 {
            return DraftBaseline(value: q.value, from: years[0], to: years[years.count - 1], mean: true)
        }
        return DraftBaseline(value: q.value, year: q.year)
    }

    /// What is counted, in the source's words: the clause before the number, back to the
    /// previous 、 or 。, without its final particle; the previous line when the number
    /// starts its line.
    static func metric(before start: Int, in scalars: [Unicode.Scalar]) -> String {
        var end = start
        for _ in 0..<3 {
            var i = end
            var sawText = false
            while i > 0 {
                let c = scalars[i - 1]
                if "、。，,；;⇒".unicodeScalars.contains(c) { break }
                if c == "\n" { if sawText { break } } else if !c.properties.isWhitespace { sawText = true }
                i -= 1
            }
            var clause = trim(String(String.UnicodeScalarView(scalars[i..<end])).replacing("\n", with: ""))
            // A year before the number (平成29年度 168件, 2022年度は年10件) is not what is counted.
            if let last = EraYear.years(in: clause).last,
               trim(String(clause.unicodeScalars.dropFirst(last.range.upperBound).map(Character.init)))
                   .allSatisfy({ "度はにまでの ".contains($0) }) {
                clause = String(String.UnicodeScalarView(clause.unicodeScalars.prefix(last.range.lowerBound)))
            }
            for prefix in ["年間", "年度", "毎年", "年", "約", "延べ", "累計", "合計"] where clause.hasSuffix(prefix) {
                clause = String(clause.dropLast(prefix.count))
                break
            }
            while let last = clause.last, "をはがにでのもと（(：:/／ ".contains(last) { clause.removeLast() }
            // A leading 「2022年度までに」 dates the target; it is not what is counted.
            if let first = EraYear.years(in: clause).first, first.range.lowerBound == 0 {
                let rest = String(String.UnicodeScalarView(clause.unicodeScalars.dropFirst(first.range.upperBound)))
                for lead in ["度までに", "までに", "度に", "度は", "度"] where rest.hasPrefix(lead) {
                    clause = String(rest.dropFirst(lead.count))
                    break
                }
            }
            // An unclosed quotation (目標「製造品出荷額等 …) starts the metric after its bracket.
            if let open = clause.lastIndex(where: { $0 == "「" || $0 == "『" }),
               !clause[open...].contains(where: { $0 == "」" || $0 == "』" }) {
                clause = String(clause[clause.index(after: open)...])
            }
            clause = trim(clause)
            if !clause.isEmpty || i == 0 { return clause }
            // Nothing before the number in its clause (…出願件数を、年16件増やす): the clause before.
            end = max(0, i - 1)
            while end > 0, scalars[end - 1].properties.isWhitespace || scalars[end - 1] == "\n" { end -= 1 }
        }
        return ""
    }

    /// Past values in the note after a bullet (2件（2015年）、1件（2016年）…): each with its year.
    static func history(in note: [String]) -> [(year: Int, value: Double)] {
        guard note.contains(where: { $0.contains("過去") }) else { return [] }
        var out: [(year: Int, value: Double)] = []
        for line in note {
            let qs = QuantityScanner.scan(line)
            guard qs.count >= 2, qs.allSatisfy({ $0.year != nil }) else { continue }
            out += qs.map { ($0.year!, $0.value) }
        }
        return out
    }
}
