import ArgumentParser
import PlanLint

/// `planlint`: lists the subcommands; `lint` is the default.
struct PlanlintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planlint",
        abstract: "Checks regional IP action plans (YAML) for measurable, covered, aligned and consistent KPIs.",
        version: LintRunner.version,
        subcommands: [
            LintCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
            BaselineCommand.self,
            InventoryCommand.self,
            LSPCommand.self,
            ImportCommand.self,
            VerifyCommand.self,
            InitCommand.self,
            DiffCommand.self,
        ],
        defaultSubcommand: LintCommand.self
    )
}
