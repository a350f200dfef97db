#if canImport(Glibc)
import Glibc
#endif

/// A small deterministic generator (SplitMix64), so every run and every clone writes
/// byte-identical corpora.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}

/// Writes synthetic plans shaped like Plans/: Japanese texts of realistic length,
/// 2–6 KPIs with 1–3 targets, 1–4 visions with goals, and a few deliberate problems
/// (years outside the period, baselines above targets, texts that disagree with
/// their targets, dangling `supports`) so that the rules have findings to report.
struct PlanGenerator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    static let prefectures = ["北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬",
        "埼玉", "千葉", "東京", "神奈川", "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知",
        "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島",
        "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄"]
    static let subjects = ["県内中小企業", "知財総合支援窓口", "県産業技術センター", "大学等", "商工会議所",
        "地域金融機関", "公設試験研究機関", "よろず支援拠点", "産業振興財団", "農林水産事業者"]
    static let objects = ["特許出願件数", "商標登録出願件数", "知的財産に関する相談件数", "セミナー開催回数",
        "共同研究の実施件数", "技術移転の件数", "地域団体商標の登録件数", "知財活用支援企業数",
        "ライセンス契約件数", "意匠登録出願件数", "知財研修の受講者数", "専門家派遣の回数"]
    static let units = ["件", "件", "件", "回", "社", "者"]
    static let phrases = ["知的財産の創造・保護・活用を総合的に支援する", "産学官金の連携を一層強化する",
        "地域ブランドの掘り起こし及び周知を実施する", "中小企業の競争力の強化を図る",
        "専門家による伴走支援を行う", "海外展開を見据えた権利取得を促進する",
        "支援機関の相互連携により切れ目のない支援体制を整備する", "新製品・新技術の開発を後押しする",
        "普及啓発セミナーを県内各地で開催する", "知財戦略の導入に対するハンズオン支援を実施する"]
    static let headings = ["新産業の創出と産業構造の強化", "戦略的な試験研究の推進と知的財産の活用",
        "産学官連携による研究・開発の推進", "地域資源を活かしたブランド力の向上", "中小企業の生産性向上と経営基盤の強化"]
    static let titles = ["総合計画", "産業振興ビジョン", "科学技術振興指針", "中小企業振興基本計画", "成長戦略アクションプラン"]

    mutating func sentence() -> String {
        "\(rng.pick(Self.subjects))と連携し、\(rng.pick(Self.phrases))とともに、\(rng.pick(Self.phrases))。"
    }

    mutating func paragraph(_ sentences: ClosedRange<Int>) -> String {
        (0..<rng.int(sentences)).map { _ in sentence() }.joined()
    }

    /// One plan; `index` makes the header comment and ids unique across a corpus.
    mutating func plan(_ index: Int) -> String {
        let code = index % 47 + 1
        let from = rng.int(2018...2022), to = from + rng.int(2...4)
        var out = "# \(Self.prefectures[code - 1]): synthetic plan \(index) (planlint-bench).\nplanlint: 1\n"
        out += "prefecture:\n  code: \(code)\n  name: \(Self.prefectures[code - 1])\n"
        out += "period:                     # 【\(from)～\(to)年度】\n  from: \(from)\n  to: \(to)\n"
        let visions = (0..<rng.int(1...4)).map { v in (id: "vision-\(v + 1)", goals: rng.int(1...3)) }
        out += "kpis:\n"
        for k in 0..<rng.int(2...6) { out += kpi(k, from: from, to: to, visions: visions) }
        out += "visions:\n"
        for v in visions { out += vision(v.id, goals: v.goals, from: from, to: to) }
        return out
    }

    private mutating func kpi(_ k: Int, from: Int, to: Int, visions: [(id: String, goals: Int)]) -> String {
        let object = rng.pick(Self.objects), unit = rng.pick(Self.units)
        let value = rng.int(5...2000), baseline = max(1, value - rng.int(1...value))
        let year = rng.chance(12) ? to + rng.int(1...3) : to            // finding: outside the period
        let textValue = rng.chance(10) ? value + rng.int(1...50) : value  // finding: text disagrees
        var out = "  - id: kpi-\(k + 1)\n    text: >-\n      \(paragraph(1...3))"
        out += "\(object)を\(baseline)\(unit)（\(from - 1)年度）から\(year)年度までに\(textValue)\(unit)以上にする。\n"
        out += "    targets:\n"
        for t in 0..<rng.int(1...3) {
            let basis = t == 0 ? "level" : rng.pick(["annual", "cumulative", "level"])
            out += "      - metric: \(object)\n        value: \(t == 0 ? value : rng.int(5...2000))\n"
            out += "        unit: \(unit)\n        basis: \(basis)\n"
            if rng.chance(40) { out += "        comparator: at-least\n" }
            out += "        year: \(year)\n"
            if t == 0 {
                let b = rng.chance(8) ? value + rng.int(1...100) : baseline   // finding: baseline above target
                out += "        baseline: {value: \(b), year: \(from - 1)}\n"
            }
        }
        let v = rng.pick(visions)
        let goal = rng.chance(5) ? v.goals + 1 : rng.int(1...v.goals)         // finding: dangling reference
        out += "    supports: [\(v.id)/goal-\(goal)]\n"
        return out
    }

    private mutating func vision(_ id: String, goals: Int, from: Int, to: Int) -> String {
        var out = "  - id: \(id)\n    title: 第\(rng.int(2...8))次\(rng.pick(Self.titles))\n"
        out += "    period: {from: \(from - rng.int(0...1)), to: \(to)}\n    goals:\n"
        for g in 0..<goals {
            out += "      - id: goal-\(g + 1)\n        heading: \(rng.pick(Self.headings))\n        text: |-\n"
            for _ in 0..<rng.int(1...2) { out += "          \(paragraph(1...4))\n" }
        }
        return out
    }
}

/// The corpora the benchmark runs on, written once under a root folder and reused while
/// their stamp (the generator version and size) matches.
enum Corpus {
    static let generatorVersion = 1

    /// A folder of `count` plans (100 per subfolder), returning its path and total bytes.
    static func folder(root: String, count: Int) -> (path: String, bytes: Int) {
        let dir = "\(root)/plans-\(count)"
        let stamp = "\(dir)/.stamp"
        let expected = "v\(generatorVersion) \(count)"
        if let text = Files.readText(stamp), text.hasPrefix(expected + " ") {
            return (dir, Int(text.split(separator: " ").last!)!)
        }
        Files.removeTree(dir)
        Files.makeDirectory(dir)
        var generator = PlanGenerator(seed: 20_240_401)
        var total = 0
        for i in 0..<count {
            let sub = "\(dir)/\(String(i / 100, radix: 10).leftPadded(4))"
            if i % 100 == 0 { Files.makeDirectory(sub) }
            let text = generator.plan(i)
            total += text.utf8.count
            Files.write(text, to: "\(sub)/plan-\(String(i, radix: 10).leftPadded(6)).yaml")
        }
        Files.write("\(expected) \(total)", to: stamp)
        return (dir, total)
    }

    /// One multi-document stream of at least `bytes` bytes (plans separated by `---`).
    static func stream(root: String, bytes: Int) -> (path: String, bytes: Int) {
        let path = "\(root)/stream-\(bytes >> 20)MB.yaml"
        let stamp = path + ".stamp"
        let expected = "v\(generatorVersion) \(bytes)"
        if let text = Files.readText(stamp), text.hasPrefix(expected + " ") {
            return (path, Int(text.split(separator: " ").last!)!)
        }
        var generator = PlanGenerator(seed: 50_000_000)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 16_384)
        var i = 0
        while out.count < bytes {
            if i > 0 { out += Array("---\n".utf8) }
            out += Array(generator.plan(i).utf8)
            i += 1
        }
        Files.write(bytes: out, to: path)
        Files.write("\(expected) \(out.count)", to: stamp)
        return (path, out.count)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
