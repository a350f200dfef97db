import PlanModel
import PlanText

/// `text-misconversion`: known mis-conversions (誤変換) from a dictionary, after prh: each
/// entry is `pattern -> expected ; note`, a literal text, the form to write instead, and
/// why (the note is optional; an entry without `->` only flags the pattern). `dictionary`
/// is the shipped list; users extend it with `additions` in planlint.yaml (or replace it
/// by setting `dictionary`).
enum TextMisconversion: PlanCheck {
    enum Message: RuleMessage {
        case noted(field: PlaceName, text: String, expected: String, note: String)
        case plain(field: PlaceName, text: String, expected: String)
        case avoid(field: PlaceName, text: String)

        static let rule = "text-misconversion"
        var key: String {
            switch self {
            case .noted: "default"
            case .plain: "plain"
            case .avoid: "avoid"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .noted(let f, let t, let e, let n): f.arguments("field", with: ["text": t, "expected": e, "note": n])
            case .plain(let f, let t, let e): f.arguments("field", with: ["text": t, "expected": e])
            case .avoid(let f, let t): f.arguments("field", with: ["text": t])
            }
        }
        static let everyCase: [Self] = [.noted(field: "", text: "", expected: "", note: ""),
                                        .plain(field: "", text: "", expected: ""), .avoid(field: "", text: "")]
    }

    static let dictionary = Param<[String]>("dictionary")
    static let additions = Param<[String]>("additions")
    static let parameters = [dictionary.declaration, additions.declaration]

    /// One entry, read from `pattern -> expected ; note`.
    struct Entry: Equatable {
        var pattern: [Unicode.Scalar]
        var expected: String?
        var note: String?

        init?(_ line: String) {
            var scalars = Scalars.of(line)[...]
            var note: ArraySlice<Unicode.Scalar>?
            if let semicolon = scalars.firstIndex(where: { $0 == ";" || $0 == "；" }) {
                note = scalars[(semicolon + 1)...]
                scalars = scalars[..<semicolon]
            }
            var expected: ArraySlice<Unicode.Scalar>?
            if let arrow = scalars.indices.first(where: { scalars[$0] == "→" || (scalars[$0] == "-" && $0 + 1 < scalars.endIndex && scalars[$0 + 1] == ">") }) {
                expected = scalars[(arrow + (scalars[arrow] == "→" ? 1 : 2))...]
                scalars = scalars[..<arrow]
            }
            func trim(_ s: ArraySlice<Unicode.Scalar>?) -> [Unicode.Scalar]? {
                guard var s else { return nil }
                while let first = s.first, Width.isWhitespace(first) { s.removeFirst() }
                while let last = s.last, Width.isWhitespace(last) { s.removeLast() }
                return s.isEmpty ? nil : Array(s)
            }
            func string(_ s: [Unicode.Scalar]?) -> String? { s.map { String(String.UnicodeScalarView($0)) } }
            guard let pattern = trim(scalars) else { return nil }
            self.pattern = pattern
            self.expected = string(trim(expected))
            self.note = string(trim(note))
        }
    }

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let entries = (context[dictionary] + context[additions]).compactMap(Entry.init)
        guard !entries.isEmpty else { return [] }
        var findings: [Finding] = []
        for field in context.textFields(in: plan) {
            let s = field.scalars
            var hits: [(Range<Int>, Entry)] = []
            for entry in entries {
                let n = entry.pattern.count
                var i = 0
                while i + n <= s.count {
                    if s[i] == entry.pattern[0], s[i..<(i + n)].elementsEqual(entry.pattern) {
                        hits.append((i..<(i + n), entry))
                        i += n
                    } else {
                        i += 1
                    }
                }
            }
            for (span, entry) in hits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
                let text = String(String.UnicodeScalarView(entry.pattern))
                let message: Message = switch (entry.expected, entry.note) {
                case (let e?, let n?): .noted(field: field.name, text: text, expected: e, note: n)
                case (let e?, nil): .plain(field: field.name, text: text, expected: e)
                case (nil, _): .avoid(field: field.name, text: text)
                }
                findings.append(finding(message, at: field.source(of: span), subject: field.subject))
            }
        }
        return findings
    }
}
