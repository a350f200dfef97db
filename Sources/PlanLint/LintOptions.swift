import PlanImport
import PlanReport
import PlanRules

/// When to colour text output and show source excerpts.
public enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never
}

/// Everything `planlint lint` can be told, already parsed. The CLI fills it; the runner
/// decides nothing the options do not say.
public struct LintOptions: Sendable {
    public var paths: [String] = ["Plans"]
    public var format: ReportFormat = .text
    public var output: String?
    /// More reports of the same run (`--format sarif:a.sarif --format text`); at most one
    /// report in all may go to standard output.
    public var additionalReports: [ReportTarget] = []
    public var configPath: String?
    public var ruleDirectories: [String] = []
    public var window: ClosedRange<Int>?
    public var failOn: Severity = .error
    public var maxWarnings: Int?
    public var baseline: String?
    public var language: Language?
    /// `planlint verify`: the source document the plans are checked against, and its path.
    public var verifySource: (document: SourceDocument, path: String)?
    public var quiet = false
    public var color: ColorMode = .auto
    /// Whether standard output is a terminal (for `--color auto`).
    public var stdoutIsTerminal = false
    /// The process environment (LANG, LC_ALL, LC_MESSAGES decide the default language).
    public var environment: [String: String] = [:]
    /// How many files are linted at once (nil: one per core). Output order does not depend on it.
    public var jobs: Int?
    /// `--force-exclude`: files named on the command line also go through `include:`/
    /// `exclude:` (and, without `include:`, must be in a `Plans/` folder); what the
    /// pre-commit hook passes, so that staged non-plan YAML is left alone.
    public var forceExclude = false
    /// The bytes of named paths that are not UTF-8, by their text in `paths`
    /// (`CommandLinePaths.resolve`).
    public var rawPaths: [String: [UInt8]] = [:]
    /// `--fix` (`--unsafe-fixes`, `--diff`): fix the files; nil for a plain run, which never
    /// writes a plan.
    public var fixing: FixRequest?

    /// The language when nothing chooses one: no `--lang`, no `lang:` in the
    /// configuration, and no locale naming a language (LANG unset, `C` or `POSIX`, as on
    /// CI). English, except for a run with an HTML report (Japanese: docs/ci.md).
    public var unchosenLanguage: Language = .en

    public init() {}

    /// The language of what is said before a configuration is read (setup errors):
    /// `--lang`, else the locale's.
    public var setupLanguage: Language { language(configured: nil) }

    /// The message language: `--lang`, else the configuration's, else the locale's.
    func language(configured: Language?) -> Language {
        if let language { return language }
        if let configured { return configured }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"]
        guard let locale, !locale.isEmpty, locale != "C", locale != "POSIX", !locale.hasPrefix("C.") else {
            return unchosenLanguage
        }
        return Language.fromLocale(locale)
    }
}
