/// Readable ids from Japanese words: a small fixed glossary of the words KPIs and visions
/// use (セミナー → seminars, 相談 → consultations), applied in the order the words appear.
/// The same words always give the same id; a text with no glossary word gets a numbered id.
public enum Glossary {
    /// Longer words first where one contains another (知財総合支援窓口 before 支援).
    static let words: [(String, String)] = [
        ("地域団体商標", "collective-marks"), ("知財総合支援窓口", "ip-desk"), ("特許流通", "patent-distribution"),
        ("実施許諾", "licensing"), ("外国出願", "foreign-filings"), ("海外出願", "foreign-filings"),
        ("国際特許", "international-patents"), ("開放特許", "open-patents"), ("技術移転", "tech-transfer"),
        ("産学官", "industry-academia"), ("共同研究", "joint-research"), ("オープンイノベーション", "open-innovation"),
        ("マッチング", "matching"), ("セミナー", "seminars"), ("研修", "training"), ("勉強会", "study-groups"),
        ("相談", "consultations"), ("訪問", "visits"), ("ブランド", "brands"), ("ブランディング", "branding"),
        ("デザイン", "design"), ("商標", "trademarks"), ("特許", "patents"), ("意匠", "designs"),
        ("出願", "filings"), ("補助金", "grants"), ("採択", "awards"), ("試作", "prototypes"),
        ("製品開発", "product-development"), ("商品開発", "product-development"), ("新製品", "new-products"),
        ("研究開発", "r-and-d"), ("海外", "overseas"), ("販路", "sales-channels"), ("事業化", "commercialization"),
        ("人材", "talent"), ("育成", "development"), ("会議", "meetings"), ("交流", "exchanges"),
        ("イベント", "events"), ("展示会", "exhibitions"), ("普及", "outreach"), ("知財経営", "ip-management"),
        ("知的財産", "ip"), ("知財", "ip"), ("支援", "support"), ("企業", "companies"), ("件数", "count"),
        ("中小企業", "smes"), ("ものづくり", "manufacturing"), ("農林水産", "agriculture"), ("6次産業", "sixth-industry"),
        ("観光", "tourism"), ("地域資源", "regional-resources"), ("技術", "technology"), ("産業", "industry"),
        ("計画", "plan"), ("戦略", "strategy"), ("ビジョン", "vision"), ("プラン", "plan"), ("指針", "guidelines"),
        ("大綱", "outline"), ("総合", "general"), ("振興", "promotion"), ("成長", "growth"),
    ]

    /// An id from the glossary words in `text`, at most `words` of them, or `fallback`.
    static func id(for text: String, fallback: String, words limit: Int = 2) -> String {
        var hits: [(position: Int, word: String)] = []
        var taken: [Range<String.Index>] = []
        for (ja, en) in words {
            var from = text.startIndex
            while let r = text[from...].firstRange(of: ja) {
                if !taken.contains(where: { $0.overlaps(r) }) {
                    taken.append(r)
                    hits.append((text.distance(from: text.startIndex, to: r.lowerBound), en))
                }
                from = r.upperBound
            }
        }
        var seen: [String] = []
        for hit in hits.sorted(by: { $0.position < $1.position }) where !seen.contains(hit.word) {
            seen.append(hit.word)
            if seen.count == limit { break }
        }
        // The head of a Japanese noun phrase comes last: セミナーの開催回数 → seminars.
        return seen.isEmpty ? fallback : seen.joined(separator: "-")
    }

    /// A vision id: the prefecture's romaji and the kind of document (plan, strategy, vision).
    static func visionId(title: String, prefecture: String, index: Int) -> String {
        if title.contains("地域知財活性化行動計画") { return "chiiki-chizai-2" }
        for (ja, en) in [("戦略", "strategy"), ("ビジョン", "vision"), ("指針", "guidelines"), ("大綱", "outline"),
                         ("プラン", "plan"), ("計画", "plan")] where title.contains(ja) {
            return "\(prefecture)-\(en)"
        }
        return "\(prefecture)-v\(index)"
    }
}
