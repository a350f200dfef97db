/// The unit words the quantity scanner recognises after a number, and how a
/// written unit is brought to a normal unit.
///
/// The list is taken from the KPI and goal texts of the 47 plans (件, 回, 社, 者,
/// 名, 個, 団体, 機関, 項目, 分野, %, 割, 円 with 万/億/百万…) plus a few
/// counters of the same kind (人, 校, 品目, 事業者, 企業, 箇所). Everything else
/// after a number — 年, 年度, 月, 次, 期, 章, 頁, つ, 本 — is not a unit, which is
/// what keeps years, dates, durations, ordinals and page numbers out.
enum Units {
    /// Unit words, longest first so that 事業者 wins over 者.
    static let names = [
        "パーセント", "事業者", "団体", "機関", "品目", "項目", "分野", "企業",
        "箇所", "か所", "カ所", "ヶ所", "ケ所",
        "件", "回", "社", "者", "名", "人", "個", "校", "%", "割", "円",
    ]
    /// ``names`` as words, in the same order.
    static let words: [Word] = names.map(Word.init)

    /// A unit word directly followed by one of these scalars is the start of
    /// another word (人材, 社会, 名称, 回路, 個人, 円滑), not a unit.
    static let compounds: [Word: Set<Unicode.Scalar>] = [
        Word("人"): ["材", "口", "的", "件", "間", "気"],
        Word("社"): ["会", "員", "長", "内", "外", "名"],
        Word("名"): ["称", "前", "産", "所", "誉"],
        Word("回"): ["路", "答", "復", "収", "避", "線"],
        Word("個"): ["人", "別", "性", "所"],
        Word("件"): ["名"],
        Word("円"): ["滑", "高", "安", "形", "盤"],
        Word("企業"): ["化"],
    ]

    /// Words after a unit that make the number a denominator (1人当たり).
    static let perWords: [Word] = ["当たり", "あたり", "当り"].map(Word.init)

    static let yen = Word("円")
    /// The index of 円 in ``words``.
    static let yenIndex = words.firstIndex(of: yen) ?? -1

    /// The unit word at folded offset `i`, if any.
    static func unit(in text: FoldedText, at i: Int) -> Word? {
        unitIndex(in: text, at: i).map { words[$0] }
    }

    /// The index in ``words`` (and ``names``) of the unit word at folded offset `i`, if any.
    static func unitIndex(in text: FoldedText, at i: Int) -> Int? {
        guard let index = words.firstIndex(where: { text.matches($0, at: i) }) else { return nil }
        if let next = text[i + words[index].count], compoundStarts[index].contains(next) { return nil }
        return index
    }

    /// ``compounds`` by index into ``words`` (empty for a word without any), so that reading
    /// a unit hashes nothing.
    private static let compoundStarts: [[Unicode.Scalar]] = words.map { compounds[$0].map(Array.init) ?? [] }

    /// Scales of the money units written with a multiplier before 円.
    static let moneyScales: [String: Double] = [
        "円": 1, "千円": 1e3, "万円": 1e4, "百万円": 1e6, "千万円": 1e7, "億円": 1e8, "兆円": 1e12,
    ]

    /// `value` and `unit` brought to the unit a comparison wants: money to 円,
    /// 割 and パーセント to %.
    static func normalize(value: Double, unit: String) -> (value: Double, unit: String) {
        // Every money unit ends in 円: other units skip the dictionary (and hashing the unit).
        if unit.unicodeScalars.last == "円", let scale = moneyScales[unit] { return (value * scale, "円") }
        switch unit {
        case "割": return (value * 10, "%")
        case "パーセント": return (value, "%")
        default: return (value, unit)
        }
    }
}
