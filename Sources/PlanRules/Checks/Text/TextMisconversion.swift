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

    /// The dictionary's entries, read from its lines, with the entries indexed by their first
    /// scalar so that a text is passed over once rather than once per entry.
    struct Compiled {
        /// The lines read (the dictionary, then the additions).
        let lines: [String]
        let entries: [Entry]
        /// For each first scalar of a pattern, the entries starting with it, in dictionary order.
        let startingWith: [Unicode.Scalar: [Int]]
        /// Bit `v % 64` is set for every first scalar `v` of a pattern: most scalars of a
        /// text start no pattern, and this tells so without a dictionary lookup.
        let firstBits: UInt64

        init(_ lines: [String]) {
            self.lines = lines
            entries = lines.compactMap(Entry.init)
            var index: [Unicode.Scalar: [Int]] = [:]
            var bits: UInt64 = 0
            for (e, entry) in entries.enumerated() {
                index[entry.pattern[0], default: []].append(e)
                bits |= 1 << (entry.pattern[0].value & 63)
            }
            startingWith = index
            firstBits = bits
        }

        /// The entries found in `s`, each with its span, in the order the rule reports them:
        /// by position. Each entry is looked for on its own from the start, a match skipping
        /// past itself (so one entry's matches never overlap, another's may); matches are
        /// ordered as if listed entry by entry and then sorted by where they start.
        func hits(in s: [Unicode.Scalar]) -> [(Range<Int>, Entry)] {
            var found: [(entry: Int, span: Range<Int>)] = []
            // Where each entry may match next (past its last match).
            var free: [Int: Int] = [:]
            for i in s.indices where firstBits & (1 << (s[i].value & 63)) != 0 {
                guard let candidates = startingWith[s[i]] else { continue }
                for e in candidates {
                    let pattern = entries[e].pattern
                    let n = pattern.count
                    guard i + n <= s.count, i >= free[e, default: 0], s[i..<(i + n)].elementsEqual(pattern) else { continue }
                    found.append((e, i..<(i + n)))
                    free[e] = i + n
                }
            }
            // As the entry-by-entry search listed them (for each entry, by position), so that
            // the sort below sees the same sequence and orders equal starts the same way.
            found.sort { ($0.entry, $0.span.lowerBound) < ($1.entry, $1.span.lowerBound) }
            return found.map { ($0.span, entries[$0.entry]) }.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
        }
    }

    /// The shipped dictionary (with no additions), compiled once per process: a plan linted
    /// with the defaults does not read the dictionary again.
    static let shipped = Compiled(CheckContext(for: TextMisconversion.self)[dictionary])

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let lines = context[dictionary] + context[additions]
        let compiled = lines == shipped.lines ? shipped : Compiled(lines)
        guard !compiled.entries.isEmpty else { return [] }
        var findings: [Finding] = []
        for field in context.textFields(in: plan) {
            for (span, entry) in compiled.hits(in: field.scalars) {
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

    /// The search as the rule first wrote it, entry by entry over the whole text (kept for
    /// tests: ``Compiled/hits(in:)`` must find exactly what this finds).
    static func hitsOneByOne(_ entries: [Entry], in s: [Unicode.Scalar]) -> [(Range<Int>, Entry)] {
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
        return hits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
    }
}
