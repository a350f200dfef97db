import PlanModel
import PlanRules

/// A report for a pull-request comment or a reviewer (GitHub-flavoured Markdown): the
/// verdict first, a table of counts per prefecture and category, the diagnostics grouped
/// by file with links to each rule's explanation, and what the waivers and the baseline
/// accepted, folded away. `MarkdownStream` writes it.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        MarkdownStream(header: header)
    }

    /// `08 茨城県`, or the path when the plan names no valid prefecture.
    static func prefectureName(_ file: FileResult) -> String {
        guard let number = file.prefecture, let name = Prefectures.fullName(of: number) else {
            return "`\(code(file.path))`"
        }
        return (number < 10 ? "0" : "") + String(number) + " " + name
    }

    static func count(_ n: Int) -> String { n == 0 ? "·" : String(n) }

    static func icon(_ s: Severity) -> String {
        switch s {
        case .error: return "🔴"
        case .warning: return "🟡"
        case .info: return "🔵"
        }
    }

    /// Text in a table cell: no line breaks, pipes or Markdown/HTML markup.
    static func cell(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\n", "\r\n", "\r": out += "<br>"
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~": out += "\\" + String(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "@": out += "@\u{200B}" // no mentions in PR comments
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text inside a code span (backticks cannot be escaped there).
    static func code(_ s: String) -> String {
        String(s.map { $0 == "`" ? "'" : $0 == "|" ? "¦" : $0 })
    }
}

/// The Markdown report's words in Japanese or English.
struct MarkdownLabels {
    let ja: Bool

    var passed: String { ja ? "合格" : "passed" }
    var failed: String { ja ? "不合格" : "failed" }
    var line: String { ja ? "行:桁" : "Line" }
    var severity: String { ja ? "重大度" : "Severity" }
    var rule: String { ja ? "ルール" : "Rule" }
    var message: String { ja ? "内容" : "Message" }
    var file: String { ja ? "ファイル" : "File" }
    var state: String { ja ? "扱い" : "Accepted by" }
    var waived: String { ja ? "免除" : "waiver" }
    var baselined: String { ja ? "ベースライン" : "baseline" }
    var prefecture: String { ja ? "都道府県" : "Prefecture" }
    var total: String { ja ? "計" : "Total" }
    var rules: String { ja ? "ルールの説明" : "Rules" }
    var verdict: String { ja ? "合否" : "Verdict" }
    var errors: String { ja ? "エラー" : "Errors" }
    var warnings: String { ja ? "警告" : "Warnings" }
    var infos: String { ja ? "情報" : "Info" }

    func counts(_ s: Summary, failOn: Severity, maxWarnings: Int?) -> String {
        var parts: [String]
        if ja {
            parts = ["\(s.files)ファイル", "エラー\(s.error)件", "警告\(s.warning)件", "情報\(s.info)件"]
            if s.waived > 0 { parts.append("免除\(s.waived)件") }
            if s.baselined > 0 { parts.append("ベースライン\(s.baselined)件") }
            var gate = "不合格とする重大度: \(failOn.rawValue)以上"
            if let maxWarnings { gate += "、警告の上限: \(maxWarnings)件" }
            return "**" + parts.joined(separator: "、") + "**（" + gate + "）"
        }
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        parts = [n(s.files, "file"), n(s.error, "error"), n(s.warning, "warning"), "\(s.info) info"]
        if s.waived > 0 { parts.append("\(s.waived) waived") }
        if s.baselined > 0 { parts.append("\(s.baselined) baselined") }
        var gate = "fails on \(failOn.rawValue) and above"
        if let maxWarnings { gate += ", or more than \(maxWarnings) warning\(maxWarnings == 1 ? "" : "s")" }
        return "**" + parts.joined(separator: " · ") + "** (" + gate + ")"
    }

    func accepted(_ s: Summary) -> String {
        ja ? "受け入れ済み: 免除\(s.waived)件、ベースライン\(s.baselined)件"
            : "Accepted: \(s.waived) waived, \(s.baselined) baselined"
    }

    func clean(_ n: Int) -> String {
        ja ? "指摘のないファイル: \(n)件" : "\(n) file\(n == 1 ? "" : "s") without findings."
    }

    func stale(_ n: Int) -> String {
        ja ? "ベースラインの\(n)件はもう現れません。`planlint baseline --prune` で取り除いてください。"
            : "\(n) baselined diagnostic\(n == 1 ? " no longer occurs" : "s no longer occur"); "
            + "remove \(n == 1 ? "it" : "them") with `planlint baseline --prune`."
    }
}
