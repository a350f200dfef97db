import Foundation
import Testing
@testable import PlanLint

@Suite("planlint lint, end to end")
struct LintCommandTests {
    @Test("a clean plan passes with exit status 0")
    func clean() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("08-ibaraki.yaml", cleanPlan)
        let outcome = lint([file])
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.hasSuffix("1 file: 0 errors, 0 warnings, 0 info — passed\n"))
    }

    @Test("a plan with errors fails with exit status 1 and compiler-style lines")
    func failing() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: ", basis: annual", with: ""))
        let outcome = lint([file])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\(file):8:9: error: target '知財セミナーの開催回数' has no basis"))
        #expect(outcome.stdout.contains("[target-basis]"))
    }

    @Test("a missing path is exit status 2 with a message")
    func missingPath() {
        let outcome = lint(["/nonexistent/plans"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("/nonexistent/plans: no such file or directory"))
    }

    @Test("one broken file does not stop the others")
    func brokenAndGood() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-broken.yaml", "planlint: 1\nkpis: [\n")
        try folder.write("b-good.yaml", cleanPlan)
        try folder.write("notes.txt", "not a plan")
        let outcome = lint([folder.path]) { $0.format = .json }
        #expect(outcome.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        #expect(files?.map { ($0["path"] as? String) ?? "" } == [folder.path + "/a-broken.yaml", folder.path + "/b-good.yaml"])
        let diagnostics = json?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["rule"] as? String == "yaml-syntax")
        #expect(diagnostics.first?["line"] as? Int == 3)
    }

    @Test("the JSON report has the shape cli.md gives")
    func jsonShape() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}"))
        let outcome = lint([file]) { $0.format = .json }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "planlint")
        #expect((json["files"] as? [[String: Any]])?.first?["prefecture"] as? Int == 8)
        let d = try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["rule"] as? String == "period-window" })
        for key in ["file", "line", "column", "endLine", "endColumn", "rule", "category", "severity", "message", "pointer", "waived"] {
            #expect(d[key] != nil, "missing \(key)")
        }
        #expect(d["pointer"] as? String == "/period/to")
        #expect(d["category"] as? String == "period")
        #expect(d["help"] as? String == "move the named end of the KPI period so that it covers the plan window")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1)
        #expect(summary["error"] as? Int ?? 0 >= 1)
    }

    @Test("each diagnostic's one-line help in text, JSON and SARIF, in the run's language (issue #14)")
    func helpLines() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}"))
        let text = lint([file]) { $0.format = .text }.stdout
        #expect(text.contains("[period-window]\n  = help: move the named end of the KPI period so that it covers the plan window\n"))
        let ja = lint([file]) { $0.format = .text; $0.language = .ja }.stdout
        #expect(ja.contains("[period-window]\n  = ヒント: KPI期間（period）の指摘された端を、計画期間を覆う年度に直します\n"))
        let sarif = lint([file]) { $0.format = .sarif }.stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        let rules = try #require(((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let window = try #require(rules.first { $0["id"] as? String == "period-window" })
        let help = try #require((window["help"] as? [String: Any])?["text"] as? String)
        #expect(help.hasPrefix("move the named end of the KPI period so that it covers the plan window\n\n"))
    }

    @Test("Japanese messages with --lang ja")
    func japanese() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: ", basis: annual", with: ""))
        let outcome = lint([file]) { $0.language = .ja }
        #expect(outcome.stdout.contains("基準（basis）がありません"))
        #expect(outcome.stdout.contains("1ファイル: エラー1件"))
    }

    @Test("the default path is Plans, and the real corpus lints without a crash")
    func defaultPath() throws {
        let result = try Binary.run([], in: repositoryRoot)
        #expect(result.status == 0 || result.status == 1, "\(result.err)")
        #expect(result.out.contains("47 files:"))
    }

    @Test("exit statuses of the real process: 0, 1 and 2")
    func processStatuses() throws {
        let folder = try TemporaryFolder()
        try folder.write("Plans/good.yaml", cleanPlan)
        #expect(try Binary.run([], in: folder.path).status == 0)
        try folder.write("Plans/bad.yaml", "planlint: 1\n")
        #expect(try Binary.run([], in: folder.path).status == 1)
        let bad = try Binary.run(["lint", "--fail-on", "nonsense"], in: folder.path)
        #expect(bad.status == 2)
        #expect(try Binary.run(["lint", "missing-folder"], in: folder.path).status == 2)
    }

    @Test("--output writes the report whole and prints nothing on standard output")
    func output() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let report = folder.path + "/out/report.json"
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        let outcome = lint([file]) { $0.format = .json; $0.output = report }
        #expect(outcome.stdout.isEmpty)
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out") == ["report.json"])
    }

    @Test("planlint.yaml is found by walking up, and its unknown keys are exit 2 with a position")
    func configuration() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("plans/p.yaml", cleanPlan.replacingOccurrences(of: ", basis: annual", with: ""))
        try folder.write("planlint.yaml", "rules:\n  target-basis: off\n")
        #expect(lint([file]).status == 0)
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\nrulez: {}\n")
        let outcome = lint([file])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("planlint.yaml:2:1: unknown key 'rulez'; did you mean 'rules'?"))
    }
}
