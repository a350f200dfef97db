@testable import PlanReport
import PlanRules
import Testing

@Suite struct GitHubReporterTests {
    @Test func annotatesEveryCountedDiagnosticOnItsLines() {
        let out = GitHubReporter().render(ReportSamples.report())
        #expect(out == """
            ::error file=Plans/08-ibaraki.yaml,line=5,endLine=6,title=period-window::KPI period (2020–2021) does not include 2022
            ::warning file=Plans/08-ibaraki.yaml,line=12,col=17,endColumn=22,title=target-approximate::target 'a, b: 50%25' is about%0A3 <times> & more
            2 files: 1 error, 1 warning, 0 info (1 waived, 1 baselined) — failed

            """)
    }

    @Test func escapesPropertiesAsTheRunnerRequires() {
        var d = ReportSamples.diagnostic("dir,a/b:c%.yaml", 3, 2, "schema-type", .schema, .info, "50%\r\nok: yes, no",
                                         pointer: "/x")
        d.endColumn = 2
        #expect(GitHubReporter.command(d)
            == "::notice file=dir%2Ca/b%3Ac%25.yaml,line=3,col=2,title=schema-type::50%25%0D%0Aok: yes, no")
    }

    @Test func quietKeepsErrorsOnly() {
        let out = GitHubReporter().render(ReportSamples.report(quiet: true))
        #expect(!out.contains("::warning"))
        #expect(out.contains("::error file=Plans/08-ibaraki.yaml,line=5"))
    }
}
