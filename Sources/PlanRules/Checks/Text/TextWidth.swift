import PlanModel
import PlanText

/// `text-width`: digits or Latin letters written full-width (２０２２, ＰＣＴ) in a plan that
/// writes them half-width elsewhere, or the other way round. The width the plan uses less
/// (full width on a tie) is reported, once per run; a plan that keeps to one width is fine.
enum TextWidth: PlanCheck {
    enum Message: RuleMessage {
        /// Full-width digits in a plan that mostly writes them half-width.
        case fullDigits(field: PlaceName, text: String, others: Int)
        /// Full-width letters in a plan that mostly writes them half-width.
        case fullLetters(field: PlaceName, text: String, others: Int)
        /// Half-width digits or letters in a plan that mostly writes them full-width.
        case half(field: PlaceName, text: String, others: Int)

        static let rule = "text-width"
        var key: String {
            switch self {
            case .fullDigits: "default"
            case .fullLetters: "letters"
            case .half: "half"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .fullDigits(let f, let t, let n), .fullLetters(let f, let t, let n), .half(let f, let t, let n):
                f.arguments("field", with: ["text": t, "others": String(n)])
            }
        }
        static let everyCase: [Self] = [.fullDigits(field: "", text: "", others: 0),
                                        .fullLetters(field: "", text: "", others: 0), .half(field: "", text: "", others: 0)]
    }

    /// A run of digits or letters of one width in one field.
    private struct Run {
        var field: Int
        var letters: Bool
        var full: Bool
        var range: Range<Int>
    }

    /// Whether `c` is a letter (else a digit) and full-width, or nil for anything else.
    private static func kind(_ c: Unicode.Scalar) -> (letters: Bool, full: Bool)? {
        switch c.value {
        case 0x30...0x39: (false, false)
        case 0x41...0x5A, 0x61...0x7A: (true, false)
        case 0xFF10...0xFF19: (false, true)
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: (true, true)
        default: nil
        }
    }

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let fields = context.textFields(in: plan)
        // Nearly every plan writes no full-width digit or letter at all.
        guard fields.contains(where: { $0.scalars.contains { (0xFF10...0xFF5A).contains($0.value) } }) else { return [] }
        let scalars = fields.map(\.scalars)
        var runs: [Run] = []
        var count = [[0, 0], [0, 0]]   // [letters][full]
        for (f, s) in scalars.enumerated() {
            var i = 0
            while i < s.count {
                guard let k = kind(s[i]) else { i += 1; continue }
                var end = i + 1
                while end < s.count, let k2 = kind(s[end]), k2 == k { end += 1 }
                runs.append(Run(field: f, letters: k.letters, full: k.full, range: i..<end))
                count[k.letters ? 1 : 0][k.full ? 1 : 0] += end - i
                i = end
            }
        }
        var findings: [Finding] = []
        for run in runs {
            let (half, full) = (count[run.letters ? 1 : 0][0], count[run.letters ? 1 : 0][1])
            guard half > 0, full > 0, run.full == (full <= half) else { continue }
            let field = fields[run.field]
            let text = String(String.UnicodeScalarView(scalars[run.field][run.range]))
            let message: Message = !run.full ? .half(field: field.name, text: text, others: full)
                : run.letters ? .fullLetters(field: field.name, text: text, others: half)
                : .fullDigits(field: field.name, text: text, others: half)
            findings.append(finding(message, at: field.source(of: run.range), subject: field.subject))
        }
        return findings
    }
}
