import ArgumentParser
import PlanLint
import PlanReport
import PlanRules

/// `planlint rules`: every rule with its category, default severity and title.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "text or json.") var format: Format = .text
    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).") var ruleDirectories: [String] = []
    @Option(help: "Language: ja or en (default: from LANG).") var lang: Language?

    func run() throws {
        let outcome = CatalogueCommands.list(json: format == .json, extra: ruleDirectories,
                                             language: lang, environment: Environment.current())
        Output.emit(outcome)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}

/// `planlint explain RULE`: what a rule checks, why, how to fix, its parameters and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule.")

    @Argument(help: "A rule id, e.g. vision-period-coverage.") var rule: String
    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).") var ruleDirectories: [String] = []
    @Option(help: "Language: ja or en (default: from LANG).") var lang: Language?

    func run() throws {
        let outcome = CatalogueCommands.explain(rule, extra: ruleDirectories, language: lang,
                                                environment: Environment.current())
        Output.emit(outcome)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}
