import Testing
@testable import PlanReport
import PlanRules

@Suite struct TextReporterTests {
    /// Issue #12 item 16: a message quoting a multi-line value keeps one diagnostic a line.
    @Test func everyLineBreakInAMessageOrPathIsWrittenAsBackslashN() {
        let message = "metric 'a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g' has no unit"
        let d = ReportSamples.diagnostic("Plans/x\ny.yaml", 3, 5, "schema-type", .schema, .error, message, pointer: "/kpis/0")
        let file = FileResult(path: "Plans/x\ny.yaml", prefecture: nil, rulesRun: [], diagnostics: [d])
        let header = ReportHeader(toolVersion: "0", rules: ReportSamples.rules, language: .en)
        let text = TextReporter().lines(file, header)
        #expect(text == #"Plans/x\ny.yaml:3:5: error: metric 'a\nb\nc\nd\ne\nf\ng' has no unit [schema-type]"# + "\n")
        #expect(text.split(separator: "\n").count == 1)
    }
}
