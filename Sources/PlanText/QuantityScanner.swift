/// Finds every number with a unit in a text: what the KPI text commits to.
///
/// Reads ASCII and full-width digits, thousands separators (1,530, １，５３０),
/// decimals (18.2) and kanji multipliers (9兆2,000億円, 1万件), followed by a unit
/// word from the list in `Units` (件, 回, 社, 者, 名, %, 割, 円, 億円 …) and the
/// qualifiers around it (年6回, 年延べ10件, 15者以上（累計）, 約30件, 3回程度,
/// 5件／年間).
///
/// Not quantities: years and dates (2022年度, 令和4年度, H29, 2021年3月), durations
/// (2年以内, 3年間), ordinals and section numbers (第2次, 第1回, 1次産業, (1), 6-1.),
/// counts without a unit (4つの柱), numbers inside a Latin word (Society5.0, R4),
/// and a denominator (1人当たり).
public enum QuantityScanner {
    /// The quantities in `s`, in order of their numbers. Ranges of two results
    /// can overlap only when a quantity's parenthesis holds another quantity
    /// (40件（2020年度からの累計、年間10件）). Linear in the length of `s`.
    public static func scan(_ s: String) -> [Quantity] {
        scan(FoldedText(s))
    }

    /// The quantities of the string whose Unicode scalars are `scalars` (`Scalars.of`), the
    /// same as ``scan(_:)`` of that string: for a caller that keeps the scalars for other
    /// readings, so the text is decoded once.
    public static func scan(scalars: [Unicode.Scalar]) -> [Quantity] {
        scan(FoldedText(original: scalars))
    }

    private static func scan(_ text: FoldedText) -> [Quantity] {
        let years = YearIndex(YearReader.mentions(in: text))
        var found: [Quantity] = []
        var i = 0
        while i < text.count {
            guard let scalar = text[i], scalar.isASCIIDigit else {
                i += 1
                continue
            }
            guard let number = NumberReader.read(in: text, at: i) else {
                i += 1
                continue
            }
            if let quantity = quantity(for: number, in: text, years: years) {
                found.append(quantity.value)
                i = quantity.resumeAt
            } else {
                i = max(number.range.upperBound, i + 1)
            }
        }
        return found
    }

    /// The quantity a number makes with what follows it, and where to go on
    /// scanning, or nil when it has no unit or is excluded.
    private static func quantity(for number: WrittenNumber, in text: FoldedText,
                                 years: YearIndex) -> (value: Quantity, resumeAt: Int)? {
        let start = number.range.lowerBound
        guard !isExcluded(start: start, in: text),
              let unitIndex = Units.unitIndex(in: text, at: number.range.upperBound) else { return nil }
        let unitWord = Units.words[unitIndex]
        let unitEnd = number.range.upperBound + unitWord.count
        if Units.perWords.contains(where: { text.matches($0, at: unitEnd) }) { return nil }

        var unit = Units.names[unitIndex]
        var value = number.total
        // Money keeps its written multiplier in the unit (億円, 百万円) when that
        // is a unit people write; 3百円 is read as 300 円.
        if unitIndex == Units.yenIndex, Units.moneyScales[number.lastMultiplier + unit] != nil {
            unit = number.lastMultiplier + unit
            value = number.inLastScale
        }
        guard value.isFinite else { return nil }

        let before = QualifierReader.before(start, in: text, years: years)
        let after = QualifierReader.after(unitEnd, in: text)
        let range = text.originalRange(before.start..<after.end)
        let quantity = Quantity(
            value: value,
            unit: unit,
            qualifiers: before.qualifiers.union(after.qualifiers),
            year: after.year ?? before.year,
            range: range,
            text: text.originalText(range)
        )
        return (quantity, unitEnd)
    }

    private static let eraNames: [Word] = ["令和", "平成", "昭和"].map(Word.init)

    /// Whether the number at `start` is part of something that is not a count:
    /// 第2回, 令和4, R4, Society5.0, 6-1, 1.2.3, 1/2.
    private static func isExcluded(start: Int, in text: FoldedText) -> Bool {
        guard let before = text[start - 1] else { return false }
        if before == "第" || before.isASCIILetter { return true }
        if eraNames.contains(where: { text.matches($0, endingAt: start) }) { return true }
        // 6-1, 1.2.3, 1/2, and 5千3百万円 (a kanji-numeral style not read here).
        if before == "." || before == "-" || before == "/" || before == "," || before == "千" || before == "百",
           text[start - 2]?.isASCIIDigit ?? false { return true }
        return false
    }
}

/// Year mentions indexed by where they end, for the year before a quantity.
struct YearIndex {
    /// The mentions in text order, so their ends strictly increase (mentions never overlap).
    private let mentions: [YearMention]

    init(_ mentions: [YearMention]) {
        self.mentions = mentions
    }

    /// The year of the mention ending exactly at folded offset `end` (a binary search).
    func year(endingAt end: Int) -> Int? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            let midEnd = mentions[mid].range.upperBound
            if midEnd == end { return mentions[mid].year }
            if midEnd < end { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}
