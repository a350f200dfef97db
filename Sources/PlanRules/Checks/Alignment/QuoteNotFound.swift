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
        // Goals and titles are indexed only for a plan with a KPI that cites something
        // (most cite nothing), once per plan (`QuoteSources`).
        var sources: QuoteSources?
        var findings: [Finding] = []
        for kpi in plan.kpis {
            let quotes = Quotations.extract(kpi.text).filter { $0.citation != nil }
            guard !quotes.isEmpty else { continue }
            let index = sources ?? QuoteSources(plan)
            sources = index
            var supported = index.supported(by: kpi)
            var locator: QuoteLocator?   // made for a KPI's first finding only
            for quote in quotes {
                // The quote's match key, worked out once for every question asked about it.
                let key = MatchKey.key(quote.text)
                guard key.count >= minLength, !index.isFound(key: key, &supported) else { continue }
                let elsewhere = index.elsewhere(key: key, supported, in: plan)
                findings.append(finding(Message(kpi: kpi.id, quote: excerpt(quote.text),
                                                elsewhere: elsewhere.map { Subject.goal($0.0, $0.1) }),
                                        at: QuoteLocator.made(&locator, kpi, plan).source(of: quote), subject: kpi.id))
            }
        }
        return findings
    }

    /// The quote on one line, cut with … when long.
    private static func excerpt(_ quote: String) -> String {
        Excerpt.line(quote, separator: "", limit: excerptLength)
    }
}
