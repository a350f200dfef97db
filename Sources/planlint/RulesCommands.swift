import ArgumentParser
import PlanLint
import PlanReport
import PlanRules

/// `planlint rules`: every rule with its category, default severity and title.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown }

    @Option(help: "text, json, or markdown (the rule reference of docs/ja/rules.md and docs/rules.md).")
    var format: Format = .text
    @OptionGroup var catalogue: CatalogueOptions

    func run() throws {
        let status = CatalogueCommands.list(format: format.listing, extra: catalogue.ruleDirectories,
                                            language: catalogue.lang, environment: Environment.current(),
                                            standardOutput: DescriptorSink(fd: 1, name: "standard output"),
                                            standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}

extension RulesCommand.Format {
    var listing: CatalogueCommands.Listing {
        switch self {
        case .text: .text
        case .json: .json
        case .markdown: .markdown
        }
    }
}

/// `planlint explain RULE`: what a rule checks, why, how to fix, its parameters and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule.")

    @Argument(help: "A rule id, e.g. vision-period-coverage.") var rule: String
    @OptionGroup var catalogue: CatalogueOptions

    func run() throws {
        let status = CatalogueCommands.explain(rule, extra: catalogue.ruleDirectories, language: catalogue.lang,
                                               environment: Environment.current(),
                                               standardOutput: DescriptorSink(fd: 1, name: "standard output"),
                                               standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}
