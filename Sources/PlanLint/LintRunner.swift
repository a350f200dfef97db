import Dispatch
import PlanModel
import PlanReport
import PlanRules
import PlanYAML

/// Runs `planlint lint`: finds the files, reads configuration and rules, lints every file
/// in parallel (bounded to the cores, results in a fixed order), and renders the report.
public enum LintRunner {
    public static let version = "0.1.0"

    public static func run(_ options: LintOptions) -> RunOutcome {
        do {
            return try runChecked(options)
        } catch let error as SetupError {
            return RunOutcome(stdout: "", stderr: ["planlint: error: \(error)"], status: 2)
        } catch {
            return RunOutcome(stdout: "", stderr: ["planlint: error: \(error)"], status: 2)
        }
    }

    /// The files of a run, linted, before any baseline or report.
    struct LintPass {
        var results: [FileResult]
        var groups: [EngineGroup]
        /// Notes about skipped paths, for standard error.
        var notes: [String]
    }

    /// Finds the files, builds an engine per configuration and lints every file. With
    /// `excerpts`, each result keeps the source lines its diagnostics point at (only the
    /// text report on a terminal shows them, so other runs do not hold them in memory).
    static func lintAll(_ options: LintOptions, excerpts: Bool = false) throws -> LintPass {
        let discovery = try PlanFiles.discover(options.paths)
        let groups = try EngineGroups.make(for: discovery.files, options: options)
        var results: [FileResult] = []
        results.reserveCapacity(discovery.files.count)
        for group in groups {
            results += lintInParallel(group.files, engine: group.engine, jobs: options.jobs, excerpts: excerpts)
        }
        results.sort { $0.path < $1.path }
        return LintPass(results: results, groups: groups, notes: discovery.notes.map { "planlint: note: \($0)" })
    }

    static func runChecked(_ options: LintOptions) throws -> RunOutcome {
        let targets = [ReportTarget(format: options.format, output: options.output)] + options.additionalReports
        if targets.filter({ $0.output == nil }).count > 1 {
            throw SetupError(file: "--format", message: "only one report can go to standard output; give the others --output FILE")
        }
        let pass = try lintAll(options, excerpts: targets.contains { showsExcerpts($0, options) })
        let groups = pass.groups
        var stderr = pass.notes
        var baselineOf: [String: String] = [:]
        for group in groups {
            guard let baseline = options.baseline ?? group.engine.configuration.baseline else { continue }
            for file in group.files { baselineOf[file] = baseline }
        }
        let applied = try Baselines.apply(to: pass.results, baselineOf: baselineOf)
        stderr += applied.notes
        let first = groups.first?.engine
        let language = first?.language ?? options.language(configured: nil)
        let catalogue = try first?.catalogue ?? RuleDirectories.catalogue(extra: [])
        var report = LintReport(toolVersion: version, files: applied.results, rules: catalogue.sorted, language: language,
                                failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet)
        report.staleBaseline = applied.stale
        let status: Int32 = report.passed ? 0 : 1
        var stdout = ""
        for target in targets {
            let showExcerpts = showsExcerpts(target, options)
            let text = target.format.reporter(excerpts: showExcerpts, color: showExcerpts).render(report)
            guard let output = target.output else {
                stdout = text
                continue
            }
            if let problem = FileSystem.writeAtomically(text, to: output) {
                throw SetupError(file: output, message: problem)
            }
        }
        if !targets.contains(where: { $0.output == nil }) && targets.contains(where: { $0.format != .text }) {
            stderr.append(TextReporter().summaryLine(report, ja: language == .ja))
        }
        return RunOutcome(stdout: stdout, stderr: stderr, status: status)
    }

    /// Whether a report shows source excerpts: text to standard output, in colour.
    static func showsExcerpts(_ target: ReportTarget, _ options: LintOptions) -> Bool {
        target.format == .text && target.output == nil
            && (options.color == .always || (options.color == .auto && options.stdoutIsTerminal))
    }

    /// Lints files concurrently; each worker reads, lints and keeps only the diagnostics
    /// (and, with `excerpts`, the source lines they point at).
    static func lintInParallel(_ files: [String], engine: Engine, jobs: Int? = nil, excerpts: Bool = true) -> [FileResult] {
        guard !files.isEmpty else { return [] }
        if jobs == 1 { return files.map { lintOne($0, engine: engine, excerpts: excerpts) } }
        return [FileResult](unsafeUninitializedCapacity: files.count) { buffer, count in
            nonisolated(unsafe) let base = buffer.baseAddress!
            if let jobs {
                // At most `jobs` at once: worker w takes files w, w + jobs, w + 2·jobs, …
                let workers = min(jobs, files.count)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    for i in stride(from: w, to: files.count, by: workers) {
                        (base + i).initialize(to: lintOne(files[i], engine: engine, excerpts: excerpts))
                    }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: files.count) { i in
                    (base + i).initialize(to: lintOne(files[i], engine: engine, excerpts: excerpts))
                }
            }
            count = files.count
        }
    }

    static func lintOne(_ path: String, engine: Engine, excerpts: Bool = true) -> FileResult {
        switch FileSystem.read(path, limit: engine.limits.maxBytes) {
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
