import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint

/// The CI formats on real runs: annotations land on the offending lines, several reports
/// come out of one run, and the shipped plans' reports pass their consumers' schemas.
@Suite struct CIFormatsEndToEndTests {
    /// A plan repository with two errors: period-window on line 3, target-basis on line 8.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\n")
        try folder.write("Plans/08-ibaraki.yaml", cleanPlan
            .replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}")
            .replacingOccurrences(of: ", basis: annual", with: ""))
        return folder
    }

    /// The 1-based line of the first line of `text` that contains `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    @Test func annotationsLandOnTheOffendingLines() throws {
        let folder = try Self.repository()
        let plan = folder.path + "/Plans/08-ibaraki.yaml"
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        let periodLine = try #require(Self.line(of: "period: {from: 2020, to: 2021}", in: text))
        let targetLine = try #require(Self.line(of: "metric: 知財セミナーの開催回数", in: text))
        let outcome = lint([plan]) { $0.format = .github }
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=\(plan),line=\(periodLine),col=26,") && $0.contains(",title=period-window::") })
        #expect(lines.contains { $0.hasPrefix("::error file=\(plan),line=\(targetLine),") && $0.contains(",title=target-basis::") })
        #expect(lines.last == "1 file: 2 errors, 0 warnings, 0 info — failed")
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func annotationsNameRepositoryPaths() throws {
        let folder = try Self.repository()
        let run = try Binary.run(["--format", "github", "./Plans"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.out.hasPrefix("::error file=Plans/08-ibaraki.yaml,line=3,col=26,"))
    }

    @Test(.enabled(if: (Binary.path != nil && ConsumerTools.sarifCheckable && ConsumerTools.junitCheckable) || ConsumerTools.isCI))
    func severalReportsFromOneRun() throws {
        let folder = try Self.repository()
        let run = try Binary.run(["lint", "--format", "sarif:planlint.sarif", "--format=junit:planlint.xml",
                                  "--format", "text", "Plans"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.out.contains("Plans/08-ibaraki.yaml:3:26: error: "))
        #expect(run.out.hasSuffix("1 file: 2 errors, 0 warnings, 0 info — failed\n"))
        #expect(try ConsumerTools.sarifProblems(file: folder.path + "/planlint.sarif") == nil)
        #expect(try ConsumerTools.junitProblems(file: folder.path + "/planlint.xml") == nil)
        let sarif = try String(contentsOfFile: folder.path + "/planlint.sarif", encoding: .utf8)
        #expect(sarif.contains("\"uri\": \"Plans/08-ibaraki.yaml\""))
        #expect(sarif.contains("\"startLine\": 8"))
        let junit = try String(contentsOfFile: folder.path + "/planlint.xml", encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"Plans/08-ibaraki.yaml\""))
        #expect(junit.contains("failures=\"2\""))
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func theOutputsOfEarlierReleasesStillPairOrAreRefused() throws {
        let folder = try Self.repository()
        // One --output per --format: as before.
        let paired = try Binary.run(["lint", "--format", "json", "--output", "a.json", "--output", "a.sarif",
                                     "--format", "sarif", "Plans"], in: folder.path)
        #expect(paired.status == 1)
        #expect(paired.out == "")
        #expect(try String(contentsOfFile: folder.path + "/a.json", encoding: .utf8).hasPrefix("{"))
        #expect(try String(contentsOfFile: folder.path + "/a.sarif", encoding: .utf8).contains("\"2.1.0\""))
        // Which report goes to standard output would depend on the order: refused, nothing written.
        let ambiguous = try Binary.run(["lint", "--format", "junit", "--output", "b.xml", "--format", "text", "Plans"],
                                       in: folder.path)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.out == "")
        #expect(ambiguous.err.contains("--format sarif:planlint.sarif --format text"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/b.xml"))
    }

    @Test(.enabled(if: ConsumerTools.sarifCheckable))
    func theShippedPlansSarifValidates() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/plans.sarif"
        let outcome = lint([repositoryRoot + "/Plans"]) { $0.format = .sarif; $0.output = out }
        #expect(outcome.status != 2, "\(outcome.stderr)")
        #expect(try ConsumerTools.sarifProblems(file: out) == nil)
    }

    @Test(.enabled(if: ConsumerTools.junitCheckable))
    func theShippedPlansJUnitValidates() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/plans.xml"
        let outcome = lint([repositoryRoot + "/Plans"]) { $0.format = .junit; $0.output = out; $0.failOn = .info }
        #expect(outcome.status != 2, "\(outcome.stderr)")
        #expect(try ConsumerTools.junitProblems(file: out) == nil)
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == 47)
    }

    /// Several failures in one test case made junitparser count 25 failures for planlint's
    /// 33 errors, and junit2html show only the last failure of each case (8 missing).
    @Test(.enabled(if: ConsumerTools.junitConsumersCheckable))
    func everyJUnitConsumerCountsEveryError() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/plans.xml"
        let outcome = lint([repositoryRoot + "/Plans"]) { $0.format = .junit; $0.output = out }
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let summary = lint([repositoryRoot + "/Plans"]).stdout.split(separator: "\n").last.map(String.init) ?? ""
        let errors = try #require(summary.split(separator: " ").firstIndex(of: "errors,").flatMap {
            Int(summary.split(separator: " ")[$0 - 1])
        }, "\(summary)")
        #expect(errors > 1)
        let counts = try ConsumerTools.junitConsumerCounts(file: out)
        #expect(counts.failures == errors)
        #expect(counts.junitparser == errors)
        #expect(counts.junitparserCases == errors)
        #expect(counts.junit2html == errors)
        #expect(counts.shown == errors)
    }

    @Test func theShippedPlansMarkdownCountsEveryPrefecture() throws {
        let outcome = lint([repositoryRoot + "/Plans"]) { $0.format = .markdown }
        #expect(outcome.status != 2, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("## planlint: "))
        #expect(outcome.stdout.contains("| Prefecture |") || outcome.stdout.contains("47 files without findings"))
    }
}
