import ArgumentParser
import PlanLint
import PlanRules
#if canImport(Glibc)
import Glibc
#endif

/// `planlint baseline [PATH ...] --output FILE [--prune]`: record today's diagnostics as
/// accepted, or remove the entries that no longer match.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's diagnostics as accepted, so that a run with --baseline reports only new ones.")

    @Argument(help: "Plan files or folders (folders are searched for *.yaml and *.yml).")
    var paths: [String] = ["Plans"]

    @Option(help: "The baseline file to write (default: baseline: in planlint.yaml).")
    var output: String?

    @Flag(help: "Only remove entries that no longer match; add nothing new.")
    var prune = false

    @Option(help: "Use this configuration instead of discovering planlint.yaml.")
    var config: String?

    @Flag(name: .customLong("force-exclude"),
          help: "Apply include/exclude of planlint.yaml to files named here too (without include: only files in a Plans/ folder); for pre-commit.")
    var forceExclude = false

    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: "Override the plan window, e.g. 2020-2022.")
    var window: String?

    func validate() throws {
        if let window, WindowArgument.parse(window) == nil {
            throw ValidationError("--window must be FROM-TO with FROM <= TO, e.g. 2020-2022")
        }
    }

    func run() throws {
        var options = LintOptions()
        (options.paths, options.rawPaths) = CommandLinePaths.resolve(paths.isEmpty ? ["Plans"] : paths)
        options.configPath = config
        options.forceExclude = forceExclude
        options.ruleDirectories = ruleDirectories
        options.window = window.flatMap(WindowArgument.parse)
        options.environment = Environment.current()
        let outcome = Baselines.run(options, output: output, prune: prune)
        Output.emit(outcome)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}
