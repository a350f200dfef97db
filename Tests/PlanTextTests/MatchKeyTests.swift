import Testing
import PlanText

@Suite("MatchKey")
struct MatchKeyTests {
    @Test("normalize folds width, drops whitespace and a final 。, reads 『』 as 「」", arguments: [
        ("各機関の連携による新技術や新製品創出を推進する。", "各機関の連携による新技術や新製品創出を推進する"),
        ("知財 マインド\u{3000}の\n向上", "知財マインドの向上"),
        ("『知恵の経営』実践モデル", "「知恵の経営」実践モデル"),
        ("Ｓｏｃｉｅｔｙ５．０", "Society5.0"),
        ("ﾌﾞﾗﾝﾄﾞ。。", "ブランド。"),
        ("", ""),
    ])
    func normalize(input: String, key: String) {
        #expect(MatchKey.normalize(input) == key)
    }

    @Test("a cited quote matches the goal text it comes from")
    func matchesGoal() {
        let goal = "・大学や県内企業の研究者と積極的に交流・連携し、地域のブランド技術確立と独自技術のブランド商品開発のため、オープンイノベーション型研究開発を進めます。"
        let quote = "大学や県内企業の研究者と積極的に交流・連携し、地域のブランド技術確立と\n独自技術のブランド商品開発のため、オープンイノベーション型研究開発を進めます。"
        #expect(MatchKey.contains(goal, quote))
        #expect(!MatchKey.contains(goal, "大学や県外企業の研究者"))
    }

    @Test("contains across quote kinds and widths", arguments: [
        ("京都府が認証している『知恵の経営』認証企業", "「知恵の経営」認証企業", true),
        ("ＡＩ、ＩｏＴなどを活用", "AI、IoT", true),
        ("abc", "", true),
        ("", "a", false),
        ("aab", "ab", true),
        ("ababac", "abac", true),
        ("ababab", "abac", false),
    ] as [(String, String, Bool)])
    func contains(haystack: String, needle: String, expected: Bool) {
        #expect(MatchKey.contains(haystack, needle) == expected)
    }
}
