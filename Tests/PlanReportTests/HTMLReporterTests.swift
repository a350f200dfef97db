import Foundation
@testable import PlanReport
@testable import PlanRules
import Testing

/// The HTML report: escaping of hostile plan text, the timeline's geometry (open ends,
/// gaps), the print stylesheet, empty and clean runs, both languages, and the run's flags.
@Suite struct HTMLReporterTests {
    static let hostile = "<script>alert(\"x\")</script> & 'q'"

    static func content(period: ClosedRange<Int>? = 2020...2021, visions: [PlanContent.Vision] = [],
                        kpis: [PlanContent.KPI] = []) -> PlanContent {
        var c = PlanContent(prefectureCode: 8, prefectureName: "茨城", period: period, window: 2020...2022,
                            windowGap: period.map { p in (2020...2022).filter { !p.contains($0) } } ?? [])
        c.visions = visions
        c.kpis = kpis
        return c
    }

    static func vision(_ title: String, _ from: Int?, _ to: Int?, open: Bool = false) -> PlanContent.Vision {
        PlanContent.Vision(id: "v", title: title, from: from, to: to, openEnd: open, hasPeriod: true, goals: [])
    }

    static func kpi(_ id: String = "k", text: String = "年10回開催", uncovered: [Int] = []) -> PlanContent.KPI {
        PlanContent.KPI(id: id, text: text, line: 5, targets: [
            PlanContent.Target(id: nil, metric: "開催回数", value: 10, unit: "回", basis: "annual", comparator: "at-least",
                               year: 2022, baselineYear: 2019, baselineValue: 4.5),
        ], supports: ["v/g"], uncovered: uncovered)
    }

    static func file(_ path: String = "Plans/08-ibaraki.yaml", code: Int? = 8, content: PlanContent?,
                     diagnostics: [Diagnostic] = []) -> FileResult {
        var f = FileResult(path: path, prefecture: code, rulesRun: [], diagnostics: diagnostics)
        f.content = content
        return f
    }

    static func render(_ files: [FileResult], _ language: Language = .ja) -> String {
        HTMLReporter().render(LintReport(toolVersion: "0", files: files, rules: ReportSamples.rules, language: language))
    }

    @Test("plan text, paths, messages and source lines are escaped: no markup from a plan survives")
    func escapesEverything() {
        let h = Self.hostile
        var d = ReportSamples.diagnostic("Plans/08-\(h).yaml", 2, 3, "period-window", .period, .error, "msg \(h)", pointer: "/p")
        d.endColumn = 9
        var f = Self.file("Plans/08-\(h).yaml", content: Self.content(visions: [Self.vision("題 \(h)", 2018, 2021)],
                                                                      kpis: [Self.kpi("id\(h)", text: "本文 \(h)")]),
                          diagnostics: [d])
        f.excerpts = [2: "  text: \(h)"]
        let out = Self.render([f])
        #expect(!out.contains("<script"))
        #expect(!out.contains("alert(\"x\")"))
        #expect(out.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(HTMLReporter.escape("a\nb\tc\u{1}") == "a&#10;b&#9;c\u{FFFD}")
    }

    @Test("self-contained: no scripts, no external resources, one document")
    func selfContained() {
        let out = Self.render([Self.file(content: Self.content(kpis: [Self.kpi()]))])
        #expect(out.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(out.hasSuffix("</html>\n"))
        #expect(!out.contains("<script") && !out.contains(" src=") && !out.contains("<link"))
        // The only URL is SVG's namespace, which is a name, not a fetch.
        #expect(out.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http") == false)
    }

    @Test("a print stylesheet puts each plan on its own page")
    func printStylesheet() {
        let out = Self.render([Self.file(content: Self.content())])
        #expect(out.contains("@media print"))
        #expect(out.contains("article.plan, section.rules { break-before: page; page-break-before: always; }"))
    }

    @Test("an open end runs to the chart's edge without a closing line; a missing start likewise")
    func openEnds() {
        let c = Self.content(visions: [Self.vision("open", 2014, nil, open: true), Self.vision("nostart", nil, 2021)])
        let g = TimelineGeometry(c, labels: ("w", "p"), showWindowGap: false, showCoverageGap: false)
        let open = try! #require(g.bars.first { $0.label == "open" })
        #expect(open.openEnd && !open.openStart)
        #expect(open.x == g.x(2014))
        #expect(open.x + open.width == g.x(g.years.upperBound + 1))
        #expect(g.years.upperBound == 2023) // one year past the last written year, to show the open end
        let noStart = try! #require(g.bars.first { $0.label == "nostart" })
        #expect(noStart.openStart && !noStart.openEnd)
        #expect(noStart.x == g.x(g.years.lowerBound))
        let svg = g.svg(id: "t", title: "T", description: "D", escape: HTMLReporter.escape)
        #expect(svg.components(separatedBy: "class=\"open\"").count - 1 == 2)
        #expect(svg.contains("<title id=\"t-title\">T</title><desc id=\"t-desc\">D</desc>"))
        // A plan without a KPI period still shows the row, labelled, with no bar.
        let none = TimelineGeometry(Self.content(period: nil), labels: ("w", "p"), showWindowGap: true, showCoverageGap: true)
        #expect(!none.bars.contains { $0.kind == .period } && none.gaps.isEmpty)
        #expect(none.svg(id: "n", title: "", description: "", escape: HTMLReporter.escape).contains(">p –</text>"))
    }

    @Test("gaps are drawn where the reported rules say, and only when they were reported")
    func gaps() {
        let c = Self.content(period: 2020...2021, visions: [Self.vision("v", 2018, 2020)], kpis: [Self.kpi(uncovered: [2021])])
        let shown = TimelineGeometry(c, labels: ("w", "p"), showWindowGap: true, showCoverageGap: true)
        #expect(shown.gaps.count == 2)
        let window = try! #require(shown.gaps.first { $0.row == 0 })
        #expect(window.years == 2022...2022 && window.x == shown.x(2022) && window.width == TimelineGeometry.yearWidth)
        let coverage = try! #require(shown.gaps.first { $0.row == 1 })
        #expect(coverage.years == 2021...2021 && coverage.x == shown.x(2021))
        let hidden = TimelineGeometry(c, labels: ("w", "p"), showWindowGap: false, showCoverageGap: false)
        #expect(hidden.gaps.isEmpty)
        // In the report: the gap is drawn and listed in words because period-window fired.
        let d = ReportSamples.diagnostic("Plans/08-ibaraki.yaml", 3, 1, "period-window", .period, .error, "m", pointer: "/period")
        let out = Self.render([Self.file(content: c, diagnostics: [d])])
        #expect(out.contains("<rect class=\"gap\""))
        #expect(out.contains("<li class=\"gap-item\">期間の不足（図の赤） [period-window]: 2022年度</li>"))
        #expect(!out.contains("[vision-period-coverage]:"))
        // Marks: the target year and the baseline year.
        #expect(shown.marks.map(\.year) == [2019, 2022])
    }

    @Test("an empty run and a clean run read as such")
    func emptyAndClean() {
        let empty = Self.render([])
        #expect(empty.contains("検査したファイルはありません。") && empty.hasSuffix("</html>\n"))
        let clean = Self.render([Self.file(content: Self.content(period: 2020...2022, kpis: [Self.kpi()]))], .en)
        #expect(clean.contains("<strong class=\"pass\">✓ passed</strong>"))
        #expect(clean.contains("<p>No diagnostics.</p>"))
        #expect(clean.contains("<td class=\"n value\">10</td>"))
        #expect(clean.contains("4.5 (FY2019)"))
    }

    @Test("Japanese and English words, and the lang attribute")
    func languages() {
        let f = Self.file(content: Self.content(kpis: [Self.kpi()]))
        let ja = Self.render([f], .ja), en = Self.render([f], .en)
        #expect(ja.contains("<html lang=\"ja\">") && ja.contains("<th scope=\"col\">合否</th>") && ja.contains("以上"))
        #expect(en.contains("<html lang=\"en\">") && en.contains("<th scope=\"col\">Verdict</th>") && en.contains("at least"))
        #expect(!en.contains("合否") && !en.contains("都道府県ごと"))
    }

    @Test("the run's flags: missing prefectures, one code in two files, a file name that disagrees with its code")
    func runFlags() {
        let out = Self.render([
            Self.file("Plans/08-a.yaml", content: nil),
            Self.file("Plans/09-b.yaml", code: 8, content: nil),
        ], .en)
        #expect(out.contains("46 of the 47 prefectures have no plan"))
        #expect(out.contains("Several files carry the same prefecture code: 茨城県 (2)"))
        #expect(out.contains("file name says 9, code is 8; code 8 in several files</td></tr>"))
        #expect(out.components(separatedBy: "<tr><th scope=\"row\">08 茨城県</th>").count - 1 == 2)
        #expect(out.contains("The plan could not be read"))
    }

    @Test("each diagnostic shows its source line with the character marked and a caret, and links to its rule")
    func diagnosticsWithCaret() {
        var d = ReportSamples.diagnostic("Plans/08-ibaraki.yaml", 7, 3, "period-window", .period, .error, "m", pointer: "/period")
        d.endColumn = 5
        var f = Self.file(content: Self.content(), diagnostics: [d])
        f.excerpts = [7: "全角from: 2020"]
        let out = Self.render([f])
        #expect(out.contains("<pre class=\"excerpt\"><code>7 | 全角<mark>fr</mark>om: 2020&#10;  |     <span class=\"caret\">^~</span></code></pre>"))
        #expect(out.contains("<a href=\"#rule-period-window\">[period-window]</a>"))
        #expect(out.contains("<section id=\"rule-period-window\" class=\"rule\">"))
    }
}
