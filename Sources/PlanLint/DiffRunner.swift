import PlanDiff
import PlanModel
import PlanYAML
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

/// What `planlint diff` compares and how it reports.
public struct DiffOptions: Sendable {
    /// OLD and NEW: two plan files or two folders; with `gitRevision`, paths in the work tree.
    public var old: String
    public var new: String
    /// Compare each plan file under `old` and `new`… as it was at this git revision (read with
    /// `git show REV:PATH`) against the work tree. `new` is then unused.
    public var gitRevision: String?
    public var format: DiffReport.Format = .text
    public var failOnWeakening = false
    public var lint = LintOptions()

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
}

/// Runs `planlint diff`: pairs the plans of both sides (by prefecture code, then file
/// name), decodes and lints each version with the configuration of the new side's path,
/// and reports what the revision changed. Reads only; writes the report to standard output.
public enum DiffRunner {
    /// 0: reported (and no weakening with `--fail-on-weakening`); 1: a weakening under
    /// `--fail-on-weakening`; 2: the run could not be done.
    public static func run(_ options: DiffOptions, standardOutput: any ReportSink, standardError: any ReportSink) -> Int32 {
        let messages = MessageLines(sink: standardError)
        let language = options.lint.language(configured: nil)
        do {
            let pairs = try self.pairs(options, japanese: language == .ja)
            var diffs: [FileDiff] = []
            for pair in pairs { diffs.append(try compare(pair, options: options.lint, language: language)) }
            try standardOutput.write(DiffReport.render(diffs, format: options.format, language: language))
            try standardOutput.flush()
            let weakened = diffs.contains { $0.changes.contains(where: \.weakening) }
            return options.failOnWeakening && weakened ? 1 : 0
        } catch let failure as WriteFailure where failure.quiet {
            return 2
        } catch {
            messages.write([Notice.error(error, language)])
            return 2
        }
    }

    /// One side of a pair: its path (for the report and configuration) and its bytes.
    struct Side {
        var path: String
        var bytes: [UInt8]
    }

    struct Pair {
        var old: Side?
        var new: Side?
    }

    static func pairs(_ options: DiffOptions, japanese ja: Bool) throws -> [Pair] {
        if let revision = options.gitRevision {
            let files = try PlanFiles.discover([options.old] + (options.new.isEmpty || options.new == options.old ? [] : [options.new])).files
            return try files.map { path in
                Pair(old: try GitBlob.read(revision: revision, path: path, japanese: ja).map { Side(path: path, bytes: $0) },
                     new: Side(path: path, bytes: try read(path, ja)))
            }
        }
        switch (FileSystem.kind(options.old), FileSystem.kind(options.new)) {
        case (.regular, .regular):
            return [Pair(old: Side(path: options.old, bytes: try read(options.old, ja)),
                         new: Side(path: options.new, bytes: try read(options.new, ja)))]
        case (.directory, .directory):
            let old = try PlanFiles.discover([options.old]).files, new = try PlanFiles.discover([options.new]).files
            return try match(old: old, new: new, oldRoot: options.old, newRoot: options.new, ja)
        case (.missing, _):
            throw SetupError(file: options.old, message: ja ? "ファイルもフォルダーもありません" : "no such file or folder")
        case (_, .missing):
            throw SetupError(file: options.new, message: ja ? "ファイルもフォルダーもありません" : "no such file or folder")
        default:
            throw SetupError(file: options.old + ", " + options.new,
                             message: ja ? "二つのファイルか、二つのフォルダーを比べます" : "compare two files or two folders")
        }
    }

    /// Pairs two folders' plans: by prefecture code where each side has one file with it,
    /// then by the path below the folder.
    static func match(old: [String], new: [String], oldRoot: String, newRoot: String, _ ja: Bool) throws -> [Pair] {
        let oldSides = try old.map { Side(path: $0, bytes: try read($0, ja)) }
        let newSides = try new.map { Side(path: $0, bytes: try read($0, ja)) }
        func code(_ s: Side) -> Int? { PlanDecoder.decode(bytes: s.bytes).plan?.prefecture?.code }
        func unique(_ sides: [Side]) -> [Int: Int] {
            var seen: [Int: [Int]] = [:]
            for (i, s) in sides.enumerated() { if let c = code(s) { seen[c, default: []].append(i) } }
            return seen.compactMapValues { $0.count == 1 ? $0[0] : nil }
        }
        let oldByCode = unique(oldSides), newByCode = unique(newSides)
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [(Pair, Int)] = []
        for (c, i) in oldByCode.sorted(by: { $0.key < $1.key }) {
            if let j = newByCode[c] {
                pairs.append((Pair(old: oldSides[i], new: newSides[j]), j)); usedOld.insert(i); usedNew.insert(j)
            }
        }
        func relative(_ path: String, _ root: String) -> String {
            path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        }
        let newByName = Dictionary(newSides.indices.filter { !usedNew.contains($0) }.map { (relative(newSides[$0].path, newRoot), $0) },
                                   uniquingKeysWith: { a, _ in a })
        for i in oldSides.indices where !usedOld.contains(i) {
            if let j = newByName[relative(oldSides[i].path, oldRoot)], !usedNew.contains(j) {
                pairs.append((Pair(old: oldSides[i], new: newSides[j]), j)); usedNew.insert(j)
            } else {
                pairs.append((Pair(old: oldSides[i], new: nil), Int.max))
            }
        }
        for j in newSides.indices where !usedNew.contains(j) { pairs.append((Pair(old: nil, new: newSides[j]), j)) }
        return pairs.sorted { ($0.1, $0.0.old?.path ?? "") < ($1.1, $1.0.old?.path ?? "") }.map(\.0)
    }

    static func read(_ path: String, _ ja: Bool) throws -> [UInt8] {
        switch FileSystem.read(path, limit: LoadLimits.default.maxBytes) {
        case .success(let bytes): return bytes
        case .failure(let error): throw error.setupError(path)
        }
    }

    /// The changes between the two versions of one plan, diagnostics included.
    static func compare(_ pair: Pair, options: LintOptions, language: Language) throws -> FileDiff {
        let configPath = pair.new?.path ?? pair.old?.path ?? ""
        func lint(_ side: Side?) throws -> (plan: Plan?, diagnostics: [Diagnostic]) {
            guard let side else { return (nil, []) }
            let outcome = try DocumentLint.lint(bytes: side.bytes, path: configPath, options: options)
            return (PlanDecoder.decode(bytes: side.bytes, limits: outcome.engine.limits).plan, outcome.result.diagnostics)
        }
        let old = try lint(pair.old), new = try lint(pair.new)
        var changes: [PlanChange] = []
        switch (pair.old, pair.new) {
        case (nil, _): changes.append(PlanChange(.fileAdded, subject: ""))
        case (_, nil): changes.append(PlanChange(.fileRemoved, subject: "", weakening: true))
        default:
            if let a = old.plan, let b = new.plan {
                changes += PlanComparison.compare(old: a, new: b)
            } else {
                if old.plan == nil { changes.append(PlanChange(.unreadable, subject: "", old: language == .ja ? "旧" : "old")) }
                if new.plan == nil { changes.append(PlanChange(.unreadable, subject: "", old: language == .ja ? "新" : "new")) }
            }
        }
        changes += PlanComparison.diagnosticChanges(old: old.diagnostics, new: new.diagnostics)
        let prefecture = (new.plan ?? old.plan)?.prefecture?.code
        return FileDiff(old: pair.old?.path, new: pair.new?.path, prefecture: prefecture, changes: changes)
    }
}
