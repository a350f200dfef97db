import PlanModel
import PlanText
import PlanYAML

/// `quote-not-found`: a KPI text that cites its vision in quotation marks (「…」としている,
/// 「…」を掲げている, 「…」とある, 「…」を挙げている) quotes words that are really there: in the
/// heading or text of a goal the KPI supports, or in the title of one of the plan's visions.
///
/// Matching ignores width, spaces and line breaks, reads 『』 as 「」 and drops a final 。
/// (`MatchKey`); a quote nested in another is part of the outer one (`Quotations`). Quotes
/// shorter than `min-length` are labels rather than citations and are not checked. When the
/// words are in a goal the KPI does not support, the message names that goal.
enum QuoteNotFound: PlanCheck {
    static let id = "quote-not-found"

    /// How much of a long quote the message shows.
    static let excerptLength = 40

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let minLength = context.params.int("min-length", default: 4)
        // Goals and titles are looked up only for a KPI that cites something (most cite nothing).
        var goals: GoalIndex?
        var titles: [String] = []
        var findings: [Finding] = []
        /// Where a quote is, reckoned with this file's line breaks.
        func source(of quote: Quote, in kpi: KPI) -> Source { Self.source(of: quote, in: kpi, plan.lineBreaks) }
        for kpi in plan.kpis {
            let quotes = Quotations.extract(kpi.text).filter { $0.citation != nil }
            guard !quotes.isEmpty else { continue }
            let index = goals ?? GoalIndex(plan)
            if goals == nil { (goals, titles) = (index, plan.visions.map(\.title)) }
            let supported = Set(kpi.supports.map(\.value))
            let haystacks = kpi.supports.compactMap { reference in
                index.position(of: reference.value).map { plan.visions[$0.vision].goals[$0.goal] }
            }.flatMap(words(of:)) + titles
            for quote in quotes {
                guard MatchKey.normalize(quote.text).unicodeScalars.count >= minLength,
                      !haystacks.contains(where: { MatchKey.contains($0, quote.text) }) else { continue }
                var args = ["kpi": kpi.id, "quote": excerpt(quote.text)]
                var message = "default"
                let elsewhere = plan.visions.lazy.flatMap { v in v.goals.lazy.map { (v, $0) } }.first { v, g in
                    !supported.contains(Subject.goal(v, g)) && words(of: g).contains { MatchKey.contains($0, quote.text) }
                }
                if let (vision, goal) = elsewhere { (message, args["goal"]) = ("elsewhere", Subject.goal(vision, goal)) }
                findings.append(Finding(rule: id, message: message, arguments: args,
                                        source: source(of: quote, in: kpi), subject: kpi.id))
            }
        }
        return findings
    }

    /// The words of a goal a quote may come from.
    private static func words(of goal: Goal) -> [String] {
        [goal.heading, goal.text].compactMap { $0 }
    }

    /// The quote with its brackets, inside the KPI text when its layout allows; else the text.
    private static func source(of quote: Quote, in kpi: KPI, _ breaks: LineBreaks) -> Source {
        let text = kpi.fields.of("text", or: kpi.source)
        let span = (quote.range.lowerBound - 1)..<(quote.range.upperBound + 1)
        guard let range = ScalarLayout.locate(span, in: kpi.text, range: text.range,
                                              minimumIndent: kpi.source.range.start.column, breaks: breaks)
        else { return text }
        return Source(pointer: text.pointer, range: range)
    }

    /// The quote on one line, cut with … when long.
    private static func excerpt(_ quote: String) -> String {
        Excerpt.line(quote, separator: "", limit: excerptLength)
    }
}
