import PlanModel
import PlanText

/// `text-bracket`: brackets that are not closed, closed by another kind, or closed without
/// being opened, within one text (「」『』（）【】［］〔〕 and the half-width ( ) [ ]). A
/// half-width ) after a list number or letter at the start of an item (1) 2) 3), a) b)) is
/// an enumerator, not a bracket.
enum TextBracket: PlanCheck {
    enum Message: RuleMessage {
        case unclosed(field: PlaceName, open: String, context: String)
        case mismatched(field: PlaceName, open: String, close: String, context: String)
        case unopened(field: PlaceName, close: String, context: String)

        static let rule = "text-bracket"
        var key: String {
            switch self {
            case .unclosed: "default"
            case .mismatched: "mismatched"
            case .unopened: "unopened"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .unclosed(let f, let o, let c): f.arguments("field", with: ["open": o, "context": c])
            case .mismatched(let f, let o, let cl, let c): f.arguments("field", with: ["open": o, "close": cl, "context": c])
            case .unopened(let f, let cl, let c): f.arguments("field", with: ["close": cl, "context": c])
            }
        }
        static let everyCase: [Self] = [.unclosed(field: "", open: "", context: ""),
                                        .mismatched(field: "", open: "", close: "", context: ""),
                                        .unopened(field: "", close: "", context: "")]
    }

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "「": "」", "『": "』", "（": "）", "【": "】", "［": "］", "〔": "〕", "(": ")", "[": "]",
    ]
    private static let closers: [Unicode.Scalar: Unicode.Scalar] = Dictionary(uniqueKeysWithValues: pairs.map { ($1, $0) })

    /// Whether `c` is one of the brackets of ``pairs`` (opening or closing), told by its code
    /// point: this runs on every scalar of every text, where two dictionary lookups cost
    /// ~80 instructions a scalar (most of the rule's time).
    static func isBracket(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x28, 0x29, 0x5B, 0x5D, 0x300C...0x300F, 0x3010, 0x3011, 0x3014, 0x3015, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D: true
        default: false
        }
    }

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for field in context.textFields(in: plan) where field.scalars.contains(where: isBracket) {
            for (message, span) in scan(field.scalars, field: field.name) {
                findings.append(finding(message, at: field.source(of: span), subject: field.subject))
            }
        }
        return findings
    }

    static func scan(_ s: [Unicode.Scalar], field: @autoclosure () -> PlaceName) -> [(Message, Range<Int>)] {
        var out: [(Message, Range<Int>)] = []
        var open: [Int] = []
        // How many of each opening bracket the stack holds, so a closer never scans it.
        var held: [Unicode.Scalar: Int] = [:]
        func context(_ i: Int) -> String {
            String(String.UnicodeScalarView(s[max(0, i - 8)..<min(s.count, i + 9)].filter { $0 != "\n" }))
        }
        for (i, c) in s.enumerated() where isBracket(c) {
            if pairs[c] != nil {
                open.append(i)
                held[c, default: 0] += 1
            } else if let opener = closers[c] {
                if let top = open.last, s[top] == opener {
                    open.removeLast()
                    held[opener, default: 1] -= 1
                } else if let top = open.last, held[opener, default: 0] > 0 || opener == "(" || opener == "（" {
                    // Closed by another kind: report it and take the bracket as closed.
                    out.append((.mismatched(field: field(), open: String(s[top]), close: String(c), context: context(i)), top..<(i + 1)))
                    open.removeLast()
                    held[s[top], default: 1] -= 1
                } else if !isEnumerator(s, i) {
                    out.append((.unopened(field: field(), close: String(c), context: context(i)), i..<(i + 1)))
                }
            }
        }
        for i in open {
            out.append((.unclosed(field: field(), open: String(s[i]), context: context(i)), i..<(i + 1)))
        }
        return out.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// A half-width ) after one or two digits or one letter that start an item: at the
    /// start of the text or after 、。 a space or a line break (1) 2) 3), a) b)).
    private static func isEnumerator(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == ")" else { return false }
        var j = i - 1
        while j >= 0, j >= i - 2, ("0"..."9").contains(s[j]) || ("０"..."９").contains(s[j]) { j -= 1 }
        if j == i - 1, j >= 0, ("a"..."z").contains(s[j]) || ("A"..."Z").contains(s[j]) { j -= 1 }
        guard j < i - 1 else { return false }
        return j < 0 || "、。 \u{3000}\n・".unicodeScalars.contains(s[j])
    }
}
