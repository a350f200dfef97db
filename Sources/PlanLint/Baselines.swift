import PlanReport
import PlanRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file side of baselines: reading them, keying files relative to the baseline's
/// folder, finding entries whose file is gone, and `planlint baseline` (record or prune).
/// The matching itself is PlanRules' pure `Baseline`; `BaselineTracker` applies it to a
/// lint run chunk by chunk.
public enum Baselines {
    /// A baseline file read for a run, with what keys files against it.
    struct Loaded {
        var path: String
        var baseline: Baseline
        var fileKey: (String) -> String
        /// Entries whose file no longer exists.
        var gone: Set<String>
    }

    /// Reads a baseline file; `missingIsEmpty` for recording a new one.
    static func load(_ path: String, missingIsEmpty: Bool = false) throws -> Loaded {
        let base = FileSystem.directory(of: FileSystem.absolute(path))
        let cwd = FileSystem.absolute(".")
        let fileKey: (String) -> String = { BaselinePath.key($0, cwd: cwd, base: base) }
        var baseline = Baseline()
        switch FileSystem.kind(path) {
        case .missing where missingIsEmpty:
            break
        case .missing:
            throw SetupError(file: path, ja: "ベースラインのファイルがありません（planlint baseline --output \(path) で作れます）",
                             en: "no such baseline file (write one with planlint baseline --output \(path))")
        default:
            switch FileSystem.read(path, limit: 64 << 20) {
            case .success(let bytes): baseline = try BaselineFile.read(text: String(decoding: bytes, as: UTF8.self), origin: path)
            case .failure(let e): throw e.setupError(path)
            }
        }
        let gone = Set(baseline.files.filter { file in
            if case .missing = FileSystem.kind(file.hasPrefix("/") ? file : FileSystem.join(base, file)) { return true }
            return false
        })
        return Loaded(path: path, baseline: baseline, fileKey: fileKey, gone: gone)
    }

    /// The notes for standard error about a baseline's stale entries (the first ten named).
    static func staleNotes(_ stale: [BaselineEntry], baseline path: String, language: Language = .en) -> [String] {
        guard !stale.isEmpty else { return [] }
        let ja = language == .ja
        let total = stale.reduce(0) { $0 + $1.count }
        var notes = [Notice.note(ja
            ? "\(path): ベースラインに記録した指摘のうち\(total)件はもう出ていません。planlint baseline --prune --output \(path) で記録から外せます"
            : "\(path): \(total) baselined diagnostic\(total == 1 ? " no longer occurs" : "s no longer occur");"
                + " planlint baseline --prune --output \(path) removes \(total == 1 ? "it" : "them")", language)]
        for e in stale.prefix(10) {
            let place = e.pointer.isEmpty ? "/" : e.pointer
            let times = e.count > 1 ? " (×\(e.count))" : ""
            notes.append(Notice.note(ja ? "\(path): もう当てはまりません: \(e.file) \(e.rule)（\(place)）\(times)"
                                        : "\(path): no longer matches: \(e.file) \(e.rule) at \(place)\(times)", language))
        }
        if stale.count > 10 {
            notes.append(Notice.note(ja ? "\(path): ……ほか\(stale.count - 10)件" : "\(path): … and \(stale.count - 10) more entries", language))
        }
        return notes
    }

    /// `planlint baseline [PATH ...] --output FILE [--prune]`: records the diagnostics that
    /// count today for the linted files (other files' entries are kept), or with `prune`
    /// only removes entries that no longer match. Writes the file whole or not at all,
    /// never over a plan, configuration or rule file; notes and errors go to
    /// `standardError`. Returns the exit status (0, or 2 when it could not be done).
    public static func run(_ options: LintOptions, output: String?, prune: Bool, standardError: any ReportSink) -> Int32 {
        let messages = MessageLines(sink: standardError)
        let language = options.language(configured: nil)
        let ja = language == .ja
        do {
            let queue = try LintQueue.prepare(options)
            guard let target = output ?? queue.groups.lazy.compactMap({ $0.engine.configuration.baseline }).first else {
                throw SetupError(file: "--output", ja: "ベースラインのファイルを --output ファイル名 で指定します（または planlint.yaml の baseline:）",
                                 en: "give the baseline file with --output FILE (or baseline: in planlint.yaml)")
            }
            let inputs = LintRunner.inputs(queue, baselines: nil, options: options)
            _ = try OutputSafety.check(outputs: [target], inputs: inputs, what: OutputSafety.theBaseline)
            let results = queue.lintAll(jobs: options.jobs)
            // Read, merge and write under an exclusive lock, so that two runs at once on one
            // baseline each add their files' entries to what the other wrote (linting, the
            // slow part, is done before). Without it one run's entries were lost.
            let lock = try BaselineLock(for: target, japanese: ja)
            defer { lock.release() }
            let loaded = try load(target, missingIsEmpty: !prune)
            let before = loaded.baseline
            let after: Baseline
            var message: String
            if prune {
                let match = before.apply(to: results, fileKey: loaded.fileKey, gone: loaded.gone)
                after = before.pruned(by: match.stale)
                let removed = before.total - after.total
                message = ja ? "planlint: \(target) を整理しました: \(removed)件を外し、\(after.total)件を残しました"
                    : "planlint: pruned \(target): removed \(removed), kept \(after.total) baselined diagnostic\(after.total == 1 ? "" : "s")"
            } else {
                let recorded = Baseline.record(results, fileKey: loaded.fileKey)
                let linted = Set(results.map { loaded.fileKey($0.path) })
                after = before.replacing(files: linted, with: recorded, gone: loaded.gone)
                message = ja ? "planlint: \(target) に書きました: \(after.files.count)ファイルの指摘\(after.total)件を記録しています"
                    : "planlint: wrote \(target): \(after.total) baselined diagnostic\(after.total == 1 ? "" : "s") in \(after.files.count) file\(after.files.count == 1 ? "" : "s")"
            }
            if let problem = FileSystem.writeAtomically(Array(BaselineFile.write(after).utf8), to: target) {
                throw SetupError(file: target, message: problem)
            }
            messages.write(queue.notes + [message])
            return 0
        } catch {
            messages.write([Notice.error(error, language)])
            return 2
        }
    }
}

/// An advisory lock (`flock`) on the folder of a baseline file, held while `planlint
/// baseline` reads, merges and writes it. The folder is locked, not the file: the file is
/// replaced by a rename, so a lock on it would stay with the old file. A run waits for
/// another one's lock up to `timeout` seconds, then refuses with a message.
struct BaselineLock {
    private let fd: Int32
    static let timeout = 60.0

    init(for baseline: String, japanese: Bool = false, timeout: Double = BaselineLock.timeout) throws {
        func say(_ ja: String, _ en: String) -> String { japanese ? ja : en }
        let folder = FileSystem.directory(of: baseline)
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let why = FileSystem.errnoText()
            throw SetupError(file: baseline, message: say("ベースラインのフォルダを開けないためロックできません: \(why)",
                                                          "cannot open the baseline's folder to lock it: \(why)"))
        }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let problem = errno
            guard problem == EWOULDBLOCK || problem == EINTR else {
                close(fd)
                let why = String(cString: strerror(problem))
                throw SetupError(file: baseline, message: say("ベースラインのフォルダをロックできません: \(why)",
                                                              "cannot lock the baseline's folder: \(why)"))
            }
            guard waited < timeout else {
                close(fd)
                throw SetupError(file: baseline, message: say(
                    "別の planlint baseline がこのファイルを書き込み中です。\(Int(timeout))秒待ちましたが終わらないため中止しました（何も書き込んでいません）",
                    "another planlint baseline run is writing this file; gave up after waiting \(Int(timeout)) seconds (nothing was written)"))
            }
            usleep(20_000)
            waited += 0.02
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
