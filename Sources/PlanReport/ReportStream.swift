import PlanRules

/// What a report knows before the first file: the run's settings and rules.
public struct ReportHeader: Sendable {
    public var toolVersion: String
    /// The rules of the run (for SARIF's rule list and Markdown links).
    public var rules: [RuleSpec]
    public var language: Language
    /// The lowest severity that fails the run.
    public var failOn: Severity
    public var maxWarnings: Int?
    /// Show errors only.
    public var quiet: Bool

    public init(toolVersion: String, rules: [RuleSpec], language: Language, failOn: Severity = .error,
                maxWarnings: Int? = nil, quiet: Bool = false) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.language = language
        self.failOn = failOn
        self.maxWarnings = maxWarnings
        self.quiet = quiet
    }

    /// The diagnostics of a file that a report shows (errors only when quiet).
    func shown(_ file: FileResult) -> [Diagnostic] {
        quiet ? file.diagnostics.filter { $0.severity == .error } : file.diagnostics
    }
}

/// What a report knows only after the last file: the counts, the verdict and the stale
/// baseline entries.
public struct ReportFooter: Sendable {
    public var summary: Summary
    /// Whether the run passes the gate (see `RunTally.passed`).
    public var passed: Bool
    /// Baseline entries that no longer match anything.
    public var staleBaseline: [BaselineEntry]

    public init(summary: Summary, passed: Bool, staleBaseline: [BaselineEntry] = []) {
        self.summary = summary
        self.passed = passed
        self.staleBaseline = staleBaseline
    }
}

/// Text a report stream produced for one step. Section 0 is written at once, in order;
/// sections 1… are held (in memory, or in a temporary file) until `end` places them.
public struct ReportText {
    public private(set) var sections: [String]

    public init(sections count: Int = 0) {
        sections = Array(repeating: "", count: count + 1)
    }

    public mutating func append(_ text: String, to section: Int = 0) {
        sections[section] += text
    }
}

/// A piece of the report's remainder, returned by `end`, written in order after all of
/// section 0.
public enum ReportPiece {
    /// Text known only at the end.
    case text(String)
    /// Everything appended to a held section, as it was appended.
    case section(Int)
    /// Each line of a held section (a record the stream wrote, without its line break),
    /// turned into its final text: for a table whose columns are known only at the end.
    case records(Int, (Substring) -> String)
}

/// A report written file by file, so that a run holds one chunk of results at a time.
/// Pure: it returns text, and the caller decides where it goes. Formats whose beginning
/// needs totals (JUnit's root attributes, Markdown's summary and counts table) or that list
/// two things per file in two places (JSON's files, then its diagnostics) append those
/// parts to held sections and place them at the end.
public protocol ReportStream {
    /// How many held sections (1…n) the stream appends to; 0 when everything streams.
    var heldSections: Int { get }
    /// The text before the first file.
    mutating func begin() -> ReportText
    /// The text for one file, in report order.
    mutating func file(_ result: FileResult) -> ReportText
    /// The rest of the report.
    mutating func end(_ footer: ReportFooter) -> [ReportPiece]
}

/// A report format. `render` writes a whole report through the same stream the runner
/// uses, holding the sections in memory.
public protocol Reporter {
    /// A fresh stream for one report.
    func stream(_ header: ReportHeader) -> any ReportStream
}

extension Reporter {
    /// The whole report as one String (for tests and small runs).
    public func render(_ report: LintReport) -> String {
        var stream = stream(report.header)
        var out = ""
        var held = Array(repeating: "", count: stream.heldSections + 1)
        func take(_ text: ReportText) {
            out += text.sections[0]
            for i in text.sections.indices.dropFirst() { held[i] += text.sections[i] }
        }
        take(stream.begin())
        for file in report.files { take(stream.file(file)) }
        for piece in stream.end(report.footer) {
            switch piece {
            case .text(let text): out += text
            case .section(let i): out += held[i]
            case .records(let i, let render):
                // Lines are split on the byte, as the runner reads them back from a file.
                for line in held[i].utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
                    out += render(Substring(line))
                }
            }
        }
        return out
    }
}

/// Counts a run while its files stream past: the summary and whether anything fails.
public struct RunTally: Sendable {
    public private(set) var summary = Summary(files: [])
    /// Whether a counted diagnostic is at or above the gate's severity.
    public private(set) var failing = false
    public let failOn: Severity
    public let maxWarnings: Int?

    public init(failOn: Severity, maxWarnings: Int?) {
        self.failOn = failOn
        self.maxWarnings = maxWarnings
    }

    public mutating func add(_ file: FileResult) {
        summary.add(file)
        if !failing { failing = file.diagnostics.contains { $0.isActive && $0.severity >= failOn } }
    }

    /// Nothing active at or above `failOn`, and no more active warnings than `maxWarnings`.
    public var passed: Bool {
        !failing && (maxWarnings.map { summary.warning <= $0 } ?? true)
    }

    public func footer(staleBaseline: [BaselineEntry] = []) -> ReportFooter {
        ReportFooter(summary: summary, passed: passed, staleBaseline: staleBaseline)
    }
}
