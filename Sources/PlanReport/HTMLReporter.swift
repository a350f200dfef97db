import PlanModel
import PlanRules

/// A report for a reviewer's memo: one self-contained HTML file (inline CSS and SVG, no
/// scripts, no external assets), readable in a text browser and a screen reader, printable
/// with one plan per page. The verdict and a table per prefecture come first; then each
/// plan with its timeline, its KPI inventory and its diagnostics (the source line and a
/// caret), each linked to its rule's explanation at the end. It needs each plan's content
/// (`wantsContent`), which the runner then asks the engine for.
public struct HTMLReporter: Reporter {
    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        HTMLStream(header: header)
    }

    /// Text for HTML: the five markup characters as references, and tabs and line breaks
    /// too, so that a fragment never spans lines (the table rows are held one per line).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A value as a reviewer reads it: 10, not 10.0.
    public static func number(_ v: Double) -> String {
        if v.isFinite, v.rounded() == v, abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }
}

/// The HTML report's words in Japanese or English.
struct HTMLLabels {
    let ja: Bool

    var title: String { ja ? "planlint 検査報告" : "planlint report" }
    var passed: String { ja ? "合格" : "passed" }
    var failed: String { ja ? "不合格" : "failed" }
    var prefecture: String { ja ? "都道府県" : "Prefecture" }
    var file: String { ja ? "ファイル" : "File" }
    var verdict: String { ja ? "合否" : "Verdict" }
    var errors: String { ja ? "エラー" : "Errors" }
    var warnings: String { ja ? "警告" : "Warnings" }
    var infos: String { ja ? "情報" : "Info" }
    var kpiCount: String { ja ? "KPI数" : "KPIs" }
    var notes: String { ja ? "注記" : "Notes" }
    var tableCaption: String { ja ? "都道府県ごとの結果" : "Results by prefecture" }
    var runFlags: String { ja ? "提出物全体についての注記" : "About the submissions as a set" }
    var window: String { ja ? "国の計画期間" : "National window" }
    var kpiPeriod: String { ja ? "KPI期間" : "KPI period" }
    var vision: String { ja ? "ビジョン" : "Vision" }
    var timeline: String { ja ? "期間の図" : "Timeline" }
    var periodList: String { ja ? "期間（図の内容）" : "Periods (what the chart shows)" }
    var inventory: String { ja ? "KPI一覧" : "KPI inventory" }
    var diagnostics: String { ja ? "指摘" : "Diagnostics" }
    var noDiagnostics: String { ja ? "指摘はありません。" : "No diagnostics." }
    var rules: String { ja ? "ルールの説明" : "Rule explanations" }
    var what: String { ja ? "何を確かめるか" : "What it checks" }
    var why: String { ja ? "なぜ問題か" : "Why a reviewer cares" }
    var fix: String { ja ? "直し方" : "How to fix it" }
    var explainRule: String { ja ? "ルールの説明へ" : "explanation" }
    var line: String { ja ? "行" : "line" }
    var column: String { ja ? "桁" : "column" }
    var notDecoded: String {
        ja ? "計画を読み取れなかったため、期間の図とKPI一覧はありません（下の指摘を直してください）。"
            : "The plan could not be read, so there is no timeline or KPI inventory (fix the diagnostics below)."
    }
    var noKPIs: String { ja ? "KPIがありません。" : "No KPIs." }
    var clean: String { ja ? "指摘のないファイル" : "Files without findings" }
    var noFiles: String { ja ? "検査したファイルはありません。" : "No files were linted." }
    var waived: String { ja ? "免除" : "waived" }
    var baselined: String { ja ? "ベースライン" : "baselined" }
    var gapWord: String { ja ? "期間の不足（図の赤）" : "Gap (red in the chart)" }
    var targetYearWord: String { ja ? "目標年度" : "Target years" }
    var baselineYearWord: String { ja ? "基準年度" : "Baseline years" }
    var legend: String {
        ja ? "◆ 目標年度　● 基準年度　赤: 期間の不足　矢印の端: 終期（始期）なし"
            : "◆ target year   ● baseline year   red: a gap   arrow end: no end (start) date"
    }
    var columns: [String] {
        ja ? ["KPI", "KPIの文", "指標", "値", "単位", "数え方", "比較", "年度", "基準値", "対応する目標"]
            : ["KPI", "KPI text", "Metric", "Value", "Unit", "Basis", "Comparator", "Year", "Baseline", "Supports"]
    }

    func years(_ r: ClosedRange<Int>) -> String {
        let s = r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)"
        return ja ? s + "年度" : "FY" + s
    }

    func yearList(_ list: [Int]) -> String {
        TimelineGeometry.runs(list).map(years).joined(separator: ja ? "、" : ", ")
    }

    func visionPeriod(_ v: PlanContent.Vision) -> String {
        guard v.hasPeriod else { return ja ? "期間の記載なし" : "no period given" }
        let from = v.from.map { ja ? "\($0)年度" : "FY\($0)" } ?? (ja ? "始期なし" : "no start")
        let to = v.openEnd ? (ja ? "終期なし" : "no end date") : v.to.map { ja ? "\($0)年度" : "FY\($0)" } ?? "?"
        return from + (ja ? "〜" : " – ") + to
    }

    func basis(_ b: String?) -> String {
        guard let b else { return "" }
        guard ja else { return b }
        switch b {
        case "annual": return "年間"
        case "cumulative": return "累計"
        case "level": return "水準"
        case "increase": return "増加"
        case "share": return "割合"
        case "milestone": return "達成"
        default: return b
        }
    }

    func comparator(_ c: String) -> String {
        switch c {
        case "at-least": return ja ? "以上" : "at least"
        case "at-most": return ja ? "以下" : "at most"
        case "about": return ja ? "程度" : "about"
        default: return ja ? "＝" : "exactly"
        }
    }

    func severity(_ s: Severity) -> String { s.label(ja ? .ja : .en) }

    func counts(_ s: Summary) -> String {
        ja ? "\(s.files)ファイル: エラー\(s.error)件、警告\(s.warning)件、情報\(s.info)件"
            + (s.waived + s.baselined > 0 ? "（免除\(s.waived)件、ベースライン\(s.baselined)件）" : "")
            : "\(s.files) file\(s.files == 1 ? "" : "s"): \(s.error) error\(s.error == 1 ? "" : "s"), "
            + "\(s.warning) warning\(s.warning == 1 ? "" : "s"), \(s.info) info"
            + (s.waived + s.baselined > 0 ? " (\(s.waived) waived, \(s.baselined) baselined)" : "")
    }

    func gate(_ failOn: Severity, _ maxWarnings: Int?) -> String {
        if ja {
            return "不合格とする重大度: \(severity(failOn))以上" + (maxWarnings.map { "、警告の上限: \($0)件" } ?? "")
        }
        return "fails on \(failOn.rawValue) and above" + (maxWarnings.map { ", or more than \($0) warnings" } ?? "")
    }

    func missing(_ names: [String]) -> String {
        ja ? "47都道府県のうち\(names.count)件の計画がありません: " + names.joined(separator: "、")
            : "\(names.count) of the 47 prefectures have no plan: " + names.joined(separator: ", ")
    }

    var allPresent: String { ja ? "47都道府県すべての計画があります。" : "All 47 prefectures have a plan." }

    func duplicates(_ names: [String]) -> String {
        ja ? "同じ都道府県コードのファイルが複数あります: " + names.joined(separator: "、")
            : "Several files carry the same prefecture code: " + names.joined(separator: ", ")
    }

    func mismatches(_ n: Int) -> String {
        ja ? "ファイル名の番号が都道府県コードと異なるファイル: \(n)件（表の注記を参照）"
            : "\(n) file\(n == 1 ? "'s name disagrees" : "s' names disagree") with the prefecture code (see the notes in the table)"
    }

    func nameMismatch(_ fileNumber: Int, _ code: Int) -> String {
        ja ? "ファイル名の番号\(fileNumber)がコード\(code)と異なる" : "file name says \(fileNumber), code is \(code)"
    }

    var noCode: String { ja ? "都道府県コードなし" : "no prefecture code" }
    func duplicate(_ code: Int) -> String { ja ? "コード\(code)のファイルが複数" : "code \(code) in several files" }
}

/// Writes the HTML report file by file. The top (verdict, counts, the table per
/// prefecture, the run's flags) is known only at the end, so the stream holds two sections:
/// 1. one record per file: its prefecture code and its table row (one line of markup);
/// 2. each plan's section, as it will appear.
/// What it keeps itself is bounded by the prefectures and the rules, not by the files.
struct HTMLStream: ReportStream {
    let header: ReportHeader
    let t: HTMLLabels
    var files = 0
    /// Files per prefecture code (1…47), for missing and duplicated codes.
    var perCode = [Int](repeating: 0, count: 48)
    var mismatched = 0
    var cleanFiles = 0
    var rulesUsed = Set<String>()

    var heldSections: Int { 2 }

    init(header: ReportHeader) {
        self.header = header
        t = HTMLLabels(ja: header.language == .ja)
    }

    static func h(_ s: String) -> String { HTMLReporter.escape(s) }

    func begin() -> ReportText {
        var text = ReportText(sections: 2)
        text.append("<!DOCTYPE html>\n<html lang=\"\(header.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"planlint \(Self.h(header.toolVersion))\">\n"
            + "<title>\(t.title)</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n")
        return text
    }

    mutating func file(_ file: FileResult) -> ReportText {
        var text = ReportText(sections: 2)
        files += 1
        let anchor = "plan-\(files)"
        let shown = header.shown(file)
        let active = shown.filter(\.isActive)
        let errors = active.filter { $0.severity == .error }.count
        let warnings = active.filter { $0.severity == .warning }.count
        let infos = active.filter { $0.severity == .info }.count
        let fails = active.contains { $0.severity >= header.failOn }
        if active.isEmpty { cleanFiles += 1 }
        if let code = file.prefecture { perCode[code] += 1 }
        var notes: [String] = []
        let base = Self.baseName(file.path)
        if let code = file.prefecture {
            if let number = Self.leadingNumber(base), number != code {
                notes.append(t.nameMismatch(number, code))
                mismatched += 1
            }
        } else {
            notes.append(t.noCode)
        }
        let name = file.prefecture.flatMap { Prefectures.fullName(of: $0) }
        let verdict = fails ? "<span class=\"fail\">✗ \(t.failed)</span>" : "<span class=\"pass\">✓ \(t.passed)</span>"
        var row = "<tr><th scope=\"row\">" + (file.prefecture.map { (($0 < 10) ? "0" : "") + String($0) + " " } ?? "")
            + Self.h(name ?? "–") + "</th><td><a href=\"#\(anchor)\">\(Self.h(file.path))</a></td>"
            + "<td class=\"verdict\">\(verdict)</td><td class=\"n\">\(errors)</td><td class=\"n\">\(warnings)</td>"
            + "<td class=\"n\">\(infos)</td><td class=\"n\">\(file.content.map { String($0.kpis.count) } ?? "–")</td>"
        row += "\t" + notes.map(Self.h).joined(separator: "; ")
        text.append("\(file.prefecture ?? 0)\t" + row + "\n", to: 1)
        text.append(planSection(file, shown: shown, anchor: anchor, name: name, fails: fails), to: 2)
        return text
    }

    func end(_ footer: ReportFooter) -> [ReportPiece] {
        let s = footer.summary
        var top = "<header>\n<h1>\(t.title)</h1>\n"
        top += "<p class=\"verdict-line\"><strong class=\"\(footer.passed ? "pass" : "fail")\">"
            + (footer.passed ? "✓ " + t.passed : "✗ " + t.failed) + "</strong> — \(Self.h(t.counts(s)))</p>\n"
        top += "<p class=\"gate\">\(Self.h(t.gate(header.failOn, header.maxWarnings)))</p>\n</header>\n<main>\n"
        var pieces: [ReportPiece] = []
        if files == 0 {
            top += "<p>\(t.noFiles)</p>\n"
            pieces.append(.text(top))
        } else {
            top += "<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">\(t.tableCaption)</h2>\n"
            top += "<h3>\(t.runFlags)</h3>\n<ul class=\"flags\">\n"
            let missing = (1...47).filter { perCode[$0] == 0 }.compactMap { Prefectures.fullName(of: $0) }
            top += missing.isEmpty ? "<li>\(t.allPresent)</li>\n" : "<li class=\"flag\">\(Self.h(t.missing(missing)))</li>\n"
            let duplicated = (1...47).filter { perCode[$0] > 1 }.compactMap { code in
                Prefectures.fullName(of: code).map { "\($0) (\(perCode[code]))" }
            }
            if !duplicated.isEmpty { top += "<li class=\"flag\">\(Self.h(t.duplicates(duplicated)))</li>\n" }
            if mismatched > 0 { top += "<li class=\"flag\">\(Self.h(t.mismatches(mismatched)))</li>\n" }
            top += "</ul>\n<table class=\"prefectures\">\n<caption>\(t.tableCaption)</caption>\n<thead><tr>"
            for c in [t.prefecture, t.file, t.verdict, t.errors, t.warnings, t.infos, t.kpiCount, t.notes] {
                top += "<th scope=\"col\">\(c)</th>"
            }
            top += "</tr></thead>\n<tbody>\n"
            pieces.append(.text(top))
            let counts = perCode
            let labels = t
            pieces.append(.records(1, { record in Self.tableRow(record, perCode: counts, labels: labels) }))
            pieces.append(.text("</tbody>\n</table>\n" + "<p>\(t.clean): \(cleanFiles)</p>\n</section>\n"))
            pieces.append(.section(2))
        }
        var tail = ""
        let rules = header.rules.filter { rulesUsed.contains($0.id) }
        if !rules.isEmpty {
            let l = header.language
            tail += "<section class=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">\(t.rules)</h2>\n"
            for r in rules {
                tail += "<section id=\"rule-\(Self.h(r.id))\" class=\"rule\">\n<h3><code>\(Self.h(r.id))</code> — \(Self.h(r.title[l]))</h3>\n"
                    + "<p class=\"meta\">\(Self.h(r.category.title(l))), \(Self.h(t.severity(r.severity)))</p>\n<dl>\n"
                    + "<dt>\(t.what)</dt><dd>\(Self.h(r.what[l]))</dd>\n<dt>\(t.why)</dt><dd>\(Self.h(r.why[l]))</dd>\n"
                    + "<dt>\(t.fix)</dt><dd>\(Self.h(r.fix[l]))</dd>\n</dl>\n"
                    + "<p><code>planlint explain \(Self.h(r.id))</code></p>\n</section>\n"
            }
            tail += "</section>\n"
        }
        tail += "</main>\n<footer><p>planlint \(Self.h(header.toolVersion))</p></footer>\n</body>\n</html>\n"
        pieces.append(.text(tail))
        return pieces
    }

    /// A held record (`code<TAB>row<TAB>notes`) as its table row, with the note for a
    /// prefecture code that several files carry (known only at the end).
    static func tableRow(_ record: Substring, perCode: [Int], labels: HTMLLabels) -> String {
        let fields = record.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { return "" }
        var notes = fields[2].isEmpty ? [] : [String(fields[2])]
        if let code = Int(fields[0]), (1...47).contains(code), perCode[code] > 1 { notes.append(h(labels.duplicate(code))) }
        return fields[1] + "<td class=\"notes\">" + notes.joined(separator: "; ") + "</td></tr>\n"
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The number a file name begins with (`08-ibaraki.yaml` → 8).
    static func leadingNumber(_ name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty || digits.count > 3 ? nil : Int(digits)
    }

    mutating func planSection(_ file: FileResult, shown: [Diagnostic], anchor: String, name: String?, fails: Bool) -> String {
        let title = (name ?? file.content?.prefectureName ?? Self.baseName(file.path))
        var out = "<article class=\"plan\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-h\">\n"
        out += "<h2 id=\"\(anchor)-h\">\(Self.h(title)) <small><code>\(Self.h(file.path))</code></small> "
            + (fails ? "<span class=\"fail\">✗ \(t.failed)</span>" : "<span class=\"pass\">✓ \(t.passed)</span>") + "</h2>\n"
        let reported = Set(shown.map(\.rule))
        if let c = file.content {
            out += timeline(c, anchor: anchor, title: title, reported: reported)
            out += inventory(c, anchor: anchor, title: title)
        } else {
            out += "<p class=\"note\">\(t.notDecoded)</p>\n"
        }
        out += "<h3>\(t.diagnostics)</h3>\n"
        if shown.isEmpty {
            out += "<p>\(t.noDiagnostics)</p>\n"
        } else {
            out += "<ol class=\"diagnostics\">\n"
            for d in shown {
                rulesUsed.insert(d.rule)
                let state = d.waived ? " (" + t.waived + (d.waiverReason.map { ": " + $0 } ?? "") + ")" : d.baselined ? " (\(t.baselined))" : ""
                out += "<li class=\"\(d.severity.rawValue)\(d.isActive ? "" : " accepted")\"><p>"
                    + "<span class=\"sev\">\(t.severity(d.severity))</span> "
                    + "<span class=\"pos\">\(t.line) \(d.line), \(t.column) \(d.column)</span> "
                    + "\(Self.h(d.message))\(Self.h(state)) "
                    + "<a href=\"#rule-\(Self.h(d.rule))\">[\(Self.h(d.rule))]</a></p>"
                if let line = file.excerpts[d.line] { out += Self.excerpt(line, d) }
                out += "</li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</article>\n"
    }

    /// The source line and a caret under the column (wide characters count two), with the
    /// character itself marked for readers who cannot line the caret up.
    static func excerpt(_ line: String, _ d: Diagnostic) -> String {
        let scalars = Array(line.unicodeScalars)
        let i = max(0, min(d.column - 1, scalars.count))
        let before = scalars[..<i]
        let end = d.endLine == d.line ? max(i + 1, min(d.endColumn - 1, scalars.count)) : i + 1
        let marked = scalars[i..<min(end, scalars.count)]
        let after = scalars[min(end, scalars.count)...]
        func text(_ s: ArraySlice<Unicode.Scalar>) -> String { h(String(String.UnicodeScalarView(s))) }
        let pad = before.map { TextReporter.isWide($0) ? "  " : $0 == "\t" ? "\t" : " " }.joined()
        let width = marked.reduce(0) { $0 + (TextReporter.isWide($1) ? 2 : 1) }
        let number = String(d.line)
        return "<pre class=\"excerpt\"><code>\(number) | \(text(before))<mark>\(text(marked))</mark>\(text(after))&#10;"
            + "\(String(repeating: " ", count: number.count)) | \(pad)<span class=\"caret\">^"
            + String(repeating: "~", count: max(0, width - 1)) + "</span></code></pre>"
    }

    func timeline(_ c: PlanContent, anchor: String, title: String, reported: Set<String>) -> String {
        let showWindow = reported.contains("period-window"), showCoverage = reported.contains("vision-period-coverage")
        let g = TimelineGeometry(c, labels: (t.window, t.kpiPeriod), showWindowGap: showWindow, showCoverageGap: showCoverage)
        var items: [String] = ["\(t.window): \(t.years(c.window))"]
        items.append("\(t.kpiPeriod): " + (c.period.map(t.years) ?? "–"))
        for v in c.visions { items.append("\(t.vision)「\(v.title)」: \(t.visionPeriod(v))") }
        let targets = g.marks.filter { $0.kind == .target }.map(\.year), baselines = g.marks.filter { $0.kind == .baseline }.map(\.year)
        if !targets.isEmpty { items.append("\(t.targetYearWord): " + t.yearList(targets)) }
        if !baselines.isEmpty { items.append("\(t.baselineYearWord): " + t.yearList(baselines)) }
        var gapItems: [String] = []
        if showWindow && !c.windowGap.isEmpty { gapItems.append("\(t.gapWord) [period-window]: " + t.yearList(c.windowGap)) }
        let uncovered = c.kpis.flatMap(\.uncovered)
        if showCoverage && !uncovered.isEmpty {
            gapItems.append("\(t.gapWord) [vision-period-coverage]: " + t.yearList(uncovered))
        }
        var out = "<section class=\"timeline-box\" aria-labelledby=\"\(anchor)-tl\">\n<h3 id=\"\(anchor)-tl\">\(t.timeline)</h3>\n"
        out += "<figure>" + g.svg(id: "\(anchor)-svg", title: "\(t.timeline): \(title)",
                                  description: (items + gapItems).joined(separator: t.ja ? "。" : ". "), escape: Self.h)
        out += "<figcaption>\(Self.h(t.legend))</figcaption></figure>\n"
        out += "<h4>\(t.periodList)</h4>\n<ul class=\"periods\">\n"
        out += items.map { "<li>\(Self.h($0))</li>\n" }.joined()
        out += gapItems.map { "<li class=\"gap-item\">\(Self.h($0))</li>\n" }.joined()
        return out + "</ul>\n</section>\n"
    }

    func inventory(_ c: PlanContent, anchor: String, title: String) -> String {
        var out = "<h3 id=\"\(anchor)-inv\">\(t.inventory)</h3>\n"
        guard !c.kpis.isEmpty else { return out + "<p>\(t.noKPIs)</p>\n" }
        out += "<div class=\"scroll\"><table class=\"inventory\">\n<caption>\(t.inventory): \(Self.h(title))</caption>\n<thead><tr>"
        out += t.columns.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for k in c.kpis {
            let supports = Self.h(k.supports.joined(separator: ", "))
            let rows = k.targets.isEmpty ? [nil] : k.targets.map { Optional($0) }
            for (i, target) in rows.enumerated() {
                out += "<tr class=\"target\" data-kpi=\"\(Self.h(k.id))\"><th scope=\"row\"><code>\(Self.h(k.id))</code></th>"
                out += "<td class=\"text\">\(i == 0 ? Self.h(k.text) : "")</td>"
                if let x = target {
                    var baseline = x.baselineValue.map(HTMLReporter.number) ?? ""
                    if let y = x.baselineYear { baseline += baseline.isEmpty ? t.years(y...y) : " (\(t.years(y...y)))" }
                    out += "<td>\(Self.h(x.metric ?? ""))</td><td class=\"n value\">\(x.value.map(HTMLReporter.number) ?? "")</td>"
                        + "<td class=\"short\">\(Self.h(x.unit ?? ""))</td><td class=\"short\">\(Self.h(t.basis(x.basis)))</td>"
                        + "<td class=\"short\">\(Self.h(t.comparator(x.comparator)))</td>"
                        + "<td class=\"short\">\(x.year.map(String.init) ?? "")</td><td class=\"short\">\(baseline)</td>"
                } else {
                    out += "<td></td><td class=\"n value\"></td><td></td><td></td><td></td><td></td><td></td>"
                }
                out += "<td>\(supports)</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table></div>\n"
    }

    static let css = """
        :root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8; --ok: #1b6e34; --line: #c8c8c8; }
        body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: #f0f0f0; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.text { min-width: 16rem; } td.short, td.value, thead th { white-space: nowrap; }
        .pass { color: var(--ok); font-weight: bold; } .fail { color: var(--error); font-weight: bold; }
        .flag { color: var(--error); }
        .scroll { overflow-x: auto; }
        ol.diagnostics li.error .sev { color: var(--error); font-weight: bold; }
        ol.diagnostics li.warning .sev { color: var(--warning); font-weight: bold; }
        ol.diagnostics li.info .sev { color: var(--info); font-weight: bold; }
        ol.diagnostics li.accepted { opacity: .75; }
        .pos { color: #555; }
        pre.excerpt { background: #f6f6f6; padding: .4rem .6rem; overflow-x: auto; margin: .2rem 0 .8rem; }
        pre.excerpt mark { background: #ffe08a; } .caret { color: var(--error); font-weight: bold; }
        svg.timeline { max-width: 100%; height: auto; font-size: 11px; }
        svg .year { fill: #fff; stroke: #e4e4e4; } svg .year.even { fill: #fafafa; }
        svg .axis { fill: #444; } svg .label { fill: #222; }
        svg .bar.window { fill: #9aa7b8; } svg .bar.period { fill: #4a78b0; } svg .bar.vision { fill: #79a86b; }
        svg .end { stroke: #222; stroke-width: 2; } svg .open { fill: none; stroke: #222; stroke-width: 2; stroke-dasharray: 3 2; }
        svg .gap { fill: var(--error); fill-opacity: .35; stroke: var(--error); stroke-width: 2; }
        svg .mark.target { fill: #f2b705; stroke: #222; } svg .mark.baseline { fill: #fff; stroke: #222; stroke-width: 2; }
        .gap-item { color: var(--error); font-weight: bold; }
        figure { margin: .5rem 0; } figcaption { font-size: .85rem; color: #444; }
        @media print {
          @page { size: A4; margin: 12mm; }
          body { max-width: none; margin: 0; font-size: 10pt; }
          article.plan, section.rules { break-before: page; page-break-before: always; }
          a { color: inherit; text-decoration: none; }
          pre.excerpt, svg.timeline, tr { break-inside: avoid; page-break-inside: avoid; }
          .scroll { overflow: visible; }
        }

        """
}
