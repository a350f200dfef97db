import PlanModel

/// One reported problem: a finding with its rule's category and severity, worded in the
/// run's language, placed in a file. A plain value that every reporter reads.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var rule: String
    public var category: RuleCategory
    public var severity: Severity
    public var message: String
    /// JSON Pointer into the plan.
    public var pointer: String
    /// The rule's one-line fix hint in the run's language (`help:` of the rule file), if any.
    public var help: String?
    /// Accepted by a waiver in the plan: visible, but does not fail the run.
    public var waived: Bool = false
    public var waiverReason: String?
    /// Recorded in the baseline: visible in JSON and SARIF, but not new.
    public var baselined: Bool = false
    /// The finding's fix, if it has one (`planlint lint --fix`).
    public var fix: Fix?

    public init(file: String, line: Int, column: Int, endLine: Int, endColumn: Int, rule: String, category: RuleCategory,
                severity: Severity, message: String, pointer: String) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.pointer = pointer
    }

    /// Whether the diagnostic counts against the run (neither waived nor baselined).
    public var isActive: Bool { !waived && !baselined }

    /// Report order: file, line, column, then rule.
    /// The same order as comparing the tuples `(file, line, column, rule, message)`, field
    /// by field without building them (the tuples copied all five fields per comparison).
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}

/// The diagnostics of one linted file, and what the reports need to know about it.
public struct FileResult: Sendable {
    public var path: String
    /// The prefecture code, when the plan names a valid one.
    public var prefecture: Int?
    /// The rule ids that ran on this file (for JUnit test cases).
    public var rulesRun: [String]
    public var diagnostics: [Diagnostic]
    /// The source lines the diagnostics point at, by line number, for excerpts with a caret.
    public var excerpts: [Int: String] = [:]
    /// What the plan says, when a report asked for it and the plan decoded (`PlanContent`).
    public var content: PlanContent?
    /// What `--fix` did to the file (nil without `--fix`).
    public var fixes: FixOutcome?
    /// The line and column of every offset where a diagnostic's fix edit starts or ends
    /// (for reports that show edits by position as well as by byte).
    public var fixPositions: [Int: FixPosition] = [:]
    /// The file's text converted to UTF-8, which positions and excerpts refer to, when it
    /// was saved in another encoding (nil for a UTF-8 file: its bytes are the text).
    public var convertedText: [UInt8]?

    public init(path: String, prefecture: Int?, rulesRun: [String], diagnostics: [Diagnostic]) {
        self.path = path
        self.prefecture = prefecture
        self.rulesRun = rulesRun
        self.diagnostics = diagnostics
    }
}
