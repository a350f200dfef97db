import PlanYAML

/// Reads periods: `{from, to}` with `to: open` allowed, or `{as_of}` where allowed.
enum PeriodDecoder {
    static func decode(_ node: Node, _ pointer: String, _ c: DecodeContext, allowAsOf: Bool) -> Period? {
        let known = allowAsOf ? ["from", "to", "as_of"] : ["from", "to"]
        guard let f = c.mapping(node, pointer, known: known) else { return nil }
        var period = Period(source: f.source)
        period.fields = f.sources
        if let n = f["from"] { period.from = c.year(n, pointer + "/from") }
        if let n = f["to"] {
            if let s = n.scalar, s.style == .plain, s.value == "open" {
                period.to = .open
            } else if let y = c.year(n, pointer + "/to") {
                period.to = .year(y)
            }
        }
        if let n = f["as_of"] { period.asOf = c.year(n, pointer + "/as_of") }
        return period
    }
}
