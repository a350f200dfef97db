import PlanText
import PlanYAML

/// The fields of one mapping that a decoder recognised, by key.
///
/// Mappings in a plan have at most 15 known keys, so the fields are one small array in
/// document order, searched linearly: cheaper than building two dictionaries per mapping
/// (which `Fields` used to do for every mapping of every plan).
public struct Fields {
    /// One recognised key and its value's node. Its pointer (`mapping/key`) is built only
    /// when asked for: most fields read fine and never need one.
    struct Entry {
        var key: String
        var node: Node
    }

    var entries: [Entry] = []
    /// The mapping itself.
    public var source: Source
    /// Whether the mapping is written in flow style (`{…}`): its first key does not start it.
    var isFlow = false

    init(source: Source, capacity: Int) {
        self.source = source
        entries.reserveCapacity(capacity)
    }

    /// The value of `key`, or nil when the mapping does not have it.
    public subscript(key: String) -> Node? { index(of: key).map { entries[$0].node } }

    /// The source of `key`'s value, or `fallback` when the mapping does not have it.
    public func source(of key: String, or fallback: Source) -> Source {
        index(of: key).map { Source(pointer: source.appending(key), range: entries[$0].node.range) } ?? fallback
    }

    /// The pointer of `key`'s value: `mapping/key`.
    public func pointer(of key: String) -> String {
        source.appending(key)
    }

    /// The sources of the recognised values by key, as the models keep them (keys are
    /// already unique here).
    public var sources: FieldSources {
        var sources = FieldSources(parent: source.pointer, unique: entries.lazy.map { (key: $0.key, range: $0.node.range) })
        sources.isFlow = isFlow
        return sources
    }

    private func index(of key: String) -> Int? {
        entries.firstIndex { $0.key.isSameKey(as: key) }
    }
}

/// Collects schema findings while a node tree is decoded, and offers the typed reads
/// (text, numbers, years, ids, lists) that every part of the plan shares.
///
/// Decoding never stops at the first problem: each read reports what is wrong with its
/// node and returns nil, and the caller carries on with the next field.
public final class DecodeContext {
    /// `maxFindings`: the most findings kept (`max-diagnostics` for a plan); later ones are
    /// only counted, so memory stays bounded whatever the file holds.
    public init(maxFindings: Int = .max) {
        self.maxFindings = maxFindings
    }

    public private(set) var findings: [Finding] = []
    public let maxFindings: Int
    /// The plan's node tree, when a plan is decoded: messages then name a field the way its
    /// author sees it (``PlaceName``); without it (a setup file) they name its pointer.
    public var root: Node?

    /// How messages name the value at `pointer`.
    public func place(_ pointer: String) -> PlaceName {
        root.map { PlaceName.at(pointer, in: $0) } ?? PlaceName(Self.field(pointer))
    }
    /// Findings past `maxFindings`, counted but not kept, and where the first of them was.
    public private(set) var suppressed = 0
    public private(set) var firstSuppressed: Source?

    /// Records a finding (see ``report(_:at:subject:)``, which builds it from a typed message);
    /// past `maxFindings` it is only counted.
    func append(_ finding: Finding) {
        guard findings.count < maxFindings else {
            suppress(1, at: finding.source)
            return
        }
        findings.append(finding)
    }

    /// Records the loader's issues as findings of the `yaml-*` rules.
    public func report(_ issues: [YAMLIssue]) {
        for issue in issues { YAMLFindings.report(issue, in: self) }
    }

    /// Counts `count` findings that are not kept (the loader's, past the limit).
    public func suppress(_ count: Int, at source: Source) {
        guard count > 0 else { return }
        suppressed += count
        if firstSuppressed == nil { firstSuppressed = source }
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

    /// The typed reads take their pointer as an autoclosure: it is built only when a
    /// finding is reported, not for every field that reads fine.
    private func typeMismatch(_ expected: SchemaType.Expected, _ node: Node, _ pointer: () -> String) {
        typeMismatch(expected, node, pointer())
    }

    private func typeMismatch(_ expected: SchemaType.Expected, _ node: Node, _ pointer: String) {
        report(SchemaType.mismatch(expected, field: place(pointer), found: Self.shown(node)),
               at: Self.source(node, pointer))
    }

    /// A pointer as messages show a field: the root is `/`.
    static func field(_ pointer: String) -> String {
        pointer.isEmpty ? "/" : pointer
    }

    /// Reports `node` (at `pointer`) as a word outside `allowed`, with the closest allowed
    /// word (the only one, when there is only one).
    public func reportNotAllowed(_ node: Node, _ pointer: String, allowed: [String]) {
        let found = Self.shown(node)
        let suggestion = allowed.count == 1 ? allowed[0] : node.scalar.flatMap { Suggest.closest(to: $0.value, in: allowed) }
        report(SchemaType.notAllowed(field: place(pointer), found: found, allowed: allowed, suggestion: suggestion),
               at: Self.source(node, pointer))
    }

    /// Reads a mapping with the given keys: unknown keys are reported with the closest
    /// known one, and missing required keys at the mapping.
    public func mapping(_ node: Node, _ pointer: String, known: [String], required: [String] = []) -> Fields? {
        guard let pairs = node.mapping else {
            if reportMappingMistake(node, pointer, known: known) { return nil }
            typeMismatch(.mapping, node, pointer)
            return nil
        }
        var fields = Fields(source: Self.source(node, pointer), capacity: min(pairs.count, known.count))
        fields.isFlow = pairs.first.map { $0.key.range.start.offset != node.range.start.offset } ?? true
        var mistaken: [String] = [] // known keys written with a typing mistake, reported as such
        for i in 0 ..< pairs.count {
            let keyNode = pairs.key(at: i)
            guard let keyScalar = keyNode.scalar else {
                typeMismatch(.key, keyNode, pointer)
                continue
            }
            // The key's bytes against the known names: no String for a known key. (Equal
            // bytes are equal keys; the known names are lowercase ASCII words, which no
            // other spelling is canonically equivalent to, so this answers as `==` did.)
            guard let k = known.firstIndex(where: { keyScalar.hasBytes(of: $0) }) else {
                if reportKeyMistake(pairs, i, parent: fields.source, known: known, isFlow: fields.isFlow,
                                    standsFor: &mistaken) { continue }
                let key = keyScalar.value
                reportUnknown(key, at: Self.source(keyNode, fields.source.appending(key)), known: known,
                              plain: keyScalar.style == .plain)
                continue
            }
            let key = known[k]
            if fields[key] == nil {
                fields.entries.append(Fields.Entry(key: key, node: pairs.value(at: i)))
            }
        }
        for key in required where fields[key] == nil && !mistaken.contains(key) {
            report(SchemaRequired.missing(field: key, in: place(pointer)), at: fields.source)
        }
        return fields
    }

    /// Reports a key that the mapping does not know, with the closest known one.
    /// A plain key with only one close known key gets a safe fix that writes that key.
    private func reportUnknown(_ key: String, at: Source, known: [String], plain: Bool = false) {
        if let near = Suggest.closest(to: key, in: known) {
            var finding = Finding(SchemaUnknownKey.suggestion(key: key, suggestion: near), source: at)
            if plain, Suggest.only(to: key, in: known) == near {
                finding.fix = Fix(TextEdit(range: at.range.start.offset..<at.range.end.offset, replacement: near), safety: .safe)
            }
            append(finding)
        } else {
            report(SchemaUnknownKey.noSuggestion(key: key, known: known), at: at)
        }
    }

    /// A sequence's items with their pointers; `null` reads as an empty list.
    public func list(_ node: Node, _ pointer: String) -> [(Node, String)]? {
        if let s = node.scalar, Self.isNull(s) { return [] }
        guard let items = node.sequence else {
            typeMismatch(.sequence, node, pointer)
            return nil
        }
        let parent = Source(pointer: pointer, range: node.range)
        return items.enumerated().map { ($1, parent.appending($0)) }
    }

    /// Any non-null scalar, as text.
    public func text(_ node: Node, _ pointer: @autoclosure () -> String) -> String? {
        guard let s = node.scalar, !Self.isNull(s) else {
            typeMismatch(.string, node, pointer)
            return nil
        }
        return s.value
    }

    /// A plain decimal number: `10`, `18.2`, `-3`. Quoted numbers are text and rejected,
    /// so that a YAML type surprise never passes unnoticed.
    public func number(_ node: Node, _ pointer: @autoclosure () -> String) -> Double? {
        guard let s = node.scalar, s.style == .plain, let value = Self.decimal(s) else {
            typeMismatch(.number, node, pointer)
            return nil
        }
        guard abs(value) < 1e15 else {
            typeMismatch(.tooLarge, node, pointer)
            return nil
        }
        return value
    }

    /// A plain whole number: `8`, `-3`. Leading zeros (`08`, `0123`) are rejected, as
    /// YAML 1.1 tools read them as octal or text.
    public func integer(_ node: Node, _ pointer: @autoclosure () -> String) -> Int? {
        guard let s = node.scalar, s.style == .plain, s.withUTF8(Self.isWholeNumber) else {
            typeMismatch(.integer, node, pointer)
            return nil
        }
        // A whole number is ASCII: its bytes are its characters.
        guard s.utf8Count <= 12, let value = s.withUTF8(Self.wholeNumber) else {
            typeMismatch(.tooLarge, node, pointer)
            return nil
        }
        return value
    }

    /// A fiscal year: an integer, a `YYYY-MM-DD` date, `2022年度`, full-width digits, or an
    /// era year (令和4年度, R4, H29). A calendar year (2015年), an era year past its era
    /// (平成34年度) and an unknown era get a message of their own.
    public func year(_ node: Node, _ pointer: @autoclosure () -> String) -> Int? {
        guard let s = node.scalar, !Self.isNull(s) else {
            typeMismatch(.year, node, pointer)
            return nil
        }
        if let y = Self.fourDigitYear(s) ?? FiscalYear.parse(s.value), (1900...2200).contains(y) { return y }
        let found = Self.shown(node)
        switch YearForm.read(s.value) {
        case .calendar(let y) where (1900...2200).contains(y):
            let p = pointer()
            report(SchemaType.calendarYear(field: place(p), found: found, year: y), at: Self.source(node, p))
        case .pastEra(let era, let last, let lastYear, let year, let successor, let nextEra, let nextStart):
            let p = pointer()
            let form = YearFormPastEra(era: era, last: last, lastYear: lastYear, year: year, successor: successor,
                                       nextEra: nextEra, nextStart: nextStart)
            report(SchemaType.pastEra(field: place(p), found: found, form: form), at: Self.source(node, p))
        case .unknownEra(let era):
            let p = pointer()
            report(SchemaType.unknownEra(field: place(p), found: found, era: era), at: Self.source(node, p))
        default:
            typeMismatch(.year, node, pointer)
        }
        return nil
    }

    /// A `YYYY-MM-DD` date.
    public func date(_ node: Node, _ pointer: @autoclosure () -> String) -> CalendarDate? {
        guard let s = node.scalar, let d = CalendarDate(s.value) else {
            typeMismatch(.date, node, pointer)
            return nil
        }
        return d
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    public func id(_ node: Node, _ pointer: @autoclosure () -> String) -> String? {
        guard let s = node.scalar, !Self.isNull(s), Self.isID(s.value) else {
            typeMismatch(.id, node, pointer)
            return nil
        }
        return s.value
    }

    /// One of a fixed set of words, with a suggestion for a near miss; `synonyms` are other
    /// words read as a value (the Japanese 累計 for `cumulative`).
    public func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ pointer: @autoclosure () -> String,
                                                                as: T.Type, synonyms: [String: T] = [:]) -> T?
    where T.RawValue == String {
        guard let s = node.scalar, !Self.isNull(s) else {
            typeMismatch(.string, node, pointer)
            return nil
        }
        if let value = T(rawValue: s.value) { return value }
        if !synonyms.isEmpty, let value = synonyms[s.value.trimmingWhitespace()] { return value }
        reportNotAllowed(node, pointer(), allowed: T.allCases.map(\.rawValue))
        return nil
    }

    /// `Scalar.isNull`, answered at once for a scalar longer than any null spelling
    /// (`~`, `null`, `Null`, `NULL`, or nothing: at most 4 bytes; none has another
    /// canonically equivalent spelling, so the byte count decides). Plan texts are long,
    /// and comparing them with each spelling was visible in the profile.
    static func isNull(_ s: Scalar) -> Bool {
        s.isNull
    }

    /// `FiscalYear.parse`'s answer for four ASCII digits from 0001 to 9999 (most years),
    /// read from the bytes; nil for anything else, which `FiscalYear.parse` then reads.
    static func fourDigitYear(_ s: Scalar) -> Int? {
        s.withUTF8 { b in
            guard b.count == 4, b.allSatisfy(isDigit) else { return nil }
            let y = b.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return y >= 1 ? y : nil
        }
    }

    /// `decimal(s.value)`, without a String for a whole number of at most 15 digits
    /// (most numbers): those are exact in a Double, so adding up the digits gives what
    /// `Double(String)` gives (`-0` included).
    static func decimal(_ s: Scalar) -> Double? {
        let whole: Double?? = s.withUTF8 { b in
            guard b.count <= 15, isWholeNumber(b) else { return .none }
            let negative = b.first == UInt8(ascii: "-")
            let magnitude = Double(b.reduce(0) { $1 == UInt8(ascii: "-") ? $0 : $0 * 10 + Int($1 - 0x30) })
            return .some(negative ? -magnitude : magnitude)
        }
        if let whole { return whole }
        return decimal(s.value)
    }

    /// `Int(text)` of a whole number's bytes (at most 12 digits, so it cannot overflow).
    static func wholeNumber(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = b.first == UInt8(ascii: "-")
        let magnitude = b.reduce(0) { $1 == UInt8(ascii: "-") ? $0 : $0 * 10 + Int($1 - 0x30) }
        return negative ? -magnitude : magnitude
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
        // A whole number (most values) needs no split into integer and fraction parts.
        if text.utf8.count <= 15, isWholeNumber(Substring(text)) { return Double(text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), text.utf8.count <= 31, isWholeNumber(parts[0]),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].utf8.allSatisfy(isDigit))
        else { return nil }
        return Double(text)
    }

    /// `-?digits` with no leading zero (`0` itself is fine), on UTF-8 bytes.
    static func isWholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy(isDigit) else { return false }
        return first != UInt8(ascii: "0") || digits.count == 1
    }

    /// `-?digits` with no leading zero (`0` itself is fine).
    static func isWholeNumber(_ text: Substring) -> Bool {
        // On the bytes: a "-" byte followed by a combining mark is not followed by digits
        // either, so this agrees with reading Characters.
        var digits = text.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy(isDigit) else { return false }
        return first != UInt8(ascii: "0") || digits.count == 1
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

extension String {
    /// `self == key`, with the byte counts compared first: a decoder compares each key
    /// with a dozen others, and most differ in length, which the count (kept in the
    /// string itself) answers without a String comparison. Strings of different byte
    /// counts are equal only as canonically equivalent spellings (é and e + U+0301, K and
    /// the Kelvin sign); the keys a decoder knows are lowercase ASCII words (letters, `_`,
    /// `-`), none of which has another spelling, so the answer is the same as `==`'s.
    @inline(__always)
    func isSameKey(as key: String) -> Bool {
        utf8.count == key.utf8.count && self == key
    }
}
