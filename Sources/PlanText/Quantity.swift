/// A number with a unit found in a text (年延べ10件, 15者以上（累計）, 9兆2,000億円),
/// with the words around it that say how the number is meant.
///
/// `value` is counted in `unit`: multipliers that are part of a money unit stay
/// in the unit (1,514百万円 is 1514 in 百万円; 9兆2,000億円 is 92000 in 億円), any
/// other multiplier is applied (1万件 is 10000 in 件). ``normalized`` brings money
/// to 円 and 割 to %, which is what comparisons should use.
public struct Quantity: Sendable, Hashable {
    /// The number, counted in ``unit``.
    public var value: Double
    /// The unit word, width-folded (％ is "%"): 件, 回, 社, %, 割, 円, 億円, 百万円 …
    public var unit: String
    /// How the number is meant, from the words before and after it.
    public var qualifiers: Set<Qualifier>
    /// The fiscal year the text ties the number to: a year in parentheses or
    /// after a slash right behind it (714件（2018年度）, 10件/2022年度), or a year
    /// just before it (2022年度は1,000件, 令和2～4年度 年10個). Nil when none.
    public var year: Int?
    /// Where the quantity is, in Unicode-scalar offsets of the scanned string:
    /// from the first qualifier word before it to the last qualifier after it.
    public var range: Range<Int>
    /// The original text at ``range``.
    public var text: String

    public init(value: Double, unit: String, qualifiers: Set<Qualifier> = [], year: Int? = nil,
                range: Range<Int>, text: String) {
        self.value = value
        self.unit = unit
        self.qualifiers = qualifiers
        self.year = year
        self.range = range
        self.text = text
    }

    /// The value and unit to compare with: money in 円 (9兆2,000億円 → 9.2e12 円),
    /// 割 and パーセント in % (3割 → 30 %); other units unchanged.
    public var normalized: (value: Double, unit: String) {
        Units.normalize(value: value, unit: unit)
    }
}

/// A word next to a number that says how it is meant. The raw values are the
/// plan format's own words (`basis: annual`, `comparator: at-least`).
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    /// 年, 年間, 毎年, 年度あたり, /年: a number for every fiscal year.
    case annual
    /// 累計, 合計, 通算, 延べ, 延, 延数, （累計）: a total over a period.
    case cumulative
    /// 以上, 最低: the number is a floor.
    case atLeast = "at-least"
    /// 以下, 未満, 最大: the number is a ceiling.
    case atMost = "at-most"
    /// 約, 程度, 前後, 概ね: the number is approximate.
    case about
}
