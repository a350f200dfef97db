import PlanTestSupport
import PlanReport
import PlanRules
import Testing

/// Each machine-read format, checked by its real consumer's schema.
@Suite struct ConsumerSchemaTests {
    static let reports: [LintReport] = [
        ReportSamples.report(),
        ReportSamples.report(failOn: .info, language: .ja),
        ReportSamples.report(quiet: true),
        LintReport(toolVersion: "0.1.0", files: [], rules: [], language: .en),
    ]

    @Test(.enabled(if: ConsumerTools.sarifCheckable), arguments: reports.indices)
    func sarifValidatesAgainstTheOASISSchema(_ index: Int) throws {
        let problems = try ConsumerTools.sarifProblems(SarifReporter().render(Self.reports[index]))
        #expect(problems == nil)
    }

    @Test(.enabled(if: ConsumerTools.sarifCheckable))
    func theValidatorRejectsABrokenLog() throws {
        let broken = SarifReporter().render(ReportSamples.report()).replacingOccurrences("\"level\": \"note\"", "\"level\": \"fatal\"")
        #expect(try ConsumerTools.sarifProblems(broken) != nil)
    }

    @Test(.enabled(if: ConsumerTools.junitCheckable), arguments: reports.indices)
    func junitValidatesAgainstJenkinsSchema(_ index: Int) throws {
        let problems = try ConsumerTools.junitProblems(JUnitReporter().render(Self.reports[index]))
        #expect(problems == nil)
    }

    @Test(.enabled(if: ConsumerTools.junitCheckable))
    func theValidatorRejectsABrokenReport() throws {
        let broken = JUnitReporter().render(ReportSamples.report()).replacingOccurrences(" errors=\"0\" skipped", " skipped")
        #expect(try ConsumerTools.junitProblems(broken) != nil)
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
