import PlanRules

/// The parts of a plan that hold keys, named as docs/plan-format.md's "Fields" sections.
enum PlanSection: String, CaseIterable, Sendable {
    case plan, prefecture, period, revision, kpi, target, baseline, history, part, vision, goal, waiver

    /// The section a mapping is in, from the keys above it (list items left out):
    /// `[]` the plan, `["kpis", "targets"]` a target, `["visions", "goals"]` a goal.
    static func at(_ keys: [String]) -> PlanSection? {
        guard let last = keys.last else { return .plan }
        switch last {
        case "prefecture": return keys.count == 1 ? .prefecture : nil
        case "period", "over": return .period
        case "revision": return .revision
        case "kpis": return keys.count == 1 ? .kpi : nil
        case "targets": return .target
        case "baseline": return .baseline
        case "history": return .history
        case "parts": return .part
        case "visions": return keys.count == 1 ? .vision : nil
        case "goals": return .goal
        case "waivers": return keys.count == 1 ? .waiver : nil
        default: return nil
        }
    }
}

/// One key of the plan format: what it holds and means, in both languages, and the words
/// it accepts when it is a fixed word. The text follows docs/plan-format.md (the format's
/// public specification); `PlanFieldsTests` holds this table to that page's tables.
struct PlanField: Sendable {
    var section: PlanSection
    var key: String
    var required: Bool
    var kind: LocalizedText
    var meaning: LocalizedText
    var values: [String] = []

    static func text(_ ja: String, _ en: String) -> LocalizedText { LocalizedText(ja: ja, en: en) }

    static let all: [PlanField] = [
        // Plan
        PlanField(section: .plan, key: "planlint", required: true, kind: text("整数", "whole number"),
                  meaning: text("形式のバージョン。`1` と書きます", "the format version; `1`")),
        PlanField(section: .plan, key: "prefecture", required: true, kind: text("マッピング", "mapping"),
                  meaning: text("都道府県（code と name）", "the prefecture (code and name)")),
        PlanField(section: .plan, key: "period", required: false, kind: text("マッピング", "mapping"),
                  meaning: text("KPIの期間（from, to, as_of）。ないと period-missing", "the KPI period (from, to, as_of); missing is reported by period-missing")),
        PlanField(section: .plan, key: "revision", required: false, kind: text("マッピング", "mapping"),
                  meaning: text("予告されたビジョンの改定（from, note）", "an announced revision of the visions (from, note)")),
        PlanField(section: .plan, key: "notes", required: false, kind: text("テキスト", "text"),
                  meaning: text("原文の注記など（KPIの代わりに書かれた文など）", "free text the source gives, e.g. instead of KPIs")),
        PlanField(section: .plan, key: "kpis", required: true, kind: text("KPIのリスト", "list of KPIs"),
                  meaning: text("活動KPI。空のリストは kpi-missing", "the activity KPIs; an empty list is reported by kpi-missing")),
        PlanField(section: .plan, key: "visions", required: true, kind: text("ビジョンのリスト", "list of visions"),
                  meaning: text("ビジョン（産業振興の計画）とその目標。空は vision-missing", "the vision documents and their goals; empty is reported by vision-missing")),
        PlanField(section: .plan, key: "waivers", required: false, kind: text("適用除外のリスト", "list of waivers"),
                  meaning: text("理由を添えて認めた例外", "accepted exceptions, each with a reason")),
        // Prefecture
        PlanField(section: .prefecture, key: "code", required: true, kind: text("整数", "whole number"),
                  meaning: text("JIS X 0401 の都道府県コード。1（北海道）〜47（沖縄）", "the JIS X 0401 code, 1 (北海道) … 47 (沖縄)")),
        PlanField(section: .prefecture, key: "name", required: true, kind: text("テキスト", "text"),
                  meaning: text("原文の見出しどおりの名前", "the name as the source's heading writes it")),
        // Period
        PlanField(section: .period, key: "from", required: false, kind: text("年度", "year"),
                  meaning: text("最初の年度", "the first fiscal year")),
        PlanField(section: .period, key: "to", required: false, kind: text("年度、または open", "year, or open"),
                  meaning: text("最後の年度。終わりのない期間は open（引用符なし）", "the last fiscal year; `open` (plain, unquoted) for a period with no end")),
        PlanField(section: .period, key: "as_of", required: false, kind: text("年度", "year"),
                  meaning: text("計画の period だけ：【2022年度時点】。目標値はその年度末の値", "only in the plan's period: 【2022年度時点】, the targets describe the end of that fiscal year")),
        // Revision
        PlanField(section: .revision, key: "from", required: true, kind: text("年度", "year"),
                  meaning: text("ビジョンが変わる見込みの最初の年度", "the first fiscal year in which the visions are expected to change")),
        PlanField(section: .revision, key: "note", required: false, kind: text("テキスト", "text"),
                  meaning: text("原文の注記（そのまま）", "the source's note, verbatim")),
        // KPI
        PlanField(section: .kpi, key: "id", required: true, kind: text("ID", "id"),
                  meaning: text("計画のKPIの中で一意（duplicate-id）", "unique among the plan's KPIs (duplicate-id)")),
        PlanField(section: .kpi, key: "text", required: true, kind: text("テキスト", "text"),
                  meaning: text("KPIの文（原文のまま）", "the statement, verbatim")),
        PlanField(section: .kpi, key: "targets", required: true, kind: text("目標値のリスト", "list of targets"),
                  meaning: text("約束する数値。空は target-missing", "the quantities it commits to; empty is reported by target-missing")),
        PlanField(section: .kpi, key: "supports", required: true, kind: text("ビジョンID/目標ID の参照", "VISION_ID/GOAL_ID reference(s)"),
                  meaning: text("このKPIが資する目標。KPIが資するのは目標で、ビジョン全体ではありません", "the goals it serves; a KPI serves goals, not whole documents")),
        // Target
        PlanField(section: .target, key: "id", required: false, kind: text("ID", "id"),
                  meaning: text("KPI_ID/TARGET_ID で参照するときだけ必要。同じリストの中で一意", "needed only when referenced as KPI_ID/TARGET_ID; unique among the targets of one list")),
        PlanField(section: .target, key: "metric", required: false, kind: text("テキスト", "text"),
                  meaning: text("数えるもの（言葉で）", "what is counted, in words")),
        PlanField(section: .target, key: "value", required: false, kind: text("数値", "number"),
                  meaning: text("数値（milestone のときだけ省略）", "the number (omitted only for milestone)")),
        PlanField(section: .target, key: "unit", required: false, kind: text("テキスト", "text"),
                  meaning: text("件、回、社、者、名、個、団体、%、百万円、億円 …", "件, 回, 社, 者, 名, 個, 団体, %, 百万円, 億円 …")),
        PlanField(section: .target, key: "basis", required: false, kind: text("決まった語", "fixed word"),
                  meaning: text("値の意味：annual（毎年）、cumulative（累計）、level（その年度の水準）、increase（増加）、share（割合）、milestone（達成事項）",
                                "how the value is meant: annual (every year), cumulative (total), level (reached in a year), increase, share (a proportion), milestone (a deliverable)"),
                  values: ["annual", "cumulative", "level", "increase", "share", "milestone"]),
        PlanField(section: .target, key: "comparator", required: false, kind: text("決まった語", "fixed word"),
                  meaning: text("実績との比べ方：exactly（既定）、at-least（以上）、at-most（以下）、about（程度・約）",
                                "how the value is compared with what is achieved: exactly (the default), at-least (以上), at-most (以下), about (程度・約)"),
                  values: ["exactly", "at-least", "at-most", "about"]),
        PlanField(section: .target, key: "year", required: false, kind: text("年度", "year"),
                  meaning: text("level、increase、milestone の年度（既定は期間の終わり）", "for level, increase, milestone: the fiscal year (default: the end of the period)")),
        PlanField(section: .target, key: "over", required: false, kind: text("期間 {from, to}", "period {from, to}"),
                  meaning: text("cumulative の累計期間（KPIの期間と違うとき）", "for cumulative: the window, when it differs from the owner's period")),
        PlanField(section: .target, key: "per_year", required: false, kind: text("数値", "number"),
                  meaning: text("cumulative で原文が併記する年あたりの値（累計40件、年間10件）", "for cumulative: the yearly rate the source also states (累計40件、年間10件)")),
        PlanField(section: .target, key: "per", required: false, kind: text("決まった語", "fixed word"),
                  meaning: text("increase で、増加が年あたりのとき year", "for increase: `year` when the increase is per year"), values: ["year"]),
        PlanField(section: .target, key: "baseline", required: false, kind: text("マッピング", "mapping"),
                  meaning: text("基準値（出発点）", "the starting point")),
        PlanField(section: .target, key: "history", required: false, kind: text("{year, value} のリスト", "list of {year, value}"),
                  meaning: text("過去の実績", "past observations")),
        PlanField(section: .target, key: "parts", required: false, kind: text("{metric, value} のリスト", "list of {metric, value}"),
                  meaning: text("合計すると value になる内訳", "components that add up to value")),
        PlanField(section: .target, key: "within", required: false, kind: text("KPI_ID/TARGET_ID の参照", "KPI_ID/TARGET_ID reference(s)"),
                  meaning: text("この目標値が内数となる目標値（その中で、うち）", "the target this one is a subset of (その中で, うち)")),
        PlanField(section: .target, key: "deliverable", required: false, kind: text("テキスト", "text"),
                  meaning: text("milestone で達成するもの", "for milestone: what is delivered")),
        // Baseline
        PlanField(section: .baseline, key: "value", required: false, kind: text("数値", "number"),
                  meaning: text("基準値。原文が年度だけのときは省略", "the starting value; leave it out when the source gives only a year")),
        PlanField(section: .baseline, key: "year", required: false, kind: text("年度", "year"),
                  meaning: text("基準値の年度", "the fiscal year the value describes")),
        PlanField(section: .baseline, key: "from", required: false, kind: text("年度", "year"),
                  meaning: text("複数年度の平均のときの始まり", "for an average over years: the first year")),
        PlanField(section: .baseline, key: "to", required: false, kind: text("年度", "year"),
                  meaning: text("複数年度の平均のときの終わり", "for an average over years: the last year")),
        PlanField(section: .baseline, key: "aggregate", required: false, kind: text("決まった語", "fixed word"),
                  meaning: text("mean：value は from〜to の平均", "mean: the value is the mean over from–to"), values: ["mean"]),
        PlanField(section: .baseline, key: "parts", required: false, kind: text("{metric, value} のリスト", "list of {metric, value}"),
                  meaning: text("基準値の内訳", "components of the baseline value")),
        // History and parts
        PlanField(section: .history, key: "year", required: true, kind: text("年度", "year"),
                  meaning: text("実績の年度", "the fiscal year of the observation")),
        PlanField(section: .history, key: "value", required: true, kind: text("数値", "number"),
                  meaning: text("その年度の実績値", "the value observed that year")),
        PlanField(section: .part, key: "metric", required: true, kind: text("テキスト", "text"),
                  meaning: text("内訳の項目", "what the component counts")),
        PlanField(section: .part, key: "value", required: true, kind: text("数値", "number"),
                  meaning: text("内訳の値", "the component's value")),
        // Vision
        PlanField(section: .vision, key: "id", required: true, kind: text("ID", "id"),
                  meaning: text("計画のビジョンの中で一意", "unique among the plan's visions")),
        PlanField(section: .vision, key: "title", required: true, kind: text("テキスト", "text"),
                  meaning: text("ビジョンの名前（原文のまま）", "the vision's title, verbatim")),
        PlanField(section: .vision, key: "period", required: false, kind: text("期間（as_of なし）", "period without as_of"),
                  meaning: text("ビジョンの期間。終わりがなければ to: open。ないと vision-period-missing", "the vision's span; `to: open` for an open end; missing is reported by vision-period-missing")),
        PlanField(section: .vision, key: "goals", required: true, kind: text("目標のリスト", "list of goals"),
                  meaning: text("ビジョンが掲げる目標。空は vision-empty", "what the vision states; empty is reported by vision-empty")),
        // Goal
        PlanField(section: .goal, key: "id", required: true, kind: text("ID", "id"),
                  meaning: text("同じビジョンの目標の中で一意（別のビジョンとは重なってよい）", "unique among the goals of its vision (goals of different visions may share an id)")),
        PlanField(section: .goal, key: "heading", required: false, kind: text("テキスト", "text"),
                  meaning: text("目標の見出し（原文のまま）", "the goal's heading, verbatim")),
        PlanField(section: .goal, key: "text", required: true, kind: text("テキスト", "text"),
                  meaning: text("目標の本文（原文のまま）", "the goal's text, verbatim")),
        PlanField(section: .goal, key: "targets", required: false, kind: text("目標値のリスト", "list of targets"),
                  meaning: text("目標が掲げる数値", "the numbers the goal names")),
        // Waiver
        PlanField(section: .waiver, key: "rule", required: true, kind: text("テキスト", "text"),
                  meaning: text("認める診断のルールID", "the rule id whose diagnostics are accepted")),
        PlanField(section: .waiver, key: "at", required: false, kind: text("テキスト", "text"),
                  meaning: text("KPI・目標値・ビジョン・目標のID。省略すると計画全体", "a KPI, target, vision or goal id; absent for the whole plan")),
        PlanField(section: .waiver, key: "reason", required: true, kind: text("テキスト（空でない）", "text, not blank"),
                  meaning: text("例外を認める理由", "why the exception is accepted")),
        PlanField(section: .waiver, key: "until", required: false, kind: text("日付 YYYY-MM-DD", "date YYYY-MM-DD"),
                  meaning: text("適用除外が有効な最後の日", "the last day the waiver is in force")),
    ]

    static func fields(of section: PlanSection) -> [PlanField] { all.filter { $0.section == section } }

    static func field(_ key: String, in section: PlanSection) -> PlanField? {
        all.first { $0.section == section && $0.key == key }
    }

    /// The hover text: the key, its section, kind, whether it is required, and its meaning.
    func markdown(_ language: Language) -> String {
        let ja = language == .ja
        var out = "**`\(key)`** (\(ja ? section.japaneseName : section.rawValue)) — \(kind[language])"
        out += ja ? (required ? "、必須" : "、省略可") : (required ? ", required" : ", optional")
        out += "\n\n" + meaning[language]
        if !values.isEmpty { out += "\n\n" + (ja ? "使える語：" : "Values: ") + values.map { "`\($0)`" }.joined(separator: ", ") }
        return out
    }
}

extension PlanSection {
    var japaneseName: String {
        switch self {
        case .plan: return "計画"
        case .prefecture: return "都道府県"
        case .period: return "期間"
        case .revision: return "改定"
        case .kpi: return "KPI"
        case .target: return "目標値"
        case .baseline: return "基準値"
        case .history: return "実績"
        case .part: return "内訳"
        case .vision: return "ビジョン"
        case .goal: return "目標"
        case .waiver: return "適用除外"
        }
    }
}
