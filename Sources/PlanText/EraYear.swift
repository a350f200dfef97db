/// Reading Japanese year notations: era years (令和4年度, R4, 平成29年度, H29,
/// 令和元年) and year mentions in running text (2022年度, 2021年3月, 令和4年度).
///
/// All results are the year number as written, converted to the Gregorian
/// calendar; 年 and 年度 are not told apart (a plan writes fiscal years).
public enum EraYear {
    /// Reads a whole string as an era year and returns its Gregorian year.
    ///
    /// Accepted: an era name (令和, 平成, 昭和, or the letters R, H, either case),
    /// a year number of one or two digits (full-width allowed) or 元, and an
    /// optional 年度 or 年; whitespace anywhere is ignored. So "令和4年度", "令和4",
    /// "R4", "Ｒ４年度" and "令和元年" read as 2022, 2022, 2022, 2022 and 2019, and
    /// "平成31年" as 2019. Era years outside their era (平成32, 昭和65, 令和0) and
    /// anything else, including plain "2022年度", return nil.
    public static func parse(_ s: String) -> Int? {
        let folded = FoldedText(s)
        // Whitespace is ignored; the letter eras are read in either case.
        let compact: [Unicode.Scalar] = folded.scalars.compactMap { scalar in
            if scalar.properties.isWhitespace { return nil }
            return scalar == "r" ? "R" : scalar == "h" ? "H" : scalar
        }
        let text = FoldedText(scalars: compact)
        guard let mention = YearReader.eraMention(in: text, at: 0),
              mention.range.upperBound == compact.count else { return nil }
        return mention.year
    }

    /// Finds the year mentions in a text, in order, with their ranges in
    /// Unicode-scalar offsets of `s`.
    ///
    /// Found: a four-digit year (1900–2199) followed by 年度 or 年, or followed by
    /// ～/~/- and such a year (2020～2022年度 gives 2020 and 2022), or written after
    /// FY; an era year as ``parse(_:)`` reads it (令和4年度, 令和4, R4, H29; in
    /// running text the letters only as capitals, and not inside a word: PR4), with
    /// the second year of a same-era span (令和2～4年度 gives 2020 and 2022). A
    /// range covers the number and its 年/年度, not a following month or 末.
    public static func years(in s: String) -> [(year: Int, range: Range<Int>)] {
        let text = FoldedText(s)
        return YearReader.mentions(in: text).map { ($0.year, text.originalRange($0.range)) }
    }
}

/// A year mentioned in a folded text: its Gregorian year and folded range.
struct YearMention {
    let year: Int
    let range: Range<Int>
}

/// The scanner behind ``EraYear``; works on folded text and folded offsets.
enum YearReader {
    /// An era: its names, the year before its first year, and its last year number.
    struct Era {
        let names: [Word]
        let base: Int
        let last: Int

        func year(_ number: Int) -> Int? {
            (1...last).contains(number) ? base + number : nil
        }
    }

    static let eras: [Era] = [
        Era(names: [Word("令和"), Word("R")], base: 2018, last: 99),
        Era(names: [Word("平成"), Word("H")], base: 1988, last: 31),
        Era(names: [Word("昭和")], base: 1925, last: 64),
    ]
    /// The first scalar of every era name.
    static let eraInitials: [Unicode.Scalar] = eras.flatMap { $0.names.compactMap(\.first) }

    /// Whether `scalar` is one of ``eraInitials`` (令, R, 平, H, 昭), without reading the list.
    @inline(__always)
    static func mayStartEra(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x4EE4 || v == 0x52 || v == 0x5E73 || v == 0x48 || v == 0x662D
    }
    private static let fiscalSuffixes = [Word("年度"), Word("年")]
    /// Separators of a year span: ~ (also 〜 and ～, folded), hyphen, dashes, minus.
    private static let spanSeparators: Set<Unicode.Scalar> = [
        "~", "-", "\u{2010}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
    ]
    private static let gan: Unicode.Scalar = "元"
    private static let fy = Word("FY")

    /// All year mentions in `text`, in order. Linear in the length of the text.
    static func mentions(in text: FoldedText) -> [YearMention] {
        var found: [YearMention] = []
        var i = 0
        while i < text.count {
            // Cheap first look: most scalars are neither a digit nor the start of an era name.
            let scalar = text.scalars[i]
            guard scalar.isASCIIDigit || mayStartEra(scalar) else {
                i += 1
                continue
            }
            if let (mention, era) = eraMatch(in: text, at: i) {
                found.append(mention)
                i = mention.range.upperBound
                if let second = eraSpanEnd(in: text, after: i, of: era, from: mention.year) {
                    found.append(second)
                    i = second.range.upperBound
                }
            } else if let scalar = text[i], scalar.isASCIIDigit {
                let end = digitRunEnd(in: text, from: i)
                if let mention = gregorianMention(in: text, digits: i..<end) {
                    found.append(mention)
                }
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// An era year starting exactly at `i` (令和4年度, R4, H29, 令和元年).
    static func eraMention(in text: FoldedText, at i: Int) -> YearMention? {
        eraMatch(in: text, at: i)?.0
    }

    private static func eraMatch(in text: FoldedText, at i: Int) -> (YearMention, Era)? {
        // Cheap first look: most scalars start no era name at all.
        guard let first = text[i], mayStartEra(first) else { return nil }
        for era in eras {
            for name in era.names where text.matches(name, at: i) {
                let isLetter = name.count == 1
                // A letter era must not continue a word or a number (PR4, 3H29).
                if isLetter, let before = text[i - 1], before.isASCIILetter || before.isASCIIDigit { continue }
                let numberStart = isLetter ? i + 1 : text.skippingSpaces(from: i + name.count)
                guard let (number, numberEnd) = eraNumber(in: text, at: numberStart),
                      let year = era.year(number) else { continue }
                if isLetter, let after = text[numberEnd], after.isASCIILetter { continue }
                return (YearMention(year: year, range: i..<suffixEnd(in: text, at: numberEnd)), era)
            }
        }
        return nil
    }

    /// The end of a same-era span (the 4年度 of 令和2～4年度) right after `i`.
    private static func eraSpanEnd(in text: FoldedText, after i: Int, of era: Era, from first: Int) -> YearMention? {
        guard let separator = text[i], spanSeparators.contains(separator),
              let (number, numberEnd) = eraNumber(in: text, at: i + 1),
              let year = era.year(number), year > first else { return nil }
        return YearMention(year: year, range: (i + 1)..<suffixEnd(in: text, at: numberEnd))
    }

    /// A one- or two-digit era number, or 元 (= 1), at `i`, and where it ends.
    private static func eraNumber(in text: FoldedText, at i: Int) -> (Int, Int)? {
        if text[i] == gan { return (1, i + 1) }
        guard let first = text[i], first.isASCIIDigit else { return nil }
        guard let second = text[i + 1], second.isASCIIDigit else { return (first.digitValue, i + 1) }
        if text[i + 2]?.isASCIIDigit ?? false { return nil }
        return (first.digitValue * 10 + second.digitValue, i + 2)
    }

    /// The end after an optional 年度 or 年 at `i`.
    private static func suffixEnd(in text: FoldedText, at i: Int) -> Int {
        if let suffix = text.firstMatch(of: fiscalSuffixes, at: i) { return i + suffix.count }
        return i
    }

    /// End of the run of ASCII digits starting at `i`.
    static func digitRunEnd(in text: FoldedText, from i: Int) -> Int {
        var j = i
        while let s = text[j], s.isASCIIDigit { j += 1 }
        return j
    }

    /// A Gregorian year written with the digits in `digits`, judged by what
    /// surrounds them.
    private static func gregorianMention(in text: FoldedText, digits: Range<Int>) -> YearMention? {
        guard digits.count == 4, let year = fourDigitYear(in: text, at: digits.lowerBound) else { return nil }
        let start = digits.lowerBound, end = digits.upperBound
        // Part of a larger number (1,2022年, 3.2022年) or of a word (ABC2022年).
        if let before = text[start - 1] {
            if before == "," || before == ".", text[start - 2]?.isASCIIDigit ?? false { return nil }
            if before.isASCIILetter, !text.matches(fy, endingAt: start) { return nil }
        }
        if let after = text[end], after == "." || after == ",", text[end + 1]?.isASCIIDigit ?? false { return nil }
        if let suffix = text.firstMatch(of: fiscalSuffixes, at: end) {
            return YearMention(year: year, range: start..<(end + suffix.count))
        }
        if text.matches(fy, endingAt: start) { return YearMention(year: year, range: digits) }
        // 2020～2022年度: the first year of a span whose second year has 年/年度.
        if let separator = text[end], spanSeparators.contains(separator) {
            let next = end + 1
            let nextEnd = digitRunEnd(in: text, from: next)
            if nextEnd - next == 4, fourDigitYear(in: text, at: next) != nil,
               text.firstMatch(of: fiscalSuffixes, at: nextEnd) != nil {
                return YearMention(year: year, range: digits)
            }
        }
        return nil
    }

    /// The value of four digits at `i` when it is a plausible year (1900–2199).
    private static func fourDigitYear(in text: FoldedText, at i: Int) -> Int? {
        var value = 0
        for k in 0..<4 {
            guard let s = text[i + k], s.isASCIIDigit else { return nil }
            value = value * 10 + s.digitValue
        }
        return (1900...2199).contains(value) ? value : nil
    }
}
