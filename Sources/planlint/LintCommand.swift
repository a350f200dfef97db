import ArgumentParser
import PlanLint
import PlanReport
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

/// `planlint lint [PATH ...]`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint plan files and folders.")

    @OptionGroup var inputs: PlanInputOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Report format, and the file to write it to: FORMAT or FORMAT:FILE (repeatable; one report at most without a file goes to standard output).",
        valueName: "format[:file]"))
    var reports: [ReportTarget] = []

    @Option(help: "Write the report to this file (whole or not at all); with several --format, write FORMAT:FILE instead.")
    var output: [String] = []

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning or info.")
    var failOn: Severity = .error

    @Option(name: .customLong("max-warnings"), help: "Fail when there are more than N warnings.")
    var maxWarnings: Int?

    @Option(help: "Report only diagnostics not recorded in this baseline file.")
    var baseline: String?

    @Option(help: "Message language: ja or en (default: from LANG).")
    var lang: Language?

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(help: "Colour and source excerpts in text output: auto (a terminal, and no NO_COLOR or TERM=dumb for colour), always or never.")
    var color: ColorMode = .auto

    @Flag(help: "Apply the safe fixes to the plan files (written in place, atomically); then report what remains.")
    var fix = false

    @Flag(name: .customLong("unsafe-fixes"), help: "With --fix (implied), also apply the unsafe fixes, which change what the author wrote.")
    var unsafeFixes = false

    @Flag(help: "With --fix (implied): print the fixes as a unified diff and write nothing.")
    var diff = false

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    func run() throws {
        var options = LintOptions()
        inputs.apply(to: &options)
        let standardOutput = DescriptorSink(fd: 1, name: "standard output")
        let standardError = DescriptorSink(fd: 2, name: "standard error")
        options.language = lang
        try options.setReports(reports, outputs: output, standardError: standardError)
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        options.baseline = baseline
        options.quiet = quiet
        options.color = color
        options.stdoutIsTerminal = isatty(1) == 1
        if fix || unsafeFixes || diff { options.fixing = FixRequest(unsafe: unsafeFixes, diff: diff) }
        // The report streams to standard output as the files are linted; notes follow it.
        let status = LintRunner.run(options, standardOutput: standardOutput, standardError: standardError)
        if status != 0 { throw ExitCode(status) }
    }
}
