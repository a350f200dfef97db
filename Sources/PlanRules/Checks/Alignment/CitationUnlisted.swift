import PlanModel
import PlanText

/// `citation-unlisted`: a document a KPI text cites by name — 『安心・活力・発展プラン2015』, or
/// 「…計画」 ending in a word that names a plan — is one of the plan's visions. A KPI that
/// rests on a document the plan does not list cannot be checked against it (periods,
/// goals, quotes), and a reviewer does not know which vision the KPI really serves.
///
/// A citation counts when it is in 『』 and names a plan-like word anywhere (計画, 戦略,
/// ビジョン, プラン, 指針, 大綱, 構想, 方針), or in 「」 and ends with one (a year may follow:
/// …プラン2015); 『知恵の経営』 names a way of working, not a document, and is left alone.
/// Compared with vision titles as quotes are (width, spaces, 『』 as 「」), either containing
/// the other.
enum CitationUnlisted: PlanCheck {
    struct Message: RuleMessage {
        var kpi: String
        var document: String

        static let rule = "citation-unlisted"
        var key: String { "default" }
        var arguments: [String: String] { ["kpi": kpi, "document": document] }
        static let everyCase = [Self(kpi: "", document: "")]
    }

    /// Words that name a plan or a strategy document.
    static let documentWords = ["計画", "戦略", "ビジョン", "プラン", "指針", "大綱", "構想", "方針"]

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let titles = plan.visions.map { MatchKey.normalize($0.title) }
        var findings: [Finding] = []
        for kpi in plan.kpis where kpi.text.unicodeScalars.contains(where: { $0 == "『" || $0 == "「" }) {
            let scalars = Scalars.of(kpi.text)
            var reported = Set<String>()
            var locator: QuoteLocator?   // made for a KPI's first finding only
            for quote in Quotations.extract(kpi.text) {
                let doubled = quote.range.lowerBound > 0 && scalars[quote.range.lowerBound - 1] == "『"
                guard names(quote.text, doubled: doubled) else { continue }
                let key = MatchKey.normalize(quote.text)
                guard !titles.contains(where: { overlaps($0, key) }),
                      reported.insert(key).inserted else { continue }
                findings.append(finding(Message(kpi: kpi.id, document: quote.text), at: QuoteLocator.made(&locator, kpi, plan).source(of: quote),
                                        subject: kpi.id))
            }
        }
        return findings
    }

    /// ``documentWords`` as UTF-8, for comparing plain text (``PlainUTF8``) by its bytes.
    private static let documentWordBytes = documentWords.map { Array($0.utf8) }

    /// Whether one of two match keys contains the other (as `String.contains` says; compared
    /// by bytes when both are plain text).
    static func overlaps(_ title: String, _ key: String) -> Bool {
        guard !title.isEmpty, !key.isEmpty, PlainUTF8.isPlain(title), PlainUTF8.isPlain(key) else {
            return overlapsByCharacter(title, key)
        }
        let t = Array(title.utf8), k = Array(key.utf8)
        return PlainUTF8.contains(t, k) || PlainUTF8.contains(k, t)
    }

    /// ``overlaps(_:_:)`` compared as `String`s (by `Character`), as the rule first did.
    static func overlapsByCharacter(_ title: String, _ key: String) -> Bool {
        title.contains(key) || key.contains(title)
    }

    /// Whether quoted words name a document: in 『』 a plan-like word anywhere; in 「」 one
    /// at the end, before an optional year.
    static func names(_ words: String, doubled: Bool) -> Bool {
        let folded = Width.fold(words)
        if PlainUTF8.isPlain(folded) {
            // The same questions asked of the bytes (see ``PlainUTF8``): digits are ASCII.
            let bytes = Array(folded.utf8)
            if doubled { return documentWordBytes.contains { PlainUTF8.contains(bytes, $0) } }
            var end = bytes.count
            while end > 0, (0x30...0x39).contains(bytes[end - 1]) { end -= 1 }
            return documentWordBytes.contains { end >= $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }
        }
        return namesByCharacter(folded, doubled: doubled)
    }

    /// ``names(_:doubled:)`` on width-folded words, compared as `String`s (by `Character`).
    static func namesByCharacter(_ folded: String, doubled: Bool) -> Bool {
        if doubled { return documentWords.contains { folded.contains($0) } }
        let trimmed = String(String.UnicodeScalarView(folded.unicodeScalars.reversed().drop { ("0"..."9").contains($0) }.reversed()))
        return documentWords.contains { trimmed.hasSuffix($0) }
    }
}
