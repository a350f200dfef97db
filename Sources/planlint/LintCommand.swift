import ArgumentParser
import PlanLint
import PlanReport
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// `planlint lint [PATH ...]`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint plan files and folders.")

    @Argument(help: "Plan files or folders (folders are searched for *.yaml and *.yml).")
    var paths: [String] = ["Plans"]

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable: each --output goes with the --format before it).")
    var format: [ReportFormat] = []

    @Option(help: "Write the report to this file (whole or not at all).")
    var output: [String] = []

    @Option(help: "Use this configuration instead of discovering planlint.yaml.")
    var config: String?

    @Flag(name: .customLong("force-exclude"),
          help: "Apply include/exclude of planlint.yaml to files named here too (without include: only files in a Plans/ folder); for pre-commit.")
    var forceExclude = false

    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: "Override the plan window, e.g. 2020-2022.")
    var window: String?

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

    @Option(help: "Colour and source excerpts in text output: auto, always or never.")
    var color: ColorMode = .auto

    func validate() throws {
        if let window, WindowArgument.parse(window) == nil {
            throw ValidationError("--window must be FROM-TO with FROM <= TO, e.g. 2020-2022")
        }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    func run() throws {
        var options = LintOptions()
        (options.paths, options.rawPaths) = CommandLinePaths.resolve(paths.isEmpty ? ["Plans"] : paths)
        let targets: [ReportTarget]
        do {
            targets = try ReportTargets.pair(formats: format, outputs: output,
                                             arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            Output.write("planlint: error: \(error)\n", to: 2)
            throw ExitCode(2)
        }
        options.format = targets[0].format
        options.output = targets[0].output
        options.additionalReports = Array(targets.dropFirst())
        options.configPath = config
        options.forceExclude = forceExclude
        options.ruleDirectories = ruleDirectories
        options.window = window.flatMap(WindowArgument.parse)
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        options.baseline = baseline
        options.language = lang
        options.quiet = quiet
        options.color = color
        options.stdoutIsTerminal = isatty(1) == 1
        options.environment = Environment.current()
        // The report streams to standard output as the files are linted; notes follow it.
        let outcome = LintRunner.run(options, standardOutput: 1)
        Output.emit(outcome)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}

/// `--window 2020-2022`.
enum WindowArgument {
    static func parse(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from <= to,
              (1900...2200).contains(from), (1900...2200).contains(to) else { return nil }
        return from...to
    }
}
