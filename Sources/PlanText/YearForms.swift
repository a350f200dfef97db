/// How a whole year field reads: every unambiguous way a Japanese document writes a fiscal
/// year, and the near misses a message can name precisely (a calendar year, an era year past
/// its era's end, an era planlint does not know).
public enum YearForm: Equatable, Sendable {
    /// A fiscal year: `2022`, `2022年度`, `２０２２`, `２０２２年度`, `FY2022`, `令和4年度`,
    /// `令和４年度`, `R4`, `Ｒ４`, `令和元年度`, `平成30年度`, `H30`, `令和4年`.
    case fiscal(Int)
    /// A Gregorian year with 年 (`2015年`): a calendar year (January to December), not the
    /// fiscal year (April to March) a plan's year fields hold.
    case calendar(Int)
    /// An era year past the era's last year (`平成34年度`): `era` as the era is named in kanji,
    /// `last` its last year number and `lastYear` that year's Gregorian number, `year` the
    /// Gregorian year the number would be, written in the era in force then as `successor`
    /// (`令和4`), whose first year `nextStart` is (`nextEra` 元年 = `nextStart`).
    case pastEra(era: String, last: Int, lastYear: Int, year: Int, successor: String, nextEra: String, nextStart: Int)
    /// An era name planlint does not know (`大正4年度`, `X4`), as written.
    case unknownEra(String)
    /// Anything else.
    case unreadable

    /// Reads a whole year field (whitespace anywhere ignored, full-width folded).
    public static func read(_ s: String) -> YearForm {
        let compact = FoldedText(s).scalars.filter { !$0.properties.isWhitespace }
        let text = FoldedText(scalars: compact)
        let n = compact.count
        // FY2022
        if n == 6, text.matches(Word("FY"), at: 0), let y = fourDigits(text, at: 2), y > 0 { return .fiscal(y) }
        if let y = fourDigits(text, at: 0), y > 0 {
            if n == 4 { return .fiscal(y) }
            if n == 6, text.matches(Word("年度"), at: 4) { return .fiscal(y) }
            if n == 5, compact[4] == "年" { return .calendar(y) }
            return .unreadable
        }
        if let y = EraYear.parse(s) { return .fiscal(y) }
        return eraMiss(compact)
    }

    private static func fourDigits(_ text: FoldedText, at i: Int) -> Int? {
        var value = 0
        for k in 0..<4 {
            guard let s = text[i + k], s.isASCIIDigit else { return nil }
            value = value * 10 + s.digitValue
        }
        return text[i + 4]?.isASCIIDigit == true ? nil : value
    }

    /// `NAME NUMBER [年度|年]` with a name that is an era past its end, or no era at all.
    private static func eraMiss(_ compact: [Unicode.Scalar]) -> YearForm {
        // The number: digits or 元, then an optional 年度 or 年, to the end.
        var end = compact.count
        if end >= 2, compact[end - 2] == "年", compact[end - 1] == "度" { end -= 2 } else if end >= 1, compact[end - 1] == "年" { end -= 1 }
        var start = end
        while start > 0, compact[start - 1].isASCIIDigit { start -= 1 }
        let digits = end - start
        let number: Int
        if digits == 0, start > 0, compact[start - 1] == "元" {
            start -= 1
            number = 1
        } else if (1...3).contains(digits) {
            number = compact[start..<end].reduce(0) { $0 * 10 + $1.digitValue }
        } else {
            return .unreadable
        }
        let name = String(String.UnicodeScalarView(compact[0..<start]))
        let upper = name.uppercased()
        if let i = YearReader.eras.firstIndex(where: { era in era.names.contains { String(String.UnicodeScalarView($0)) == upper } }) {
            let era = YearReader.eras[i]
            guard number > era.last else { return .unreadable }
            let year = era.base + number
            // The era in force in `year`, and the era that followed this one.
            guard let now = YearReader.eras.first(where: { $0.year(year - $0.base) == year }), i > 0 else { return .unreadable }
            let next = YearReader.eras[i - 1]
            return .pastEra(era: kanji(era), last: era.last, lastYear: era.base + era.last, year: year,
                            successor: kanji(now) + (year - now.base == 1 ? "元" : String(year - now.base)),
                            nextEra: kanji(next), nextStart: next.base + 1)
        }
        let isEraLike = (name.unicodeScalars.count == 2 && name.unicodeScalars.allSatisfy(\.properties.isIdeographic))
            || (name.unicodeScalars.count == 1 && name.unicodeScalars.allSatisfy(\.isASCIILetter))
        return isEraLike ? .unknownEra(name) : .unreadable
    }

    private static func kanji(_ era: YearReader.Era) -> String {
        String(String.UnicodeScalarView(era.names[0]))
    }
}
