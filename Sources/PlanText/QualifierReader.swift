/// Reads the words around a number that qualify it (年, 延べ, 約 before it;
/// 以上, 程度, （累計）, ／年間, （2018年度） after it). Every look is bounded, so
/// reading stays linear however long the text.
enum QualifierReader {
    /// Words before a number, matched backwards, longest first. Annual words
    /// ending in 年 are checked separately against a year before them.
    private static let beforeWords = table([
        ("年度あたり", .annual), ("年度当たり", .annual), ("年あたり", .annual), ("年当たり", .annual),
        ("毎年度", .annual), ("毎年", .annual), ("各年度", .annual), ("各年", .annual),
        ("累計で", .cumulative), ("合計で", .cumulative), ("通算で", .cumulative), ("延べで", .cumulative),
        ("累計", .cumulative), ("合計", .cumulative), ("通算", .cumulative), ("延べ", .cumulative),
        ("延数", .cumulative), ("おおむね", .about), ("およそ", .about), ("概ね", .about),
        ("少なくとも", .atLeast), ("最低", .atLeast), ("最大", .atMost),
    ])

    /// One-kanji words that qualify a number only when they do not end a longer
    /// word: 延10件 and 年約30件, but not 遅延10件 or 契約10件.
    private static let singleKanjiWords = table([("延", .cumulative), ("約", .about)])
    /// Ideographs that may stand before a one-kanji word: 年約30件, 年間約70件.
    private static let beforeSingleKanji: Set<Unicode.Scalar> = ["年", "間"]

    /// 年 words that mean "per year" unless 年 ends a year or duration (2022年, 3年間).
    private static let yearWords: [Word] = ["年間で", "年間", "年"].map(Word.init)

    /// What may come right before 年 when it is not "per year": a digit (2022年,
    /// 3年間), 元 (令和元年), or a word that makes a particular year (前年, 昨年, 半年).
    private static let notAnnualBefore: Set<Unicode.Scalar> = [
        "元", "前", "昨", "今", "翌", "同", "来", "去", "当", "本", "半", "近", "新", "周", "〇",
    ]

    /// Particles that may join a year to the number after it (2022年度は1,000件).
    private static let yearParticles: Set<Unicode.Scalar> = ["は", "に", "の", "で", ":"]

    private static let afterWords = table([
        ("以上", .atLeast), ("以下", .atMost), ("未満", .atMost), ("程度", .about), ("前後", .about),
    ])

    private static func table(_ pairs: [(String, Qualifier)]) -> [(Word, Qualifier)] {
        pairs.map { (Word($0.0), $0.1) }
    }

    /// Words in a parenthesis that make the number cumulative.
    private static let cumulativeWords: [Word] = ["累計", "延べ", "延数", "合計", "通算"].map(Word.init)
    /// Whole parenthesis contents that make the number annual.
    private static let annualContents: [Word] = ["年間", "毎年", "年", "年度あたり", "年あたり"].map(Word.init)
    /// Per-year words after a slash (5件／年間).
    private static let perYearAfterSlash: [Word] = ["年間", "年度", "年"].map(Word.init)
    /// What may follow a year in a parenthesis (（2021年度まで）, （2023年度末）).
    private static let yearTails: [Word] = ["まで", "時点", "末", ""].map(Word.init)

    private static let maxWords = 6
    private static let maxParenthesis = 80

    /// Qualifiers before the number starting at `start`; `start` of the result
    /// is where the first of them begins.
    static func before(_ start: Int, in text: FoldedText, years: YearIndex)
        -> (start: Int, qualifiers: Set<Qualifier>, year: Int?) {
        var qualifiers: Set<Qualifier> = []
        var first = start
        for _ in 0..<maxWords {
            let end = text.skippingSpaces(backFrom: first)
            if let (word, qualifier) = beforeWords.first(where: { text.matches($0.0, endingAt: end) }) {
                qualifiers.insert(qualifier)
                first = end - word.count
            } else if let (word, qualifier) = singleKanjiWords.first(where: { text.matches($0.0, endingAt: end) }),
                      startsWord(at: end - word.count, in: text) {
                qualifiers.insert(qualifier)
                first = end - word.count
            } else if let word = yearWords.first(where: { text.matches($0, endingAt: end) }),
                      isAnnual(yearAt: end - word.count, in: text) {
                qualifiers.insert(.annual)
                first = end - word.count
            } else {
                break
            }
        }
        var yearEnd = text.skippingSpaces(backFrom: first)
        if let particle = text[yearEnd - 1], yearParticles.contains(particle) {
            yearEnd = text.skippingSpaces(backFrom: yearEnd - 1)
        }
        return (first, qualifiers, years.year(endingAt: yearEnd))
    }

    /// Whether a one-kanji word at `i` starts a word rather than ending one.
    private static func startsWord(at i: Int, in text: FoldedText) -> Bool {
        guard let before = text[i - 1] else { return true }
        return !before.properties.isIdeographic || beforeSingleKanji.contains(before)
    }

    /// Whether the 年 at `i` means "per year": nothing before it makes it a year or a span.
    private static func isAnnual(yearAt i: Int, in text: FoldedText) -> Bool {
        guard let before = text[i - 1] else { return true }
        return !before.isASCIIDigit && !notAnnualBefore.contains(before)
    }

    /// Qualifiers after the unit ending at `start`; `end` of the result is where
    /// the last of them ends (a parenthesis that says nothing is passed over but
    /// not included).
    static func after(_ start: Int, in text: FoldedText) -> (end: Int, qualifiers: Set<Qualifier>, year: Int?) {
        var qualifiers: Set<Qualifier> = []
        var year: Int?
        var end = start
        var k = start
        for _ in 0..<maxWords {
            let j = text.skippingSpaces(from: k)
            if let (word, qualifier) = afterWords.first(where: { text.matches($0.0, at: j) }) {
                qualifiers.insert(qualifier)
                k = j + word.count
                end = k
            } else if text[j] == "・", let unit = Units.unit(in: text, at: j + 1) {
                k = j + 1 + unit.count      // 10社・団体以上: a second unit for the same number
            } else if text[j] == "/" || text[j] == "\u{2215}" {
                guard let (slashEnd, slashYear, annual) = afterSlash(j + 1, in: text) else { break }
                if annual { qualifiers.insert(.annual) }
                year = slashYear ?? year
                k = slashEnd
                end = k
            } else if text[j] == "(", let close = closingParenthesis(after: j, in: text) {
                let content = (j + 1)..<close
                k = close + 1
                if containsAny(cumulativeWords, in: content, of: text) {
                    qualifiers.insert(.cumulative)
                } else if annualContents.contains(where: { isWhole($0, content, of: text) }) {
                    qualifiers.insert(.annual)
                } else if let contentYear = soleYear(in: content, of: text) {
                    year = contentYear
                } else {
                    continue   // （人、チーム等）: pass over, do not include
                }
                end = k
            } else {
                break
            }
        }
        return (end, qualifiers, year)
    }

    /// After a slash: 年間/年度/年 (per year) or a year (10件/2022年度).
    private static func afterSlash(_ i: Int, in text: FoldedText) -> (end: Int, year: Int?, annual: Bool)? {
        let j = text.skippingSpaces(from: i)
        if let mention = YearReader.eraMention(in: text, at: j) { return (mention.range.upperBound, mention.year, false) }
        if let first = text[j], first.isASCIIDigit,
           let mention = soleYear(in: j..<min(text.count, j + 6), of: text, allowTrailing: true) {
            return (mention.end, mention.year, false)
        }
        if let word = text.firstMatch(of: perYearAfterSlash, at: j) { return (j + word.count, nil, true) }
        return nil
    }

    /// The matching ")" of the "(" at `open`, within a bounded distance and line.
    private static func closingParenthesis(after open: Int, in text: FoldedText) -> Int? {
        var depth = 0
        var k = open
        while k < min(text.count, open + maxParenthesis) {
            guard let s = text[k], s != "\n", s != "\r" else { return nil }
            if s == "(" { depth += 1 }
            if s == ")" {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }

    private static func containsAny(_ words: [Word], in range: Range<Int>, of text: FoldedText) -> Bool {
        range.contains { i in words.contains { i + $0.count <= range.upperBound && text.matches($0, at: i) } }
    }

    private static func isWhole(_ word: Word, _ range: Range<Int>, of text: FoldedText) -> Bool {
        let start = text.skippingSpaces(from: range.lowerBound)
        let end = text.skippingSpaces(backFrom: range.upperBound)
        return end - start == word.count && text.matches(word, at: start)
    }

    /// The year when `range` holds one year mention and nothing else but a tail
    /// like まで or 末 (（2018年度）, （H29）, （2021年度まで）).
    private static func soleYear(in range: Range<Int>, of text: FoldedText) -> Int? {
        guard let found = soleYear(in: range, of: text, allowTrailing: false) else { return nil }
        return found.year
    }

    private static func soleYear(in range: Range<Int>, of text: FoldedText, allowTrailing: Bool)
        -> (year: Int, end: Int)? {
        let start = text.skippingSpaces(from: range.lowerBound)
        let window = FoldedText(scalars: Array(text.scalars[start..<max(start, range.upperBound)]))
        guard let mention = YearReader.mentions(in: window).first, mention.range.lowerBound == 0 else { return nil }
        let end = start + mention.range.upperBound
        if allowTrailing { return (mention.year, end) }
        let last = text.skippingSpaces(backFrom: range.upperBound)
        guard yearTails.contains(where: { end + $0.count == last && text.matches($0, at: end) }) else { return nil }
        return (mention.year, end)
    }
}
