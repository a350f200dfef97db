/// Hostile plan shapes that once made a rule quadratic (issue #12), generated in memory
/// and timed against the floor like the corpora, so that a regression shows as a ratio:
///
/// - quotes × goal text: KPI texts of thousands of 「…」としている quotes found nowhere, and
///   one goal with a long text (`quote-not-found` searched the goal text for every quote);
/// - broken links × goal ids: thousands of KPIs whose `supports` name goals that do not
///   exist but look like thousands that do (`link-unresolved`'s did-you-mean compared
///   every broken link with every goal id);
/// - a million mistakes: `kpis: [1,1,1,…]`, a schema finding per item (capped by
///   `limits: max-diagnostics`);
///
/// and the other hostile inputs of docs/reliability.md, each scaled to the same size where
/// its shape allows (the loader limits end some of them early, which is the point):
///
/// - deep nesting: `[[[[…` past `max-depth`, and nested block mappings;
/// - an alias bomb (10 levels × 10 aliases, `max-alias-nodes`) and a long scalar aliased
///   again and again (`max-alias-bytes`): small files, so their floor is tiny;
/// - one long line: a KPI text of a single line with the text rules' hazards (brackets
///   never closed, doubled words, をを, a stray 业) — the shape that made the text rules
///   quadratic;
/// - a huge scalar over `max-scalar-bytes` (1 MiB) — only with `--adversarial-mb` ≥ 2;
/// - many keys: thousands of unknown top-level keys of 100 characters;
/// - many KPIs whose targets lack `basis`, each waived (a finding and a waiver apiece);
/// - a KPI text of thousands of quantities (年1件、…) for the quantity scanner.
enum Adversarial {
    static let kanji = Array("知財活用支援企業地域産業振興技術開発人材育成特許商標意匠取得件数相談窓口県内中小事業者連携創出推進強化")

    static func shapes(bytes: Int) -> [(name: String, text: String)] {
        var all = [("quotes × goal text", quotes(bytes)), ("broken links × goal ids", links(bytes)),
                   ("kpis: [1,1,1,…]", flowList(bytes)),
                   ("deep nesting `[[[[…`", flowNesting(bytes)), ("deep block mappings", blockNesting(bytes)),
                   ("alias bomb, 10 × 10", aliasBomb()), ("long scalar × 40 aliases", aliasedScalar()),
                   ("one long line of text hazards", textHazards(min(bytes, 900_000))),
                   ("many unknown keys", manyKeys(bytes)), ("KPIs without basis, each waived", waived(bytes)),
                   ("KPI text of many quantities", quantities(bytes))]
        if bytes > 1 << 20 { all.append(("huge scalar over max-scalar-bytes", hugeScalar(bytes))) }
        return all
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

    static func flowNesting(_ bytes: Int) -> String {
        // libyaml's own scanner is quadratic in the depth of `[[[[…` (each bracket is a
        // possible simple key that every later token re-checks): 1 MB of brackets keeps the
        // floor itself busy for hours, so the shape stops at 20,000 (planlint stops at max-depth).
        let n = max(1, min(bytes - 200, 20_000))
        return header + "visions: []\nkpis: " + String(repeating: "[", count: n) + "\n"
    }

    static func blockNesting(_ bytes: Int) -> String {
        // Each level: a key on its own line, two more spaces of indentation; the lines grow,
        // so the depth is about the square root of the bytes (past max-depth from ~40 KB).
        var out = header + "visions: []\nkpis: []\nextra:\n"
        var depth = 1
        while out.utf8.count < bytes {
            out += String(repeating: "  ", count: depth) + "k\(depth):\n"
            depth += 1
        }
        return out + String(repeating: "  ", count: depth) + "end: 1\n"
    }

    static func aliasBomb() -> String {
        var out = header + "visions: []\nkpis: []\nbomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...10 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            out += "  a\(level): &a\(level) [\(refs)]\n"
        }
        return out
    }

    static func aliasedScalar() -> String {
        var rng = SplitMix64(state: 12_011)
        let long = words(200_000, &rng)   // 600 KB
        var out = header + "visions: []\nkpis: []\nrepeat:\n  first: &s \(long)\n"
        for i in 0..<40 { out += "  r\(i): *s\n" }
        return out
    }

    static func textHazards(_ bytes: Int) -> String {
        var rng = SplitMix64(state: 12_013)
        var text = ""
        while text.utf8.count < bytes - 300 {
            switch rng.int(0...4) {
            case 0: text += "「" + words(3, &rng)
            case 1: text += words(3, &rng) + "）"
            case 2: let w = words(4, &rng); text += w + w
            case 3: text += "をを" + words(2, &rng)
            default: text += "业" + words(5, &rng)
            }
        }
        return header + "kpis:\n  - id: k\n    text: \(text)\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
            + vision("      - {id: g, text: 支援}\n")
    }

    static func hugeScalar(_ bytes: Int) -> String {
        var rng = SplitMix64(state: 12_017)
        let text = words((bytes - 400) / 3, &rng)
        return header + "kpis:\n  - id: k\n    text: \(text)\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
            + vision("      - {id: g, text: 支援}\n")
    }

    static func manyKeys(_ bytes: Int) -> String {
        var out = header + "visions: []\nkpis: []\n"
        var i = 0
        while out.utf8.count < bytes {
            out += "unknown-key-\(String(i).leftPadded(6))-" + String(repeating: "x", count: 81) + ": 1\n"
            i += 1
        }
        return out
    }

    static func waived(_ bytes: Int) -> String {
        var kpis = "kpis:\n", waivers = "waivers:\n"
        var k = 0
        while kpis.utf8.count + waivers.utf8.count < bytes {
            kpis += "  - id: k\(k)\n    text: 相談件数を年1件とする。\n    targets:\n      - {metric: 件数, value: 1, unit: 件}\n    supports: [v/g]\n"
            waivers += "  - {rule: target-basis, at: k\(k), reason: 原文に記載なし}\n"
            k += 1
        }
        return header + kpis + vision("      - {id: g, text: 支援}\n") + waivers
    }

    static func quantities(_ bytes: Int) -> String {
        var text = ""
        var i = 1
        while text.utf8.count < min(bytes, 900_000) - 300 {
            text += "年\(i % 1000)件、"
            i += 1
        }
        return header + "kpis:\n  - id: k\n    text: \(text)\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n    supports: [v/g]\n"
            + vision("      - {id: g, text: 支援}\n")
    }
}
