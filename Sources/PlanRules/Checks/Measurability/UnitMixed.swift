import PlanModel
import PlanText

/// `unit-mixed`: a KPI target records one unit where its text counts in several:
/// 「年15社（人、チーム等）以上」 counts companies, people and teams, and a target of 15社
/// says only companies. Found where the text writes the target's number and unit followed
/// by brackets that list other counting words (with 、, ・ or 等), unless the metric names
/// them (「…の数（社・人・チーム等）」, as 熊本's transcription records it).
enum UnitMixed: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        var unit: String
        /// The text's number with its unit and the bracket, as written (folded).
        var written: String
        /// The other counting words the bracket lists.
        var others: [String]

        static let rule = "unit-mixed"
        var key: String { "default" }
        var arguments: [String: String] {
            ["metric": metric, "unit": unit, "written": written, "others": others.joined(separator: "、")]
        }
        static let everyCase = [Self(metric: "", unit: "", written: "", others: [])]
    }

    /// Words that count things, as a bracket after a number may list them.
    static let countingWords = ["人", "名", "チーム", "グループ", "社", "者", "団体", "機関", "件", "校", "事業者", "企業", "組合"]

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for kpi in plan.kpis where kpi.text.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) {
            var text = Width.fold(kpi.text)
            let plain = text.withUTF8(PlainUTF8.isPlain)   // once per text, not once per target
            for (index, target) in kpi.targets.enumerated() {
                guard let value = target.value, let unit = target.unit.map(Width.fold), !unit.isEmpty,
                      let bracket = bracket(after: NumberFormat.plain(value) + unit, in: text, textIsPlain: plain) else { continue }
                let others = countingWords.filter { $0 != unit && bracket.contains($0) }
                // A metric that names the other ways of counting (…数（社・人・チーム等）) says it already.
                let metric = target.metric.map(Width.fold) ?? ""
                guard !others.isEmpty, !others.allSatisfy(metric.contains), bracket.contains("、") || bracket.contains("・") || bracket.contains("等") else { continue }
                findings.append(finding(Message(metric: TargetView.name(target, owner: kpi.id, index: index), unit: unit,
                                                written: NumberFormat.plain(value) + unit + "(" + bracket + ")", others: others),
                                        at: target.fields.of("unit", or: target.source),
                                        subject: Subject.target(kpi, target, index)))
            }
        }
        return findings
    }

    /// The words inside the brackets right after `amount` in `text` (not after a longer
    /// number that ends with it: 115社 is not 15社), or nil. `textIsPlain`: what
    /// ``PlainUTF8/isPlain(_:)`` says of `text`, when the caller knows it.
    static func bracket(after amount: String, in text: String, textIsPlain: Bool? = nil) -> String? {
        if let answer = plainBracket(after: amount, in: text, textIsPlain: textIsPlain) { return answer }
        var rest = text[...]
        while let found = rest.firstRange(of: amount) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = text[found.upperBound...]
            if !(before.map { $0.isNumber || $0 == "," || $0 == "." } ?? false), after.first == "(",
               let close = after.firstIndex(of: ")") {
                return String(after[after.index(after: after.startIndex)..<close])
            }
            rest = text[found.upperBound...]
        }
        return nil
    }

    /// ``bracket(after:in:)`` by comparing UTF-8 bytes, when that gives the same answer as
    /// comparing characters: when neither string holds a scalar that joins a neighbour into
    /// one character or has a canonical equivalent other than itself (see ``PlainUTF8/isPlain(_:)``).
    /// Then every scalar is one character and equal characters are equal bytes. `.some(nil)`:
    /// no bracket; nil: the strings are not plain (the character search answers).
    /// Searching characters (`firstRange(of:)`) cost ~100 instructions a byte, 13% of a lint.
    private static func plainBracket(after amount: String, in text: String, textIsPlain: Bool?) -> String?? {
        guard textIsPlain ?? true else { return nil }
        var amount = amount, text = text
        return amount.withUTF8 { a -> String?? in
            text.withUTF8 { t -> String?? in
                guard !a.isEmpty, PlainUTF8.isPlain(a), textIsPlain ?? PlainUTF8.isPlain(t) else { return nil }
                var from = 0
                while let start = PlainUTF8.find(a, in: t, from: from) {
                    let end = start + a.count
                    // The character before, as the character search reads it (one scalar here).
                    let before = start == 0 ? nil : Unicode.Scalar(lastScalar(t, before: start)).map(Character.init)
                    if !(before.map { $0.isNumber || $0 == "," || $0 == "." } ?? false), end < t.count,
                       t[end] == UInt8(ascii: "("), let close = t[end...].firstIndex(of: UInt8(ascii: ")")) {
                        return .some(String(decoding: t[(end + 1)..<close], as: UTF8.self))
                    }
                    from = end
                }
                return .some(nil)
            }
        }
    }

    /// The value of the scalar that ends just before byte offset `i` of valid UTF-8.
    private static func lastScalar(_ t: UnsafeBufferPointer<UInt8>, before i: Int) -> UInt32 {
        var j = i - 1
        while j > 0, t[j] & 0xC0 == 0x80 { j -= 1 }
        var value = UInt32(t[j])
        guard value >= 0x80 else { return value }
        let length = value >= 0xF0 ? 4 : value >= 0xE0 ? 3 : 2
        value &= length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F
        for k in (j + 1)..<(j + length) { value = value << 6 | UInt32(t[k] & 0x3F) }
        return value
    }
}
