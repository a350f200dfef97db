import PlanModel
import PlanRules

/// What changed between two versions of one plan: KPIs matched by id, then by the
/// similarity of their texts (a renamed id), targets by id, then metric, then position;
/// visions and goals by id. Pure: it sees two decoded plans and their diagnostics.
public enum PlanComparison {
    /// Two KPI texts this similar (character-bigram Dice coefficient) are one KPI whose id
    /// changed. 0.8 keeps a KPI with a changed number or a corrected typo (Plans/ texts are
    /// 40–200 characters: one changed figure moves a few bigrams) and tells apart two KPIs
    /// of one plan, which share a template (「…セミナーを年N回開催する」) but not their objects.
    public static let renameSimilarity = 0.8

    public static func compare(old: Plan, new: Plan) -> [PlanChange] {
        var out: [PlanChange] = []
        out += periodChanges(old.period, new.period, subject: "", kinds: (.periodShortened, .periodExtended, .periodChanged),
                             line: new.period?.source.range.start.line)
        out += kpiChanges(old.kpis, new.kpis)
        out += visionChanges(old.visions, new.visions)
        return out
    }

    /// Diagnostics fixed and new between the versions, matched by rule and message (a
    /// diagnostic's position moves with every edit above it; its wording names what it is about).
    public static func diagnosticChanges(old: [Diagnostic], new: [Diagnostic]) -> [PlanChange] {
        func key(_ d: Diagnostic) -> String { d.rule + "\u{0}" + d.message }
        var remaining: [String: Int] = [:]
        for d in new { remaining[key(d), default: 0] += 1 }
        var out: [PlanChange] = []
        for d in old {
            if let n = remaining[key(d)], n > 0 { remaining[key(d)] = n - 1 } else {
                out.append(PlanChange(.diagnosticFixed, subject: d.rule, old: "[\(d.rule)] \(d.message)"))
            }
        }
        for d in new where (remaining[key(d)] ?? 0) > 0 {
            remaining[key(d)]! -= 1
            out.append(PlanChange(.diagnosticNew, subject: d.rule, new: "[\(d.rule)] \(d.message)", line: d.line))
        }
        return out
    }

    // MARK: Periods

    /// The fiscal years a period covers (an open end counts to `openUntil`), and its text.
    static func years(_ p: Period?) -> Set<Int> {
        guard let p else { return [] }
        if let asOf = p.asOf { return [asOf] }
        guard let from = p.from else { return [] }
        let to: Int
        switch p.to {
        case .year(let y): to = y
        case .open: to = 9999
        case nil: to = from
        }
        return to >= from ? Set(from...min(to, from + 500)) : []
    }

    public static func describe(_ p: Period?) -> String {
        guard let p else { return "—" }
        if let asOf = p.asOf { return "\(asOf)年度時点" }
        let from = p.from.map(String.init) ?? ""
        switch p.to {
        case .year(let y): return "\(from)〜\(y)年度"
        case .open: return "\(from)年度〜"
        case nil: return from.isEmpty ? "—" : "\(from)年度〜?"
        }
    }

    static func periodChanges(_ old: Period?, _ new: Period?, subject: String,
                              kinds: (shorter: PlanChange.Kind, longer: PlanChange.Kind, other: PlanChange.Kind),
                              line: Int?) -> [PlanChange] {
        let a = describe(old), b = describe(new)
        guard a != b else { return [] }
        let before = years(old), after = years(new)
        if after.isSubset(of: before) {
            return [PlanChange(kinds.shorter, subject: subject, old: a, new: b, weakening: true, line: line)]
        }
        if before.isSubset(of: after) {
            return [PlanChange(kinds.longer, subject: subject, old: a, new: b, line: line)]
        }
        return [PlanChange(kinds.other, subject: subject, old: a, new: b, weakening: !before.isSubset(of: after), line: line)]
    }

    // MARK: KPIs and targets

    static func kpiChanges(_ old: [KPI], _ new: [KPI]) -> [PlanChange] {
        var out: [PlanChange] = []
        var newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var pairs: [(KPI, KPI)] = []
        var unmatchedOld: [KPI] = []
        for k in old {
            if let n = newByID.removeValue(forKey: k.id) { pairs.append((k, n)) } else { unmatchedOld.append(k) }
        }
        var unmatchedNew = new.filter { newByID[$0.id] != nil }
        for k in unmatchedOld {
            let best = unmatchedNew.enumerated().map { ($0.offset, similarity(k.text, $0.element.text)) }.max { $0.1 < $1.1 }
            if let best, best.1 >= renameSimilarity {
                let n = unmatchedNew.remove(at: best.0)
                out.append(PlanChange(.kpiRenamed, subject: n.id, old: k.id, new: n.id, line: n.source.range.start.line))
                pairs.append((k, n))
            } else {
                out.append(PlanChange(.kpiRemoved, subject: k.id, old: k.text, weakening: true))
            }
        }
        for n in unmatchedNew {
            out.append(PlanChange(.kpiAdded, subject: n.id, new: n.text, line: n.source.range.start.line))
        }
        for (o, n) in pairs {
            if o.text != n.text {
                out.append(PlanChange(.kpiTextChanged, subject: n.id, old: o.text, new: n.text, line: n.source.range.start.line))
            }
            out += targetChanges(o, n)
            let before = Set(o.supports.map(\.value)), after = Set(n.supports.map(\.value))
            for r in o.supports.map(\.value) where !after.contains(r) {
                out.append(PlanChange(.linkRemoved, subject: n.id, old: r, weakening: true, line: n.source.range.start.line))
            }
            for r in n.supports where !before.contains(r.value) {
                out.append(PlanChange(.linkAdded, subject: n.id, new: r.value, line: r.source.range.start.line))
            }
        }
        return out
    }

    static func targetChanges(_ old: KPI, _ new: KPI) -> [PlanChange] {
        var out: [PlanChange] = []
        var remaining = Array(new.targets.indices)
        var pairs: [(Int, Int)] = []
        var unmatched: [Int] = []
        // By id, then by metric, then by position among what is left.
        for (i, t) in old.targets.enumerated() {
            if let j = remaining.firstIndex(where: { t.id != nil && new.targets[$0].id == t.id })
                ?? remaining.firstIndex(where: { t.metric != nil && new.targets[$0].metric == t.metric }) {
                pairs.append((i, remaining.remove(at: j)))
            } else { unmatched.append(i) }
        }
        for i in unmatched {
            if !remaining.isEmpty { pairs.append((i, remaining.removeFirst())) } else {
                out.append(PlanChange(.targetRemoved, subject: name(old, i), old: summary(old.targets[i]), weakening: true))
            }
        }
        for j in remaining {
            out.append(PlanChange(.targetAdded, subject: name(new, j), new: summary(new.targets[j]),
                                  line: new.targets[j].source.range.start.line))
        }
        for (i, j) in pairs.sorted(by: { $0.1 < $1.1 }) {
            let a = old.targets[i], b = new.targets[j], subject = name(new, j), line = b.source.range.start.line
            if let x = a.value, let y = b.value, x != y {
                // For an at-most target a lower value is the stronger commitment.
                let lower = y < x
                let weaker = b.comparator == .atMost ? !lower : lower
                out.append(PlanChange(lower ? .targetLowered : .targetRaised, subject: subject,
                                      old: amount(x, a.unit), new: amount(y, b.unit), weakening: weaker, line: line))
            }
            if a.unit != b.unit {
                out.append(PlanChange(.unitChanged, subject: subject, old: a.unit ?? "—", new: b.unit ?? "—", line: line))
            }
            if a.basis != b.basis {
                out.append(PlanChange(.basisChanged, subject: subject, old: a.basis?.rawValue ?? "—", new: b.basis?.rawValue ?? "—", line: line))
            }
            if a.comparator != b.comparator {
                out.append(PlanChange(.comparatorChanged, subject: subject, old: a.comparator.rawValue, new: b.comparator.rawValue, line: line))
            }
        }
        return out
    }

    /// `KPI_ID/TARGET_ID`, or `KPI_ID/#N` (N from 1) as waivers name targets.
    static func name(_ kpi: KPI, _ index: Int) -> String {
        kpi.id + "/" + (kpi.targets[index].id ?? "#\(index + 1)")
    }

    static func summary(_ t: Target) -> String {
        [t.metric, t.value.map { amount($0, t.unit) }, t.basis?.rawValue].compactMap { $0 }.joined(separator: " ")
    }

    static func amount(_ value: Double, _ unit: String?) -> String {
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return number + (unit ?? "")
    }

    /// The Dice coefficient of two texts' character bigrams (1: the same bigrams).
    static func similarity(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> [String: Int] {
            let c = Array(s)
            var out: [String: Int] = [:]
            if c.count < 2 { if let only = c.first { out[String(only)] = 1 }; return out }
            for i in 0..<(c.count - 1) { out[String(c[i]) + String(c[i + 1]), default: 0] += 1 }
            return out
        }
        let x = bigrams(a), y = bigrams(b)
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        guard total > 0 else { return a == b ? 1 : 0 }
        let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }

    // MARK: Visions and goals

    static func visionChanges(_ old: [Vision], _ new: [Vision]) -> [PlanChange] {
        var out: [PlanChange] = []
        let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldIDs = Set(old.map(\.id))
        for o in old {
            guard let n = newByID[o.id] else {
                out.append(PlanChange(.visionRemoved, subject: o.id, old: o.title))
                continue
            }
            out += periodChanges(o.period, n.period, subject: n.id,
                                 kinds: (.visionPeriodShortened, .visionPeriodExtended, .visionPeriodChanged),
                                 line: n.period?.source.range.start.line)
            let goals = Dictionary(n.goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for g in o.goals {
                if let h = goals[g.id] {
                    if g.text != h.text || g.heading != h.heading {
                        out.append(PlanChange(.goalChanged, subject: "\(n.id)/\(g.id)", line: h.source.range.start.line))
                    }
                } else {
                    out.append(PlanChange(.goalRemoved, subject: "\(o.id)/\(g.id)"))
                }
            }
            let oldGoals = Set(o.goals.map(\.id))
            for h in n.goals where !oldGoals.contains(h.id) {
                out.append(PlanChange(.goalAdded, subject: "\(n.id)/\(h.id)", line: h.source.range.start.line))
            }
        }
        for n in new where !oldIDs.contains(n.id) {
            out.append(PlanChange(.visionAdded, subject: n.id, new: n.title, line: n.source.range.start.line))
        }
        return out
    }
}
