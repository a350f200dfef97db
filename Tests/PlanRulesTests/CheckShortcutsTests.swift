import PlanModel
import PlanText
import PlanYAML
import Testing
@testable import PlanRules

/// The shortcuts the checks take for speed give what the plain way gives.
@Suite("Check shortcuts")
struct CheckShortcutsTests {
    static let at = Source(pointer: "", range: SourceRange(at: .start))

    @Test("a target's subject is Subject.target's, with and without an id")
    func targetSubject() {
        var named = Target(source: Self.at)
        named.id = "seminars"
        let unnamed = Target(source: Self.at)
        let kpi = KPI(id: "kpi-1", text: "", targets: [named, unnamed], source: Self.at)
        for (i, t) in kpi.targets.enumerated() {
            #expect(TargetView.subject(kpi: kpi.id, t, i) == Subject.target(kpi, t, i))
        }
        let listed = TargetView.all(in: Plan(source: Self.at).with(kpis: [kpi]), goals: true)
        #expect(listed.map(\.subject) == ["kpi-1/seminars", "kpi-1/#2"])
        #expect(listed.map(\.name) == ["kpi-1/seminars", "kpi-1/#2"])
    }

    /// The excerpt as it was made before the shortcut.
    static func plainExcerpt(_ text: String, separator: String, limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: separator)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    @Test("an excerpt is the plain one", arguments: [
        "", "短い見出し", String(repeating: "知的財産", count: 8), String(repeating: "知", count: 30),
        String(repeating: "知", count: 31), String(repeating: "a", count: 29) + "e\u{301}x",
        String(repeating: "知", count: 30) + "\u{3099}", "\n先頭の改行\n\n次の行", String(repeating: "行\n", count: 20),
        String(repeating: "ｶﾞ", count: 20), "Ａ\r\nＢ", String(repeating: "🇯🇵", count: 40),
        String(repeating: "知的財産・", count: 8), String(repeating: "・", count: 29) + "\u{3099}", "・",
    ])
    func excerpt(text: String) {
        for separator in [" ", ""] {
            #expect(Excerpt.line(text, separator: separator, limit: 30) == Self.plainExcerpt(text, separator: separator, limit: 30))
        }
    }

    @Test("a scalar that stands alone is one character however it is surrounded")
    func standsAlone() {
        let others: [Unicode.Scalar] = ["a", "\u{3099}", "\u{200D}", "\r", "🇯"]
        for value in UInt32(0)...0x10000 {
            guard let scalar = Unicode.Scalar(value), Excerpt.standsAlone(scalar) else { continue }
            for other in others {
                // `other` may join what follows it, but never what stands alone before or after it.
                var pair = String.UnicodeScalarView()
                pair.append(contentsOf: [scalar, scalar, "知"])
                #expect(String(pair).count == 3)
                var before = String.UnicodeScalarView()
                before.append(contentsOf: [other, scalar, "知"])
                #expect(String(before).count == String(String.UnicodeScalarView([other])).count + 2, "\(value) \(other)")
            }
        }
    }

    @Test("an amount read through its unit is the amount read at once", arguments: [
        "件", "億円", "百万円", "円", "割", "パーセント", "％", "社・団体", "団体・社・団体", "", "・",
    ])
    func amountUnit(unit: String) {
        for value in [0, 1, 2.5, 1514, 92000, -3, 1e-7, 1e300] {
            let folded = Width.fold(unit)
            let normal = Quantity(value: value, unit: folded, range: 0..<0, text: "").normalized
            let amount = AmountUnit(unit).amount(value)
            #expect(amount.value == normal.value)
            #expect(amount.unit == normal.unit)
            #expect(amount.words == Amount.words(of: folded, normal: normal.unit))
        }
        #expect(AmountUnit(nil).amount(3).unit == nil)
    }
}

private extension Plan {
    func with(kpis: [KPI]) -> Plan {
        var plan = self
        plan.kpis = kpis
        return plan
    }
}
