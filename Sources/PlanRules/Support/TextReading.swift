import PlanModel
import PlanText

/// What a KPI text's words say about one of its targets: the quantities of the text that
/// state the target's number (same value, units that agree), and the basis and comparator
/// their qualifiers give, when every such mention agrees. Shared by `basis-text-mismatch`
/// and `comparator-text-mismatch`.
struct TextReading {
    /// The quantities that state the target's value.
    let mentions: [Quantity]

    /// The mentions of `target`'s value among `quantities` (none for a target without value).
    init(_ target: Target, in quantities: [Quantity], units: inout AmountUnits) {
        guard let value = target.value else {
            mentions = []
            return
        }
        let amount = units(target.unit).amount(value)
        var found: [Quantity] = []
        for q in quantities where amount.matches(units(q.unit).amount(q.value), tolerance: 0) { found.append(q) }
        mentions = found
    }

    /// The basis every mention's words give (年 annual, 累計 cumulative; 年 wins in 年延べ),
    /// or nil when a mention says none or two mentions disagree.
    var basis: (Basis, Quantity)? {
        agreed { q in
            if q.qualifiers.contains(.annual) { return .annual }
            if q.qualifiers.contains(.cumulative) { return Basis.cumulative }
            return nil
        }
    }

    /// The comparator every mention's words give (以上 at-least, 以下 at-most, 約・程度 about),
    /// or nil when a mention says none or two mentions disagree.
    var comparator: (Comparator, Quantity)? {
        agreed { q in
            // The qualifiers' raw values are the comparators' (`at-least`, `at-most`, `about`).
            let said = q.qualifiers.compactMap { Comparator(rawValue: $0.rawValue) }
            return said.count == 1 ? said[0] : nil
        }
    }

    /// The one answer `read` gives for every mention, with the first mention.
    private func agreed<T: Equatable>(_ read: (Quantity) -> T?) -> (T, Quantity)? {
        guard let first = mentions.first, let answer = read(first) else { return nil }
        return mentions.dropFirst().allSatisfy({ read($0) == answer }) ? (answer, first) : nil
    }
}
