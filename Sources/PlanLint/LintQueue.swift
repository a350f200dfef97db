import Dispatch
import PlanRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a run in report order (sorted by path), each with the engine group that
/// lints it, linted a chunk at a time: a run holds the list of paths, but only one chunk
/// of results, whatever the number of files.
struct LintQueue {
    /// One engine per configuration in force (their `files` are emptied: `items` has them).
    var groups: [EngineGroup]
    /// Every file to lint, sorted by path, with the index of its group.
    var items: [(path: String, group: Int)]
    /// Notes about skipped paths, for standard error.
    var notes: [String]
    /// The bytes of the paths that are not valid UTF-8, by their text (`Discovery.rawPaths`).
    var rawPaths: [String: [UInt8]] = [:]

    /// Finds the files and builds an engine per configuration; throws a setup error.
    static func prepare(_ options: LintOptions) throws -> LintQueue {
        let japanese = options.language(configured: nil) == .ja
        var finder = ConfigurationFinder()
        finder.japanese = japanese
        if options.configPath == "" {
            throw SetupError(file: "--config", message: japanese ? "設定ファイルのパスが空です" : "the configuration path is empty")
        }
        let selection = FileSelection(configPath: options.configPath, forceExclude: options.forceExclude, japanese: japanese,
                                      rawPaths: options.rawPaths)
        let discovery = try PlanFiles.discover(options.paths, selection, finder: &finder)
        var groups = try EngineGroups.make(for: discovery.files, options: options, finder: &finder)
        var items: [(path: String, group: Int)] = []
        items.reserveCapacity(discovery.files.count)
        for g in groups.indices {
            items += groups[g].files.map { ($0, g) }
            groups[g].files = []
        }
        // Discovery lists each file once (by device and inode), so no two items are equal.
        items.sort { $0.path < $1.path }
        return LintQueue(groups: groups, items: items, notes: discovery.notes.map { "planlint: note: \($0)" },
                         rawPaths: discovery.rawPaths)
    }

    /// Files per chunk: enough for every worker to stay busy (64 each), few enough that a
    /// chunk's results are small.
    static func chunkSize(jobs: Int?) -> Int {
        64 * max(1, jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Lints the files `chunkSize` at a time (each chunk in parallel, bounded by `jobs`;
    /// nil: all cores) and hands each chunk's results, in report order, to `body` with the
    /// group index of each. With `excerpts`, each result keeps the source lines its
    /// diagnostics point at (only the text report on a terminal shows them).
    func lint(chunkSize: Int, jobs: Int?, excerpts: Bool,
              _ body: (_ results: [FileResult], _ groups: [Int]) throws -> Void) rethrows {
        var start = 0
        while start < items.count {
            let chunk = items[start..<min(start + max(1, chunkSize), items.count)]
            let results = LintRunner.lintInParallel(chunk.map { ($0.path, groups[$0.group].engine) },
                                                    jobs: jobs, excerpts: excerpts, rawPaths: rawPaths)
            try body(results, chunk.map(\.group))
            start = chunk.endIndex
        }
    }
}
