import PlanModel
import PlanText

/// A value in a normal unit (money in 円, 割 in %), for comparing a text with a target.
struct Amount {
    var value: Double
    /// The normal unit, or nil when the target states none (then any unit matches).
    var unit: String?
    /// The words a compound unit is made of (社・団体 is 社 or 団体), and the normal unit;
    /// no word twice (a handful at most, so an array rather than a set).
    var words: [String]

    init(_ value: Double, _ unit: String?) {
        self = AmountUnit(unit).amount(value)
    }

    init(value: Double, unit: String?, words: [String]) {
        (self.value, self.unit, self.words) = (value, unit, words)
    }

    /// The words of a folded unit split at ・ (empty parts dropped), with `normal` added.
    static func words(of folded: String, normal: String) -> [String] {
        var words: [String]
        if folded.unicodeScalars.contains("・") {
            words = []
            for word in folded.split(separator: "・").map(String.init) where !words.contains(word) { words.append(word) }
        } else {
            words = folded.isEmpty ? [] : [folded]   // what split gives for a unit without ・
        }
        if !words.contains(normal) { words.append(normal) }
        return words
    }

    func sameValue(_ other: Amount, tolerance: Double) -> Bool {
        Compare.equal(value, other.value, relative: tolerance)
    }

    /// Same value, and units that agree (or one side states none).
    func matches(_ other: Amount, tolerance: Double) -> Bool {
        sameValue(other, tolerance: tolerance) && sameUnit(other)
    }

    /// Units that agree (or one side states none), whatever the values.
    func sameUnit(_ other: Amount) -> Bool {
        guard let unit, let otherUnit = other.unit else { return true }
        return unit == otherUnit || words.contains(where: other.words.contains)
    }
}

/// A written unit read once for many values: its normal unit, the factor that brings a
/// value to it, and its words (see ``Amount``).
struct AmountUnit {
    var normal: String?
    /// What a value is multiplied by (`Quantity.normalized` of 1): 1e8 for 億円, 10 for 割.
    var factor: Double
    var words: [String]

    init(_ unit: String?) {
        guard let unit else {
            (normal, factor, words) = (nil, 1, [])
            return
        }
        let folded = Width.fold(unit)
        // Normalizing multiplies by a constant of the unit (or leaves the value alone, the same
        // as multiplying by 1), so normalizing 1 gives the factor.
        let one = Quantity(value: 1, unit: folded, range: 0..<0, text: "").normalized
        (normal, factor) = (one.unit, one.value)
        words = Amount.words(of: folded, normal: one.unit)
    }

    /// `value` in this unit, as `Amount(value, unit)` makes it.
    func amount(_ value: Double) -> Amount {
        Amount(value: normal == nil ? value : value * factor, unit: normal, words: words)
    }
}

/// The ``AmountUnit`` of each unit read so far: a plan writes a handful of units (件, %, 円)
/// for many numbers, so each is read once per check rather than once per number. The same
/// values as `AmountUnit(unit)`.
struct AmountUnits {
    private var read: [(unit: String?, amountUnit: AmountUnit)] = []

    /// `AmountUnit(unit)`, read on first use.
    mutating func callAsFunction(_ unit: String?) -> AmountUnit {
        if let known = read.first(where: { $0.unit == unit }) { return known.amountUnit }
        let made = AmountUnit(unit)
        read.append((unit, made))
        return made
    }
}
