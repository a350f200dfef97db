/// The report formats of `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github, junit, markdown, html, csv

    /// Whether the format shows what each plan says (`FileResult.content`).
    public var showsContent: Bool { self == .html }

    /// The reporter for this format. `excerpts` and `color` apply to text only.
    public func reporter(excerpts: Bool, color: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(excerpts: excerpts, color: color)
        case .json: return JSONReporter()
        case .sarif: return SarifReporter()
        case .github: return GitHubReporter()
        case .junit: return JUnitReporter()
        case .markdown: return MarkdownReporter()
        case .html: return HTMLReporter()
        case .csv: return CSVReporter()
        }
    }
}
