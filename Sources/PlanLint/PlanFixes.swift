import PlanModel
import PlanRules

/// What `--fix`, `--unsafe-fixes` and `--diff` ask of a run.
public struct FixRequest: Sendable, Hashable {
    /// Apply unsafe fixes too.
    public var unsafe = false
    /// Print a unified diff of the fixes and write nothing.
    public var diff = false

    public init(unsafe: Bool = false, diff: Bool = false) {
        self.unsafe = unsafe
        self.diff = diff
    }
}

/// Fixing one plan file: the engine's fixes to a fixed point, then the file rewritten
/// atomically (only when something changed, keeping its permission bits), or with `--diff`
/// a diff instead. A plain run never comes here.
enum PlanFixes {
    /// Lints `bytes` (read from `path`, whose bytes are `raw` when it is not UTF-8) and fixes
    /// it as `request` says; the result is that of the fixed text, with its `fixes` outcome.
    static func run(_ bytes: [UInt8], path: String, raw: [UInt8]?, engine: Engine, request: FixRequest,
                    japanese: Bool) -> (result: FileResult, bytes: [UInt8]) {
        // Only a UTF-8 file is rewritten: the offsets of a fix are into the UTF-8 text, and a
        // file read in another encoding (Shift_JIS, EUC-JP, UTF-16, UTF-32: see PlanFileText)
        // would be written back in a different one. This is the branch to extend when such
        // files can be written back in their own encoding.
        if let reason = notRewritable(bytes, raw: raw, japanese: japanese) {
            var result = engine.lint(bytes: bytes, path: path)
            if result.diagnostics.contains(where: { d in d.fix.map { $0.safety == .safe || request.unsafe } ?? false }) {
                var outcome = FixOutcome()
                outcome.skipped = reason
                result.fixes = outcome
            }
            return (result, bytes)
        }
        var (fixed, result, outcome) = engine.fix(bytes: bytes, path: path, unsafe: request.unsafe)
        if request.diff {
            outcome.diff = fixed == bytes ? "" : UnifiedDiff.make(bytes, fixed, path: path)
        } else if fixed != bytes {
            if let problem = FileSystem.writeAtomically(fixed, to: path) {
                outcome.skipped = japanese ? "書き込めませんでした（\(problem)）" : "could not be written (\(problem))"
                outcome.applied = 0
                var original = engine.lint(bytes: bytes, path: path)
                original.fixes = outcome
                return (original, bytes)
            }
            outcome.written = true
        }
        result.fixes = outcome
        return (result, request.diff ? bytes : fixed)
    }

    /// Why a file's bytes may not be rewritten by a fix, or nil when they may.
    static func notRewritable(_ bytes: [UInt8], raw: [UInt8]?, japanese: Bool) -> String? {
        if raw != nil {
            return japanese ? "ファイル名が UTF-8 ではないため書き換えません" : "not rewritten: its name is not UTF-8"
        }
        if let name = PlanFileText(bytes).encodingName {
            return japanese
                ? "文字コードが \(name) で UTF-8 ではないため、修正を書き込みませんでした。UTF-8 で保存し直してから、もう一度 --fix を実行してください（保存のしかたは planlint explain yaml-encoding）"
                : "not rewritten: the file is saved in \(name), not UTF-8. Save it as UTF-8 first, then run --fix again (how: planlint explain yaml-encoding)"
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return nil
            case .error:
                return japanese ? "UTF-8 のファイルではないため書き換えません（UTF-8 で保存し直すか、手で直してください）"
                    : "not rewritten: the file is not UTF-8 (save it as UTF-8, or fix it by hand)"
            }
        }
    }
}

/// A unified diff (`diff -u`, as `patch` and `git apply` read it) of two texts, by lines.
enum UnifiedDiff {
    static func make(_ old: [UInt8], _ new: [UInt8], path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        // Common head and tail first: a fix changes a few lines of a plan.
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)]), midB = Array(b[head..<(b.count - tail)])
        // Operations over the whole files: " " kept, "-" removed, "+" added.
        var ops: [(Character, Int, Int)] = (0..<head).map { (" ", $0, $0) }
        ops += script(midA, midB).map { ($0.0, $0.1 + head, $0.2 + head) }
        ops += (0..<tail).map { (" ", a.count - tail + $0, b.count - tail + $0) }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        let changes = ops.indices.filter { ops[$0].0 != " " }
        var c = 0
        while c < changes.count {
            var last = c
            while last + 1 < changes.count && changes[last + 1] - changes[last] <= 2 * context + 1 { last += 1 }
            let hunk = ops[max(0, changes[c] - context)..<min(ops.count, changes[last] + 1 + context)]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            // A side with no lines is numbered by the line before the hunk, as diff -u does.
            let oldStart = oldCount == 0 ? hunk.first!.1 : hunk.first { $0.0 != "+" }!.1 + 1
            let newStart = newCount == 0 ? hunk.first!.2 : hunk.first { $0.0 != "-" }!.2 + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for op in hunk {
                out += String(op.0) + text(op.0 == "+" ? b[op.2] : a[op.1])
            }
            c = last + 1
        }
        return out
    }

    /// The lines of a text, each with its line break; a last line without one is marked
    /// as `diff` marks it.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(Array(bytes[start...i]))
            start = i + 1
        }
        if start < bytes.count { out.append(Array(bytes[start...])) }
        return out
    }

    private static func text(_ line: [UInt8]) -> String {
        let s = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? s : s + "\n\\ No newline at end of file\n"
    }

    /// The shortest edit script between two short runs of lines (longest common subsequence).
    private static func script(_ a: [[UInt8]], _ b: [[UInt8]]) -> [(Character, Int, Int)] {
        let n = a.count, m = b.count
        guard n * m <= 4_000_000 else {
            return a.indices.map { ("-", $0, 0) } + b.indices.map { ("+", n, $0) }
        }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [(Character, Int, Int)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] { out.append((" ", i, j)); i += 1; j += 1 }
            else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) { out.append(("-", i, j)); i += 1 }
            else { out.append(("+", i, j)); j += 1 }
        }
        return out
    }
}

/// The fixes of a run, counted as the results stream by, and the lines they leave for
/// standard error: refused and skipped fixes, and the summary (applied / remaining).
struct FixTally {
    let request: FixRequest?
    let japanese: Bool
    var applied = 0
    var changedFiles = 0
    var safeRemaining = 0
    var unsafeRemaining = 0
    /// Of `safeRemaining`, those in files converted from another encoding (not rewritten).
    var safeInConverted = 0
    private var details: [String] = []

    init(request: FixRequest?, japanese: Bool) {
        self.request = request
        self.japanese = japanese
    }

    /// Counts a result; returns its diff when `--diff` has one to print.
    mutating func add(_ result: FileResult) -> String? {
        for d in result.diagnostics where d.isActive {
            switch d.fix?.safety {
            case .safe?:
                safeRemaining += 1
                if result.convertedText != nil { safeInConverted += 1 }
            case .unsafe?: unsafeRemaining += 1
            case nil: break
            }
        }
        guard let outcome = result.fixes else { return nil }
        applied += outcome.applied
        if outcome.written || outcome.diff?.isEmpty == false { changedFiles += 1 }
        for d in outcome.refused {
            details.append(japanese
                ? "planlint: 注記: \(d.file):\(d.line):\(d.column): [\(d.rule)] の修正は適用しませんでした。適用すると計画がYAMLまたは書式として正しく読めなくなります"
                : "planlint: note: \(d.file):\(d.line):\(d.column): the fix for [\(d.rule)] was not applied: the plan would no longer read cleanly")
        }
        if let skipped = outcome.skipped {
            details.append(Notice.note("\(result.path): \(skipped)", japanese ? .ja : .en))
        }
        return outcome.diff.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The lines for standard error: details, then one summary line when there is anything
    /// to say (nothing for a plain run without fixable diagnostics).
    var notes: [String] {
        let remaining = safeRemaining + (request?.unsafe == true ? unsafeRemaining : 0)
        guard let request else {
            guard safeRemaining + unsafeRemaining > 0 else { return details }
            let more = unsafeRemaining > 0
                ? (japanese ? "（ほかに --unsafe-fixes で\(unsafeRemaining)件）" : " (\(unsafeRemaining) more with --unsafe-fixes)") : ""
            let converted = safeInConverted == 0 ? [] : [japanese
                ? "planlint: そのうち\(safeInConverted)件は UTF-8 以外の文字コードで保存されたファイルにあります。そのファイルは、UTF-8 で保存し直してから --fix を実行してください"
                : "planlint: \(safeInConverted) of them \(safeInConverted == 1 ? "is" : "are") in files not saved as UTF-8: save those as UTF-8 first, then run --fix"]
            return details + [japanese
                ? "planlint: [*] の付いた\(safeRemaining)件は --fix で自動修正できます\(more)"
                : "planlint: [*] \(safeRemaining) fixable with --fix\(more)"] + converted
        }
        let unsafeNote = !request.unsafe && unsafeRemaining > 0
            ? (japanese ? "。ほかに --unsafe-fixes で適用できる修正が\(unsafeRemaining)件あります"
                        : "; \(unsafeRemaining) more with --unsafe-fixes") : ""
        let verb = request.diff
            ? (japanese ? "適用できる修正は\(applied)件（\(changedFiles)ファイル、書き込みはしていません）"
                        : "\(applied) fix\(applied == 1 ? "" : "es") would be applied in \(changedFiles) file\(changedFiles == 1 ? "" : "s") (nothing written)")
            : (japanese ? "修正を\(applied)件適用しました（\(changedFiles)ファイル）"
                        : "\(applied) fix\(applied == 1 ? "" : "es") applied in \(changedFiles) file\(changedFiles == 1 ? "" : "s")")
        let rest = japanese ? "。残る修正可能な指摘は\(remaining)件です" : "; \(remaining) fixable remain\(remaining == 1 ? "s" : "")"
        return details + ["planlint: " + verb + (request.diff ? "" : rest) + unsafeNote]
    }
}
