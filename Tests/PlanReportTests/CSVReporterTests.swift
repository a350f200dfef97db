import Foundation
@testable import PlanReport
import PlanRules
import PlanTestSupport
import Testing

@Suite struct CSVReporterTests {
    @Test func byteOrderMarkHeaderRowAndCRLF() {
        let out = CSVReporter().render(ReportSamples.report())
        #expect(out.hasPrefix("\u{FEFF}file,prefecture,line,column,endLine,endColumn,severity,rule,category,message,pointer,waived,waiverReason,baselined\r\n"))
        #expect(Array(out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // Every record ends in CRLF; the only bare LF is the one inside the quoted message.
        #expect(out.hasSuffix("\r\n"))
        #expect(out.components(separatedBy: "\r\n").count == 6) // header + 4 rows + the empty tail
        #expect(out.contains("\"target 'a, b: 50%' is about\n3 <times> & more\""))
        #expect(out.contains(",error,period-window,period,waived period,/kpis/1,true,改定予定,false\r\n"))
    }

    @Test func formulasAreNeutralisedNumbersAreNot() {
        #expect(CSVReporter.neutralised("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")")
        for formula in ["+1+2", "-2+3", "@SUM(A1)", "\tx", "\r=1"] {
            #expect(CSVReporter.neutralised(formula) == "'" + formula)
        }
        for kept in ["-5", "+3", "-0.5", "1e3", "目標", "a=b", ""] {
            #expect(CSVReporter.neutralised(kept) == kept)
        }
        #expect(InventoryExport.csvField(.text("=1+2")) == "'=1+2")
        #expect(CSVReporter.field("=1,2") == "\"'=1,2\"")
    }

    @Test func quietKeepsErrorsOnly() {
        let out = CSVReporter().render(ReportSamples.report(quiet: true))
        #expect(out.components(separatedBy: "\r\n").count == 4)
        #expect(!out.contains("warning"))
    }

    @Test(.enabled(if: ConsumerTools.csvCheckable))
    func hostileFieldsRoundTripThroughPythonsCSVModule() throws {
        let messages = [
            "plain", "a, b", "say \"hi\"", "\"", "\"\"", "line1\nline2", "crlf\r\ninside", "lone\rcr",
            "trailing comma,", ",", "「目標」を 50% に, \"引き上げ\"\n改行", " spaced ", "=1+2", "",
        ]
        let path = "Plans/a \"b\", c.yaml"
        let diagnostics = messages.enumerated().map { i, m in
            var d = ReportSamples.diagnostic(path, i + 1, 2, "target-approximate", .measurability, .warning, m,
                                             pointer: "/kpis/\(i)")
            if i % 3 == 0 { d.waived = true; d.waiverReason = "理由, \"quoted\"\n次行" }
            if i % 3 == 1 { d.baselined = true }
            return d
        }
        let file = FileResult(path: path, prefecture: 47, rulesRun: ["target-approximate"], diagnostics: diagnostics)
        let report = LintReport(toolVersion: "0.1.0", files: [file], rules: ReportSamples.rules, language: .ja)
        let parsed = try ConsumerTools.csvRows(CSVReporter().render(report))
        #expect(parsed.bom)
        #expect(parsed.rows.first == CSVReporter.columns)
        let expected = diagnostics.map { d in
            [d.file, "47", String(d.line), "2", String(d.endLine), String(d.endColumn), "warning", "target-approximate",
             "measurability", d.message == "=1+2" ? "'=1+2" : d.message, d.pointer, String(d.waived), d.waiverReason ?? "",
             String(d.baselined)]
        }
        #expect(Array(parsed.rows.dropFirst()) == expected)
    }
}
