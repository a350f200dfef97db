import ArgumentParser
import PlanLint

/// `planlint baseline [PATH ...] --output FILE [--prune]`: record today's diagnostics as
/// accepted, or remove the entries that no longer match.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's diagnostics as accepted, so that a run with --baseline reports only new ones.")

    @OptionGroup var inputs: PlanInputOptions

    @Option(help: "The baseline file to write (default: baseline: in planlint.yaml).")
    var output: String?

    @Flag(help: "Only remove entries that no longer match; add nothing new.")
    var prune = false

    func run() throws {
        var options = LintOptions()
        inputs.apply(to: &options)
        let status = Baselines.run(options, output: output, prune: prune,
                                   standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}
