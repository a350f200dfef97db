import PlanYAML

/// `schema-unknown-key`: a key the mapping does not know.
public enum SchemaUnknownKey: RuleMessage {
    /// With the closest known key.
    case suggestion(key: String, suggestion: String)
    /// With every key the mapping knows, when none is close.
    case noSuggestion(key: String, known: [String])
    /// A known key and its value written as one key (`value：1000`, `value:1000`,
    /// `value:　1000`), with how to write them.
    case mistake(YAMLMistake.Kind, key: String, written: String)
    /// A key after a full-width space (`　unit`); `name` is the key without it.
    case fullWidthIndent(key: String, name: String)
    /// `value: 1,000` in a flow mapping: the group after the thousands comma read as a key
    /// (`digits`); `written` is the number as written, `number` without its commas.
    case thousandsComma(key: String, written: String, digits: String, number: String)

    public static let rule = "schema-unknown-key"
    public var key: String {
        switch self {
        case .suggestion: "default"
        case .noSuggestion: "no-suggestion"
        case .mistake(let kind, _, _): kind.rawValue
        case .fullWidthIndent: "full-width-indent"
        case .thousandsComma: "thousands-comma"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .suggestion(let key, let suggestion): ["key": key, "suggestion": suggestion]
        case .noSuggestion(let key, let known): ["key": key, "known": known.joined(separator: ", ")]
        case .mistake(_, let key, let written): ["key": key, "written": written]
        case .fullWidthIndent(let key, let name): ["key": key, "name": name]
        case .thousandsComma(let key, let written, let digits, let number):
            ["key": key, "written": written, "digits": digits, "number": number]
        }
    }
    /// (`mistake` never holds a tab: a tab is only recognised in indentation.)
    public static let everyCase: [Self] = [.suggestion(key: "", suggestion: ""), .noSuggestion(key: "", known: []),
                                           .fullWidthIndent(key: "", name: ""),
                                           .thousandsComma(key: "", written: "", digits: "", number: "")]
        + [YAMLMistake.Kind.fullWidthColon, .missingSpace, .fullWidthSpace].map { .mistake($0, key: "", written: "") }
}

/// `schema-type`: a value of the wrong kind at `field` (named for people, see ``PlaceName``).
public enum SchemaType: RuleMessage {
    /// What a field must be, as the message keys name it.
    public enum Expected: String, CaseIterable, Sendable {
        case mapping, sequence, string, number, integer, year, date, id, key, window
        case tooLarge = "too-large"
    }

    /// A value that is not of the expected kind.
    case mismatch(Expected, field: PlaceName, found: String)
    /// A word outside a fixed set, with the allowed words and the closest one.
    case notAllowed(field: PlaceName, found: String, allowed: [String], suggestion: String?)
    /// A calendar year (`2015年`) where a fiscal year is meant.
    case calendarYear(field: PlaceName, found: String, year: Int)
    /// An era year past its era's end (`平成34年度`), with what it would be.
    case pastEra(field: PlaceName, found: String, form: YearFormPastEra)
    /// An era name planlint does not know (`大正4年度`).
    case unknownEra(field: PlaceName, found: String, era: String)
    /// A period written as one text (`令和2年度～令和4年度`), with the years it means.
    case periodText(field: PlaceName, found: String, from: Int, to: Int)
    /// A mapping written with a typing mistake (`from:2020`, `from：2020`), read as one
    /// text, with how to write its first key and value. (Never a tab: see `SchemaUnknownKey`.)
    case mappingMistake(YAMLMistake.Kind, field: PlaceName, found: String, written: String)

    public static let rule = "schema-type"
    public var key: String {
        switch self {
        case .mismatch(let expected, _, _): expected.rawValue
        case .notAllowed: "enum"
        case .calendarYear: "year-calendar"
        case .pastEra: "year-past-era"
        case .unknownEra: "year-unknown-era"
        case .periodText: "period-text"
        case .mappingMistake(let kind, _, _, _): "mapping-" + kind.rawValue
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .mismatch(_, let field, let found): field.arguments("field").merging(["found": found]) { a, _ in a }
        case .notAllowed(let field, let found, let allowed, let suggestion):
            field.arguments("field").merging(["found": found, "allowed": allowed.joined(separator: ", "),
                                              "suggestion": suggestion ?? ""]) { a, _ in a }
        case .calendarYear(let field, let found, let year):
            field.arguments("field").merging(["found": found, "year": String(year)]) { a, _ in a }
        case .pastEra(let field, let found, let f):
            field.arguments("field").merging([
                "found": found, "era": f.era, "last": String(f.last), "lastYear": String(f.lastYear),
                "year": String(f.year), "successor": f.successor, "nextEra": f.nextEra, "nextStart": String(f.nextStart),
            ]) { a, _ in a }
        case .unknownEra(let field, let found, let era):
            field.arguments("field").merging(["found": found, "era": era]) { a, _ in a }
        case .periodText(let field, let found, let from, let to):
            field.arguments("field").merging(["found": found, "from": String(from), "to": String(to),
                                              "mapping": "{from: \(from), to: \(to)}"]) { a, _ in a }
        case .mappingMistake(_, let field, let found, let written):
            field.arguments("field").merging(["found": found, "written": written]) { a, _ in a }
        }
    }
    public static let everyCase: [Self] = Expected.allCases.map { .mismatch($0, field: PlaceName(""), found: "") }
        + [.notAllowed(field: PlaceName(""), found: "", allowed: [], suggestion: nil),
           .calendarYear(field: PlaceName(""), found: "", year: 0),
           .pastEra(field: PlaceName(""), found: "", form: YearFormPastEra(era: "", last: 0, lastYear: 0, year: 0,
                                                                            successor: "", nextEra: "", nextStart: 0)),
           .unknownEra(field: PlaceName(""), found: "", era: ""),
           .periodText(field: PlaceName(""), found: "", from: 0, to: 0)]
        + [YAMLMistake.Kind.fullWidthColon, .missingSpace, .fullWidthSpace].map {
            .mappingMistake($0, field: PlaceName(""), found: "", written: "")
        }
}

/// What ``SchemaType/pastEra(field:found:form:)`` says about an era year past its era
/// (the values of `YearForm.pastEra`).
public struct YearFormPastEra: Sendable, Hashable {
    public var era: String
    public var last: Int
    public var lastYear: Int
    public var year: Int
    public var successor: String
    public var nextEra: String
    public var nextStart: Int

    public init(era: String, last: Int, lastYear: Int, year: Int, successor: String, nextEra: String, nextStart: Int) {
        (self.era, self.last, self.lastYear, self.year) = (era, last, lastYear, year)
        (self.successor, self.nextEra, self.nextStart) = (successor, nextEra, nextStart)
    }
}

/// `schema-required`: a required key is missing, or a required value is empty.
public enum SchemaRequired: RuleMessage {
    /// `field` is missing from the mapping at `in`.
    case missing(field: String, in: PlaceName)
    /// The document is empty.
    case emptyDocument
    /// A waiver's reason (at `in`) is empty.
    case emptyReason(field: String, in: PlaceName)

    public static let rule = "schema-required"
    public var key: String {
        switch self {
        case .missing: "default"
        case .emptyDocument: "empty"
        case .emptyReason: "empty-reason"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .missing(let field, let parent), .emptyReason(let field, let parent):
            parent.arguments("in").merging(["field": field]) { a, _ in a }
        case .emptyDocument: [:]
        }
    }
    public static let everyCase: [Self] = [.missing(field: "", in: PlaceName("")), .emptyDocument,
                                           .emptyReason(field: "", in: PlaceName(""))]
}

/// `duplicate-id`: an id repeated among siblings, first used on `line`.
public struct DuplicateID: RuleMessage {
    /// Which siblings repeat the id.
    public enum Kind: String, CaseIterable, Sendable {
        case kpi, vision, goal, target
    }

    public var kind: Kind
    public var id: String
    public var line: Int

    public init(_ kind: Kind, id: String, line: Int) {
        (self.kind, self.id, self.line) = (kind, id, line)
    }

    public static let rule = "duplicate-id"
    public var key: String { kind.rawValue }
    public var arguments: [String: String] { ["id": id, "line": String(line)] }
    public static let everyCase = Kind.allCases.map { Self($0, id: "", line: 0) }
}

/// `prefecture-code`: the prefecture's JIS code and name.
public enum PrefectureCode: RuleMessage {
    /// No prefecture has this code (1–47).
    case outOfRange(code: Int)
    /// The name is not that of the code's prefecture; `other` is the code the name has.
    case nameMismatch(code: Int, name: String, expected: String, other: Int?)

    public static let rule = "prefecture-code"
    public var key: String {
        switch self {
        case .outOfRange: "out-of-range"
        case .nameMismatch: "name-mismatch"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .outOfRange(let code): return ["code": String(code)]
        case .nameMismatch(let code, let name, let expected, let other):
            var args = ["code": String(code), "name": name, "expected": expected]
            if let other { args["other"] = String(other) }
            return args
        }
    }
    public static let everyCase: [Self] = [.outOfRange(code: 0), .nameMismatch(code: 0, name: "", expected: "", other: nil)]
}

/// `format-version`: the `planlint:` format version.
public enum FormatVersion: RuleMessage {
    case missing(supported: String)
    case unsupported(found: String, supported: String)

    public static let rule = "format-version"
    public var key: String {
        switch self {
        case .missing: "missing"
        case .unsupported: "unsupported"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .missing(let supported): ["supported": supported]
        case .unsupported(let found, let supported): ["found": found, "supported": supported]
        }
    }
    public static let everyCase: [Self] = [.missing(supported: ""), .unsupported(found: "", supported: "")]
}
