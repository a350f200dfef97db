import PlanModel

/// The set of rules in force: the shipped ones (embedded at build time from `Rules/`),
/// with extra or overriding rule files from `--rules` directories on top.
public struct Catalogue: Sendable {
    public private(set) var rules: [String: RuleSpec] = [:]

    /// Rules sorted by category order, then id.
    public var sorted: [RuleSpec] {
        rules.values.sorted {
            let a = RuleCategory.all.firstIndex(of: $0.category) ?? 99, b = RuleCategory.all.firstIndex(of: $1.category) ?? 99
            return a == b ? $0.id < $1.id : a < b
        }
    }

    public init() {}

    /// The shipped catalogue. Reading it can only fail if a shipped file is broken,
    /// which the test suite rules out.
    /// Without `examples`, each file's `examples:` section is not read: a lint run needs
    /// rules and messages only, and the examples are half of the catalogue's text.
    public static func shipped(examples: Bool = true) throws -> Catalogue {
        var catalogue = Catalogue()
        try catalogue.add(files: embeddedRuleFiles.map { ("Rules/" + $0.name, $0.text) }, examples: examples)
        return catalogue
    }

    /// Adds (or replaces, by id) rules from files given as (path, text).
    public mutating func add(files: [(path: String, text: String)], examples: Bool = true) throws {
        for (path, text) in files {
            let spec = try RuleFileReader.read(text: text, origin: path, examples: examples)
            let expected = path.split(separator: "/").last.map { String($0.dropLast(5)) }
            if let expected, expected != spec.id, path.hasSuffix(".yaml") {
                throw SetupError(file: path, line: 1, column: 1,
                                 message: "the rule id '\(spec.id)' does not match the file name '\(expected).yaml'")
            }
            rules[spec.id] = spec
        }
    }

    public subscript(id: String) -> RuleSpec? { rules[id] }

    /// The message of a finding in a language, with its placeholders filled in.
    /// Falls back to the `default` template, then to the rule's title.
    public func message(for finding: Finding, in language: Language) -> String {
        guard let spec = rules[finding.rule] else { return finding.rule }
        let template = spec.messages[finding.message] ?? spec.messages["default"] ?? spec.title
        var arguments = finding.arguments
        if language == .ja {
            // The scalar test first: it is cheap, and most values have no dash at all.
            for (key, value) in arguments where value.unicodeScalars.contains("\u{2013}") && value.contains("–") {
                arguments[key] = Template.japaneseRanges(value)
            }
        }
        return Template.fill(template[language], with: arguments)
    }
}

/// `{name}` placeholder substitution in message templates.
public enum Template {
    /// Replaces each `{name}` with its value; unknown names are left as written.
    public static func fill(_ template: String, with values: [String: String]) -> String {
        // Braces are ASCII, so they are found on the UTF-8 bytes (never by Character).
        let utf8 = template.utf8
        guard utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(utf8.count + 64)
        var position = template.startIndex
        while let open = utf8[position...].firstIndex(of: UInt8(ascii: "{")) {
            out += template[position..<open]
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else {
                out += template[open...]
                return out
            }
            let afterClose = utf8.index(after: close)
            if let value = values[String(template[utf8.index(after: open)..<close])] {
                out += value
            } else {
                out += template[open..<afterClose]
            }
            position = afterClose
        }
        out += template[position...]
        return out
    }

    /// Year ranges written for both languages as `2020–2022` read `2020〜2022` in Japanese
    /// (the wave dash is how Japanese documents write a range). Only an en dash next to a
    /// digit is changed, so quoted source text (which never uses the en dash) stays verbatim.
    public static func japaneseRanges(_ value: String) -> String {
        var out = ""
        let scalars = Array(value.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let nearDigit = (i > 0 && ("0"..."9").contains(scalars[i - 1]))
                || (i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1]))
            out.unicodeScalars.append(u == "\u{2013}" && nearDigit ? "\u{301C}" : u)
        }
        return out
    }

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
