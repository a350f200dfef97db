import Foundation
import Testing
@testable import PlanLint
import PlanReport
import PlanRules

/// The chunked, streaming runner gives exactly the report a whole run rendered at once
/// gives: in every format, to standard output and to files, across chunk boundaries, with
/// a baseline applied chunk by chunk.
@Suite struct StreamingTests {
    /// Eleven plans of every kind: clean, with errors, a warning and an info, waived, not
    /// YAML, a schema error, and one with no valid prefecture whose name needs escaping in
    /// Markdown's table; two configurations.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\n")
        try folder.write("b/planlint.yaml", "window: {from: 2020, to: 2022}\nrules:\n  target-basis: warning\n")
        let short = cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}")
        let noBasis = cleanPlan.replacingOccurrences(of: ", basis: annual", with: "")
        let both = short.replacingOccurrences(of: ", basis: annual", with: "")
        let warning = ThresholdTests.warningPlan
        let waived = warning + "waivers:\n  - {rule: target-approximate, at: seminars, reason: 原文 | のまま}\n"
        let plans = [
            ("a/00-clean.yaml", cleanPlan), ("a/01-short.yaml", short), ("a/02-nobasis.yaml", noBasis),
            ("a/03-both.yaml", both), ("a/04-warning.yaml", warning), ("a/05-waived.yaml", waived),
            ("a/06-broken.yaml", "planlint: 1\nkpis: [\n"), ("a/07-schema.yaml", cleanPlan + "kpiz: []\n"),
            ("b/08-nobasis.yaml", noBasis), ("b/09-both.yaml", both),
            ("b/10-odd\\name|`x`\n.yaml", both.replacingOccurrences(of: "code: 8", with: "code: 99")),
        ]
        for (name, text) in plans { try folder.write(name, text) }
        return folder
    }

    /// The report a whole run gives: every file linted, the baseline applied to all of
    /// them at once by PlanRules' `Baseline.apply`, rendered as one String.
    static func wholeReport(_ options: LintOptions, _ format: ReportFormat, excerpts: Bool = false) throws -> String {
        var queue = try LintQueue.prepare(options)
        // As the runner does: the plans' content and source lines for a format that shows them.
        queue.content = format.showsContent
        var results = queue.lintAll(jobs: options.jobs, excerpts: excerpts || format.showsContent)
        var stale: [BaselineEntry] = []
        if let path = options.baseline {
            let loaded = try Baselines.load(path)
            let match = loaded.baseline.apply(to: results, fileKey: loaded.fileKey, gone: loaded.gone)
            results = match.results
            stale = match.stale
        }
        let engine = try #require(queue.groups.first?.engine)
        var report = LintReport(toolVersion: LintRunner.version, files: results, rules: engine.catalogue.sorted,
                                language: engine.language, failOn: options.failOn, maxWarnings: options.maxWarnings,
                                quiet: options.quiet)
        report.staleBaseline = stale
        return format.reporter(excerpts: excerpts, color: excerpts).render(report)
    }

    static func options(_ folder: TemporaryFolder, _ adjust: (inout LintOptions) -> Void = { _ in }) -> LintOptions {
        var options = LintOptions()
        options.paths = [folder.path + "/a", folder.path + "/b"]
        options.language = .en
        adjust(&options)
        return options
    }

    @Test(arguments: ReportFormat.allCases)
    func standardOutputAcrossChunksIsTheWholeReport(_ format: ReportFormat) throws {
        let folder = try Self.repository()
        for quiet in [false, true] {
            let options = Self.options(folder) { $0.format = format; $0.quiet = quiet; $0.failOn = .warning }
            let expected = try Self.wholeReport(options, format)
            for chunkSize in [1, 3, 1000] {
                let outcome = LintRunner.run(options, chunkSize: chunkSize)
                #expect(outcome.status == 1, "\(outcome.stderr)")
                #expect(outcome.stdout == expected, "\(format), chunks of \(chunkSize), quiet: \(quiet)")
            }
        }
    }

    @Test func excerptsInColourAcrossChunks() throws {
        let folder = try Self.repository()
        let options = Self.options(folder) { $0.color = .always; $0.jobs = 2 }
        let expected = try Self.wholeReport(options, .text, excerpts: true)
        #expect(expected.contains("\u{1B}[") && expected.contains(" | "))
        #expect(LintRunner.run(options, chunkSize: 2).stdout == expected)
    }

    @Test func everyFormatToFilesInOneRun() throws {
        let folder = try Self.repository()
        let out = folder.path + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let formats = ReportFormat.allCases
        let options = Self.options(folder) {
            $0.format = .markdown
            $0.additionalReports = formats.map { ReportTarget(format: $0, output: out + "/report." + $0.rawValue) }
        }
        let outcome = LintRunner.run(options, chunkSize: 4)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stdout == (try Self.wholeReport(options, .markdown)))
        for format in formats {
            // Decoded without dropping a byte order mark (the CSV report begins with one).
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/report." + format.rawValue)), as: UTF8.self)
            #expect(written == (try Self.wholeReport(options, format)), "\(format)")
        }
        // No temporary or held-section file is left beside the reports.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == formats.map { "report." + $0.rawValue }.sorted())
    }

    @Test func theBaselineAppliedChunkByChunkIsTheWholeRunsBaseline() throws {
        let folder = try Self.repository()
        let baseline = folder.path + "/planlint-baseline.json"
        let entries = [
            // Matches one of the file's two diagnostics of the rule at most: one too many.
            BaselineEntry(key: BaselineKey(file: "a/03-both.yaml", rule: "period-window", pointer: "/period/to"), count: 2),
            BaselineEntry(key: BaselineKey(file: "a/03-both.yaml", rule: "target-basis", pointer: "/kpis/0/targets/0"), count: 1),
            // A fixed problem, in a file early and in one late in the report.
            BaselineEntry(key: BaselineKey(file: "a/00-clean.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
            BaselineEntry(key: BaselineKey(file: "b/09-both.yaml", rule: "yaml-syntax", pointer: ""), count: 3),
            // Accepted.
            BaselineEntry(key: BaselineKey(file: "a/01-short.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
            BaselineEntry(key: BaselineKey(file: "b/09-both.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
            // A file that is gone, and one that is there but not linted (never stale).
            BaselineEntry(key: BaselineKey(file: "a/gone.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
            BaselineEntry(key: BaselineKey(file: "b/planlint.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
        ]
        try folder.write("planlint-baseline.json", BaselineFile.write(Baseline(entries: entries)))
        // The baseline names files relative to its own folder.
        let options = Self.options(folder) { $0.baseline = baseline; $0.format = .markdown }
        let whole = try Self.wholeReport(options, .markdown)
        #expect(whole.contains("(#period-window) | baseline |"))
        #expect(whole.contains("baselined diagnostics no longer occur"))
        var notes: [[String]] = []
        for chunkSize in [1, 2, 1000] {
            let outcome = LintRunner.run(options, chunkSize: chunkSize)
            #expect(outcome.stdout == whole, "chunks of \(chunkSize)")
            notes.append(outcome.stderr)
        }
        #expect(notes.allSatisfy { $0 == notes[0] })
        #expect(notes[0].contains { $0.hasSuffix("no longer matches: a/gone.yaml period-window at /period/to") })
        #expect(notes[0].contains { $0.hasSuffix("no longer matches: b/09-both.yaml yaml-syntax at / (×3)") })
        #expect(notes[0].contains { $0.hasSuffix("no longer matches: a/00-clean.yaml period-window at /period/to") })
        #expect(!notes[0].contains { $0.contains("b/planlint.yaml") })
    }

    @Test func aFileGivenTwiceUsesUpItsBaselineEntryOnceAcrossChunks() throws {
        let folder = try Self.repository()
        let plan = folder.path + "/a/01-short.yaml"
        let baseline = try folder.write("planlint-baseline.json", BaselineFile.write(Baseline(entries: [
            BaselineEntry(key: BaselineKey(file: "a/01-short.yaml", rule: "period-window", pointer: "/period/to"), count: 1),
        ])))
        var options = Self.options(folder) { $0.baseline = baseline; $0.format = .json }
        options.paths = [plan, plan]
        let whole = try Self.wholeReport(options, .json)
        // The first copy's diagnostic is accepted; the second copy's is new.
        #expect(whole.components(separatedBy: "\"baselined\": true").count == 2)
        #expect(LintRunner.run(options, chunkSize: 1).stdout == whole)
    }

    @Test func aSetupErrorLeavesTheOutputFilesAsTheyWere() throws {
        let folder = try Self.repository()
        let out = folder.path + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let report = try folder.write("out/report.json", "old\n")
        // The second report cannot be created: the first, already opened, must not be written.
        let options = Self.options(folder) {
            $0.format = .json
            $0.output = report
            $0.additionalReports = [ReportTarget(format: .junit, output: folder.path + "/missing/report.xml")]
        }
        let outcome = LintRunner.run(options)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("missing/report.xml"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["report.json"])
        // A missing baseline is found before any report is opened.
        let missing = LintRunner.run(Self.options(folder) { $0.output = out + "/new.txt"; $0.baseline = out + "/nope.json" })
        #expect(missing.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["report.json"])
    }

    @Test func aHeldSectionThatCannotBeCreatedStopsTheRunBeforeAnyOutput() throws {
        let folder = try Self.repository()
        let file = try folder.write("stdout.json", "")
        let fd = open(file, O_WRONLY | O_TRUNC)
        try #require(fd >= 0)
        defer { close(fd) }
        let options = Self.options(folder) { $0.format = .json; $0.environment = ["TMPDIR": folder.path + "/missing"] }
        let outcome = LintRunner.run(options, standardOutput: fd)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("cannot create a temporary file in \(folder.path)/missing"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "")
        // With a usable folder the same run streams its report there.
        var working = options
        working.environment = ["TMPDIR": folder.path]
        #expect(LintRunner.run(working, standardOutput: fd).status == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == (try Self.wholeReport(options, .json)))
    }
}
