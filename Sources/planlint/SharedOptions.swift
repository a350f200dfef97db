import ArgumentParser
import PlanLint
import PlanReport
import PlanRules

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// `--format FORMAT[:FILE]`.
extension ReportTarget: ExpressibleByArgument {
    public static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

/// `--window 2020-2022`: a plan window of fiscal years, FROM <= TO, within 1900–2200.
struct Window: ExpressibleByArgument {
    var years: ClosedRange<Int>

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from <= to,
              (1900...2200).contains(from), (1900...2200).contains(to) else { return nil }
        years = from...to
    }

    static var defaultValueDescription: String { "FROM-TO" }
}

/// What `lint` and `baseline` both take: the plans, and what governs them.
struct PlanInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Plan files or folders (folders are searched for *.yaml and *.yml).",
        discussion: "Write -- before a path that begins with '-' (planlint lint -- -h.yaml), or ./-h.yaml."))
    var paths: [String] = ["Plans"]

    @Option(help: "Use this configuration instead of discovering planlint.yaml.")
    var config: String?

    @Flag(name: .customLong("force-exclude"),
          help: "Apply include/exclude of planlint.yaml to files named here too (without include: only files in a Plans/ folder); for pre-commit.")
    var forceExclude = false

    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: ArgumentHelp("Override the plan window: FROM-TO fiscal years, e.g. 2020-2022.", valueName: "from-to"))
    var window: Window?

    /// These options in a run's options, with the process environment.
    func apply(to options: inout LintOptions) {
        (options.paths, options.rawPaths) = CommandLinePaths.resolve(paths.isEmpty ? ["Plans"] : paths)
        options.configPath = config
        options.forceExclude = forceExclude
        options.ruleDirectories = ruleDirectories
        options.window = window?.years
        options.environment = Environment.current()
    }
}

/// What `rules` and `explain` both take.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "An extra rule directory (repeatable).")
    var ruleDirectories: [String] = []

    @Option(help: "Language: ja or en (default: from LANG).")
    var lang: Language?
}

extension LintOptions {
    /// Sets the report targets of `--format FORMAT[:FILE]` and `--output` (lint and verify);
    /// an ambiguous pairing is a usage error, said on standard error, exit 2.
    mutating func setReports(_ reports: [ReportTarget], outputs: [String], standardError: DescriptorSink) throws {
        let targets: [ReportTarget]
        do {
            targets = try ReportTarget.pairing(reports, outputs: outputs)
        } catch {
            try? standardError.write(Notice.error(error, setupLanguage) + "\n")
            try? standardError.flush()
            throw ExitCode(2)
        }
        format = targets[0].format
        output = targets[0].output
        additionalReports = Array(targets.dropFirst())
    }
}
