import PlanText

/// Reading Japanese fiscal years (年度, 1 April to 31 March) from what plans write.
public enum FiscalYear {
    /// The fiscal year of a calendar date: April 2020 to March 2021 is FY2020.
    public static func of(year: Int, month: Int) -> Int {
        month >= 4 ? year : year - 1
    }

    /// A year as a plan may write it: `2022`, `2019-10-02` (a date, read as its fiscal
    /// year), `2022年度`, full-width digits (`２０２２`, `２０２２年度`), `FY2022`, or an
    /// era year (`令和4年度`, `令和４年度`, `R4`, `Ｒ４`, `平成29年度`, `H29`, `令和元年`).
    /// Returns nil for anything else (``YearForm/read(_:)`` says what else it is).
    public static func parse(_ text: String) -> Int? {
        // Most years are written as four ASCII digits: read those without trimming,
        // Unicode property lookups or the date and era parsers.
        if text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let y = Int(text), (1...9999).contains(y) { return y }
        let t = text.trimmingWhitespace()
        if let y = Int(t), (1...9999).contains(y), t.allSatisfy(\.isASCII) { return y }
        if let date = CalendarDate(t) { return of(year: date.year, month: date.month) }
        if case .fiscal(let y) = YearForm.read(t) { return y }
        return nil
    }
}

/// A `YYYY-MM-DD` date, as waivers' `until` and some vision periods write it.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly (a real day of a real month).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
