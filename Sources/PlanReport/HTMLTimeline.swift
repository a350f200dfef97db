import PlanRules

/// The geometry of one plan's timeline, apart from its drawing so that tests can hold it:
/// a column per fiscal year, a row for the national window, the KPI period and each vision,
/// target years and baselines as marks on the KPI row, and the gaps in the error colour.
/// An open end (a vision `to: open`, or one with no `from`) runs to the chart's edge and
/// is drawn without a closing edge.
public struct TimelineGeometry: Sendable, Equatable {
    public enum Kind: String, Sendable { case window, period, vision }

    public struct Bar: Sendable, Equatable {
        public var kind: Kind
        public var label: String
        public var row: Int
        public var x: Int
        public var width: Int
        public var openStart: Bool
        public var openEnd: Bool
    }

    public struct Mark: Sendable, Equatable {
        public enum Kind: String, Sendable { case target, baseline }
        public var kind: Kind
        public var year: Int
        public var x: Int
        public var row: Int
    }

    /// A run of years drawn in the error colour on a row: the window's years the KPI
    /// period leaves out (`period-window`), the KPI years no supported vision covers
    /// (`vision-period-coverage`).
    public struct Gap: Sendable, Equatable {
        public var years: ClosedRange<Int>
        public var row: Int
        public var x: Int
        public var width: Int
    }

    /// The first and last year drawn.
    public var years: ClosedRange<Int>
    public var bars: [Bar] = []
    public var marks: [Mark] = []
    public var gaps: [Gap] = []
    public var rows: Int
    /// The KPI period's row label, shown even when the plan gives no period (an empty row).
    public var periodLabel: String

    public static let labelWidth = 170
    public static let yearWidth = 56
    public static let rowHeight = 28
    public static let top = 24
    /// How far from the window a chart reaches, so that a vision from 1990 stays readable.
    public static let reach = 12

    public var width: Int { Self.labelWidth + (years.count) * Self.yearWidth + 10 }
    public var height: Int { Self.top + rows * Self.rowHeight + 8 }

    /// The left edge of a fiscal year's column.
    public func x(_ year: Int) -> Int { Self.labelWidth + (year - years.lowerBound) * Self.yearWidth }

    /// The timeline of a plan's content. `showWindowGap` and `showCoverageGap` say whether
    /// the run reported those gaps (`period-window`, `vision-period-coverage`), so that the
    /// picture shows what the diagnostics say and nothing a disabled rule would.
    public init(_ c: PlanContent, labels: (window: String, period: String), showWindowGap: Bool, showCoverageGap: Bool) {
        var all = [c.window.lowerBound, c.window.upperBound]
        if let p = c.period { all += [p.lowerBound, p.upperBound] }
        for v in c.visions {
            if let f = v.from { all.append(f) }
            if let t = v.to { all.append(t) }
        }
        for k in c.kpis { for t in k.targets { all += [t.year, t.baselineYear].compactMap { $0 } } }
        let low = max(all.min() ?? c.window.lowerBound, c.window.lowerBound - Self.reach)
        let high = min(all.max() ?? c.window.upperBound, c.window.upperBound + Self.reach)
        // One more year each side when something runs open, so the open end shows.
        let opensLeft = c.visions.contains { $0.hasPeriod && $0.from == nil } || all.contains { $0 < low }
        let opensRight = c.visions.contains { $0.openEnd } || all.contains { $0 > high }
        years = (low - (opensLeft ? 1 : 0))...(high + (opensRight ? 1 : 0))
        rows = 2 + c.visions.count
        periodLabel = labels.period
        func clipped(_ from: Int?, _ to: Int?) -> (x: Int, width: Int, openStart: Bool, openEnd: Bool) {
            let first = max(from ?? years.lowerBound, years.lowerBound)
            let last = min(to ?? years.upperBound, years.upperBound)
            let x = self.x(first)
            return (x, max(0, self.x(last + 1) - x), from == nil || from! < years.lowerBound,
                    to == nil || to! > years.upperBound)
        }
        var bar = clipped(c.window.lowerBound, c.window.upperBound)
        bars.append(Bar(kind: .window, label: labels.window, row: 0, x: bar.x, width: bar.width, openStart: false, openEnd: false))
        if let p = c.period {
            bar = clipped(p.lowerBound, p.upperBound)
            bars.append(Bar(kind: .period, label: labels.period, row: 1, x: bar.x, width: bar.width, openStart: false, openEnd: false))
        }
        for (i, v) in c.visions.enumerated() where v.hasPeriod {
            if !v.openEnd, v.to == nil { continue } // no end written: the period cannot be drawn
            if let f = v.from, let t = v.to, f > t { continue }
            bar = clipped(v.from, v.openEnd ? nil : v.to)
            bars.append(Bar(kind: .vision, label: v.title, row: 2 + i, x: bar.x, width: bar.width,
                            openStart: bar.openStart, openEnd: bar.openEnd))
        }
        var seen = Set<String>()
        for k in c.kpis {
            for t in k.targets {
                for (kind, year) in [(Mark.Kind.baseline, t.baselineYear), (.target, t.year)] {
                    guard let year, years.contains(year), seen.insert("\(kind)\(year)").inserted else { continue }
                    marks.append(Mark(kind: kind, year: year, x: x(year) + Self.yearWidth / 2, row: 1))
                }
            }
        }
        marks.sort { ($0.year, $0.kind.rawValue) < ($1.year, $1.kind.rawValue) }
        func gapRuns(_ list: [Int], row: Int) {
            for run in Self.runs(list) where run.overlaps(years) {
                let first = max(run.lowerBound, years.lowerBound), last = min(run.upperBound, years.upperBound)
                gaps.append(Gap(years: first...last, row: row, x: x(first), width: x(last + 1) - x(first)))
            }
        }
        if showWindowGap { gapRuns(c.windowGap, row: 0) }
        if showCoverageGap { gapRuns(c.kpis.flatMap(\.uncovered), row: 1) }
    }

    /// Sorted distinct years as runs of consecutive years.
    static func runs(_ years: [Int]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for y in Set(years).sorted() {
            if let last = out.last, last.upperBound + 1 == y { out[out.count - 1] = last.lowerBound...y } else { out.append(y...y) }
        }
        return out
    }

    /// The chart as inline SVG, with a title and a description for screen readers.
    func svg(id: String, title: String, description: String, escape: (String) -> String) -> String {
        let h = Self.rowHeight
        var out = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
        for year in years {
            let x = self.x(year)
            out += "<rect class=\"year\(year % 2 == 0 ? " even" : "")\" x=\"\(x)\" y=\"\(Self.top)\" width=\"\(Self.yearWidth)\" "
                + "height=\"\(rows * h)\"/>"
            out += "<text class=\"axis\" x=\"\(x + Self.yearWidth / 2)\" y=\"\(Self.top - 8)\" text-anchor=\"middle\">\(year) </text>"
        }
        if !bars.contains(where: { $0.kind == .period }) {
            out += "<text class=\"label\" x=\"4\" y=\"\(Self.top + h + h / 2 + 4)\">\(escape(periodLabel)) –</text>"
        }
        for gap in gaps {
            out += "<rect class=\"gap\" x=\"\(gap.x)\" y=\"\(Self.top + gap.row * h + 2)\" width=\"\(gap.width)\" height=\"\(h - 4)\"/>"
        }
        for bar in bars {
            let y = Self.top + bar.row * h
            let label = bar.label.count > 14 ? String(bar.label.prefix(13)) + "…" : bar.label
            out += "<text class=\"label\" x=\"4\" y=\"\(y + h / 2 + 4)\">\(escape(label)) </text>"
            out += "<rect class=\"bar \(bar.kind.rawValue)\" x=\"\(bar.x)\" y=\"\(y + 7)\" width=\"\(bar.width)\" height=\"\(h - 14)\"/>"
            // An open end: an arrow past the edge and no closing line.
            if bar.openEnd {
                let e = bar.x + bar.width
                out += "<path class=\"open\" d=\"M\(e - 2) \(y + 5) L\(e + 6) \(y + h / 2) L\(e - 2) \(y + h - 5)\"/>"
            } else {
                out += "<line class=\"end\" x1=\"\(bar.x + bar.width)\" y1=\"\(y + 5)\" x2=\"\(bar.x + bar.width)\" y2=\"\(y + h - 5)\"/>"
            }
            if bar.openStart {
                out += "<path class=\"open\" d=\"M\(bar.x + 2) \(y + 5) L\(bar.x - 6) \(y + h / 2) L\(bar.x + 2) \(y + h - 5)\"/>"
            } else {
                out += "<line class=\"end\" x1=\"\(bar.x)\" y1=\"\(y + 5)\" x2=\"\(bar.x)\" y2=\"\(y + h - 5)\"/>"
            }
        }
        for mark in marks {
            let y = Self.top + mark.row * h + h / 2
            switch mark.kind {
            case .target:
                out += "<path class=\"mark target\" d=\"M\(mark.x) \(y - 7) L\(mark.x + 6) \(y) L\(mark.x) \(y + 7) L\(mark.x - 6) \(y) Z\"/>"
            case .baseline:
                out += "<circle class=\"mark baseline\" cx=\"\(mark.x)\" cy=\"\(y)\" r=\"5\"/>"
            }
        }
        return out + "</svg>"
    }
}
