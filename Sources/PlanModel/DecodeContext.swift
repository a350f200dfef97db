import PlanYAML

/// The fields of one mapping that a decoder recognised, by key.
public struct Fields {
    public var nodes: [String: Node] = [:]
    public var sources: FieldSources = [:]
    /// The mapping itself.
    public var source: Source

    public subscript(key: String) -> Node? { nodes[key] }
}

/// Collects schema findings while a node tree is decoded, and offers the typed reads
/// (text, numbers, years, ids, lists) that every part of the plan shares.
///
/// Decoding never stops at the first problem: each read reports what is wrong with its
/// node and returns nil, and the caller carries on with the next field.
public final class DecodeContext {
    public init() {}

    public private(set) var findings: [Finding] = []

    public func report(_ rule: String, _ message: String = "default", _ arguments: [String: String] = [:],
                at source: Source, subject: String? = nil) {
        findings.append(Finding(rule: rule, message: message, arguments: arguments, source: source, subject: subject))
    }

    public static func source(_ node: Node, _ pointer: String) -> Source {
        Source(pointer: pointer, range: node.range)
    }

    /// How a node is shown in a message: a scalar as written, a collection by its shape.
    public static func shown(_ node: Node) -> String {
        switch node.kind {
        case .scalar(let s):
            if s.isNull { return "null" }
            let text = s.value.count > 40 ? String(s.value.prefix(40)) + "…" : s.value
            return s.style == .plain ? text : "\"\(text)\""
        case .sequence: return "[…]"
        case .mapping: return "{…}"
        }
    }

    private func typeMismatch(_ expected: String, _ node: Node, _ pointer: String,
                              extra: [String: String] = [:]) {
        var args = ["field": pointer.isEmpty ? "/" : pointer, "found": Self.shown(node)]
        args.merge(extra) { $1 }
        report("schema-type", expected, args, at: Self.source(node, pointer))
    }

    /// Reads a mapping with the given keys: unknown keys are reported with the closest
    /// known one, and missing required keys at the mapping.
    public func mapping(_ node: Node, _ pointer: String, known: [String], required: [String] = []) -> Fields? {
        guard let pairs = node.mapping else {
            typeMismatch("mapping", node, pointer)
            return nil
        }
        var fields = Fields(source: Self.source(node, pointer))
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                typeMismatch("key", pair.key, pointer)
                continue
            }
            let keyPointer = fields.source.appending(key)
            guard known.contains(key) else {
                let at = Self.source(pair.key, keyPointer)
                if let near = Suggest.closest(to: key, in: known) {
                    report("schema-unknown-key", "default", ["key": key, "suggestion": near], at: at)
                } else {
                    report("schema-unknown-key", "no-suggestion",
                           ["key": key, "known": known.joined(separator: ", ")], at: at)
                }
                continue
            }
            if fields.nodes[key] == nil {
                fields.nodes[key] = pair.value
                fields.sources[key] = Self.source(pair.value, keyPointer)
            }
        }
        for key in required where fields.nodes[key] == nil {
            report("schema-required", "default", ["field": key, "in": pointer.isEmpty ? "/" : pointer],
                   at: fields.source)
        }
        return fields
    }

    /// A sequence's items with their pointers; `null` reads as an empty list.
    public func list(_ node: Node, _ pointer: String) -> [(Node, String)]? {
        if let s = node.scalar, s.isNull { return [] }
        guard let items = node.sequence else {
            typeMismatch("sequence", node, pointer)
            return nil
        }
        return items.enumerated().map { ($1, pointer + "/\($0)") }
    }

    /// Any non-null scalar, as text.
    public func text(_ node: Node, _ pointer: String) -> String? {
        guard let s = node.scalar, !s.isNull else {
            typeMismatch("string", node, pointer)
            return nil
        }
        return s.value
    }

    /// A plain decimal number: `10`, `18.2`, `-3`. Quoted numbers are text and rejected,
    /// so that a YAML type surprise never passes unnoticed.
    public func number(_ node: Node, _ pointer: String) -> Double? {
        guard let s = node.scalar, s.style == .plain, let value = Self.decimal(s.value) else {
            typeMismatch("number", node, pointer)
            return nil
        }
        guard abs(value) < 1e15 else {
            typeMismatch("too-large", node, pointer)
            return nil
        }
        return value
    }

    /// A plain whole number: `8`, `-3`. Leading zeros (`08`, `0123`) are rejected, as
    /// YAML 1.1 tools read them as octal or text.
    public func integer(_ node: Node, _ pointer: String) -> Int? {
        guard let s = node.scalar, s.style == .plain, Self.isWholeNumber(Substring(s.value)) else {
            typeMismatch("integer", node, pointer)
            return nil
        }
        guard s.value.count <= 12, let value = Int(s.value) else {
            typeMismatch("too-large", node, pointer)
            return nil
        }
        return value
    }

    /// A fiscal year: an integer, a `YYYY-MM-DD` date, or an era year (令和4年度, R4, H29).
    public func year(_ node: Node, _ pointer: String) -> Int? {
        guard let s = node.scalar, !s.isNull, let y = FiscalYear.parse(s.value), (1900...2200).contains(y) else {
            typeMismatch("year", node, pointer)
            return nil
        }
        return y
    }

    /// A `YYYY-MM-DD` date.
    public func date(_ node: Node, _ pointer: String) -> CalendarDate? {
        guard let s = node.scalar, let d = CalendarDate(s.value) else {
            typeMismatch("date", node, pointer)
            return nil
        }
        return d
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    public func id(_ node: Node, _ pointer: String) -> String? {
        guard let s = node.scalar, !s.isNull, Self.isID(s.value) else {
            typeMismatch("id", node, pointer)
            return nil
        }
        return s.value
    }

    /// One of a fixed set of words, with a suggestion for a near miss.
    public func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ pointer: String, as: T.Type) -> T?
    where T.RawValue == String {
        guard let s = node.scalar, !s.isNull else {
            typeMismatch("string", node, pointer)
            return nil
        }
        if let value = T(rawValue: s.value) { return value }
        let allowed = T.allCases.map(\.rawValue)
        typeMismatch("enum", node, pointer, extra: [
            "allowed": allowed.joined(separator: ", "),
            "suggestion": Suggest.closest(to: s.value, in: allowed) ?? "",
        ])
        return nil
    }

    public static func isID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerOrDigit(first) else { return false }
        return text.utf8.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    /// Parses `-?digits(.digits)?` strictly (no exponent, no `+`, no `_`, and no leading
    /// zero such as `0123`, which YAML 1.1 reads as octal).
    public static func decimal(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), text.utf8.count <= 31, isWholeNumber(parts[0]),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].utf8.allSatisfy(isDigit))
        else { return nil }
        return Double(text)
    }

    /// `-?digits` with no leading zero (`0` itself is fine).
    static func isWholeNumber(_ text: Substring) -> Bool {
        let digits = text.first == "-" ? text.dropFirst() : text
        guard let first = digits.utf8.first, digits.utf8.allSatisfy(isDigit) else { return false }
        return first != UInt8(ascii: "0") || digits.utf8.count == 1
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
