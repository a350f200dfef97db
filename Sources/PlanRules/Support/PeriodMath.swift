import PlanModel

/// Fiscal-year arithmetic shared by the period and consistency checks.
enum PeriodMath {
    /// The fiscal years a KPI period spans: `from...to`, or the single `as_of` year.
    /// Nil when the period is missing, contradictory, open or reversed.
    static func kpiYears(_ period: Period?) -> ClosedRange<Int>? {
        guard let period else { return nil }
        if let asOf = period.asOf {
            return period.from == nil && period.to == nil ? asOf...asOf : nil
        }
        guard let from = period.from, let to = period.toYear, from <= to else { return nil }
        return from...to
    }

    /// The years a vision is in force: either bound may be unknown (nil = unbounded).
    static func visionBounds(_ period: Period?) -> (from: Int?, to: Int?)? {
        guard let period else { return nil }
        return (period.from, period.toYear)
    }

    /// Whether a vision period covers fiscal year `year` (an absent bound is unbounded).
    static func covers(_ period: Period?, year: Int) -> Bool {
        guard let (from, to) = visionBounds(period) else { return false }
        return (from.map { $0 <= year } ?? true) && (to.map { year <= $0 } ?? true)
    }

    /// The window of a cumulative target: its `over`, with missing ends taken from `owner`
    /// (the KPI period for a KPI target, the vision period for a goal target).
    static func window(over: Period?, owner: ClosedRange<Int>?) -> ClosedRange<Int>? {
        let from = over?.from ?? owner?.lowerBound
        let to = over?.toYear ?? owner?.upperBound
        guard let from, let to, from <= to else { return nil }
        return from...to
    }

    /// The number of fiscal years in a range.
    static func count(_ years: ClosedRange<Int>) -> Int {
        years.upperBound - years.lowerBound + 1
    }

    /// A range written as Japanese fiscal years: 2020〜2022年度 or 2022年度.
    static func japanese(_ years: ClosedRange<Int>) -> String {
        years.count == 1 ? "\(years.lowerBound)年度" : "\(years.lowerBound)〜\(years.upperBound)年度"
    }

    /// A range written in English: FY2020–FY2022 or FY2022.
    static func english(_ years: ClosedRange<Int>) -> String {
        years.count == 1 ? "FY\(years.lowerBound)" : "FY\(years.lowerBound)–FY\(years.upperBound)"
    }

    /// A list of years as 2021, 2022.
    static func list(_ years: [Int]) -> String {
        years.map(String.init).joined(separator: ", ")
    }
}

// MARK: - Vision coverage and wording shared by the period checks

extension PeriodMath {
    /// The years a vision is in force when they can be told: nil when the period is
    /// absent, has no `to` (neither a year nor `open`), or starts after it ends.
    /// A nil bound in the result is unbounded (no `from`, or `to: open`).
    static func knownSpan(_ period: Period?) -> (from: Int?, to: Int?)? {
        guard let period, let end = period.to else { return nil }
        let to: Int?
        switch end {
        case .year(let y): to = y
        case .open: to = nil
        }
        if let from = period.from, let to, from > to { return nil }
        return (period.from, to)
    }

    /// The years of `years` that none of `spans` covers (an absent bound is unbounded).
    static func uncovered(_ years: ClosedRange<Int>, by spans: [(from: Int?, to: Int?)]) -> [Int] {
        years.filter { year in
            !spans.contains { (($0.from ?? year) <= year) && (year <= ($0.to ?? year)) }
        }
    }

    /// Sorted distinct years grouped into runs of consecutive years: [2020, 2021, 2023] → [2020...2021, 2023...2023].
    static func runs(_ years: [Int]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for y in Set(years).sorted() {
            if let last = out.last, last.upperBound + 1 == y {
                out[out.count - 1] = last.lowerBound...y
            } else {
                out.append(y...y)
            }
        }
        return out
    }

    /// A range in words that read in both languages (the template adds 年度 or FY):
    /// `2020–2022`, or `2022` for a single year.
    static func span(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// Years as runs in both languages: `2021–2022`, `2020, 2022`.
    static func spans(_ years: [Int]) -> String {
        runs(years).map(span).joined(separator: ", ")
    }

    /// A period as written, in both languages: `2018–2021`, `2014–` (open), `–2021` (no start),
    /// `as_of 2022`.
    static func written(_ period: Period) -> String {
        if let asOf = period.asOf, period.from == nil, period.to == nil { return "as_of \(asOf)" }
        let from = period.from.map(String.init) ?? ""
        let to: String
        switch period.to {
        case .year(let y)?: to = "\(y)"
        case .open?: to = ""
        case nil: to = "?"
        }
        if let f = period.from, case .year(let t)? = period.to, f == t { return "\(f)" }
        return "\(from)–\(to)"
    }

    /// The fiscal year a target's value is meant for: its `year`; for a cumulative target
    /// the end of its window; otherwise the end of `owner` (the period it belongs to).
    static func targetYear(_ target: Target, owner: ClosedRange<Int>?) -> Int? {
        if let year = target.year { return year }
        if target.basis == .cumulative { return window(over: target.over, owner: owner)?.upperBound }
        return owner?.upperBound
    }
}
