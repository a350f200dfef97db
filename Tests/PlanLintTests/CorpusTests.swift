import Foundation
import PlanModel
import PlanReport
import PlanRules
import PlanYAML
import Testing
@testable import PlanLint

/// The 47 plans in Plans/, checked against the source document they were transcribed from.
enum Corpus {
    static let plansFolder = repositoryRoot + "/Plans"
    static let seedPath = repositoryRoot + "/../shared/seed/000_6fd945b2700a4d6e.txt"

    static var planFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: plansFolder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { plansFolder + "/" + $0 }
    }

    static func plan(_ path: String) -> Plan? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return PlanDecoder.decode(bytes: Array(data)).plan
    }

    /// `planlint verify` against the seed (text, language and colour fixed for comparison).
    static func verify(_ paths: [String]) -> RunOutcome {
        var options = LintOptions()
        options.paths = paths
        options.language = .en
        options.color = .never
        return RunOutcome.collect { VerifyRunner.run(options, source: seedPath, standardOutput: $0, standardError: $1) }
    }
}

@Suite("The 47 plans")
struct CorpusTests {
    @Test("all 47 prefectures are present, in JIS order, one file each")
    func present() {
        let codes = Corpus.planFiles.compactMap { Corpus.plan($0)?.prefecture?.code }
        #expect(codes == Array(1...47))
        for file in Corpus.planFiles {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let code = Corpus.plan(file)?.prefecture?.code ?? 0
            #expect(name.hasPrefix(code < 10 ? "0\(code)-" : "\(code)-"), "\(name)")
        }
    }

    @Test("every plan decodes with no structural finding", arguments: Corpus.planFiles)
    func decodes(_ file: String) throws {
        let data = try #require(FileManager.default.contents(atPath: file))
        let decoded = PlanDecoder.decode(bytes: Array(data))
        #expect(decoded.findings.isEmpty, "\(decoded.findings.map { "\($0.rule) \($0.source.pointer)" })")
    }

    /// The checks that were this file's own copy (verbatim texts, one KPI per (1) bullet, every
    /// number accounted for) are `planlint verify`'s rules: source-text, source-kpi,
    /// source-number and text-target-mismatch.
    @Test("planlint verify against the seed finds nothing: texts verbatim, every (1) bullet a KPI, every number accounted for")
    func verified() throws {
        try #require(FileManager.default.fileExists(atPath: Corpus.seedPath), "the seed is not at \(Corpus.seedPath)")
        let outcome = Corpus.verify([Corpus.plansFolder])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasSuffix("47 files: 0 errors, 0 warnings, 0 info — passed\n"), "\(outcome.stdout)")
    }

    @Test("the report on Plans/ matches the reviewed golden files")
    func golden() throws {
        // The report names files as given; `swift test` runs in the package root.
        try #require(FileManager.default.currentDirectoryPath == repositoryRoot)
        for (format, name) in [(ReportFormat.text, "plans-report.txt"), (.json, "plans-report.json")] {
            let outcome = lint(["Plans"]) { $0.format = format; $0.language = .en }
            #expect(outcome.status != 2, "\(outcome.stderr)")
            let path = repositoryRoot + "/Tests/Golden/" + name
            let actual = outcome.stdout.replacingOccurrences(of: "\"version\": \"\(LintRunner.version)\"", with: "\"version\": \"*\"")
            if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_GOLDEN"] == "1" {
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            #expect(actual == expected, "\(name) differs: run PLANLINT_UPDATE_GOLDEN=1 swift test --filter golden and review the diff")
        }
    }
}

@Suite("Plans/README.md")
struct PlansReadmeTests {
    @Test("the counts table in Plans/README.md is the one planlint reports today")
    func countsTable() throws {
        try #require(FileManager.default.currentDirectoryPath == repositoryRoot)
        let report = lint(["Plans"]) { $0.format = .markdown; $0.language = .en }.stdout
        let lines = report.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("| Prefecture") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("| **Total") })
        let table = lines[start...end].joined(separator: "\n")
        let readme = try String(contentsOfFile: repositoryRoot + "/Plans/README.md", encoding: .utf8)
        #expect(readme.contains("<!-- counts:begin -->\n" + table + "\n<!-- counts:end -->"),
                "update the table in Plans/README.md (planlint --format markdown) and its notes")
    }
}
