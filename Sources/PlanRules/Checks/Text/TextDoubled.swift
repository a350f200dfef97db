import PlanModel
import PlanText

/// `text-doubled`: a particle or word written twice. Three cases, each read from the
/// characters (docs/architecture.md says why not from a morphological analyser):
/// - the particle を twice in a row (アドバイスをを行い): を is written only as the particle,
///   so doubling it is always a typo (other kana double in real words: 手でできる, がん);
/// - を closing a noun, then a quantity, then を again in one clause (支援を年2社以上を行う):
///   between the two を stand only the quantity's digits and counters, no kana (a kana would
///   be a verb ending closing a relative clause, as in 企業を支援する件数を増やす) and no 、;
/// - the same word twice in a row: two or more kanji, or three or more katakana, repeated
///   at once (支援支援, セミナーセミナー); shorter repeats are real words (ドキドキ).
enum TextDoubled: PlanCheck {
    enum Message: RuleMessage {
        case particle(field: PlaceName, text: String)
        case clause(field: PlaceName, text: String)
        case word(field: PlaceName, text: String)

        static let rule = "text-doubled"
        var key: String {
            switch self {
            case .particle: "default"
            case .clause: "clause"
            case .word: "word"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .particle(let f, let t), .clause(let f, let t), .word(let f, let t): f.arguments("field", with: ["text": t])
            }
        }
        static let everyCase: [Self] = [.particle(field: "", text: ""), .clause(field: "", text: ""), .word(field: "", text: "")]
    }

    /// How far (in characters) the second を of a clause may be from the first.
    static let clauseLength = 20

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for field in context.textFields(in: plan) {
            for (message, span) in scan(field.scalars, field: field.name) {
                findings.append(finding(message, at: field.source(of: span), subject: field.subject))
            }
        }
        return findings
    }

    /// The doubled particles and words of a text, with their scalar offsets.
    static func scan(_ s: [Unicode.Scalar], field: @autoclosure () -> PlaceName) -> [(Message, Range<Int>)] {
        var out: [(Message, Range<Int>)] = []
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }
        var i = 0
        while i < s.count {
            if s[i] == "を" {
                if i + 1 < s.count, s[i + 1] == "を" {
                    let r = max(0, i - 5)..<min(s.count, i + 4)
                    out.append((.particle(field: field(), text: text(r)), i..<(i + 2)))
                    i += 2
                    continue
                }
                if let j = secondWo(s, after: i) {
                    out.append((.clause(field: field(), text: text(max(0, i - 2)..<min(s.count, j + 3))), i..<(j + 1)))
                    i = j
                    continue
                }
            }
            if let unit = repeatedWord(s, at: i) {
                out.append((.word(field: field(), text: text(i..<(i + 2 * unit))), i..<(i + 2 * unit)))
                i += 2 * unit
                continue
            }
            i += 1
        }
        return out
    }

    /// The offset of a second を after the one at `i` with only a quantity between.
    private static func secondWo(_ s: [Unicode.Scalar], after i: Int) -> Int? {
        var digit = false
        var j = i + 1
        while j < s.count, j - i <= clauseLength {
            let c = s[j]
            if c == "を" { return digit && j > i + 1 ? j : nil }
            if isKana(c) || endsClause(c) { return nil }
            if ("0"..."9").contains(c) || ("０"..."９").contains(c) { digit = true }
            j += 1
        }
        return nil
    }

    /// The length of a word written twice from `i` (kanji ≥ 2, katakana ≥ 3), or nil.
    private static func repeatedWord(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i < s.count, isKanji(s[i]) || isKatakana(s[i]), i == 0 || !sameScript(s[i - 1], s[i]) else { return nil }
        var run = i
        while run < s.count, sameScript(s[run], s[i]) { run += 1 }
        let length = run - i
        let least = isKanji(s[i]) ? 2 : 3
        // Only a whole run is a word written twice; a repeat inside a longer compound is not.
        let unit = length / 2
        guard length % 2 == 0, unit >= least, s[i..<(i + unit)].elementsEqual(s[(i + unit)..<run]) else { return nil }
        return unit
    }

    /// The punctuation and brackets that end a clause between two を (、。，,「」『』（）() and a
    /// line break), told by code point: this runs on every character after a を.
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x28, 0x29, 0x2C, 0x3001, 0x3002, 0x300C...0x300F, 0xFF08, 0xFF09, 0xFF0C: true
        default: false
        }
    }

    private static func isKana(_ c: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(c.value) }
    private static func isKatakana(_ c: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(c.value) || c.value == 0x30FC }
    private static func isKanji(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) || c.value == 0x3005 }
    private static func sameScript(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (isKanji(a) && isKanji(b)) || (isKatakana(a) && isKatakana(b))
    }
}
