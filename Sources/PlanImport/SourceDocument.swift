import PlanText

/// A source document read for `planlint verify`: per prefecture, its section's words with
/// white space removed (for "is this text in the source"), the bullets of its part (1) (the
/// KPIs the source states) and every number written in it.
public struct SourceDocument: Sendable {
    public struct Section: Sendable {
        public var code: Int
        public var name: String
        /// 1-based line of the section's heading.
        public var line: Int
        /// The section's text with all white space removed.
        public var squeezed: String
        /// Part (1)'s bullets as the importer reads them, with their lines.
        public var kpis: [(text: String, line: Int)]
        /// Every number written in the section, as read (1,514 → 1514) and normalized
        /// (3割 → 30, 15億円 → 1.5e9).
        public var numbers: Set<Double>
    }

    /// The path as given, for messages.
    public var path: String
    public var sections: [Int: Section] = [:]

    public init(text: String, path: String) {
        self.path = path
        for section in AnnexReader.sections(text) where sections[section.code] == nil {
            let whole = section.lines.joined(separator: "\n")
            let draft = AnnexReader.draft(section)
            var numbers = Set<Double>()
            for q in QuantityScanner.scan(whole) {
                numbers.insert(q.value)
                numbers.insert(q.normalized.value)
            }
            numbers.formUnion(Self.plainNumbers(whole))
            sections[section.code] = Section(
                code: section.code, name: section.name, line: section.line,
                squeezed: Self.squeeze(section.name + "\n" + whole),
                kpis: draft.kpis.map { ($0.text, $0.line) }, numbers: numbers)
        }
    }

    public static func squeeze(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Every run of digits (ASCII or full-width, with , separators and one decimal point).
    static func plainNumbers(_ s: String) -> Set<Double> {
        var out = Set<Double>()
        var current = ""
        for ch in foldDigits(s) + " " {
            if ch.isASCII && (ch.isNumber || ((ch == "," || ch == "." ) && !current.isEmpty)) {
                if ch != "," { current.append(ch) }
            } else {
                if current.hasSuffix(".") { current.removeLast() }
                if let v = Double(current) { out.insert(v) }
                current = ""
            }
        }
        return out
    }
}
