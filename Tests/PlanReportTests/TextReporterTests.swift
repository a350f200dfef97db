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

    /// Issue #14: the rule's one-line hint under the diagnostic, labelled in the run's language.
    @Test func theHelpLineFollowsItsDiagnostic() {
        var d = ReportSamples.diagnostic("Plans/a.yaml", 3, 5, "target-unit", .measurability, .error, "no unit", pointer: "/kpis/0")
        d.help = "give the target a unit"
        let file = FileResult(path: "Plans/a.yaml", prefecture: nil, rulesRun: [], diagnostics: [d])
        let en = TextReporter().lines(file, ReportHeader(toolVersion: "0", rules: ReportSamples.rules, language: .en))
        #expect(en == "Plans/a.yaml:3:5: error: no unit [target-unit]\n  = help: give the target a unit\n")
        d.help = "unit に単位を書きます"
        let ja = TextReporter().lines(FileResult(path: "Plans/a.yaml", prefecture: nil, rulesRun: [], diagnostics: [d]),
                                      ReportHeader(toolVersion: "0", rules: ReportSamples.rules, language: .ja))
        #expect(ja.hasSuffix("[target-unit]\n  = ヒント: unit に単位を書きます\n"))
        d.help = nil
        let none = TextReporter().lines(FileResult(path: "Plans/a.yaml", prefecture: nil, rulesRun: [], diagnostics: [d]),
                                        ReportHeader(toolVersion: "0", rules: ReportSamples.rules, language: .en))
        #expect(!none.contains("= help"))
    }

    @Test func theHelpLineIsAFieldOfEachJSONDiagnostic() {
        var d = ReportSamples.diagnostic("Plans/a.yaml", 3, 5, "target-unit", .measurability, .error, "no unit", pointer: "/kpis/0")
        d.help = "give the target a unit"
        #expect(JSONReporter.Stream.diagnostic(d).contains("\"help\": \"give the target a unit\""))
        d.help = nil
        #expect(!JSONReporter.Stream.diagnostic(d).contains("\"help\""))
    }
}
