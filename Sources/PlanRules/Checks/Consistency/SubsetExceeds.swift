import PlanModel

/// `subset-exceeds`: a `within` target (その中で, うち) is not larger than the target it is part
/// of, or the sum of the targets it lists. All are first brought to one basis over the same
/// years: per year when all are yearly (annual, or a level in a year the others hold), else a
/// total over the cumulative window (annual × its years in that window). References that do
/// not resolve, other units and bases that cannot be compared are left alone.
enum SubsetExceeds: PlanCheck {
    enum Message: RuleMessage {
        /// The subset is larger than what it is part of.
        case exceeds(Comparison)
        /// The subset and its parents count in units that cannot be compared.
        case units(metric: String, unit: String, parents: [String], parentUnits: [String])

        static let rule = "subset-exceeds"
        var key: String {
            switch self {
            case .exceeds(let c): c.window == nil ? "default" : "total"
            case .units: "units"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .exceeds(let c): c.arguments
            case .units(let metric, let unit, let parents, let parentUnits):
                ["metric": metric, "unit": unit, "parents": parents.joined(separator: " + "),
                 "parent_units": parentUnits.joined(separator: "・")]
            }
        }
        static let everyCase: [Self] = [
            .exceeds(Comparison(metric: "", unit: "", value: 0, total: 0, parents: [], window: nil)),
            .exceeds(Comparison(metric: "", unit: "", value: 0, total: 0, parents: [], window: 0...0)),
            .units(metric: "", unit: "", parents: [], parentUnits: []),
        ]
    }

    /// A subset and its parents brought to one footing.
    struct Comparison: Sendable {
        var metric: String
        var unit: String
        /// The subset's amount, and the parents' total, on the common footing.
        var value: Double
        var total: Double
        /// The parents' metrics.
        var parents: [String]
        /// The window both were totalled over (nil: compared per year).
        var window: ClosedRange<Int>?

        var arguments: [String: String] {
            var args = ["metric": metric, "unit": unit, "value": NumberFormat.plain(value),
                        "parents": parents.joined(separator: " + "), "total": NumberFormat.plain(total)]
            if let window {
                args["from"] = String(window.lowerBound)
                args["to"] = String(window.upperBound)
            }
            return args
        }
    }

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let owned = context.targets(in: plan)
        // KPI targets with an id, by `KPI_ID/TARGET_ID` (the first of duplicates, like the model).
        let byReference = Dictionary(owned.compactMap { o -> (String, TargetView)? in
            guard o.target.id != nil else { return nil }
            let subject = o.subject
            let isKPITarget = o.owner == subject.split(separator: "/").first.map(String.init)
            return isKPITarget ? (subject, o) : nil
        }, uniquingKeysWith: { first, _ in first })
        return owned.compactMap { s -> Finding? in
            guard !s.target.within.isEmpty, s.target.value != nil else { return nil }
            let parents = s.target.within.compactMap { byReference[$0.value] }
            guard parents.count == s.target.within.count, parents.allSatisfy({ $0.target.value != nil }) else { return nil }
            guard parents.allSatisfy({ comparable($0, s) }) else {
                return finding(.units(metric: s.name, unit: s.unit, parents: parents.map(\.name),
                                      parentUnits: parents.map(\.unit)),
                               at: s.source("unit"), subject: s.subject)
            }
            guard let c = compare(s, parents), Compare.exceeds(c.subset, c.parents) else { return nil }
            return finding(.exceeds(Comparison(metric: s.name, unit: s.unit, value: c.subset, total: c.parents,
                                               parents: parents.map(\.name), window: c.window)),
                           at: s.source("value"), subject: s.subject)
        }
    }

    /// Whether a parent and the subset count in one unit, or in units one of which is a
    /// word of the other (社 within 社・団体).
    private static func comparable(_ parent: TargetView, _ subset: TargetView) -> Bool {
        if parent.unitKey == subset.unitKey { return true }
        let p = PlanRules.Amount(1, parent.target.unit), s = PlanRules.Amount(1, subset.target.unit)
        return p.unit == s.unit || p.words.contains(where: s.words.contains)
    }

    /// What a target amounts to: a yearly figure (in any year its owner spans, or in one
    /// year), or a total over a window.
    private enum Amount {
        case perYear(Double, TargetView)
        case inYear(Double, Int)
        case total(Double, ClosedRange<Int>)
    }

    private static func amount(_ o: TargetView) -> Amount? {
        guard let v = o.target.value else { return nil }
        switch o.target.basis {
        case .annual: return .perYear(v, o)
        case .level: return (o.target.year ?? o.ownerEnd).map { .inYear(v, $0) }
        case .cumulative: return o.window.map { .total(v, $0) }
        default: return nil
        }
    }

    /// The subset's and the parents' amounts on a common footing; nil when they have none.
    private static func compare(_ s: TargetView, _ parents: [TargetView])
        -> (subset: Double, parents: Double, window: ClosedRange<Int>?)? {
        guard let sub = amount(s) else { return nil }
        let ps = parents.compactMap(amount)
        guard ps.count == parents.count else { return nil }
        // A total over one window when the subset or any parent is cumulative.
        var window: ClosedRange<Int>?
        if case .total(_, let w) = sub { window = w }
        for case .total(_, let w) in ps where window == nil { window = w }
        if let window {
            guard let subset = total(sub, over: window, isSubset: true) else { return nil }
            var sum = 0.0
            for p in ps {
                guard let part = total(p, over: window, isSubset: false) else { return nil }
                sum += part
            }
            return (subset, sum, window)
        }
        // Yearly: every level must fall in one year that every annual target holds in.
        let all = [sub] + ps
        var years = Set<Int>()
        for case .inYear(_, let y) in all { years.insert(y) }
        guard years.count <= 1 else { return nil }
        var values: [Double] = []
        for a in all {
            switch a {
            case .perYear(let v, let o):
                if let y = years.first { guard o.ownerYears?.contains(y) == true else { return nil } }
                values.append(v)
            case .inYear(let v, _): values.append(v)
            case .total: return nil
            }
        }
        return (values[0], values.dropFirst().reduce(0, +), nil)
    }

    /// An amount as a total over `window`. A parent's running total over a longer window
    /// still bounds the subset; a subset's must be over exactly the window.
    private static func total(_ a: Amount, over window: ClosedRange<Int>, isSubset: Bool) -> Double? {
        switch a {
        case .perYear(let v, let o): return o.yearsHeld(in: window).map { v * Double($0) }
        case .inYear: return nil
        case .total(let v, let w):
            if w == window { return v }
            return !isSubset && w.lowerBound <= window.lowerBound && window.upperBound <= w.upperBound ? v : nil
        }
    }
}
