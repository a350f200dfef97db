import ArgumentParser
import PlanLint
import PlanReport
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

/// `planlint verify --source SOURCE [PLANS …]`.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check plans against the source document they were transcribed from: verbatim texts, every (1) bullet a KPI, every number accounted for.")

    @Option(help: "The source document: the annex (別添2) as UTF-8 text or a Word file (.docx).")
    var source: String

    @OptionGroup var inputs: PlanInputOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Report format, and the file to write it to: FORMAT or FORMAT:FILE (repeatable).", valueName: "format[:file]"))
    var reports: [ReportTarget] = []

    @Option(help: "Write the report to this file (whole or not at all).")
    var output: [String] = []

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning or info.")
    var failOn: Severity = .error

    @Option(help: "Message language: ja or en (default: from LANG).")
    var lang: Language?

    @Option(help: "Colour and source excerpts in text output: auto, always or never.")
    var color: ColorMode = .auto

    func run() throws {
        var options = LintOptions()
        inputs.apply(to: &options)
        let standardOutput = DescriptorSink(fd: 1, name: "standard output")
        let standardError = DescriptorSink(fd: 2, name: "standard error")
        options.language = lang
        try options.setReports(reports, outputs: output, standardError: standardError)
        options.failOn = failOn
        options.color = color
        options.stdoutIsTerminal = isatty(1) == 1
        let status = VerifyRunner.run(options, source: source, standardOutput: standardOutput, standardError: standardError)
        if status != 0 { throw ExitCode(status) }
    }
}
