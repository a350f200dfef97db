import PlanModel
import PlanText

/// `text-target-mismatch`: the numbers of a KPI's text and of its targets tell the same
/// story. Every number with a unit in the text (read by `QuantityScanner`: full-width
/// digits, 1,530, 延べ, 9兆2,000億円; years, era years and ordinals are not numbers) should
/// be a target, per-year, baseline, history or part value of the KPI, and every target
/// value should appear in the text. Values are compared normalized (億円 and 百万円 in 円,
/// 割 in %). A number the text ties to a year (714件（2018年度）) must match a value of
/// that year when the plan gives one.
enum TextTargetMismatch: PlanCheck {
    enum Message: RuleMessage {
        /// A number of the text that no value of the KPI states.
        case unexplained(quantity: String, kpi: String)
        /// A target value the text does not state.
        case notInText(metric: String, amount: String)
        /// The text's number is a target's value in another unit.
        case unit(quantity: String, metric: String, unit: String)
        /// The text ties the number to `year`; the plan gives that value for `other`.
        case year(quantity: String, year: Int, kind: String, metric: String, other: Int)
        /// The text's number, in the unit of a target the text does not state, is another value.
        case value(quantity: String, metric: String, amount: String)

        static let rule = "text-target-mismatch"
        var key: String {
            switch self {
            case .unexplained: "default"
            case .notInText: "not-in-text"
            case .unit: "unit"
            case .year: "year"
            case .value: "value"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .unexplained(let quantity, let kpi): ["quantity": quantity, "kpi": kpi]
            case .notInText(let metric, let amount): ["metric": metric, "amount": amount]
            case .unit(let quantity, let metric, let unit): ["quantity": quantity, "metric": metric, "unit": unit]
            case .year(let quantity, let year, let kind, let metric, let other):
                ["quantity": quantity, "year": String(year), "kind": kind, "metric": metric, "other": String(other)]
            case .value(let quantity, let metric, let amount): ["quantity": quantity, "metric": metric, "amount": amount]
            }
        }
        static let everyCase: [Self] = [.unexplained(quantity: "", kpi: ""), .notInText(metric: "", amount: ""),
                                        .unit(quantity: "", metric: "", unit: ""),
                                        .year(quantity: "", year: 0, kind: "", metric: "", other: 0),
                                        .value(quantity: "", metric: "", amount: "")]
    }

    /// How far (a fraction) a text's number may be from a value and still state it.
    static let tolerance = Param<Double>("tolerance")
    /// Words right after a number that make it describe something rather than commit to it.
    static let descriptiveWords = Param<[String]>("descriptive-words")
    static let parameters = [tolerance.declaration, descriptiveWords.declaration]

    static let readsQuantities = true

    /// The rule file's `descriptive-words` folded, made once rather than once per plan.
    private static let defaultWords = CheckContext(for: TextTargetMismatch.self)[descriptiveWords]
    private static let foldedDefaultWords = defaultWords.map(Width.foldedScalars)

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = context[tolerance]
        let words = context[descriptiveWords]
        let descriptive = words == defaultWords ? foldedDefaultWords : words.map(Width.foldedScalars)
        let lastYear = PeriodMath.kpiYears(plan.period)?.upperBound
        var units = AmountUnits()
        var findings: [Finding] = []
        for (index, kpi) in plan.kpis.enumerated() where !kpi.targets.isEmpty {
            // (A KPI without targets: target-missing reports it, with the text's numbers.)
            findings += check(kpi, quantities: context.quantities(of: kpi, at: index), tolerance: tolerance,
                              descriptive: descriptive, lastYear: lastYear, scalars: context.scalars(of: kpi, at: index),
                              units: &units)
        }
        return findings
    }

    /// The findings for one KPI with targets, given its text's quantities (and its scalars when
    /// the caller has them), reading units through `units` (shared by the plan's KPIs).
    static func check(_ kpi: KPI, quantities scanned: [Quantity], tolerance: Double, descriptive: [[Unicode.Scalar]],
                      lastYear: Int?, scalars: [Unicode.Scalar]?, units: inout AmountUnits) -> [Finding] {
        var text = scalars.map(KPIText.init(scalars:)) ?? KPIText(kpi.text)
        let quantities = scanned.filter { !describes($0, in: text, words: descriptive) }
        let numbers = StatedNumber.all(of: kpi, lastYear: lastYear, units: &units)
        var findings: [Finding] = []
        var explained = [Bool](repeating: false, count: numbers.count)  // by index into `numbers`: some quantity states it
        var pending: [(Quantity, Amount)] = []
        // First pass: a number of the text matches a value with the same unit.
        for q in quantities {
            let amount = units(q.unit).amount(q.value)
            let same = numbers.indices.filter { numbers[$0].amount.matches(amount, tolerance: tolerance) }
            guard !same.isEmpty else {
                pending.append((q, amount))
                continue
            }
            for i in same { explained[i] = true }
            if let year = q.year, let wrong = misdated(same.map { numbers[$0] }, year: year) {
                findings.append(finding(.year(quantity: q.text, year: year, kind: wrong.kind.rawValue,
                                              metric: wrong.name(in: kpi), other: wrong.year ?? 0),
                                        at: wrong.source(in: kpi).value, subject: wrong.subject(in: kpi)))
            }
        }
        // Second pass: the same value with another unit is a target written in the wrong unit.
        for (q, amount) in pending {
            if let i = numbers.indices.first(where: {
                numbers[$0].kind == .target && !explained[$0] && numbers[$0].amount.sameValue(amount, tolerance: tolerance)
            }) {
                explained[i] = true
                let n = numbers[i]
                findings.append(finding(.unit(quantity: q.text, metric: n.name(in: kpi), unit: n.unit ?? ""),
                                        at: n.source(in: kpi).unit, subject: n.subject(in: kpi)))
            } else if let i = numbers.indices.first(where: {
                numbers[$0].kind == .target && !explained[$0] && numbers[$0].amount.unit != nil
                    && numbers[$0].amount.sameUnit(amount) && !written(numbers[$0], in: &text)
            }) {
                // The text states a number in the unit of a target it does not state: the
                // target contradicts the text (100 where the text says 1,000件以上).
                explained[i] = true
                let n = numbers[i]
                findings.append(finding(.value(quantity: q.text, metric: n.name(in: kpi),
                                               amount: NumberFormat.plain(n.value) + (n.unit ?? "")),
                                        at: n.source(in: kpi).value, subject: n.subject(in: kpi)))
            } else {
                findings.append(finding(.unexplained(quantity: q.text, kpi: kpi.id),
                                        at: kpi.fields.of("text", or: kpi.source), subject: kpi.id))
            }
        }
        for (i, n) in numbers.enumerated() where n.kind == .target && !explained[i] && !written(n, in: &text) {
            findings.append(finding(.notInText(metric: n.name(in: kpi), amount: NumberFormat.plain(n.value) + (n.unit ?? "")),
                                    at: n.source(in: kpi).value, subject: n.subject(in: kpi)))
        }
        return findings
    }

    /// Whether the text writes the number with its unit literally (10品種), for units the
    /// scanner does not know; a digit, comma or point before it makes it part of another number.
    /// Compared width-folded and without whitespace, scalar by scalar.
    static func written(_ n: StatedNumber, in text: inout KPIText) -> Bool {
        guard let unit = n.unit.map(Width.fold), !unit.isEmpty else { return false }
        let needle = Array((NumberFormat.plain(n.value) + unit).unicodeScalars)
        let compact = text.compact
        var start = 0
        while let found = KPIText.firstIndex(of: needle, in: compact, from: start) {
            guard found > 0, partOfNumber(compact[found - 1]) else { return true }
            start = found + needle.count
        }
        return false
    }

    /// A scalar that, right before a number, makes the number part of a longer one.
    private static func partOfNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar.properties.numericType != nil
    }

    /// The value a dated text number points at when every match is of another year, if so.
    static func misdated(_ matches: [StatedNumber], year: Int) -> StatedNumber? {
        guard matches.allSatisfy({ $0.year != nil && $0.year != year }) else { return nil }
        return matches.first
    }

    /// Whether the text right after `q` makes it a description (13機関で構成する…): the next
    /// 12 scalars without whitespace, width-folded, start with one of `words` (folded too).
    static func describes(_ q: Quantity, in text: KPIText, words: [[Unicode.Scalar]]) -> Bool {
        guard q.range.upperBound <= text.scalars.count else { return false }
        let window = text.scalars[q.range.upperBound...].prefix(12)
        guard window.contains(where: Width.changes) else {
            // Nothing there folds (the usual case): compare in place, skipping whitespace.
            return words.contains { !$0.isEmpty && startsWithoutWhitespace(window, with: $0) }
        }
        let after = Width.foldedScalars(window.filter { !Width.isWhitespace($0) })
        return words.contains { !$0.isEmpty && after.starts(with: $0) }
    }

    /// Whether `scalars` with whitespace left out start with `word`.
    private static func startsWithoutWhitespace(_ scalars: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
        var k = 0
        for scalar in scalars where !Width.isWhitespace(scalar) {
            guard k < word.count else { return true }
            guard scalar == word[k] else { return false }
            k += 1
        }
        return k == word.count
    }
}

/// A KPI text as the mismatch check reads it, each form made at most once per KPI: its
/// Unicode scalars (quantity ranges count in them) and, on first use, its compact form.
struct KPIText {
    let scalars: [Unicode.Scalar]
    private var compactScalars: [Unicode.Scalar]?

    init(_ text: String) {
        scalars = Scalars.of(text)
    }

    /// The text whose scalars (`Scalars.of` it) are `scalars`.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The text width-folded, without whitespace: where `written` looks for a number.
    var compact: [Unicode.Scalar] {
        mutating get {
            if let compactScalars { return compactScalars }
            let made = Width.compactFolded(scalars)
            compactScalars = made
            return made
        }
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`.
    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

/// A number a KPI's targets state: a target value, or one of its per-year, baseline,
/// history or part values (which carry the target's unit). What a finding says about it
/// (names, places) is read from the KPI only when there is a finding.
struct StatedNumber {
    enum Kind: String {
        case target = "value", perYear = "per_year", baseline, history, part = "parts"
    }

    /// Where in its target the number is written.
    enum Place {
        case value, perYear, baselineValue, baselinePart(Int), history(Int), part(Int)
    }

    var value: Double
    var unit: String?
    var amount: Amount
    var kind: Kind
    /// The fiscal year the value is for, when the plan says.
    var year: Int?
    /// The index of the target in the KPI's targets, and the number's place in it.
    var target: Int
    var place: Place

    /// The numbers of `kpi`'s targets; a level or increase target without `year` is for
    /// `lastYear`, the end of the KPI period. Units are read through `units`.
    static func all(of kpi: KPI, lastYear: Int?, units: inout AmountUnits) -> [StatedNumber] {
        var out: [StatedNumber] = []
        for i in kpi.targets.indices where kpi.targets[i].basis != .milestone {
            append(kpi.targets[i], at: i, lastYear: lastYear, units: &units, to: &out)
        }
        return out
    }

    /// Appends the numbers of `t`, target `i` of its KPI, to `out`.
    private static func append(_ t: Target, at i: Int, lastYear: Int?, units: inout AmountUnits,
                               to out: inout [StatedNumber]) {
        let unit = units(t.unit)   // read once for all of the target's numbers
        func add(_ value: Double?, _ kind: Kind, _ year: Int?, _ place: Place) {
            guard let value else { return }
            out.append(StatedNumber(value: value, unit: t.unit, amount: unit.amount(value), kind: kind, year: year,
                                    target: i, place: place))
        }
        let dated = t.basis == .level || t.basis == .increase
        add(t.value, .target, dated ? t.year ?? lastYear : nil, .value)
        add(t.perYear, .perYear, nil, .perYear)
        if let b = t.baseline {
            add(b.value, .baseline, b.aggregate == nil ? b.year : nil, .baselineValue)
            for (j, p) in b.parts.enumerated() { add(p.value, .part, nil, .baselinePart(j)) }
        }
        for (j, h) in t.history.enumerated() { add(h.value, .history, h.year, .history(j)) }
        for (j, p) in t.parts.enumerated() { add(p.value, .part, nil, .part(j)) }
    }

    /// How a message names the number's target (`kpi` is the KPI it was read from).
    func name(in kpi: KPI) -> String {
        TargetView.name(kpi.targets[target], owner: kpi.id, index: target)
    }

    /// What a waiver names for the number's target.
    func subject(in kpi: KPI) -> String {
        Subject.target(kpi, kpi.targets[target], target)
    }

    /// Where the number is written, and where its target's unit is.
    func source(in kpi: KPI) -> (value: Source, unit: Source) {
        let t = kpi.targets[target]
        let unit = t.fields.of("unit", or: t.source)
        switch place {
        case .value: return (t.fields.of("value", or: t.source), unit)
        case .perYear: return (t.fields.of("per_year", or: t.source), unit)
        case .baselineValue, .baselinePart:
            guard let b = t.baseline else { return (t.source, unit) }   // not reached: the number came from it
            if case .baselinePart(let j) = place { return (b.parts[j].source, unit) }
            return (b.fields.of("value", or: b.source), unit)
        case .history(let j): return (t.history[j].source, unit)
        case .part(let j): return (t.parts[j].source, unit)
        }
    }
}
