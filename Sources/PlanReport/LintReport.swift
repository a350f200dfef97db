import PlanRules

/// A whole run as plain values, for rendering a report in one piece (`Reporter.render`).
/// The runner does not build one: it streams each chunk of files through `ReportStream`.
public struct LintReport: Sendable {
    public var toolVersion: String
    /// The linted files in report order, with their diagnostics.
    public var files: [FileResult]
    /// The rules of the run (for SARIF's rule list and Markdown links).
    public var rules: [RuleSpec]
    public var language: Language
    /// The lowest severity that fails the run.
    public var failOn: Severity
    public var maxWarnings: Int?
    /// Show errors only.
    public var quiet: Bool
    /// Baseline entries that no longer match anything (the baseline should be pruned).
    public var staleBaseline: [BaselineEntry] = []

    public init(toolVersion: String, files: [FileResult], rules: [RuleSpec], language: Language,
                failOn: Severity = .error, maxWarnings: Int? = nil, quiet: Bool = false) {
        self.toolVersion = toolVersion
        self.files = files
        self.rules = rules
        self.language = language
        self.failOn = failOn
        self.maxWarnings = maxWarnings
        self.quiet = quiet
    }

    /// The diagnostics to show, in report order (errors only when quiet).
    public var diagnostics: [Diagnostic] {
        files.flatMap(\.diagnostics).filter { !quiet || $0.severity == .error }
    }

    public var summary: Summary { tally.summary }

    /// Whether the run passes the gate: nothing active at or above `failOn`, and no
    /// more active warnings than `maxWarnings`.
    public var passed: Bool { tally.passed }

    /// What a report stream is started with.
    public var header: ReportHeader {
        ReportHeader(toolVersion: toolVersion, rules: rules, language: language, failOn: failOn,
                     maxWarnings: maxWarnings, quiet: quiet)
    }

    /// What a report stream is ended with.
    public var footer: ReportFooter { tally.footer(staleBaseline: staleBaseline) }

    private var tally: RunTally {
        var tally = RunTally(failOn: failOn, maxWarnings: maxWarnings)
        for file in files { tally.add(file) }
        return tally
    }
}

/// Counts of a run's diagnostics. Waived and baselined ones are counted apart, not by severity.
public struct Summary: Sendable, Hashable {
    public var files = 0
    public var error = 0
    public var warning = 0
    public var info = 0
    public var waived = 0
    public var baselined = 0

    public init(files: [FileResult]) {
        for file in files { add(file) }
    }

    /// Counts one more file.
    public mutating func add(_ file: FileResult) {
        files += 1
        for d in file.diagnostics {
            if d.waived { waived += 1 } else if d.baselined { baselined += 1 } else {
                switch d.severity {
                case .error: error += 1
                case .warning: warning += 1
                case .info: info += 1
                }
            }
        }
    }
}
