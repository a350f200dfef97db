/// A number as written in Japanese text: digits with thousands separators and
/// a decimal part, optionally in groups with kanji multipliers (9兆2,000億, 1万,
/// 1,514百万).
struct WrittenNumber {
    /// Each group's digits and the scale of its multiplier (1 when it has none).
    var groups: [(digits: Double, scale: Double)]
    /// The multiplier written after the last group (億, 百万), or "" for none.
    var lastMultiplier: String
    /// Folded range of the number, multipliers included.
    var range: Range<Int>

    /// The value with every multiplier applied (9兆2,000億 → 9.2e12).
    var total: Double {
        groups.reduce(0) { $0 + $1.digits * $1.scale }
    }

    /// The value counted in units of the last group's multiplier
    /// (9兆2,000億 → 92000, in 億).
    var inLastScale: Double {
        let last = groups.last?.scale ?? 1
        return groups.reduce(0) { $0 + $1.digits * ($1.scale / last) }
    }
}

/// Reads ``WrittenNumber``s from folded text.
enum NumberReader {
    private static let smallMultipliers: [(Unicode.Scalar, Double)] = [("千", 1e3), ("百", 1e2)]
    private static let largeMultipliers: [(Unicode.Scalar, Double)] = [("兆", 1e12), ("億", 1e8), ("万", 1e4)]

    /// Reads the number starting at `i`, which must hold an ASCII digit.
    ///
    /// Groups must have strictly decreasing multipliers; a group without one
    /// ends the number. Returns nil only when no digit is at `i`.
    static func read(in text: FoldedText, at i: Int) -> WrittenNumber? {
        var groups: [(digits: Double, scale: Double)] = []
        var lastMultiplier = ""
        var position = i
        var end = i
        while let (digits, digitsEnd) = readDigits(in: text, at: position) {
            var multiplierEnd = digitsEnd
            var scale = 1.0
            var written = String.UnicodeScalarView()
            if let next = text[multiplierEnd], let small = smallMultipliers.first(where: { $0.0 == next }) {
                scale *= small.1
                written.append(next)
                multiplierEnd += 1
            }
            if let next = text[multiplierEnd], let large = largeMultipliers.first(where: { $0.0 == next }) {
                scale *= large.1
                written.append(next)
                multiplierEnd += 1
            }
            if let previous = groups.last, scale >= previous.scale {
                break   // 1万2万: the second group does not belong to this number
            }
            groups.append((digits, scale))
            lastMultiplier = String(written)
            end = multiplierEnd
            // Only a large multiplier (兆, 億, 万) can be followed by another group.
            guard scale >= 1e4, text[end]?.isASCIIDigit ?? false else { break }
            position = end
        }
        guard !groups.isEmpty else { return nil }
        return WrittenNumber(groups: groups, lastMultiplier: lastMultiplier, range: i..<end)
    }

    /// Reads digits at `i`: 1530, 1,530, 18.2. A comma counts as a thousands
    /// separator only before exactly three digits; a point only before a digit.
    static func readDigits(in text: FoldedText, at i: Int) -> (Double, Int)? {
        guard text[i]?.isASCIIDigit ?? false else { return nil }
        var digits = Digits()
        var j = i
        while let s = text[j], s.isASCIIDigit {
            digits.add(s)
            j += 1
        }
        while text[j] == ",", isThreeDigitGroup(in: text, at: j + 1) {
            for s in text.scalars[(j + 1)..<(j + 4)] { digits.add(s) }
            j += 4
        }
        if text[j] == ".", text[j + 1]?.isASCIIDigit ?? false {
            j += 1
            while let s = text[j], s.isASCIIDigit {
                digits.add(s, fraction: true)
                j += 1
            }
        }
        if let exact = digits.exactValue { return (exact, j) }
        // Too many digits to be sure of the arithmetic: let the standard parser round.
        var literal = String.UnicodeScalarView()
        for s in text.scalars[i..<j] where s != "," { literal.append(s) }
        guard let value = Double(String(literal)), value.isFinite else { return (Double.nan, j) }
        return (value, j)
    }

    /// The digits of a number read so far, as an integer and a count of decimals.
    private struct Digits {
        var mantissa: UInt64 = 0
        var count = 0
        var decimals = 0

        mutating func add(_ digit: Unicode.Scalar, fraction: Bool = false) {
            count += 1
            if fraction { decimals += 1 }
            if count <= 15 { mantissa = mantissa * 10 + UInt64(digit.digitValue) }
        }

        /// The value, when it is `Double(literal)` for sure: a mantissa of at most 15 digits
        /// (below 2^53, so exact) divided by an exact power of ten, which IEEE division rounds
        /// correctly, as the parser does. Nil for longer numbers.
        var exactValue: Double? {
            guard count <= 15 else { return nil }
            return Double(mantissa) / Self.powersOfTen[decimals]
        }

        /// 10^0 … 10^15, each exact in a Double.
        private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }
    }

    /// Exactly three digits at `i`, not followed by a fourth.
    private static func isThreeDigitGroup(in text: FoldedText, at i: Int) -> Bool {
        (0..<3).allSatisfy { text[i + $0]?.isASCIIDigit ?? false } && !(text[i + 3]?.isASCIIDigit ?? false)
    }
}
