import PlanRules

/// `planlint rules --format markdown`: the rule reference as a Markdown page for people who
/// are not programmers (docs/ja/rules.md and docs/rules.md are this output, checked by a
/// test). Each rule: its title, default severity, what it checks and how to fix it, grouped
/// by category; `explain` keeps the long form with examples.
extension RuleDocs {
    public static func reference(_ rules: [RuleSpec], language: Language) -> String {
        let ja = language == .ja
        var out = ja ? Intro.ja : Intro.en
        for category in RuleCategory.allCases {
            let members = rules.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            out += "\n## \(category.title(language))\n\n"
            out += categoryLead(category, ja: ja) + "\n"
            out += "\n| " + (ja ? "ルール | 既定の重大度 | 内容" : "Rule | Default severity | What it is about") + " |\n|---|---|---|\n"
            for r in members {
                out += "| [`\(r.id)`](#\(r.id)) | \(r.severity.label(language)) | \(cell(r.title[language])) |\n"
            }
            for r in members {
                out += "\n### \(r.id)\n\n"
                out += "**\(r.title[language])** — " + (ja ? "既定の重大度: " : "default severity: ")
                    + r.severity.label(language) + "\n\n"
                if let help = r.help { out += (ja ? "ヒント: " : "Hint: ") + cell(help[language]) + "\n\n" }
                out += (ja ? "**何を確かめるか**\n\n" : "**What it checks**\n\n") + paragraph(r.what[language]) + "\n\n"
                out += (ja ? "**直し方**\n\n" : "**How to fix it**\n\n") + paragraph(r.fix[language]) + "\n"
            }
        }
        return out
    }

    private enum Intro {
        static let ja = """
            # ルールの一覧と意味

            planlint の指摘には、それぞれ「ルール」の名前が付いています（指摘の行の最後の `[ ]` の中）。
            このページは、すべてのルールが何を確かめ、どう直せばよいかを、分類ごとにまとめたものです。
            正しい例・誤った例を含む詳しい説明は `planlint explain ルール名 --lang ja` で読めます。

            - **エラー**: 直さないと不合格になる問題です。
            - **警告**: 確かめてほしい点です。合否には影響しません（審査の設定で厳しくすることがあります）。
            - **情報**: 参考のお知らせです。

            重大度は審査する側が設定（planlint.yaml）で変えることがあります。
            このページは `planlint rules --format markdown --lang ja` が書き出したものです。

            """
        static let en = """
            # The rules and what they mean

            Every planlint diagnostic names its rule (in `[ ]` at the end of the line). This page
            says, category by category, what each rule checks and how to fix what it reports.
            `planlint explain RULE` gives the long form with passing and failing examples.

            - **error**: fails the plan until it is fixed.
            - **warning**: worth a look; does not fail the plan unless the reviewer's settings say so.
            - **info**: for information.

            Reviewers may change severities in planlint.yaml.
            This page is the output of `planlint rules --format markdown --lang en`.

            """
    }

    private static func categoryLead(_ category: RuleCategory, ja: Bool) -> String {
        switch category {
        case .schema:
            ja ? "ファイルが計画の書式どおりに読めるか。これらの指摘があるファイルには、ほかのルールは働きません。まず書式を直します。"
               : "Whether the file reads as a plan. A file with any of these gets no other rule: fix the format first."
        case .measurability:
            ja ? "KPIが数値・単位・数え方（年間か累計かなど）を備え、本文の言葉と食い違わないか。"
               : "Whether each KPI has a number, a unit and a basis (annual, cumulative …) that agree with its own words."
        case .period:
            ja ? "KPI期間が国の計画期間（2020〜2022年度）を満たし、支えるビジョンの期間に収まっているか。"
               : "Whether the KPI period covers the national window (FY2020–FY2022) and lies within the visions it serves."
        case .alignment:
            ja ? "KPIがビジョンの目標を支えているか、引用や参照が正しいか。"
               : "Whether every KPI serves a vision goal, and its quotations and references are right."
        case .consistency:
            ja ? "累計と年間、内訳と合計、基準値と目標値などの数値が互いに合っているか。"
               : "Whether totals, yearly rates, parts, baselines and targets agree with each other."
        case .text:
            ja ? "文章そのもの: 使えない文字、見えない文字、助詞の重複、ローマ字の混入、括弧、誤変換など。"
               : "The prose itself: characters Shift_JIS cannot carry, invisible characters, doubled particles, stray romaji, brackets, known mis-conversions."
        case .source:
            ja ? "計画が提出された原文（別添2の本文やWordファイル）と一致するか。`planlint verify --source 原文` のときだけ働きます。"
               : "Whether the plan agrees with the submitted source text (the annex or its Word file). Only `planlint verify --source SOURCE` runs them."
        case .waiver:
            ja ? "計画に書いた例外（waivers）の期限切れや、何も受け入れていない例外。"
               : "Waivers in the plan that have expired or accept nothing."
        }
    }

    /// A rule text as Markdown paragraphs: each line of the (folded) rule text is one.
    private static func paragraph(_ text: String) -> String {
        lines(text).joined(separator: "\n\n")
    }

    /// A rule text in one table cell: lines joined by a space, pipes escaped.
    private static func cell(_ text: String) -> String {
        lines(text).joined(separator: " ").split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { line in String(line.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
