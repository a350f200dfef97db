@testable import PlanReport
import PlanRules
import Testing

@Suite struct JUnitReporterTests {
    @Test func oneSuitePerFileOneCasePerFailingDiagnosticAndPerPassingRule() {
        let out = JUnitReporter().render(ReportSamples.report())
        #expect(out == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="planlint" tests="8" failures="1" errors="0" time="0">
              <testsuite name="Plans/08-ibaraki.yaml" tests="4" failures="1" errors="0" skipped="0" time="0" file="Plans/08-ibaraki.yaml">
                <properties>
                  <property name="prefecture" value="8"/>
                </properties>
                <testcase name="goal-unsupported" classname="Plans/08-ibaraki" time="0">
                  <system-out>Plans/08-ibaraki.yaml:30:9: info (baselined): goal &apos;g&apos; is not supported [goal-unsupported] at /visions/0/goals/1</system-out>
                </testcase>
                <testcase name="period-window 5:1" classname="Plans/08-ibaraki" time="0">
                  <failure type="error" message="KPI period (2020–2021) does not include 2022">Plans/08-ibaraki.yaml:5:1: error: KPI period (2020–2021) does not include 2022 [period-window] at /period</failure>
                  <system-out>Plans/08-ibaraki.yaml:20:7: error (waived: 改定予定): waived period [period-window] at /kpis/1</system-out>
                </testcase>
                <testcase name="schema-type" classname="Plans/08-ibaraki" time="0"/>
                <testcase name="target-approximate" classname="Plans/08-ibaraki" time="0">
                  <system-out>Plans/08-ibaraki.yaml:12:17: warning: target &apos;a, b: 50%&apos; is about
            3 &lt;times&gt; &amp; more [target-approximate] at /kpis/0/targets/0/comparator</system-out>
                </testcase>
              </testsuite>
              <testsuite name="Plans/13-tokyo.yaml" tests="4" failures="0" errors="0" skipped="0" time="0" file="Plans/13-tokyo.yaml">
                <properties>
                  <property name="prefecture" value="13"/>
                </properties>
                <testcase name="goal-unsupported" classname="Plans/13-tokyo" time="0"/>
                <testcase name="period-window" classname="Plans/13-tokyo" time="0"/>
                <testcase name="schema-type" classname="Plans/13-tokyo" time="0"/>
                <testcase name="target-approximate" classname="Plans/13-tokyo" time="0"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func failOnDecidesWhatIsAFailure() {
        let out = JUnitReporter().render(ReportSamples.report(failOn: .warning))
        #expect(out.contains("failures=\"2\""))
        #expect(out.contains("<failure type=\"warning\" message=\"target &apos;a, b: 50%&apos; is about&#10;3 &lt;times&gt; &amp; more\">"))
        // Waived and baselined diagnostics never fail, whatever the threshold.
        let info = JUnitReporter().render(ReportSamples.report(failOn: .info))
        #expect(!info.contains("<failure type=\"info\""))
    }

    /// Consumers count test cases (junitparser) or show one failure per case (junit2html):
    /// two failing diagnostics of one rule are two test cases, each with one failure.
    @Test func twoFailuresOfOneRuleAreTwoTestCases() {
        var files = ReportSamples.files()
        files[0].diagnostics.append(ReportSamples.diagnostic(files[0].path, 9, 3, "period-window", .period, .error,
                                                             "second", pointer: "/kpis/0"))
        let report = LintReport(toolVersion: "0.1.0", files: files, rules: ReportSamples.rules, language: .en,
                                failOn: .error, maxWarnings: nil, quiet: false)
        let out = JUnitReporter().render(report)
        #expect(out.contains("<testsuites name=\"planlint\" tests=\"9\" failures=\"2\""))
        #expect(out.contains("tests=\"5\" failures=\"2\""))
        #expect(out.contains("<testcase name=\"period-window 9:3\""))
        let cases = out.components(separatedBy: "<testcase ").dropFirst()
        #expect(cases.allSatisfy { $0.components(separatedBy: "<failure ").count <= 2 })
        #expect(cases.filter { $0.contains("<failure ") }.count == 2)
    }

    @Test func charactersXMLCannotCarryAreReplaced() {
        #expect(JUnitReporter.escape("a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func classnameDropsTheExtensionOnly() {
        #expect(JUnitReporter.classname("./Plans/08-ibaraki.yaml") == "Plans/08-ibaraki")
        #expect(JUnitReporter.classname("plans.d/plan") == "plans.d/plan")
    }
}
