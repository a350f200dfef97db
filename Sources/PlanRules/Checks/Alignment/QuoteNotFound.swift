import PlanModel
import PlanText

/// `quote-not-found`: a KPI text that cites its vision in quotation marks (「…」としている,
/// 「…」を掲げている, 「…」とある, 「…」を挙げている) quotes words that are really there: in the
/// heading or text of a goal the KPI supports, or in the title of one of the plan's visions.
///
/// Matching ignores width, spaces and line breaks, reads 『』 as 「」 and drops a final 。
/// (`MatchKey`); a quote nested in another is part of the outer one (`Quotations`). Quotes
/// shorter than `min-length` are labels rather than citations and are not checked. When the
/// words are in a goal the KPI does not support, the message names that goal.
enum QuoteNotFound: PlanCheck {
    struct Message: RuleMessage {
        var kpi: String
        /// The quote, cut when long.
        var quote: String
        /// A goal the KPI does not support whose words hold the quote (`VISION_ID/GOAL_ID`).
        var elsewhere: String?

        static let rule = "quote-not-found"
        var key: String { elsewhere == nil ? "default" : "elsewhere" }
        var arguments: [String: String] {
            var args = ["kpi": kpi, "quote": quote]
            if let elsewhere { args["goal"] = elsewhere }
            return args
        }
        static let everyCase = [Self(kpi: "", quote: "", elsewhere: nil), Self(kpi: "", quote: "", elsewhere: "")]
    }

    /// Quotes shorter than this (in characters, compared as matched) are labels, not citations.
    static let minLength = Param<Int>("min-length")
    static let parameters = [minLength.declaration]

    /// How much of a long quote the message shows.
    static let excerptLength = 40

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let minLength = context[minLength]
        // Goals and titles are looked up only for a KPI that cites something (most cite nothing).
        var goals: GoalIndex?
        var titles: [String] = []
        var findings: [Finding] = []
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
                let elsewhere = plan.visions.lazy.flatMap { v in v.goals.lazy.map { (v, $0) } }.first { v, g in
                    !supported.contains(Subject.goal(v, g)) && words(of: g).contains { MatchKey.contains($0, quote.text) }
                }
                findings.append(finding(Message(kpi: kpi.id, quote: excerpt(quote.text),
                                                elsewhere: elsewhere.map { Subject.goal($0.0, $0.1) }),
                                        at: source(of: quote, in: kpi), subject: kpi.id))
            }
        }
        return findings
    }

    /// The words of a goal a quote may come from.
    private static func words(of goal: Goal) -> [String] {
        [goal.heading, goal.text].compactMap { $0 }
    }

    /// The quote with its brackets, inside the KPI text when its layout allows; else the text.
    private static func source(of quote: Quote, in kpi: KPI) -> Source {
        let text = kpi.fields.of("text", or: kpi.source)
        let span = (quote.range.lowerBound - 1)..<(quote.range.upperBound + 1)
        guard let range = ScalarLayout.locate(span, in: kpi.text, range: text.range,
                                              minimumIndent: kpi.source.range.start.column) else { return text }
        return Source(pointer: text.pointer, range: range)
    }

    /// The quote on one line, cut with … when long.
    private static func excerpt(_ quote: String) -> String {
        Excerpt.line(quote, separator: "", limit: excerptLength)
    }
}
