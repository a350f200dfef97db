import PlanModel
import PlanRules

/// `planlint init`: writes a starting plan for one prefecture, with the national window as
/// its period, a comment on every field (Japanese, or English), and one example KPI and one
/// example vision and goal to overwrite.
public enum PlanInit {

    /// Writes the plan of `prefecture` to `output` (a file, or a folder to put
    /// `NN-romaji.yaml` in; nil: the current folder). Returns the exit status and the lines
    /// for standard error: 0 written, 2 refused (an unknown prefecture, an existing file
    /// without `force`, a write that failed).
    public static func run(prefecture: String, output: String?, force: Bool, language: Language?,
                           environment: [String: String]) -> (status: Int32, lines: [String]) {
        var options = LintOptions()
        options.environment = environment
        options.language = language
        // A starting plan is for prefecture staff: its comments are Japanese unless a
        // language is chosen (as the HTML report is for reviewers).
        options.unchosenLanguage = .ja
        let ja = options.language(configured: nil) == .ja
        guard let code = Prefectures.code(ofArgument: prefecture) else {
            return (2, [ja ? "planlint: エラー: --prefecture「\(prefecture)」はどの都道府県でもありません（1〜47 の番号、愛媛・愛媛県のような名前、ehime のようなローマ字で指定します）"
                           : "planlint: error: --prefecture '\(prefecture)' names no prefecture (give its code 1-47, a name such as 愛媛 or 愛媛県, or its romaji such as ehime)"])
        }
        var path = output ?? Prefectures.fileName(of: code)
        if let output, case .directory = FileSystem.kind(output) { path = FileSystem.join(output, Prefectures.fileName(of: code)) }
        if case .missing = FileSystem.kind(path) {
        } else if !force {
            return (2, [ja ? "planlint: エラー: \(path) はすでにあります。上書きするときは --force を付けます"
                           : "planlint: error: \(path) already exists; add --force to overwrite it"])
        }
        if let problem = FileSystem.writeAtomically(Array(text(code: code, japanese: ja).utf8), to: path) {
            return (2, [Notice.error(text: "\(path): \(problem)", ja ? .ja : .en)])
        }
        return (0, [ja ? "planlint: \(path) に\(Prefectures.fullName(of: code) ?? "")の計画のひな形を書きました。例の値を書き換えたら planlint lint \(path) で確かめます"
                       : "planlint: wrote a starting plan for \(Prefectures.fullName(of: code) ?? "") to \(path); overwrite the examples, then run planlint lint \(path)"])
    }

    /// The starting plan of prefecture `code`.
    public static func text(code: Int, japanese ja: Bool) -> String {
        let short = Prefectures.name(of: code) ?? "", full = Prefectures.fullName(of: code) ?? ""
        let window = Configuration.defaultWindow
        let (from, to) = (window.lowerBound, window.upperBound)
        func c(_ jaText: String, _ enText: String) -> String { ja ? jaText : enText }
        return """
        # \(c("\(full) 地域知財活性化行動計画", "Regional IP action plan of \(full)"))（planlint）
        # \(c("「#」から行末まではコメント（説明書き）で、planlint は読みません。", "Text from # to the end of the line is a comment, which planlint ignores."))
        # \(c("「例」と書いた値を、県の計画の内容に書き換えてください。KPI やビジョンが複数あるときは「- id:」から始まる", "Overwrite the values marked as examples with your plan's. For more KPIs or visions, copy a block"))
        # \(c("まとまりを複写して増やします。書き終えたら planlint lint \(Prefectures.fileName(of: code)) で確かめます。", "starting with '- id:'. When done, check it with planlint lint \(Prefectures.fileName(of: code))."))
        # \(c("書式の説明: docs/plan-format.md", "The format: docs/plan-format.md"))

        # \(c("書式の版。1 のままにします。", "The format version. Leave it at 1."))
        planlint: 1

        # \(c("都道府県。code は JIS X 0401 の都道府県コード、name は県名（「\(short)」でも「\(full)」でもかまいません）。", "The prefecture: code is its JIS X 0401 code, name its name (\(short) or \(full))."))
        prefecture: {code: \(code), name: \(short)}

        # \(c("計画期間（年度）。国の計画期間は\(from)〜\(to)年度です。令和2年度、R2 とも書けます。", "The plan period in fiscal years. The national window is FY\(from)-FY\(to). 令和2年度 and R2 are read too."))
        period: {from: \(from), to: \(to)}

        # \(c("KPI（活動目標）の一覧。", "The KPIs (activity targets)."))
        kpis:
            # \(c("id: KPI の名前。半角の英小文字・数字・ハイフンで、計画の中で重ならないように付けます。", "id: the KPI's name, in lower-case letters, digits and hyphens, unique in the plan."))
          - id: example-seminars
            # \(c("text: KPI の本文。計画の原文をそのまま書きます（例）。", "text: the KPI as the plan writes it, word for word (an example)."))
            text: 知的財産に関するセミナーを年10回開催する。
            # \(c("targets: 本文の数値目標。metric は測るもの、value は数値（半角）、unit は単位、", "targets: the numbers the text commits to. metric is what is counted, value the number"))
            # \(c("basis は年間（annual）か累計（cumulative）か、などです（例）。", "(half-width), unit its unit, basis annual, cumulative and so on (an example)."))
            targets:
              - {metric: 知的財産に関するセミナーの開催回数, value: 10, unit: 回, basis: annual}
            # \(c("supports: この KPI が支えるビジョンの目標。「ビジョンの id/目標の id」と書きます。", "supports: the vision goals the KPI serves, as VISION_ID/GOAL_ID."))
            supports: [example-vision/example-goal]

        # \(c("ビジョン（県の産業振興の計画など）の一覧。", "The visions (the prefecture's industrial-promotion plans)."))
        visions:
            # \(c("id: ビジョンの名前。title: ビジョンの名称（例）。period: ビジョンの期間（年度）。", "id: the vision's name. title: its title (an example). period: its period in fiscal years."))
          - id: example-vision
            title: \(full)産業振興ビジョン
            period: {from: \(from), to: \(to)}
            # \(c("goals: ビジョンの目標。id は目標の名前、text は原文どおりの目標の文章です（例）。", "goals: the vision's goals. id is the goal's name, text the goal as the vision writes it (an example)."))
            goals:
              - id: example-goal
                text: 知的財産の活用により県内企業の競争力を高める。

        """
    }
}
