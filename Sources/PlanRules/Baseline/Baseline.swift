/// Diagnostics accepted as they are today, so that a run reports only new ones.
///
/// An entry is a file, a rule and a JSON pointer with how many diagnostics of that rule
/// were at that pointer; line numbers and message text play no part, so editing a plan
/// above a known problem, or rewording a message, does not make it new. Files are keyed
/// by the caller (the driver uses the path relative to the baseline file's folder).
public struct Baseline: Sendable, Hashable {
    /// Sorted by file, rule and pointer; one entry per key, each with a count of at least 1.
    public private(set) var entries: [BaselineEntry]

    public init(entries: [BaselineEntry] = []) {
        var counts: [BaselineKey: Int] = [:]
        for e in entries where e.count > 0 { counts[e.key, default: 0] += e.count }
        self.entries = counts.map { BaselineEntry(key: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
    }

    /// The files this baseline has entries for.
    public var files: Set<String> { Set(entries.map(\.file)) }

    /// Total number of diagnostics accepted.
    public var total: Int { entries.reduce(0) { $0 + $1.count } }

    /// Records the diagnostics that count today (waived ones are already accepted and are left out).
    public static func record(_ results: [FileResult], fileKey: (String) -> String) -> Baseline {
        Baseline(entries: results.flatMap { result in
            let file = fileKey(result.path)
            return result.diagnostics.filter { !$0.waived }.map {
                BaselineEntry(key: BaselineKey(file: file, rule: $0.rule, pointer: $0.pointer), count: 1)
            }
        })
    }

    /// Marks the diagnostics this baseline accepts as baselined. For each key, as many as
    /// the entry counts are accepted (in report order) and any more are new. Entries of
    /// linted files that matched fewer diagnostics than they count, and entries of files
    /// in `gone`, are returned as stale, with the unmatched count.
    public func apply(to results: [FileResult], fileKey: (String) -> String, gone: Set<String> = []) -> BaselineMatch {
        var remaining: [BaselineKey: Int] = [:]
        for e in entries { remaining[e.key] = e.count }
        var linted = Set<String>()
        var matched = 0
        let marked = results.map { result -> FileResult in
            var result = result
            let file = fileKey(result.path)
            linted.insert(file)
            for i in result.diagnostics.indices where !result.diagnostics[i].waived {
                let d = result.diagnostics[i]
                let key = BaselineKey(file: file, rule: d.rule, pointer: d.pointer)
                if let left = remaining[key], left > 0 {
                    remaining[key] = left - 1
                    result.diagnostics[i].baselined = true
                    matched += 1
                }
            }
            return result
        }
        let stale = entries.compactMap { e -> BaselineEntry? in
            if gone.contains(e.file) { return e }
            guard linted.contains(e.file), let left = remaining[e.key], left > 0 else { return nil }
            return BaselineEntry(key: e.key, count: left)
        }
        return BaselineMatch(results: marked, matched: matched, stale: stale)
    }

    /// This baseline less the stale entries: what `planlint baseline --prune` writes. It
    /// only ever shrinks; new diagnostics are not added.
    public func pruned(by stale: [BaselineEntry]) -> Baseline {
        var remove: [BaselineKey: Int] = [:]
        for e in stale { remove[e.key, default: 0] += e.count }
        return Baseline(entries: entries.map { BaselineEntry(key: $0.key, count: $0.count - (remove[$0.key] ?? 0)) })
    }

    /// `recorded` for the files it was recorded from, this baseline for every other file
    /// (less those in `gone`): recording some files leaves the others' entries alone.
    public func replacing(files linted: Set<String>, with recorded: Baseline, gone: Set<String> = []) -> Baseline {
        Baseline(entries: entries.filter { !linted.contains($0.file) && !gone.contains($0.file) } + recorded.entries)
    }
}

/// What a baseline accepts: diagnostics of one rule at one JSON pointer of one file.
public struct BaselineKey: Sendable, Hashable, Comparable {
    public var file: String
    public var rule: String
    public var pointer: String

    public init(file: String, rule: String, pointer: String) {
        self.file = file
        self.rule = rule
        self.pointer = pointer
    }

    public static func < (a: BaselineKey, b: BaselineKey) -> Bool {
        (a.file, a.rule, a.pointer) < (b.file, b.rule, b.pointer)
    }
}

/// One line of a baseline: a key and how many diagnostics it accepts.
public struct BaselineEntry: Sendable, Hashable {
    public var key: BaselineKey
    public var count: Int

    public init(key: BaselineKey, count: Int) {
        self.key = key
        self.count = count
    }

    public var file: String { key.file }
    public var rule: String { key.rule }
    public var pointer: String { key.pointer }
}

/// The outcome of applying a baseline to a run.
public struct BaselineMatch: Sendable {
    /// The run's results with accepted diagnostics marked `baselined`.
    public var results: [FileResult]
    /// How many diagnostics the baseline accepted.
    public var matched: Int
    /// Entries that no longer match (their count is the unmatched part).
    public var stale: [BaselineEntry]
}
