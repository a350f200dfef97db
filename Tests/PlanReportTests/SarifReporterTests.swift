import Foundation
@testable import PlanReport
import PlanRules
import Testing

@Suite struct SarifReporterTests {
    private func log(_ report: LintReport) throws -> [String: Any] {
        let text = SarifReporter().render(report)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func run(_ report: LintReport) throws -> [String: Any] {
        let runs = try #require(try log(report)["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    private func results(_ report: LintReport) throws -> [[String: Any]] {
        try #require(try run(report)["results"] as? [[String: Any]])
    }

    @Test func describesEveryRuleOfTheRun() throws {
        let run = try run(ReportSamples.report())
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "planlint")
        #expect(driver["version"] as? String == "0.1.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ReportSamples.rules.map(\.id))
        let window = rules[1]
        #expect(window["name"] as? String == "PeriodWindow")
        #expect((window["shortDescription"] as? [String: Any])?["text"] as? String
            == "KPI period does not cover the plan window")
        #expect((window["fullDescription"] as? [String: Any])?["text"] as? String == "What period-window checks.")
        let help = try #require(window["help"] as? [String: String])
        #expect(help["text"] == "What period-window checks.\n\nWhy it matters.\n\nHow to fix it.")
        #expect(help["markdown"]?.contains("`planlint explain period-window`") == true)
        #expect((window["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((rules[3]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")
        #expect((window["properties"] as? [String: Any])?["category"] as? String == "period")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test func placesEachResultPhysicallyAndLogically() throws {
        let results = try results(ReportSamples.report())
        #expect(results.count == 4)
        let first = results[0]
        #expect(first["ruleId"] as? String == "period-window")
        #expect(first["ruleIndex"] as? Int == 1)
        #expect(first["level"] as? String == "error")
        #expect((first["message"] as? [String: Any])?["text"] as? String == "KPI period (2020–2021) does not include 2022")
        let location = try #require((first["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "Plans/08-ibaraki.yaml")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 5, "startColumn": 1, "endLine": 7, "endColumn": 1])
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["fullyQualifiedName"] as? String == "/period")
        #expect(logical["name"] as? String == "period")
        #expect(first["suppressions"] == nil)
        #expect(results[2]["level"] as? String == "error")
        #expect(results[3]["level"] as? String == "note")
    }

    @Test func keepsWaivedAndBaselinedResultsAsSuppressed() throws {
        let results = try results(ReportSamples.report())
        let waived = try #require((results[2]["suppressions"] as? [[String: Any]])?.first)
        #expect(waived["kind"] as? String == "inSource")
        #expect(waived["status"] as? String == "accepted")
        #expect(waived["justification"] as? String == "改定予定")
        let baselined = try #require((results[3]["suppressions"] as? [[String: Any]])?.first)
        #expect(baselined["kind"] as? String == "external")
    }

    @Test func fingerprintsSurviveLineShiftsAndRewording() throws {
        var shifted = ReportSamples.files()
        for i in shifted[0].diagnostics.indices {
            shifted[0].diagnostics[i].line += 3
            shifted[0].diagnostics[i].endLine += 3
            shifted[0].diagnostics[i].message += " (reworded)"
        }
        let before = try results(ReportSamples.report()).map { $0["partialFingerprints"] as? [String: String] }
        let after = try results(LintReport(toolVersion: "0.1.0", files: shifted, rules: ReportSamples.rules,
                                           language: .en)).map { $0["partialFingerprints"] as? [String: String] }
        #expect(before == after)
        #expect(Set(before.compactMap { $0?[SarifReporter.fingerprintKey] }).count == 4)
    }

    @Test func repeatedDiagnosticsAtOnePointerGetDistinctFingerprints() throws {
        let d = ReportSamples.diagnostic("p.yaml", 3, 1, "schema-type", .schema, .error, "m", pointer: "/a")
        var e = d
        e.line = 9
        let files = [FileResult(path: "p.yaml", prefecture: nil, rulesRun: ["schema-type"], diagnostics: [d, e])]
        let results = try results(LintReport(toolVersion: "0", files: files, rules: ReportSamples.rules, language: .en))
        let prints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SarifReporter.fingerprintKey] }
        #expect(prints.count == 2 && prints[0] != prints[1])
    }

    @Test func writesPathsAsURIReferences() {
        #expect(SarifReporter.uri("./Plans/08-ibaraki.yaml") == "Plans/08-ibaraki.yaml")
        #expect(SarifReporter.uri("Plans/茨城 県.yaml") == "Plans/%E8%8C%A8%E5%9F%8E%20%E7%9C%8C.yaml")
        #expect(SarifReporter.uri("/work/a#b.yaml") == "file:///work/a%23b.yaml")
    }

    @Test func emptyRunIsStillALog() throws {
        let report = LintReport(toolVersion: "0", files: [], rules: [], language: .ja)
        #expect(try results(report).isEmpty)
        #expect(try log(report)["version"] as? String == "2.1.0")
    }
}
