import PlanModel
import PlanText
import PlanYAML

/// Where a quotation of a KPI text is in the file: the quote with its brackets, inside the
/// text's scalar when its layout allows (block and flow scalars alike), else the text.
enum QuoteSource {
    /// `breaks`: the file's line breaks wider than one byte (`Plan.lineBreaks`).
    static func of(_ quote: Quote, in kpi: KPI, breaks: LineBreaks) -> Source {
        let text = kpi.fields.of("text", or: kpi.source)
        let span = (quote.range.lowerBound - 1)..<(quote.range.upperBound + 1)
        guard let range = ScalarLayout.locate(span, in: kpi.text, range: text.range,
                                              minimumIndent: kpi.source.range.start.column, breaks: breaks) else { return text }
        return Source(pointer: text.pointer, range: range)
    }
}
