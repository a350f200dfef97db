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

    /// Runs a lint with the report for standard output collected in `RunOutcome.stdout`
    /// (for tests and callers that want a String).
    public static func run(_ options: LintOptions) -> RunOutcome {
        run(options, chunkSize: nil)
    }

    /// Runs a lint writing the report for standard output to the file descriptor `fd` as
    /// it goes, through a 64 KB buffer (`RunOutcome.stdout` is empty). What the CLI uses.
    public static func run(_ options: LintOptions, standardOutput fd: Int32) -> RunOutcome {
        let writer = BufferedWriter(fd: fd, name: "standard output", ignoresErrors: true)
        let outcome = run(options, standardOutput: writer, chunkSize: nil)
        try? writer.flush()
        return outcome
    }

    /// `run(_:)` with the chunk size given (tests use small chunks to span several).
    static func run(_ options: LintOptions, chunkSize: Int?) -> RunOutcome {
        let sink = MemorySink()
        var outcome = run(options, standardOutput: sink, chunkSize: chunkSize)
        // A run that could not be done prints no report.
        if outcome.status != 2 { outcome.stdout = sink.text }
        return outcome
    }

    static func run(_ options: LintOptions, standardOutput: any ReportSink, chunkSize: Int?) -> RunOutcome {
        do {
            return try runChecked(options, standardOutput: standardOutput, chunkSize: chunkSize)
        } catch {
            return RunOutcome(stdout: "", stderr: ["planlint: error: \(error)"], status: 2)
        }
    }

    /// Everything that can fail for the run's setup (files, configuration, rules,
    /// baselines, creating the report files) happens before the first byte of a report.
    /// A write that fails later (a full disk) stops the run with status 2: the `--output`
    /// files stay as they were, but standard output keeps what it was already given.
    static func runChecked(_ options: LintOptions, standardOutput: any ReportSink, chunkSize: Int?) throws -> RunOutcome {
        let targets = [ReportTarget(format: options.format, output: options.output)] + options.additionalReports
        if targets.filter({ $0.output == nil }).count > 1 {
            throw SetupError(file: "--format", message: "only one report can go to standard output; give the others --output FILE")
        }
        let queue = try LintQueue.prepare(options)
        var baselines = try BaselineTracker(queue, override: options.baseline)
        let first = queue.groups.first?.engine
        let language = first?.language ?? options.language(configured: nil)
        let catalogue = try first?.catalogue ?? RuleDirectories.catalogue(extra: [])
        let header = ReportHeader(toolVersion: version, rules: catalogue.sorted, language: language,
                                  failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet)
        let temporaryDirectory = options.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let writers = try targets.map {
            try ReportWriter($0, header: header, excerpts: showsExcerpts($0, options), standardOutput: standardOutput,
                             temporaryDirectory: temporaryDirectory)
        }
        for writer in writers { try writer.begin() }
        var tally = RunTally(failOn: options.failOn, maxWarnings: options.maxWarnings)
        try queue.lint(chunkSize: chunkSize ?? LintQueue.chunkSize(jobs: options.jobs), jobs: options.jobs,
                       excerpts: targets.contains { showsExcerpts($0, options) }) { chunk, groups in
            var results = chunk
            baselines.apply(&results, groups: groups)
            for result in results {
                tally.add(result)
                for writer in writers { try writer.file(result) }
            }
        }
        let stale = baselines.stale
        let footer = tally.footer(staleBaseline: stale.entries)
        for writer in writers { try writer.end(footer) }
        for writer in writers { try writer.commit() }
        var stderr = queue.notes + stale.notes
        if !targets.contains(where: { $0.output == nil }) && targets.contains(where: { $0.format != .text }) {
            stderr.append(TextReporter().summaryLine(footer, ja: language == .ja))
        }
        return RunOutcome(stdout: "", stderr: stderr, status: footer.passed ? 0 : 1)
    }

    /// Whether a report shows source excerpts: text to standard output, in colour.
    static func showsExcerpts(_ target: ReportTarget, _ options: LintOptions) -> Bool {
        target.format == .text && target.output == nil
            && (options.color == .always || (options.color == .auto && options.stdoutIsTerminal))
    }

    /// The files of a run, linted, before any baseline or report (for `planlint baseline`,
    /// which records them all).
    struct LintPass {
        var results: [FileResult]
        var groups: [EngineGroup]
        /// Notes about skipped paths, for standard error.
        var notes: [String]
    }

    /// Lints every file and keeps every result, in report order (with `excerpts`, the
    /// source lines the diagnostics point at).
    static func lintAll(_ options: LintOptions, excerpts: Bool = false) throws -> LintPass {
        let queue = try LintQueue.prepare(options)
        var results: [FileResult] = []
        results.reserveCapacity(queue.items.count)
        queue.lint(chunkSize: LintQueue.chunkSize(jobs: options.jobs), jobs: options.jobs, excerpts: excerpts) { chunk, _ in
            results += chunk
        }
        return LintPass(results: results, groups: queue.groups, notes: queue.notes)
    }

    /// Lints files concurrently, `jobs` at most at once (nil: one per core; 1: in order on
    /// the calling thread); each worker reads, lints and keeps only the diagnostics (and,
    /// with `excerpts`, the source lines they point at). Results are in the files' order.
    static func lintInParallel(_ files: [(path: String, engine: Engine)], jobs: Int? = nil,
                               excerpts: Bool = true, rawPaths: [String: [UInt8]] = [:]) -> [FileResult] {
        guard !files.isEmpty else { return [] }
        if jobs == 1 { return files.map { lintOne($0.path, engine: $0.engine, excerpts: excerpts, raw: rawPaths[$0.path]) } }
        return [FileResult](unsafeUninitializedCapacity: files.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let slots = base
            if let jobs {
                // At most `jobs` at once: worker w takes files w, w + jobs, w + 2·jobs, …
                let workers = min(jobs, files.count)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    for i in stride(from: w, to: files.count, by: workers) {
                        (slots + i).initialize(to: lintOne(files[i].path, engine: files[i].engine, excerpts: excerpts,
                                                                      raw: rawPaths[files[i].path]))
                    }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: files.count) { i in
                    (slots + i).initialize(to: lintOne(files[i].path, engine: files[i].engine, excerpts: excerpts,
                                                                      raw: rawPaths[files[i].path]))
                }
            }
            count = files.count
        }
    }

    /// Lints one file; `raw` is its path's bytes when `path` is only their text for display.
    static func lintOne(_ path: String, engine: Engine, excerpts: Bool = true, raw: [UInt8]? = nil) -> FileResult {
        switch FileSystem.read(bytes: raw ?? Array(path.utf8), limit: engine.limits.maxBytes) {
        case .failure(.tooLarge(let limit)):
            return engine.tooLarge(path: path, limit: limit)
        case .failure(let error):
            return engine.unreadable(path: path, reason: error.text)
        case .success(let bytes):
            var result = engine.lint(bytes: bytes, path: path)
            if excerpts { result.excerpts = Excerpts.lines(Set(result.diagnostics.map(\.line)), in: bytes) }
            return result
        }
    }
}

/// The source lines of a file that diagnostics point at.
enum Excerpts {
    static func lines(_ wanted: Set<Int>, in bytes: [UInt8]) -> [Int: String] {
        guard !wanted.isEmpty, let last = wanted.max() else { return [:] }
        var out: [Int: String] = [:]
        var line = 1, start = 0
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        start = i
        while i <= bytes.count && line <= last {
            if i == bytes.count || bytes[i] == 0x0A {
                if wanted.contains(line) {
                    var end = i
                    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                    out[line] = String(decoding: bytes[start..<end], as: UTF8.self)
                }
                line += 1
                start = i + 1
            }
            i += 1
        }
        return out
    }
}
