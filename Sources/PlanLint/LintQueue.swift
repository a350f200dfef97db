import Dispatch
import PlanRules
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of linting files: the files of a run in report order (sorted by path),
/// each with the engine group that lints it, handed on a chunk at a time (linted in
/// parallel, at most one chunk ahead): a run holds the list of paths, but at most two
/// chunks of results, whatever the number of files. `LintRunner` streams the chunks into reports; `Baselines` keeps
/// them all (`lintAll`).
struct LintQueue {
    /// One engine per configuration in force (their `files` are emptied: `items` has them).
    var groups: [EngineGroup]
    /// Every file to lint, sorted by path, with the index of its group.
    var items: [(path: String, group: Int)]
    /// Notes about skipped paths, for standard error.
    var notes: [String]
    /// The bytes of the paths that are not valid UTF-8, by their text (`Discovery.rawPaths`).
    var rawPaths: [String: [UInt8]] = [:]
    /// Whether each result carries what its plan says (`PlanContent`): only when a report
    /// shows it (HTML, inventory), so that the other formats build nothing more.
    var content = false
    /// `--fix`: fix each file as it is linted (nil: a plain run, which never writes).
    var fixing: FixRequest?

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
        return LintQueue(groups: groups, items: items, notes: discovery.notes.map { Notice.note($0, japanese ? .ja : .en) },
                         rawPaths: discovery.rawPaths)
    }

    /// Files per chunk: enough for every worker to stay busy (64 each), few enough that a
    /// chunk's results are small.
    static func chunkSize(jobs: Int?) -> Int {
        64 * max(1, jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Lints the files `chunkSize` at a time and hands each chunk's results, in report
    /// order, to `body` with the group index of each. With `excerpts`, each result keeps
    /// the source lines its diagnostics point at (only the text report on a terminal shows
    /// them). With one job the files are linted in order on the calling thread; otherwise
    /// `jobs` workers (nil: one per core) lint without pause while `body` writes the
    /// reports, at most one chunk ahead of it (`LintPipeline`), so no core waits at a
    /// chunk's end or while the reports are written.
    func lint(chunkSize: Int, jobs: Int?, excerpts: Bool,
              _ body: (_ results: [FileResult], _ groups: [Int]) throws -> Void) rethrows {
        let size = max(1, chunkSize)
        let workers = min(jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), items.count)
        if workers <= 1 || items.count <= size {
            var start = 0
            while start < items.count {
                let chunk = items[start..<min(start + size, items.count)]
                let results = Self.lintInParallel(chunk.map { ($0.path, groups[$0.group].engine) },
                                                  jobs: jobs, excerpts: excerpts, rawPaths: rawPaths, content: content, fixing: fixing)
                try body(results, chunk.map(\.group))
                start = chunk.endIndex
            }
            return
        }
        let files = items.map { ($0.path, groups[$0.group].engine) }
        let pipeline = LintPipeline(count: files.count, window: size)
        let (rawPaths, content, fixing) = (rawPaths, content, fixing)
        pipeline.start(workers: workers) { i in
            Self.lintOne(files[i].0, engine: files[i].1, excerpts: excerpts, raw: rawPaths[files[i].0],
                         content: content, fixing: fixing)
        }
        defer { pipeline.finish() }
        var start = 0
        while start < items.count {
            let end = min(start + size, items.count)
            try body(pipeline.take(start..<end), items[start..<end].map(\.group))
            start = end
        }
    }

    /// Lints every file and keeps every result, in report order (with `excerpts`, the
    /// source lines the diagnostics point at): for `planlint baseline`, which records them all.
    func lintAll(jobs: Int?, excerpts: Bool = false) -> [FileResult] {
        var results: [FileResult] = []
        results.reserveCapacity(items.count)
        lint(chunkSize: Self.chunkSize(jobs: jobs), jobs: jobs, excerpts: excerpts) { chunk, _ in
            results += chunk
        }
        return results
    }

    /// Lints files concurrently, `jobs` at most at once (nil: one per core; 1: in order on
    /// the calling thread); each worker reads, lints and keeps only the diagnostics (and,
    /// with `excerpts`, the source lines they point at). Results are in the files' order.
    static func lintInParallel(_ files: [(path: String, engine: Engine)], jobs: Int? = nil,
                               excerpts: Bool = true, rawPaths: [String: [UInt8]] = [:],
                               content: Bool = false, fixing: FixRequest? = nil) -> [FileResult] {
        guard !files.isEmpty else { return [] }
        if jobs == 1 {
            return files.map { lintOne($0.path, engine: $0.engine, excerpts: excerpts, raw: rawPaths[$0.path],
                                       content: content, fixing: fixing) }
        }
        return [FileResult](unsafeUninitializedCapacity: files.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let slots = base
            if let jobs {
                // At most `jobs` at once: worker w takes files w, w + jobs, w + 2·jobs, …
                let workers = min(jobs, files.count)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    for i in stride(from: w, to: files.count, by: workers) {
                        (slots + i).initialize(to: lintOne(files[i].path, engine: files[i].engine, excerpts: excerpts,
                                                           raw: rawPaths[files[i].path], content: content, fixing: fixing))
                    }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: files.count) { i in
                    (slots + i).initialize(to: lintOne(files[i].path, engine: files[i].engine, excerpts: excerpts,
                                                       raw: rawPaths[files[i].path], content: content, fixing: fixing))
                }
            }
            count = files.count
        }
    }

    /// Lints one file; `raw` is its path's bytes when `path` is only their text for display.
    static func lintOne(_ path: String, engine: Engine, excerpts: Bool = true, raw: [UInt8]? = nil,
                        content: Bool = false, fixing: FixRequest? = nil) -> FileResult {
        switch FileSystem.read(bytes: raw ?? Array(path.utf8), limit: engine.limits.maxBytes) {
        case .failure(.tooLarge(let limit)):
            return engine.tooLarge(path: path, limit: limit)
        case .failure(let error):
            return engine.unreadable(path: path, reason: error.text)
        case .success(var bytes):
            var result: FileResult
            if let fixing {
                (result, bytes) = PlanFixes.run(bytes, path: path, raw: raw, engine: engine, request: fixing,
                                                japanese: engine.language == .ja)
                // The fixed plan's content, for a report that shows it (HTML with --fix: rare).
                if content { result.content = engine.lint(bytes: bytes, path: path, content: true).content }
            } else {
                result = engine.lint(bytes: bytes, path: path, content: content)
            }
            if excerpts {
                // A file in another encoding is shown converted, as it was linted.
                result.excerpts = Excerpts.lines(Set(result.diagnostics.map(\.line)), in: result.convertedText ?? bytes)
            }
            return result
        }
    }
}

/// Lints files `0..<count` on worker threads in index order, at most `window` files ahead
/// of the consumer, which takes the results in order (`take`). Each worker takes the next
/// index as soon as it is free, so a slow file delays no other worker and the consumer's
/// report writing overlaps the linting.
final class LintPipeline: @unchecked Sendable {
    private let count: Int
    private let window: Int
    /// Result slots, index % window; each filled by one worker, emptied by the consumer.
    private let slots: UnsafeMutableBufferPointer<FileResult?>
    /// One per slot: signalled when its result is in.
    private let ready: [DispatchSemaphore]
    /// Free slots: a worker waits for one before taking an index.
    private let space: DispatchSemaphore
    private let next = Atomic<Int>(0)
    private let cancelled = Atomic<Bool>(false)
    private let group = DispatchGroup()
    private var workers = 0
    private var finished = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, min(window, count))
        slots = .allocate(capacity: self.window)
        slots.initialize(repeating: nil)
        ready = (0..<self.window).map { _ in DispatchSemaphore(value: 0) }
        space = DispatchSemaphore(value: self.window)
    }

    deinit {
        finish()
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// Starts `workers` threads, each linting the next free index with `work`. (Each runs on
    /// its own serial queue, so each gets a thread of its own: they block while the window is full.)
    func start(workers: Int, _ work: @escaping @Sendable (Int) -> FileResult) {
        self.workers = workers
        for w in 0..<workers {
            DispatchQueue(label: "planlint.lint.\(w)").async(group: group) { [self] in
                while true {
                    space.wait()
                    let i = next.add(1, ordering: .relaxed).oldValue
                    if i >= count || cancelled.load(ordering: .relaxed) {
                        space.signal()   // pass the wake-up on to the next worker
                        return
                    }
                    slots[i % window] = work(i)
                    ready[i % window].signal()
                }
            }
        }
    }

    /// The results of `range`, in order, once they are in (the range lies at or after the
    /// last one taken, and is at most `window` long).
    func take(_ range: Range<Int>) -> [FileResult] {
        var results: [FileResult] = []
        results.reserveCapacity(range.count)
        for i in range {
            ready[i % window].wait()
            results.append(slots[i % window].take()!)
            space.signal()
        }
        return results
    }

    /// Stops the workers (they finish the file they are on) and waits for them.
    func finish() {
        guard !finished else { return }
        finished = true
        cancelled.store(true, ordering: .relaxed)
        for _ in 0..<max(1, workers) { space.signal() }
        group.wait()
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
