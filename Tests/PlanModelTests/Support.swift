import PlanModel
import PlanYAML
import Testing

/// Decodes plan text with the default (or given) loader limits.
func decode(_ text: String, limits: LoadLimits = .default) -> DecodedPlan {
    PlanDecoder.decode(bytes: Array(text.utf8), limits: limits)
}

/// Decodes text that must decode without any finding, and returns its plan.
func cleanPlan(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Plan {
    let decoded = decode(text)
    #expect(decoded.findings.isEmpty, "unexpected findings: \(decoded.findings.map(Seen.init))",
            sourceLocation: sourceLocation)
    return try #require(decoded.plan, sourceLocation: sourceLocation)
}

/// The one finding that text must produce.
func onlyFinding(_ text: String, limits: LoadLimits = .default,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Finding {
    let findings = decode(text, limits: limits).findings
    #expect(findings.count == 1, "expected one finding, got \(findings.map(Seen.init))", sourceLocation: sourceLocation)
    return try #require(findings.first, sourceLocation: sourceLocation)
}

/// A finding reduced to what a test compares: rule, message key, start position and pointer.
struct Seen: Hashable, CustomStringConvertible {
    var rule: String
    var message: String
    var line: Int
    var column: Int
    var pointer: String

    init(_ rule: String, _ message: String, _ line: Int, _ column: Int, _ pointer: String) {
        self.rule = rule
        self.message = message
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    init(_ f: Finding) {
        self.init(f.rule, f.message, f.source.range.start.line, f.source.range.start.column, f.source.pointer)
    }

    var description: String { "\(rule)/\(message) at \(line):\(column) \(pointer)" }
}

/// The findings of a text, reduced for comparison.
func seen(_ text: String, limits: LoadLimits = .default) -> [Seen] {
    decode(text, limits: limits).findings.map(Seen.init)
}

/// A valid plan's head (lines 1–3); tests append their own `kpis`/`visions` from line 4.
let head = """
    planlint: 1
    prefecture: {code: 8, name: 茨城}
    period: {from: 2020, to: 2022}

    """

/// A valid plan with no KPIs and no visions, plus `extra` lines appended (from line 6).
func planWith(_ extra: String) -> String {
    head + "kpis: []\nvisions: []\n" + extra
}

/// A plan whose one KPI (line 5 on) has the given target written as a flow mapping on line 8.
func planWithTarget(_ target: String) -> String {
    head + """
    kpis:
      - id: seminars
        text: セミナーを年6回開催する。
        targets:
          - \(target)
        supports: [v/g]
    visions: []

    """
}

/// How messages name the value at `pointer` of the plan `text` (see ``PlaceName``).
func named(_ pointer: String, in text: String) -> PlaceName {
    guard let root = YAMLLoader.load(Array(text.utf8)).root else { return PlaceName(pointer) }
    return PlaceName.at(pointer, in: root)
}
