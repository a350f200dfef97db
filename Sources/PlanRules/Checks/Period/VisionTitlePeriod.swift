import PlanModel
import PlanText

/// `vision-title-period`: a vision's title and its period tell the same story. A title that
/// names a year (「…戦略2020」, 「…ビジョン2018～2021」) while the period has no end, or names
/// a span other than the period, points at a period transcribed or stated wrongly, and a
/// coverage gap the period then hides; a long-term plan (長期計画) in force for one year is
/// implausible. A date in the title (2018年3月改定) is a revision, not a period, and is ignored.
enum VisionTitlePeriod: PlanCheck {
    enum Message: RuleMessage {
        /// The title names `years`; the period has no end.
        case open(vision: String, years: [Int])
        /// The title names the span `years`; the period is another.
        case span(vision: String, years: ClosedRange<Int>, period: String)
        /// A long-term plan whose period is the one year `year`.
        case oneYear(vision: String, year: Int)

        static let rule = "vision-title-period"
        var key: String {
            switch self {
            case .open: "default"
            case .span: "span"
            case .oneYear: "one-year"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .open(let vision, let years): ["vision": vision, "years": years.map(String.init).joined(separator: ", ")]
            case .span(let vision, let years, let period): ["vision": vision, "years": PeriodMath.span(years), "period": period]
            case .oneYear(let vision, let year): ["vision": vision, "year": String(year)]
            }
        }
        static let everyCase: [Self] = [.open(vision: "", years: []), .span(vision: "", years: 0...0, period: ""),
                                        .oneYear(vision: "", year: 0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.visions.compactMap { vision -> Finding? in
            guard let period = vision.period else { return nil }   // vision-period-missing's business
            let years = titleYears(vision.title)
            if !years.isEmpty, period.asOf == nil, period.toYear == nil {
                return finding(.open(vision: vision.title, years: years), at: period.source, subject: vision.id)
            }
            if years.count == 2, let from = period.from, let to = period.toYear, years[0] < years[1],
               years[0] != from || years[1] != to {
                return finding(.span(vision: vision.title, years: years[0]...years[1], period: PeriodMath.written(period)),
                               at: period.source, subject: vision.id)
            }
            if let from = period.from, from == period.toYear, vision.title.contains("長期") {
                return finding(.oneYear(vision: vision.title, year: from), at: period.source, subject: vision.id)
            }
            return nil
        }
    }

    /// The four-digit years (1990–2100) a title names, in order, leaving out dates
    /// (a year followed by 年 and a month: 2018年3月).
    static func titleYears(_ title: String) -> [Int] {
        let s = Array(Width.fold(title).unicodeScalars)
        func digit(_ i: Int) -> Int? {
            guard i >= 0, i < s.count, let d = s[i].properties.numericType == .decimal ? s[i].properties.numericValue : nil,
                  s[i].isASCII else { return nil }
            return Int(d)
        }
        var years: [Int] = []
        var i = 0
        while i < s.count {
            guard digit(i) != nil, digit(i - 1) == nil else { i += 1; continue }
            var end = i
            var value = 0
            while let d = digit(end) { value = value * 10 + d; end += 1 }
            let isDate = end < s.count && s[end] == "年" && digit(end + 1) != nil
            if end - i == 4, (1990...2100).contains(value), !isDate { years.append(value) }
            i = end
        }
        return years
    }
}
