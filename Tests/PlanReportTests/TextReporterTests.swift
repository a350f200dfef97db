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

    /// Issue #19: the byte loop of `appendOneLine` writes what the scalar loop it replaced
    /// wrote, on random mixes of every line break, their look-alikes (other E2 80 xx and
    /// C2 xx scalars), Japanese and ASCII, at the start, middle and end.
    @Test func appendingOneLineByBytesEqualsTheScalarLoop() {
        func reference(_ text: String) -> [UInt8] {
            var out: [UInt8] = [], previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                defer { previous = scalar }
                switch scalar {
                case "\n" where previous == "\r": continue
                case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out.append(contentsOf: "\\n".utf8)
                default: out.append(contentsOf: String(scalar).utf8)
                }
            }
            return out
        }
        let pieces = ["\n", "\r", "\r\n", "\n\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{2026}", "\u{2027}", "\u{202A}",
                      "\u{A9}", "\u{84}", "a", "目標", "5件、", "…", "※", "😀", "e\u{301}", ""]
        var generator = SystemRandomNumberGenerator()
        var cases = pieces + ["", "\r\r\n\n", "x\r"]
        for _ in 0..<2000 {
            cases.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in cases {
            var out: [UInt8] = [7]
            TextReporter.appendOneLine(text, to: &out)
            #expect(out == [7] + reference(text), "\(text.debugDescription)")
        }
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
