import PlanModel
import PlanText
import PlanYAML

/// Where the quotations of one KPI text are in the file: each quote with its brackets,
/// inside the text's scalar when its layout allows (block and flow scalars alike, with the
/// file's own line breaks), else the whole text. The layout is worked out once per KPI,
/// not once per quote.
struct QuoteLocator {
    private let text: Source
    private let layout: ScalarLayout?

    /// `breaks`: the file's line breaks wider than one byte (`Plan.lineBreaks`).
    init(_ kpi: KPI, breaks: LineBreaks) {
        text = kpi.fields.of("text", or: kpi.source)
        layout = ScalarLayout(kpi.text, range: text.range, minimumIndent: kpi.source.range.start.column, breaks: breaks)
    }

    func source(of quote: Quote) -> Source {
        let span = (quote.range.lowerBound - 1)..<(quote.range.upperBound + 1)
        guard let range = layout?.locate(span) else { return text }
        return Source(pointer: text.pointer, range: range)
    }

    /// `locator`, made for `kpi` of `plan` if it is not yet.
    static func made(_ locator: inout QuoteLocator?, _ kpi: KPI, _ plan: Plan) -> QuoteLocator {
        if let locator { return locator }
        let made = QuoteLocator(kpi, breaks: plan.lineBreaks)
        locator = made
        return made
    }
}
