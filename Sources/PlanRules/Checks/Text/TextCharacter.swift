import PlanModel
import PlanText

/// `text-character`: characters that do not belong in Japanese official text. Errors: a
/// character no JIS character set has (a simplified-Chinese form such as 业, typed with a
/// Chinese IME; a private-use gaiji), and an invisible or control character (a zero-width
/// space, a tab, a bidi override). Warnings: a character only JIS X 0213 has, which a CP932
/// (Windows Shift_JIS) export loses; a Kangxi radical or CJK compatibility ideograph that
/// looks like a common kanji; half-width katakana; kana with a separate (NFD) voicing mark.
/// Variation selectors (異体字 IVS) are left alone.
enum TextCharacter: PlanCheck {
    enum Message: RuleMessage {
        case unrepresentable(field: PlaceName, char: String, code: String)
        case simplified(field: PlaceName, char: String, code: String, expected: String)
        case cp932(field: PlaceName, char: String, code: String)
        case invisible(field: PlaceName, code: String)
        case lookalike(field: PlaceName, char: String, code: String, expected: String)
        case halfwidth(field: PlaceName, text: String, expected: String)
        case decomposed(field: PlaceName, text: String, expected: String)

        static let rule = "text-character"
        var key: String {
            switch self {
            case .unrepresentable: "default"
            case .simplified: "simplified"
            case .cp932: "cp932"
            case .invisible: "invisible"
            case .lookalike: "lookalike"
            case .halfwidth: "halfwidth-kana"
            case .decomposed: "decomposed"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .unrepresentable(let f, let c, let code), .cp932(let f, let c, let code):
                f.arguments("field", with: ["char": c, "code": code])
            case .simplified(let f, let c, let code, let e), .lookalike(let f, let c, let code, let e):
                f.arguments("field", with: ["char": c, "code": code, "expected": e])
            case .invisible(let f, let code): f.arguments("field", with: ["code": code])
            case .halfwidth(let f, let t, let e), .decomposed(let f, let t, let e): f.arguments("field", with: ["text": t, "expected": e])
            }
        }
        static let everyCase: [Self] = [
            .unrepresentable(field: "", char: "", code: ""), .simplified(field: "", char: "", code: "", expected: ""),
            .cp932(field: "", char: "", code: ""), .invisible(field: "", code: ""),
            .lookalike(field: "", char: "", code: "", expected: ""), .halfwidth(field: "", text: "", expected: ""),
            .decomposed(field: "", text: "", expected: ""),
        ]
    }

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for field in context.textFields(in: plan) {
            // Most text is kana, kanji and ASCII that CP932 writes: nothing to look at.
            guard field.scalars.contains(where: { !isCommon($0) && needsLook($0) }) else { continue }
            let s = field.scalars
            var i = 0
            while i < s.count {
                let (message, length) = classify(s, at: i, field: field.name)
                if let message {
                    findings.append(finding(message, at: field.source(of: max(0, i - (isVoicingMark(s[i]) ? 1 : 0))..<(i + length)),
                                            subject: field.subject))
                }
                i += length
            }
        }
        return findings
    }

    /// Whether `classify` has something to say about `c` (or the run it starts).
    static func needsLook(_ c: Unicode.Scalar) -> Bool {
        !isLineBreak(c) && (!JIS.inCP932(c) || isInvisible(c) || isHalfwidthKana(c))
    }

    /// Printable ASCII, hiragana ぁ–ん and katakana ァ–ヶ: most of a text, all in CP932 and
    /// visible, so never ``needsLook(_:)`` (a test holds it); told without the JIS table.
    static func isCommon(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20...0x7E, 0x3041...0x3093, 0x30A1...0x30F6: true
        default: false
        }
    }

    /// What is wrong with the scalar at `i` (and how many scalars the finding covers).
    static func classify(_ s: [Unicode.Scalar], at i: Int, field: @autoclosure () -> PlaceName) -> (Message?, Int) {
        let c = s[i]
        if isLineBreak(c) { return (nil, 1) }
        if isInvisible(c) { return (.invisible(field: field(), code: code(c)), 1) }
        if isVariationSelector(c) { return (nil, 1) }
        if isVoicingMark(c) {
            let text = String(String.UnicodeScalarView(s[max(0, i - 1)...i]))
            let folded = Width.fold(text)
            return (.decomposed(field: field(), text: text, expected: folded.unicodeScalars.count == 1 ? folded : text), 1)
        }
        if isHalfwidthKana(c) {
            var end = i
            while end < s.count, isHalfwidthKana(s[end]) { end += 1 }
            let text = String(String.UnicodeScalarView(s[i..<end]))
            return (.halfwidth(field: field(), text: text, expected: Width.fold(text)), end - i)
        }
        if let unified = JIS.lookalike(c) {
            return (.lookalike(field: field(), char: String(c), code: code(c), expected: String(unified)), 1)
        }
        if !JIS.inX0213(c) {
            if let japanese = JIS.japaneseForm(ofSimplified: c) {
                return (.simplified(field: field(), char: String(c), code: code(c), expected: String(japanese)), 1)
            }
            return (.unrepresentable(field: field(), char: String(c), code: code(c)), 1)
        }
        if !JIS.inCP932(c) { return (.cp932(field: field(), char: String(c), code: code(c)), 1) }
        return (nil, 1)
    }

    /// `U+4E1A`.
    static func code(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A control character other than LF, or a character that shows as nothing (zero-width
    /// spaces and joiners, bidi controls, word joiner, BOM, soft hyphen). `classify` passes
    /// over the line breaks YAML reads as such first (``isLineBreak(_:)``).
    static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A: false
        case 0..<0x20, 0x7F...0x9F, 0xAD, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// A line break YAML reads as one (LF, CR, NEL, LS, PS): a text's line break, whatever
    /// the file was saved with, not a character of the text (a file saved with NEL, LS or PS
    /// keeps them in a literal block's value where LF would be; every plan converted to them
    /// must give the LF findings, which `LineBreakTests` holds).
    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    static func isHalfwidthKana(_ c: Unicode.Scalar) -> Bool { (0xFF61...0xFF9F).contains(c.value) }

    /// The combining voiced and semi-voiced sound marks of NFD kana (not the spacing ゛゜).
    static func isVoicingMark(_ c: Unicode.Scalar) -> Bool { c.value == 0x3099 || c.value == 0x309A }

    static func isVariationSelector(_ c: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(c.value) || (0xE0100...0xE01EF).contains(c.value)
    }
}
