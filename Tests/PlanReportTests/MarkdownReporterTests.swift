@testable import PlanReport
import PlanRules
import Testing

@Suite struct MarkdownReporterTests {
    @Test func verdictCountsThenDiagnosticsByFile() {
        let out = MarkdownReporter().render(ReportSamples.report())
        #expect(out == """
            ## planlint: ❌ failed

            **2 files · 1 error · 1 warning · 0 info · 1 waived · 1 baselined** (fails on error and above)

            | Prefecture | File | Verdict | Errors | Warnings | Info | measurability | period | Total |
            |---|---|---|---:|---:|---:|---:|---:|---:|
            | 08 茨城県 | `Plans/08-ibaraki.yaml` | ❌ failed | 1 | 1 | · | 1 | 1 | **2** |
            | **Total** | | | **1** | **1** | **0** | **1** | **1** | **2** |

            1 file without findings.

            - `Plans/13-tokyo.yaml` (13 東京都)

            ### `Plans/08-ibaraki.yaml`

            | Line | Severity | Rule | Message |
            |---:|---|---|---|
            | 5:1 | 🔴 error | [`period-window`](#period-window) | KPI period (2020–2021) does not include 2022 |
            | 12:17 | 🟡 warning | [`target-approximate`](#target-approximate) | target 'a, b: 50%' is about<br>3 &lt;times&gt; &amp; more |

            <details>
            <summary>Accepted: 1 waived, 1 baselined</summary>

            | File | Line | Rule | Accepted by | Message |
            |---|---:|---|---|---|
            | `Plans/08-ibaraki.yaml` | 20:7 | [`period-window`](#period-window) | waiver: 改定予定 | waived period |
            | `Plans/08-ibaraki.yaml` | 30:9 | [`goal-unsupported`](#goal-unsupported) | baseline | goal 'g' is not supported |

            </details>

            ### Rules

            #### period-window

            **KPI period does not cover the plan window** (period, error)

            How to fix it.

            `planlint explain period-window`

            #### target-approximate

            **Target is only approximate** (measurability, warning)

            How to fix it.

            `planlint explain target-approximate`

            #### goal-unsupported

            **Goal that no KPI supports** (alignment, info)

            How to fix it.

            `planlint explain goal-unsupported`

            """)
    }

    @Test func passingRunInJapanese() {
        var report = LintReport(toolVersion: "0", files: [ReportSamples.files()[1]], rules: ReportSamples.rules,
                                language: .ja, maxWarnings: 0)
        report.staleBaseline = [BaselineEntry(key: BaselineKey(file: "a.yaml", rule: "r", pointer: "/p"), count: 2)]
        let out = MarkdownReporter().render(report)
        #expect(out.hasPrefix("## planlint: ✅ 合格\n\n**1ファイル、エラー0件、警告0件、情報0件**（不合格とする重大度: error以上、警告の上限: 0件）\n"))
        #expect(out.contains("指摘のないファイル: 1件\n\n- `Plans/13-tokyo.yaml` (13 東京都)\n"))
        #expect(out.contains("> [!NOTE]\n> ベースラインの2件はもう現れません。"))
    }

    @Test func aRowNamedByAnOddPathKeepsItsNameThroughTheHeldRecord() {
        let path = "Plans/odd\\n\\name\n|`x`\r.yaml"
        let d = ReportSamples.diagnostic(path, 1, 1, "period-window", .period, .error, "m", pointer: "/period")
        let report = LintReport(toolVersion: "0", files: [FileResult(path: path, prefecture: nil, rulesRun: [], diagnostics: [d])],
                                rules: ReportSamples.rules, language: .en)
        let out = MarkdownReporter().render(report)
        let name = "`Plans/odd\\n\\name\n¦'x'\r.yaml`"
        #expect(out.contains("|---:|---:|\n| \(name) | \(name) | ❌ failed | 1 | · | · | 1 | **1** |\n"
            + "| **Total** | | | **1** | **0** | **0** | **1** | **1** |\n"))
    }

    @Test("two files with one prefecture code are two rows, each named by its file, with its own verdict")
    func twoFilesWithOneCodeAreTwoRows() {
        let e = ReportSamples.diagnostic("Plans/08-a.yaml", 1, 1, "period-window", .period, .error, "m", pointer: "/period")
        let w = ReportSamples.diagnostic("Plans/08-b.yaml", 1, 1, "target-approximate", .measurability, .warning, "m", pointer: "/k")
        let report = LintReport(toolVersion: "0", files: [
            FileResult(path: "Plans/08-a.yaml", prefecture: 8, rulesRun: [], diagnostics: [e]),
            FileResult(path: "Plans/08-b.yaml", prefecture: 8, rulesRun: [], diagnostics: [w]),
            FileResult(path: "Plans/09-c.yaml", prefecture: 9, rulesRun: [], diagnostics: []),
        ], rules: ReportSamples.rules, language: .ja)
        let out = MarkdownReporter().render(report)
        #expect(out.contains("| 08 茨城県 | `Plans/08-a.yaml` | ❌ 不合格 | 1 | · | · | · | 1 | **1** |\n"))
        #expect(out.contains("| 08 茨城県 | `Plans/08-b.yaml` | ✅ 合格 | · | 1 | · | 1 | · | **1** |\n"))
        #expect(out.contains("| **計** | | | **1** | **1** | **0** | **1** | **1** | **2** |\n"))
        #expect(out.contains("指摘のないファイル: 1件\n\n- `Plans/09-c.yaml` (09 栃木県)\n"))
    }

    @Test func cellsCannotBreakTheTable() {
        #expect(MarkdownReporter.cell("a|b\n*c* [x](y) @team <b>") == "a\\|b<br>\\*c\\* \\[x\\](y) @\u{200B}team &lt;b&gt;")
    }
}
