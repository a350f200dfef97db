/// Hostile plan shapes that once made a rule quadratic (issue #12), generated in memory
/// and timed against the floor like the corpora, so that a regression shows as a ratio:
///
/// - quotes × goal text: KPI texts of thousands of 「…」としている quotes found nowhere, and
///   one goal with a long text (`quote-not-found` searched the goal text for every quote);
/// - broken links × goal ids: thousands of KPIs whose `supports` name goals that do not
///   exist but look like thousands that do (`link-unresolved`'s did-you-mean compared
///   every broken link with every goal id);
/// - a million mistakes: `kpis: [1,1,1,…]`, a schema finding per item (capped by
///   `limits: max-diagnostics`).
enum Adversarial {
    static let kanji = Array("知財活用支援企業地域産業振興技術開発人材育成特許商標意匠取得件数相談窓口県内中小事業者連携創出推進強化")

    static func shapes(bytes: Int) -> [(name: String, text: String)] {
        [("quotes × goal text", quotes(bytes)), ("broken links × goal ids", links(bytes)),
         ("kpis: [1,1,1,…]", flowList(bytes))]
    }

    private static let header = "planlint: 1\nprefecture: {code: 8, name: 茨城}\nperiod: {from: 2020, to: 2022}\n"

    private static func vision(_ goals: String) -> String {
        "visions:\n  - id: v\n    title: 計画\n    period: {from: 2020, to: 2022}\n    goals:\n" + goals
    }

    private static func words(_ n: Int, _ rng: inout SplitMix64) -> String {
        String((0..<n).map { _ in rng.pick(kanji) })
    }

    static func quotes(_ bytes: Int) -> String {
        var rng = SplitMix64(state: 12_007)
        let goal = words(min(bytes / 6, 300_000), &rng)   // under max-scalar-bytes
        var kpis = "kpis:\n"
        var k = 0
        while kpis.utf8.count < bytes / 2 {
            let text = (0..<1_000).map { _ in "「\(words(8, &rng))」としている。" }.joined()
            kpis += "  - id: k\(k)\n    text: \(text)\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
            kpis += "    supports: [v/g]\n"
            k += 1
        }
        return header + kpis + vision("      - id: g\n        text: \(goal)\n")
    }

    static func links(_ bytes: Int) -> String {
        var goals = ""
        var i = 0
        while goals.utf8.count < bytes / 2 {
            goals += "      - {id: goal-\(String(i).leftPadded(6)), text: 支援}\n"
            i += 1
        }
        var kpis = "kpis:\n"
        var k = 0
        while kpis.utf8.count < bytes / 2 {
            let n = String(k).leftPadded(5)
            kpis += "  - id: k\(k)\n    text: 相談\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
            kpis += "    supports: [v/goal-x\(n), v/goal-y\(n)]\n"
            k += 1
        }
        return header + kpis + vision(goals)
    }

    static func flowList(_ bytes: Int) -> String {
        let head = header + "visions: []\nkpis: ["
        let items = max(1, (bytes - head.utf8.count - 2) / 2)
        return head + Array(repeating: "1", count: items).joined(separator: ",") + "]\n"
    }
}
