import ArgumentParser
import PlanLint
import PlanRules

/// `planlint import SOURCE [--output DIR] [--prefecture CODE|NAME …]`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Draft plans from the annex (別添2, text or .docx): one YAML file per prefecture, every inferred value marked.")

    @Argument(help: "The source document: the annex as UTF-8 text or a Word file (.docx).")
    var source: String

    @Option(help: "A folder for the drafts (NN-romaji.yaml), or a .yaml file for one prefecture (default: standard output, one prefecture only).")
    var output: String?

    @Option(help: "Import only this prefecture: a code (8), a name (茨城) or romaji (ibaraki); repeatable.")
    var prefecture: [String] = []

    @Flag(help: "Replace files that already exist.")
    var force = false

    @Option(help: "Language of the comments and messages: ja or en (default: from LANG).")
    var lang: Language?

    func run() throws {
        var options = ImportOptions(source: source)
        options.output = output
        options.prefectures = prefecture
        options.force = force
        options.language = lang
        options.environment = Environment.current()
        let status = ImportRunner.run(options, standardOutput: DescriptorSink(fd: 1, name: "standard output"),
                                      standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}
