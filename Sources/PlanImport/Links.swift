import PlanText

/// Proposes `supports` for each KPI: goals whose heading, text or document title the KPI
/// quotes or names first; otherwise the goal whose words overlap most with the KPI's
/// (character pairs in common). Every proposal is marked as one by the writer.
enum Links {
    static func propose(_ plan: inout DraftPlan) {
        let goals = plan.visions.flatMap { v in v.goals.map { (ref: "\(v.id)/\($0.id)", vision: v, goal: $0) } }
        guard !goals.isEmpty else { return }
        for k in plan.kpis.indices {
            let text = plan.kpis[k].text
            var links: [DraftLink] = []
            for quote in Quotations.extract(text) {
                let q = squeeze(quote.text)
                guard q.count >= 4 else { continue }
                for g in goals where squeeze((g.goal.heading ?? "") + g.goal.text).contains(q)
                    && !links.contains(where: { $0.reference == g.ref }) {
                    links.append(DraftLink(reference: g.ref, citation: quote.text))
                }
            }
            if links.isEmpty {
                // A document the text names (「香川県産業成長戦略」に掲げる): its goals only.
                var candidates = goals
                var named: String?
                for quote in Quotations.extract(text) {
                    let q = squeeze(quote.text)
                    guard q.count >= 4 else { continue }
                    let inDocument = goals.filter { squeeze($0.vision.title).contains(q) }
                    if !inDocument.isEmpty { candidates = inDocument; named = quote.text; break }
                }
                let pairs = bigrams(text)
                var best: (score: Double, ref: String)?
                for g in candidates {
                    let other = bigrams((g.goal.heading ?? "") + g.goal.text)
                    guard !other.isEmpty else { continue }
                    let score = Double(pairs.intersection(other).count) / Double(max(1, min(pairs.count, other.count)))
                    if best == nil || score > best!.score { best = (score, g.ref) }
                }
                if let best, best.score > 0 || named != nil {
                    links.append(DraftLink(reference: best.ref, citation: nil, document: named))
                }
            }
            plan.kpis[k].supports = links
        }
    }

    static func squeeze(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    static func bigrams(_ s: String) -> Set<String> {
        let c = Array(squeeze(s))
        guard c.count > 1 else { return [] }
        return Set((0..<(c.count - 1)).map { String(c[$0]) + String(c[$0 + 1]) })
    }
}
