import PlanModel
import PlanText

/// `text-style` (information): sentence-level style within one text.
/// - です・ます and である (plain) sentence endings mixed in one text (a KPI text, a goal
///   text): polite endings are です, ます, ました, でした, ません, ましょう; plain ones a
///   verb's or adjective's plain form or だ, である, た. A sentence ending in a noun is neither.
///   Texts are compared only with themselves: a plan quotes many documents, each in its style;
///   so are sentences quoted in 「」 and lines without 。 (headings), which are not counted.
/// - a double negative (〜ないわけではない, 〜なくはない, 〜ないこともない …);
/// - a sentence longer than `max-length` characters; 0 (the default) leaves it unchecked.
enum TextStyle: PlanCheck {
    enum Message: RuleMessage {
        case mixed(field: PlaceName, polite: String, plain: String)
        case doubleNegative(field: PlaceName, text: String)
        case long(field: PlaceName, length: Int, limit: Int, start: String)

        static let rule = "text-style"
        var key: String {
            switch self {
            case .mixed: "default"
            case .doubleNegative: "double-negative"
            case .long: "long"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .mixed(let f, let p, let q): f.arguments("field", with: ["polite": p, "plain": q])
            case .doubleNegative(let f, let t): f.arguments("field", with: ["text": t])
            case .long(let f, let n, let limit, let s): f.arguments("field", with: ["length": String(n), "limit": String(limit), "start": s])
            }
        }
        static let everyCase: [Self] = [.mixed(field: "", polite: "", plain: ""), .doubleNegative(field: "", text: ""),
                                        .long(field: "", length: 0, limit: 0, start: "")]
    }

    static let maxLength = Param<Int>("max-length")
    static let parameters = [maxLength.declaration]

    /// Double negatives; each starts with な (the scan relies on it, and a test holds it).
    static let doubleNegatives = ["ないわけではない", "ないわけでもない", "なくはない", "なくもない", "ないこともない",
                                  "ないことはない", "ないものでもない", "ないではない", "ないとは限らない", "ないとはいえない"]
        .map { Array($0.unicodeScalars) }

    private static let polite = ["です", "ます", "ました", "でした", "ません", "ましょう"].map { Array($0.unicodeScalars) }
    private static let plainEndings: Set<Unicode.Scalar> = ["う", "く", "ぐ", "す", "つ", "ぬ", "ぶ", "む", "る", "た", "だ", "い"]

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let limit = context[maxLength]
        var findings: [Finding] = []
        for field in context.textFields(in: plan) {
            let s = field.scalars
            var firstPolite: Range<Int>?
            var firstPlain: Range<Int>?
            for (sentence, punctuated) in sentences(s) {
                if limit > 0, sentence.count > limit {
                    let start = String(String.UnicodeScalarView(s[sentence.prefix(15)])) + "…"
                    findings.append(finding(.long(field: field.name, length: sentence.count, limit: limit, start: start),
                                            at: field.source(of: sentence), subject: field.subject))
                }
                // A line without 。 is a heading or a list item, not a sentence with a style.
                guard punctuated else { continue }
                switch ending(s[sentence]) {
                case true?: if firstPolite == nil { firstPolite = sentence }
                case false?: if firstPlain == nil { firstPlain = sentence }
                case nil: break
                }
            }
            if let p = firstPolite, let q = firstPlain {
                let later = p.lowerBound > q.lowerBound ? p : q
                findings.append(finding(.mixed(field: field.name, polite: tail(s, p), plain: tail(s, q)),
                                        at: field.source(of: later), subject: field.subject))
            }
            // Every double negative starts with な: only those places are compared, once each.
            var i = 0
            while i < s.count {
                guard s[i] == "な", let negative = doubleNegatives.first(where: {
                    i + $0.count <= s.count && s[i..<(i + $0.count)].elementsEqual($0)
                }) else {
                    i += 1
                    continue
                }
                let text = String(String.UnicodeScalarView(s[max(0, i - 6)..<(i + negative.count)]))
                findings.append(finding(.doubleNegative(field: field.name, text: text),
                                        at: field.source(of: i..<(i + negative.count)), subject: field.subject))
                i += negative.count
            }
        }
        return findings
    }

    /// The sentences of a text: runs ending at 。！？ or a line break (without the break),
    /// each marked whether it ends with punctuation. A 。 inside 「」 or 『』 ends no sentence:
    /// a quoted sentence is part of the one that quotes it.
    static func sentences(_ s: [Unicode.Scalar]) -> [(range: Range<Int>, punctuated: Bool)] {
        var out: [(range: Range<Int>, punctuated: Bool)] = []
        var start = 0
        var depth = 0
        for (i, c) in s.enumerated() {
            switch c {
            case "「", "『": depth += 1
            case "」", "』": depth = max(0, depth - 1)
            case "\n":
                if i > start { out.append((start..<i, false)) }
                start = i + 1
                depth = 0
            case "。", "！", "？":
                // (A `where` clause would guard only the last pattern of the case.)
                guard depth == 0 else { break }
                out.append((start..<(i + 1), true))
                start = i + 1
            default: break
            }
        }
        if start < s.count { out.append((start..<s.count, false)) }
        return out
    }

    /// Polite (true), plain (false) or neither (nil), from a sentence's last words.
    static func ending(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool? {
        var end = sentence.endIndex
        while end > sentence.startIndex, isClosing(sentence[end - 1]) { end -= 1 }
        let count = end - sentence.startIndex
        if polite.contains(where: { count >= $0.count && sentence[(end - $0.count)..<end].elementsEqual($0) }) { return true }
        guard count >= 2, isPlainEnding(sentence[end - 1]) else { return nil }
        return false
    }

    /// ``ending(_:)`` as first written, over strings and sets (kept for tests).
    static func endingAsWritten(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool? {
        var end = sentence
        while let last = end.last, "。！？」』）) 　".unicodeScalars.contains(last) { end.removeLast() }
        if polite.contains(where: { end.count >= $0.count && end.suffix($0.count).elementsEqual($0) }) { return true }
        guard let last = end.last, plainEndings.contains(last), end.count >= 2 else { return nil }
        return false
    }

    /// What may follow a sentence's last word: 。！？」』）) and spaces (U+0020, U+3000).
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x300D, 0x300F, 0xFF09, 0x29, 0x20, 0x3000: true
        default: false
        }
    }

    /// ``plainEndings``, told by code point (this runs once a sentence).
    static func isPlainEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "う", "く", "ぐ", "す", "つ", "ぬ", "ぶ", "む", "る", "た", "だ", "い": true
        default: false
        }
    }

    /// The last few characters of a sentence, for the message.
    private static func tail(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        "…" + String(String.UnicodeScalarView(s[max(r.lowerBound, r.upperBound - 8)..<r.upperBound]))
    }
}
