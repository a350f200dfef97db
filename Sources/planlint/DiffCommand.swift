import ArgumentParser
import PlanDiff
import PlanLint

/// `planlint diff OLD NEW`: what a revision of the plans changed, for a reviewer.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what a revision changed: KPIs, targets, periods, links, visions, and diagnostics fixed or new.",
        discussion: "OLD and NEW are two plan files or two folders (plans paired by prefecture code, then by name). "
            + "With --git REV, each plan under OLD (and NEW) is compared with its version at the git revision REV.")

    @Argument(help: "The old plan file or folder (with --git: the plans to compare).") var old: String
    @Argument(help: "The new plan file or folder.") var new: String?
    @Option(help: "Compare the work tree's plans with their versions at this git revision.") var git: String?
    @Option(help: "text, markdown or json.") var format: DiffReport.Format = .text
    @Flag(help: "Exit 1 when a revision weakens a plan: a lower target, a shorter period, a removed KPI, target or link.")
    var failOnWeakening = false
    @OptionGroup var catalogue: CatalogueOptions

    func validate() throws {
        if git == nil && new == nil { throw ValidationError("give OLD and NEW, or --git REV with the plans to compare") }
    }

    func run() throws {
        var options = DiffOptions(old: old, new: new ?? "")
        options.gitRevision = git
        options.format = format
        options.failOnWeakening = failOnWeakening
        options.lint.language = catalogue.lang
        options.lint.ruleDirectories = catalogue.ruleDirectories
        options.lint.environment = Environment.current()
        let status = DiffRunner.run(options, standardOutput: DescriptorSink(fd: 1, name: "standard output"),
                                    standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
