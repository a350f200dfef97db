import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint
import PlanRules

/// The pure baseline: matching on file, rule and pointer with counts; stale entries;
/// pruning; the file format.
@Suite struct BaselineMatchingTests {
    static func d(_ rule: String, _ pointer: String, line: Int = 1, waived: Bool = false) -> Diagnostic {
        var d = Diagnostic(file: "p.yaml", line: line, column: 1, endLine: line, endColumn: 2, rule: rule,
                           category: .period, severity: .error, message: "m", pointer: pointer)
        d.waived = waived
        return d
    }

    static func result(_ path: String, _ diagnostics: [Diagnostic]) -> FileResult {
        FileResult(path: path, prefecture: nil, rulesRun: [], diagnostics: diagnostics)
    }

    static func entry(_ file: String, _ rule: String, _ pointer: String, _ count: Int) -> BaselineEntry {
        BaselineEntry(key: BaselineKey(file: file, rule: rule, pointer: pointer), count: count)
    }

    @Test func recordsCountsPerKeyAndLeavesWaivedOut() {
        let results = [Self.result("b.yaml", [Self.d("r", "/a"), Self.d("r", "/a", line: 9), Self.d("s", "", waived: true)]),
                       Self.result("a.yaml", [Self.d("r", "/x")])]
        let baseline = Baseline.record(results) { $0 }
        #expect(baseline.entries == [Self.entry("a.yaml", "r", "/x", 1), Self.entry("b.yaml", "r", "/a", 2)])
    }

    @Test func acceptsAsManyAsCountedAndNoMore() {
        let baseline = Baseline(entries: [Self.entry("p.yaml", "r", "/a", 2)])
        let results = [Self.result("p.yaml", [Self.d("r", "/a", line: 3), Self.d("r", "/a", line: 5),
                                              Self.d("r", "/a", line: 8), Self.d("r", "/b")])]
        let match = baseline.apply(to: results) { $0 }
        #expect(match.results[0].diagnostics.map(\.baselined) == [true, true, false, false])
        #expect(match.matched == 2)
        #expect(match.stale.isEmpty)
    }

    @Test func linesAndMessagesPlayNoPart() {
        let baseline = Baseline.record([Self.result("p.yaml", [Self.d("r", "/a", line: 3)])]) { $0 }
        var moved = Self.d("r", "/a", line: 40)
        moved.message = "reworded"
        let match = baseline.apply(to: [Self.result("p.yaml", [moved])]) { $0 }
        #expect(match.results[0].diagnostics[0].baselined)
    }

    @Test func waivedDiagnosticsDoNotUseUpTheBaseline() {
        let baseline = Baseline(entries: [Self.entry("p.yaml", "r", "/a", 1)])
        let match = baseline.apply(to: [Self.result("p.yaml", [Self.d("r", "/a", waived: true), Self.d("r", "/a")])]) { $0 }
        #expect(match.results[0].diagnostics.map(\.baselined) == [false, true])
    }

    @Test func staleEntriesAreThoseOfLintedOrVanishedFilesOnly() {
        let baseline = Baseline(entries: [Self.entry("p.yaml", "r", "/a", 3), Self.entry("p.yaml", "r", "/gone", 1),
                                          Self.entry("q.yaml", "r", "/a", 1), Self.entry("x.yaml", "r", "/a", 1)])
        let match = baseline.apply(to: [Self.result("p.yaml", [Self.d("r", "/a")])], fileKey: { $0 }, gone: ["x.yaml"])
        #expect(match.stale == [Self.entry("p.yaml", "r", "/a", 2), Self.entry("p.yaml", "r", "/gone", 1),
                                Self.entry("x.yaml", "r", "/a", 1)])
        let pruned = baseline.pruned(by: match.stale)
        #expect(pruned.entries == [Self.entry("p.yaml", "r", "/a", 1), Self.entry("q.yaml", "r", "/a", 1)])
    }

    @Test func recordingSomeFilesKeepsTheOthers() {
        let old = Baseline(entries: [Self.entry("p.yaml", "r", "/a", 3), Self.entry("q.yaml", "r", "/a", 1),
                                     Self.entry("x.yaml", "r", "/a", 1)])
        let recorded = Baseline(entries: [Self.entry("p.yaml", "s", "/b", 1)])
        #expect(old.replacing(files: ["p.yaml"], with: recorded, gone: ["x.yaml"]).entries
            == [Self.entry("p.yaml", "s", "/b", 1), Self.entry("q.yaml", "r", "/a", 1)])
    }

    @Test func theFileIsSortedOneEntryALineAndReadsBack() throws {
        let baseline = Baseline(entries: [Self.entry("b.yaml", "r", "/k\"~1", 2), Self.entry("a.yaml", "r", "", 1)])
        let text = BaselineFile.write(baseline)
        #expect(text == """
            {
              "planlint-baseline": 1,
              "entries": [
                {"file": "a.yaml", "rule": "r", "pointer": "", "count": 1},
                {"file": "b.yaml", "rule": "r", "pointer": "/k\\"~1", "count": 2}
              ]
            }

            """)
        #expect(try BaselineFile.read(text: text, origin: "b.json") == baseline)
        #expect(try BaselineFile.read(text: BaselineFile.write(Baseline()), origin: "b.json") == Baseline())
    }

    @Test func aHandEditedMistakeIsPositioned() {
        let text = "{\"planlint-baseline\": 1, \"entries\": [\n  {\"file\": \"a\", \"rule\": \"r\", \"pointer\": \"\", \"count\": 0}]}"
        #expect(throws: SetupError.self) { try BaselineFile.read(text: text, origin: "b.json") }
        do {
            _ = try BaselineFile.read(text: "{\"planlint-baseline\": 1, \"entrys\": []}", origin: "b.json")
            Issue.record("an unknown key must be refused")
        } catch let error as SetupError {
            #expect(error.description.hasPrefix("b.json:1:"))
            #expect(error.description.contains("entrys"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func filesAreKeyedRelativeToTheBaselinesFolder() {
        #expect(BaselinePath.key("Plans/a.yaml", cwd: "/repo", base: "/repo") == "Plans/a.yaml")
        #expect(BaselinePath.key("./a.yaml", cwd: "/repo/Plans", base: "/repo") == "Plans/a.yaml")
        #expect(BaselinePath.key("/repo/Plans/../Plans/a.yaml", cwd: "/elsewhere", base: "/repo/") == "Plans/a.yaml")
        #expect(BaselinePath.key("a.yaml", cwd: "/other", base: "/repo") == "../other/a.yaml")
    }
}

/// Baselines end to end: record, gate only new diagnostics, notice and prune stale entries.
@Suite struct BaselineRunTests {
    /// A plan repository: planlint.yaml at the top, one plan with a period-window error at line 3.
    static func repository() throws -> (folder: TemporaryFolder, plan: String) {
        let folder = try TemporaryFolder()
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\n")
        let plan = try folder.write("Plans/08-ibaraki.yaml",
                                    cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}",
                                                                   with: "period: {from: 2020, to: 2021}"))
        return (folder, plan)
    }

    static func record(_ paths: [String], to output: String, prune: Bool = false) -> RunOutcome {
        var options = LintOptions()
        options.paths = paths
        options.language = .en
        return Baselines.run(options, output: output, prune: prune)
    }

    @Test func onlyNewDiagnosticsFailABaselinedRepository() throws {
        let (folder, plan) = try Self.repository()
        let baseline = folder.path + "/planlint-baseline.json"
        #expect(lint([folder.path + "/Plans"]).status == 1)
        let recorded = Self.record([folder.path + "/Plans"], to: baseline)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let text = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(text.contains("{\"file\": \"Plans/08-ibaraki.yaml\", \"rule\": \"period-window\", \"pointer\": \"/period/to\", \"count\": 1}"))

        let old = lint([folder.path + "/Plans"]) { $0.baseline = baseline }
        #expect(old.status == 0, "\(old.stdout)")
        #expect(old.stdout.contains("error (baselined)"))

        // Lines above the known problem do not make it new.
        let shifted = "# a comment\n# another\n" + (try String(contentsOfFile: plan, encoding: .utf8))
        try folder.write("Plans/08-ibaraki.yaml", shifted)
        #expect(lint([folder.path + "/Plans"]) { $0.baseline = baseline }.status == 0)

        // A new violation fails the run; the old one still does not count.
        try folder.write("Plans/08-ibaraki.yaml", shifted.replacingOccurrences(of: ", basis: annual", with: ""))
        let new = lint([folder.path + "/Plans"]) { $0.baseline = baseline; $0.format = .json }
        #expect(new.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(new.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.filter { $0["baselined"] as? Bool == true }.compactMap { $0["rule"] as? String } == ["period-window"])
        #expect(diagnostics.filter { $0["baselined"] == nil }.compactMap { $0["rule"] as? String } == ["target-basis"])
    }

    @Test func aFixedProblemIsNotedAndPruned() throws {
        let (folder, _) = try Self.repository()
        let baseline = folder.path + "/planlint-baseline.json"
        #expect(Self.record([folder.path + "/Plans"], to: baseline).status == 0)
        try folder.write("Plans/08-ibaraki.yaml", cleanPlan)
        let run = lint([folder.path + "/Plans"]) { $0.baseline = baseline; $0.format = .markdown }
        #expect(run.status == 0)
        #expect(run.stderr.contains { $0.contains("1 baselined diagnostic no longer occurs") })
        #expect(run.stderr.contains { $0.hasSuffix("no longer matches: Plans/08-ibaraki.yaml period-window at /period/to") })
        #expect(run.stdout.contains("1 baselined diagnostic no longer occurs"))

        let pruned = Self.record([folder.path + "/Plans"], to: baseline, prune: true)
        #expect(pruned.status == 0)
        #expect(pruned.stderr.last?.contains("removed 1, kept 0") == true)
        #expect(try BaselineFile.read(text: String(contentsOfFile: baseline, encoding: .utf8), origin: baseline) == Baseline())
        #expect(lint([folder.path + "/Plans"]) { $0.baseline = baseline }.stderr.isEmpty)
    }

    @Test func pruneNeverAddsNewDiagnostics() throws {
        let (folder, _) = try Self.repository()
        let baseline = folder.path + "/planlint-baseline.json"
        try folder.write("planlint-baseline.json", BaselineFile.write(Baseline()))
        #expect(Self.record([folder.path + "/Plans"], to: baseline, prune: true).status == 0)
        #expect(lint([folder.path + "/Plans"]) { $0.baseline = baseline }.status == 1)
    }

    @Test func theConfigurationCanNameTheBaseline() throws {
        let (folder, _) = try Self.repository()
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\nbaseline: planlint-baseline.json\n")
        let recorded = Self.record([folder.path + "/Plans"], to: folder.path + "/planlint-baseline.json")
        #expect(recorded.status == 0)
        #expect(lint([folder.path + "/Plans"]).status == 0)
        // Without --output, `planlint baseline` writes the configured file.
        var options = LintOptions()
        options.paths = [folder.path + "/Plans"]
        #expect(Baselines.run(options, output: nil, prune: true).status == 0)
    }

    @Test func aMissingOrBrokenBaselineIsASetupError() throws {
        let (folder, _) = try Self.repository()
        let missing = lint([folder.path + "/Plans"]) { $0.baseline = folder.path + "/nope.json" }
        #expect(missing.status == 2)
        #expect(missing.stderr.joined().contains("no such baseline file"))
        let broken = try folder.write("broken.json", "{\"planlint-baseline\": 1, \"entries\": [{\"file\": 3}]}")
        let run = lint([folder.path + "/Plans"]) { $0.baseline = broken }
        #expect(run.status == 2)
        #expect(run.stderr.joined().contains("broken.json:1:"))
        #expect(Self.record([folder.path + "/Plans"], to: broken).status == 2)
        var options = LintOptions()
        options.paths = [folder.path + "/Plans"]
        #expect(Baselines.run(options, output: nil, prune: false).status == 2)
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func theCommandLineFromAnotherFolder() throws {
        let (folder, _) = try Self.repository()
        let made = try Binary.run(["baseline", "Plans", "--output", "planlint-baseline.json"], in: folder.path)
        #expect(made.status == 0, "\(made.err)")
        #expect(made.err.contains("wrote planlint-baseline.json: 1 baselined diagnostic in 1 file"))
        // Run from Plans/ with ./ paths: the entries are relative to the baseline's folder.
        let plans = folder.path + "/Plans"
        let run = try Binary.run(["lint", "--baseline", "../planlint-baseline.json", "./08-ibaraki.yaml"], in: plans)
        #expect(run.status == 0, "\(run.out)\(run.err)")
        #expect(try Binary.run(["lint", "."], in: plans).status == 1)
    }

    /// Issue #12 item 11: two `planlint baseline` runs on one file at once lost one run's
    /// entries (18 of 20 trials). Six processes at once, each recording its own folder,
    /// five times: every folder's entry must be in the file each time.
    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func concurrentRunsKeepEveryRunsEntries() throws {
        let folder = try TemporaryFolder()
        let failing = cleanPlan.replacingOccurrences(of: "value: 6", with: "value: \"6\"")
        let names = (1...6).map { "part\($0)" }
        for name in names { try folder.write("\(name)/p.yaml", failing) }
        let binary = try #require(Binary.path)
        for trial in 1...5 {
            try? FileManager.default.removeItem(atPath: folder.path + "/base.json")
            let processes = try names.map { name in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["baseline", name, "--output", "base.json"]
                process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
                process.environment = ["LANG": "C"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            let text = try String(contentsOfFile: folder.path + "/base.json", encoding: .utf8)
            let recorded = names.filter { text.contains("\"file\": \"\($0)/p.yaml\"") }
            #expect(recorded == names, "trial \(trial): only \(recorded) of \(names) were kept")
        }
    }

    @Test func aRunThatCannotGetTheLockRefusesAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let held = try BaselineLock(for: folder.path + "/base.json")
        defer { held.release() }
        #expect {
            try BaselineLock(for: folder.path + "/base.json", timeout: 0.1)
        } throws: { error in
            "\(error)".contains("base.json: another planlint baseline run is writing this file; gave up after waiting 0 seconds")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
