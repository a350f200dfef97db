import PlanRules

/// One thing a revision changed in a plan, as a reviewer gating a resubmission needs it.
/// Each change names its subject (a KPI, target, vision or goal id), the values before and
/// after where there are two, and whether it weakens the plan's commitments.
public struct PlanChange: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case fileAdded = "file-added", fileRemoved = "file-removed", unreadable
        case kpiAdded = "kpi-added", kpiRemoved = "kpi-removed", kpiRenamed = "kpi-renamed", kpiTextChanged = "kpi-text-changed"
        case targetAdded = "target-added", targetRemoved = "target-removed"
        case targetLowered = "target-lowered", targetRaised = "target-raised"
        case unitChanged = "unit-changed", basisChanged = "basis-changed", comparatorChanged = "comparator-changed"
        case periodShortened = "period-shortened", periodExtended = "period-extended", periodChanged = "period-changed"
        case linkRemoved = "link-removed", linkAdded = "link-added"
        case visionAdded = "vision-added", visionRemoved = "vision-removed"
        case visionPeriodShortened = "vision-period-shortened", visionPeriodExtended = "vision-period-extended"
        case visionPeriodChanged = "vision-period-changed"
        case goalAdded = "goal-added", goalRemoved = "goal-removed", goalChanged = "goal-changed"
        case diagnosticFixed = "diagnostic-fixed", diagnosticNew = "diagnostic-new"
    }

    public var kind: Kind
    /// The id the change is about: `seminars`, `seminars/#2`, `v1`, `v1/g1`; "" for the plan.
    public var subject: String
    public var old: String?
    public var new: String?
    /// A lower target, a shorter period, a removed KPI or target, a removed link: what
    /// `planlint diff --fail-on-weakening` fails on.
    public var weakening: Bool
    /// The line in the new file (the old one for what was removed), when known.
    public var line: Int?

    public init(_ kind: Kind, subject: String, old: String? = nil, new: String? = nil, weakening: Bool = false, line: Int? = nil) {
        self.kind = kind
        self.subject = subject
        self.old = old
        self.new = new
        self.weakening = weakening
        self.line = line
    }

    /// The change in words, in the user's language.
    public func sentence(_ language: Language) -> String {
        let ja = language == .ja
        let o = old ?? "", n = new ?? "", s = subject
        switch kind {
        case .fileAdded: return ja ? "計画ファイルが加わりました" : "the plan file was added"
        case .fileRemoved: return ja ? "計画ファイルがなくなりました" : "the plan file was removed"
        case .unreadable: return ja ? "\(o)の版が計画として読めません（planlint lint で理由を確かめます）"
                                    : "the \(o) version does not read as a plan (planlint lint says why)"
        case .kpiAdded: return ja ? "KPI『\(s)』が加わりました：\(n)" : "KPI '\(s)' was added: \(n)"
        case .kpiRemoved: return ja ? "KPI『\(s)』がなくなりました：\(o)" : "KPI '\(s)' was removed: \(o)"
        case .kpiRenamed: return ja ? "KPI『\(o)』の id が『\(n)』に変わりました（文はほぼ同じ）" : "KPI '\(o)' was renamed '\(n)' (same text)"
        case .kpiTextChanged: return ja ? "KPI『\(s)』の文が変わりました：「\(o)」→「\(n)」" : "the text of KPI '\(s)' changed: 「\(o)」 → 「\(n)」"
        case .targetAdded: return ja ? "目標値 \(s) が加わりました（\(n)）" : "target \(s) was added (\(n))"
        case .targetRemoved: return ja ? "目標値 \(s) がなくなりました（\(o)）" : "target \(s) was removed (\(o))"
        case .targetLowered: return ja ? "目標値 \(s) が下がりました：\(o) → \(n)" : "target \(s) was lowered: \(o) → \(n)"
        case .targetRaised: return ja ? "目標値 \(s) が上がりました：\(o) → \(n)" : "target \(s) was raised: \(o) → \(n)"
        case .unitChanged: return ja ? "目標値 \(s) の単位が変わりました：\(o) → \(n)" : "the unit of target \(s) changed: \(o) → \(n)"
        case .basisChanged: return ja ? "目標値 \(s) の数え方（basis）が変わりました：\(o) → \(n)" : "the basis of target \(s) changed: \(o) → \(n)"
        case .comparatorChanged: return ja ? "目標値 \(s) の比べ方（comparator）が変わりました：\(o) → \(n)"
                                           : "the comparator of target \(s) changed: \(o) → \(n)"
        case .periodShortened: return ja ? "KPI期間が短くなりました：\(o) → \(n)" : "the KPI period was shortened: \(o) → \(n)"
        case .periodExtended: return ja ? "KPI期間が長くなりました：\(o) → \(n)" : "the KPI period was extended: \(o) → \(n)"
        case .periodChanged: return ja ? "KPI期間が変わりました：\(o) → \(n)" : "the KPI period changed: \(o) → \(n)"
        case .linkRemoved: return ja ? "KPI『\(s)』が目標 \(o) を支えなくなりました" : "KPI '\(s)' no longer supports \(o)"
        case .linkAdded: return ja ? "KPI『\(s)』が目標 \(n) を支えるようになりました" : "KPI '\(s)' now supports \(n)"
        case .visionAdded: return ja ? "ビジョン『\(s)』が加わりました：\(n)" : "vision '\(s)' was added: \(n)"
        case .visionRemoved: return ja ? "ビジョン『\(s)』がなくなりました：\(o)" : "vision '\(s)' was removed: \(o)"
        case .visionPeriodShortened: return ja ? "ビジョン『\(s)』の期間が短くなりました：\(o) → \(n)"
                                               : "the period of vision '\(s)' was shortened: \(o) → \(n)"
        case .visionPeriodExtended: return ja ? "ビジョン『\(s)』の期間が長くなりました：\(o) → \(n)"
                                              : "the period of vision '\(s)' was extended: \(o) → \(n)"
        case .visionPeriodChanged: return ja ? "ビジョン『\(s)』の期間が変わりました：\(o) → \(n)" : "the period of vision '\(s)' changed: \(o) → \(n)"
        case .goalAdded: return ja ? "目標 \(s) が加わりました" : "goal \(s) was added"
        case .goalRemoved: return ja ? "目標 \(s) がなくなりました" : "goal \(s) was removed"
        case .goalChanged: return ja ? "目標 \(s) の文が変わりました" : "the text of goal \(s) changed"
        case .diagnosticFixed: return o
        case .diagnosticNew: return n
        }
    }
}
