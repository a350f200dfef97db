import PlanYAML

/// Reads periods: `{from, to}` with `to: open` allowed, or `{as_of}` where allowed.
enum PeriodDecoder {
    static func decode(_ node: Node, _ pointer: String, _ c: DecodeContext, allowAsOf: Bool) -> Period? {
        if let s = node.scalar, !DecodeContext.isNull(s), let (from, to) = range(s.value) {
            // A range written as one text is refused, with the mapping it means: the
            // format keeps one shape for a period, which every reader of a plan relies on.
            c.report(SchemaType.periodText(field: c.place(pointer), found: s.value, from: from, to: to),
                     at: DecodeContext.source(node, pointer))
            return nil
        }
        let known = allowAsOf ? ["from", "to", "as_of"] : ["from", "to"]
        guard let f = c.mapping(node, pointer, known: known) else { return nil }
        var period = Period(source: f.source)
        period.fields = f.sources
        if let n = f["from"] { period.from = c.year(n, pointer + "/from") }
        if let n = f["to"] {
            if let s = n.scalar, s.style == .plain, s.hasValue("open") {
                period.to = .open
            } else if let y = c.year(n, pointer + "/to") {
                period.to = .year(y)
            }
        }
        if let n = f["as_of"] { period.asOf = c.year(n, pointer + "/as_of") }
        return period
    }

    /// The dashes and waves a text writes between two years: ~ 〜 ～ - ー − – — ― ‐ and から.
    private static let separators: Set<Character> = ["~", "〜", "～", "-", "ー", "−", "–", "—", "―", "‐", "－"]

    /// Two fiscal years written as one text (`令和2年度～令和4年度`, `2020～2022`,
    /// `2020-2022年度`, `令和2～4年度`), the first not after the second; nil for anything else.
    static func range(_ text: String) -> (Int, Int)? {
        guard text.count <= 40 else { return nil }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: separators.contains)
        guard parts.count == 2 else { return nil }
        var left = String(parts[0]), right = String(parts[1])
        // 2020-2022年度 and 令和2～4年度: the 年度 of the end, and the era of the start, serve both.
        for suffix in ["年度", "年"] where right.hasSuffix(suffix) && !left.hasSuffix(suffix) {
            left += suffix
            break
        }
        guard let from = FiscalYear.parse(left) else { return nil }
        if FiscalYear.parse(right) == nil, let era = left.prefix(while: { !$0.isNumber && $0 != "元" }).nonEmpty {
            right = era + right
        }
        guard let to = FiscalYear.parse(right), (1900...2200).contains(from), (1900...2200).contains(to),
              from <= to else { return nil }
        return (from, to)
    }
}

extension Substring {
    fileprivate var nonEmpty: String? { isEmpty ? nil : String(self) }
}
