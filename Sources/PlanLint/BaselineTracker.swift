import PlanRules

/// Applies a run's baselines chunk by chunk, in report order, with the same outcome as
/// applying each baseline to all results at once: it keeps, per baseline entry, how many
/// diagnostics the entry may still accept and whether its file was linted, and hands
/// PlanRules' `Baseline.apply` only the entries of a chunk's files with what they have
/// left. What it holds grows with the baselines, not with the files linted.
struct BaselineTracker {
    /// One baseline file in force, with its per-entry bookkeeping.
    struct Tracked {
        var loaded: Baselines.Loaded
        /// The entries of each file key (entries are sorted by file, so they are contiguous).
        var byFile: [String: Range<Int>]
        /// What each entry may still accept.
        var remaining: [Int]
        /// Whether each entry's file was linted.
        var linted: [Bool]

        init(_ loaded: Baselines.Loaded) {
            self.loaded = loaded
            let entries = loaded.baseline.entries
            var byFile: [String: Range<Int>] = [:]
            var start = 0
            for i in entries.indices where i + 1 == entries.count || entries[i + 1].file != entries[i].file {
                byFile[entries[i].file] = start..<(i + 1)
                start = i + 1
            }
            self.byFile = byFile
            remaining = entries.map(\.count)
            linted = Array(repeating: false, count: entries.count)
        }

        /// Marks what this baseline accepts among `results` (in report order).
        mutating func apply(_ results: [FileResult]) -> [FileResult] {
            let entries = loaded.baseline.entries
            var left: [BaselineEntry] = []
            var index: [BaselineKey: Int] = [:]
            var seen = Set<String>()
            for result in results {
                let file = loaded.fileKey(result.path)
                guard seen.insert(file).inserted, let range = byFile[file] else { continue }
                for i in range {
                    linted[i] = true
                    guard remaining[i] > 0 else { continue }
                    left.append(BaselineEntry(key: entries[i].key, count: remaining[i]))
                    index[entries[i].key] = i
                }
            }
            guard !left.isEmpty else { return results }
            let match = Baseline(entries: left).apply(to: results, fileKey: loaded.fileKey)
            for i in index.values { remaining[i] = 0 }
            for e in match.stale { if let i = index[e.key] { remaining[i] = e.count } }
            return match.results
        }

        /// Entries that matched fewer diagnostics than they count (of linted files), and
        /// every entry of a file that is gone, in the baseline's order.
        var stale: [BaselineEntry] {
            loaded.baseline.entries.indices.compactMap { i in
                let e = loaded.baseline.entries[i]
                if loaded.gone.contains(e.file) { return e }
                guard linted[i], remaining[i] > 0 else { return nil }
                return BaselineEntry(key: e.key, count: remaining[i])
            }
        }
    }

    /// The baselines in force, in the order their first file comes in the report.
    private(set) var baselines: [Tracked] = []
    /// The paths of the baselines in force.
    var paths: [String] { baselines.map(\.loaded.path) }
    /// For each engine group, its baseline's index (nil: none).
    private var ofGroup: [Int?]
    /// The language of the notes (the first group's, as the report's).
    private let language: Language

    /// Reads the baseline in force for each group (`--baseline`, else its configuration's
    /// `baseline:`); throws a setup error for a missing or broken one.
    init(_ queue: LintQueue, override: String?) throws {
        let paths = queue.groups.map { override ?? $0.engine.configuration.baseline }
        language = queue.groups.first?.engine.language ?? .en
        ofGroup = Array(repeating: nil, count: paths.count)
        var known: [String: Int] = [:]
        for item in queue.items {
            guard ofGroup[item.group] == nil, let path = paths[item.group] else { continue }
            if let i = known[path] {
                ofGroup[item.group] = i
                continue
            }
            known[path] = baselines.count
            ofGroup[item.group] = baselines.count
            baselines.append(Tracked(try Baselines.load(path)))
        }
    }

    /// Marks the baselined diagnostics of one chunk; `groups[i]` is `results[i]`'s group.
    mutating func apply(_ results: inout [FileResult], groups: [Int]) {
        guard !baselines.isEmpty else { return }
        var indices = Array(repeating: [Int](), count: baselines.count)
        for i in results.indices { if let b = ofGroup[groups[i]] { indices[b].append(i) } }
        for b in baselines.indices where !indices[b].isEmpty {
            let marked = baselines[b].apply(indices[b].map { results[$0] })
            for (i, result) in zip(indices[b], marked) { results[i] = result }
        }
    }

    /// The stale entries of every baseline, and the notes about them for standard error.
    var stale: (entries: [BaselineEntry], notes: [String]) {
        var entries: [BaselineEntry] = []
        var notes: [String] = []
        for tracked in baselines {
            let stale = tracked.stale
            entries += stale
            notes += Baselines.staleNotes(stale, baseline: tracked.loaded.path, language: language)
        }
        return (entries, notes)
    }
}
