import ArgumentParser
import PlanLint
import PlanRules
import PlanServer

/// `planlint lsp`: the language server on standard input and output (docs/editors.md).
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP over standard input and output) for editors.")

    @Flag(help: "Accepted for clients that pass it; standard input and output are the only transport.")
    var stdio = false

    @Option(help: "Use this configuration instead of discovering planlint.yaml.")
    var config: String?

    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: "Message language (ja or en); else initializationOptions.lang, the configuration, the editor's locale, LANG.")
    var lang: Language?

    func run() throws {
        var options = LintOptions()
        options.configPath = config
        options.ruleDirectories = ruleDirectories
        options.language = lang
        options.environment = Environment.current()
        let status = PlanLanguageServer.serve(options: options)
        if status != 0 { throw ExitCode(status) }
    }
}
