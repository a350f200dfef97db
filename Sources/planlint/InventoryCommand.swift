import ArgumentParser
import PlanLint
import PlanReport
import PlanRules

extension InventoryExport.Format: ExpressibleByArgument {}

/// `planlint inventory [PATH ...] --format csv|json [--output FILE]`: every KPI target as a row.
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "Write every KPI target of the plans as CSV (UTF-8 with BOM, CRLF, for Excel) or JSON rows.")

    @OptionGroup var inputs: PlanInputOptions

    @Option(help: "csv or json.")
    var format: InventoryExport.Format = .csv

    @Option(help: "Write the rows to this file (whole or not at all) instead of standard output.")
    var output: String?

    @Option(help: "Language of notes: ja or en (default: from LANG).")
    var lang: Language?

    func run() throws {
        var options = LintOptions()
        inputs.apply(to: &options)
        options.language = lang
        let status = InventoryRunner.run(options, format: format, output: output,
                                         standardOutput: DescriptorSink(fd: 1, name: "standard output"),
                                         standardError: DescriptorSink(fd: 2, name: "standard error"))
        if status != 0 { throw ExitCode(status) }
    }
}
