import PlanModel
import PlanYAML

/// `number-width`: a number or year field written with full-width characters (`value: １０`,
/// `year: ２０２２`, `code: ３８`, a trailing 全角スペース) that reads as a number once they are
/// written half-width. Reported as information with a safe fix that writes the field
/// half-width, so that `planlint lint --fix` corrects what an IME typed.
///
/// It reads the YAML tree rather than the decoded plan, so it is independent of whether the
/// decoder accepts the full-width form, and it runs on every plan that loads.
struct NumberWidth: RuleMessage {
    /// The field as a JSON pointer, what was written, and what the fix writes.
    var field: String
    var found: String
    var replacement: String

    static let rule = "number-width"
    var key: String { "default" }
    var arguments: [String: String] { ["field": field, "found": found, "replacement": replacement] }
    static let everyCase = [Self(field: "", found: "", replacement: "")]

    /// How a field's value must read once written half-width.
    enum Kind { case number, integer, year }

    /// The number and year fields of a plan, by key.
    static let fields: [String: Kind] = [
        "value": .number, "per_year": .number, "code": .integer, "planlint": .integer,
        "year": .year, "from": .year, "to": .year, "as_of": .year,
    ]

    /// The findings of a plan that loaded (`root`, from `bytes`): one per full-width
    /// number field. The tree is walked only when the bytes hold a full-width digit or an
    /// ideographic space at all (most plans hold neither outside prose).
    static func findings(in root: Node?, bytes: [UInt8]) -> [Finding] {
        guard let root, mayHoldWideNumber(bytes) else { return [] }
        var out: [Finding] = []
        walk(root, pointer: "", into: &out)
        return out
    }

    /// Whether the bytes hold a full-width digit (U+FF10–U+FF19: EF BC 90 … EF BC 99) or an
    /// ideographic space (E3 80 80). Full-width brackets and punctuation, common in prose,
    /// do not count.
    static func mayHoldWideNumber(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let end = bytes.count - 2
        while i < end {
            switch bytes[i] {
            case 0xEF where bytes[i + 1] == 0xBC && (0x90...0x99).contains(bytes[i + 2]): return true
            case 0xE3 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80: return true
            default: i += 1
            }
        }
        return false
    }

    private static func walk(_ node: Node, pointer: String, into out: inout [Finding]) {
        switch node.kind {
        case .scalar: return
        case .sequence(let items):
            for (i, item) in items.enumerated() { walk(item, pointer: pointer + "/\(i)", into: &out) }
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                let child = Source(pointer: pointer, range: node.range).appending(key)
                if let kind = fields[key], let s = pair.value.scalar, s.style == .plain,
                   let folded = halfWidth(s.value), folded != s.value, reads(folded, as: kind) {
                    let r = pair.value.range
                    var finding = Finding(Self(field: child, found: s.value, replacement: folded),
                                          source: Source(pointer: child, range: r))
                    finding.fix = Fix(TextEdit(range: r.start.offset..<r.end.offset, replacement: folded), safety: .safe)
                    out.append(finding)
                } else {
                    walk(pair.value, pointer: child, into: &out)
                }
            }
        }
    }

    /// The text with full-width ASCII forms (０–９, Ｒ, ．, －) written half-width and
    /// leading and trailing spaces (ASCII and 全角) removed; nil for a text with a line break.
    static func halfWidth(_ text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        guard !scalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        while let first = scalars.first, first == " " || first == "\u{3000}" || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\u{3000}" || last == "\t" { scalars.removeLast() }
        var out = String.UnicodeScalarView()
        for s in scalars {
            if (0xFF01...0xFF5E).contains(s.value), let ascii = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(ascii)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Whether `text` reads as a value of `kind`, as the decoder reads a plain scalar.
    static func reads(_ text: String, as kind: Kind) -> Bool {
        switch kind {
        case .number: DecodeContext.decimal(text) != nil
        case .integer: text.utf8.count <= 12 && DecodeContext.decimal(text).map { $0 == $0.rounded() } == true
            && !text.contains(".")
        case .year: FiscalYear.parse(text).map { (1900...2200).contains($0) } == true
        }
    }
}
