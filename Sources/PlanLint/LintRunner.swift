import Dispatch
import PlanModel
import PlanReport
import PlanRules
import PlanYAML

/// Runs `planlint lint`: finds the files, reads configuration, rules and baselines, then
/// lints the files a chunk at a time in report order (each chunk in parallel, bounded to
/// the cores), applies the baselines to the chunk and hands it to every report's stream,
/// keeping only the counts the ends of the reports need. So memory does not grow with
/// the number of files; see docs/architecture.md.
public enum LintRunner {
    public static let version = "0.1.0"

    /// Runs a lint: the report for standard output streams to `standardOutput` as the
    /// files are linted, notes and errors go to `standardError` (one line each), and the
    /// exit status comes back: 0 passed, 1 failing diagnostics, 2 the run could not be
    /// done (setup, or a report that could not be written, standard output included).
    public static func run(_ options: LintOptions, standardOutput: any ReportSink,
                           standardError: any ReportSink) -> Int32 {
        run(options, standardOutput: standardOutput, standardError: standardError, chunkSize: nil)
    }

    /// `run` with the chunk size given (tests use small chunks to span several).
    static func run(_ options: LintOptions, standardOutput: any ReportSink, standardError: any ReportSink,
                    chunkSize: Int?) -> Int32 {
        let messages = MessageLines(sink: standardError)
        do {
            let (status, notes) = try runChecked(options, standardOutput: standardOutput, chunkSize: chunkSize)
            try standardOutput.flush()
            messages.write(notes)
            return status
        } catch let failure as WriteFailure where failure.quiet {
            return 2
        } catch {
            messages.write([Notice.error(error, options.language(configured: nil))])
            return 2
        }
    }

    /// Everything that can fail for the run's setup (files, configuration, rules,
    /// baselines, resolving and creating the report files) happens before the first byte
    /// of a report. A write that fails later (a full disk) stops the run with status 2:
    /// the `--output` files stay as they were, but standard output keeps what it was
    /// already given. Returns the status and the notes for standard error.
    static func runChecked(_ options: LintOptions, standardOutput: any ReportSink, chunkSize: Int?) throws -> (Int32, [String]) {
        var targets = [ReportTarget(format: options.format, output: options.output)] + options.additionalReports
        if targets.filter({ $0.output == nil }).count > 1 {
            throw SetupError(file: "--format", ja: "標準出力に出せるレポートは一つだけです。ほかのレポートにはファイル名を付けます（--format sarif:ファイル名）",
                             en: "only one report can go to standard output; give the others a file (--format sarif:FILE)")
        }
        var options = options
        // An HTML report is for a reviewer's memo, in Japanese unless a language is chosen.
        if targets.contains(where: { $0.format == .html }) { options.unchosenLanguage = .ja }
        var queue = try LintQueue.prepare(options)
        queue.content = targets.contains { $0.format.showsContent }
        queue.fixing = options.fixing
        // With --diff the diffs are what goes to standard output, in place of a report there.
        if options.fixing?.diff == true { targets.removeAll { $0.output == nil } }
        var baselines = try BaselineTracker(queue, override: options.baseline)
        let first = queue.groups.first?.engine
        let language = first?.language ?? options.language(configured: nil)
        let catalogue = try first?.catalogue ?? RuleDirectories.catalogue(extra: [])
        let outputs = try OutputSafety.check(outputs: targets.compactMap(\.output),
                                             inputs: inputs(queue, baselines: baselines, options: options))
        let header = ReportHeader(toolVersion: version, rules: catalogue.sorted, language: language,
                                  failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet)
        let temporaryDirectory = options.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var files = outputs.makeIterator()
        let writers = try targets.map {
            try ReportWriter($0.format, to: $0.output == nil ? nil : files.next(), header: header,
                             excerpts: showsExcerpts($0, options), color: colors($0, options),
                             standardOutput: standardOutput, temporaryDirectory: temporaryDirectory)
        }
        for writer in writers { try writer.begin() }
        var tally = RunTally(failOn: options.failOn, maxWarnings: options.maxWarnings)
        var fixes = FixTally(request: options.fixing, japanese: language == .ja)
        try queue.lint(chunkSize: chunkSize ?? LintQueue.chunkSize(jobs: options.jobs), jobs: options.jobs,
                       excerpts: targets.contains { showsExcerpts($0, options) || $0.format.showsContent }) { chunk, groups in
            var results = chunk
            baselines.apply(&results, groups: groups)
            for result in results {
                tally.add(result)
                if let diff = fixes.add(result) { try standardOutput.write(diff) }
                for writer in writers { try writer.file(result) }
            }
        }
        let stale = baselines.stale
        let footer = tally.footer(staleBaseline: stale.entries)
        for writer in writers { try writer.end(footer) }
        for writer in writers { try writer.commit() }
        var notes = queue.notes + stale.notes + fixes.notes
        if !targets.contains(where: { $0.output == nil }) && targets.contains(where: { $0.format != .text }) {
            notes.append(TextReporter().summaryLine(footer, ja: language == .ja, maxWarnings: options.maxWarnings))
        }
        if options.fixing?.diff == true { return (fixes.changedFiles > 0 ? 1 : 0, notes) }
        return (footer.passed ? 0 : 1, notes)
    }

    /// What the run reads, which no report may be written over: the plans, the
    /// configurations, the baselines and the files of the extra rule directories.
    static func inputs(_ queue: LintQueue, baselines: BaselineTracker?, options: LintOptions) -> [OutputSafety.Input] {
        var inputs: [OutputSafety.Input] = queue.items.map { (OutputSafety.plan, $0.path) }
        var directories = options.ruleDirectories
        for group in queue.groups {
            if let origin = group.engine.configuration.origin { inputs.append((OutputSafety.configuration, origin)) }
            directories += group.engine.configuration.ruleDirectories
        }
        if let config = options.configPath { inputs.append((OutputSafety.configuration, config)) }
        if let source = options.verifySource { inputs.append((OutputSafety.source, source.path)) }
        inputs += (baselines?.paths ?? []).map { (OutputSafety.baseline, $0) }
        for directory in Set(directories).sorted() {
            inputs += (FileSystem.list(directory) ?? []).filter { $0.hasSuffix(".yaml") }
                .map { (OutputSafety.ruleFile, FileSystem.join(directory, $0)) }
        }
        return inputs
    }

    /// Whether a report shows source excerpts: text to standard output on a terminal
    /// (`--color auto`), or with `--color always`.
    static func showsExcerpts(_ target: ReportTarget, _ options: LintOptions) -> Bool {
        target.format == .text && target.output == nil
            && (options.color == .always || (options.color == .auto && options.stdoutIsTerminal))
    }

    /// Whether a report is in colour: as it shows excerpts, except that `--color auto`
    /// honours `NO_COLOR` (set and not empty; no-color.org) and `TERM=dumb`.
    static func colors(_ target: ReportTarget, _ options: LintOptions) -> Bool {
        guard showsExcerpts(target, options) else { return false }
        if options.color == .always { return true }
        return options.environment["NO_COLOR", default: ""].isEmpty && options.environment["TERM"] != "dumb"
    }
}
