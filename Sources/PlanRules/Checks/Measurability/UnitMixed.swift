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
            let text = Width.fold(kpi.text)
            for (index, target) in kpi.targets.enumerated() {
                guard let value = target.value, let unit = target.unit.map(Width.fold), !unit.isEmpty,
                      let bracket = bracket(after: NumberFormat.plain(value) + unit, in: text) else { continue }
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
    /// number that ends with it: 115社 is not 15社), or nil.
    static func bracket(after amount: String, in text: String) -> String? {
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
}
