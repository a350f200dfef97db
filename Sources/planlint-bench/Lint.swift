import PlanLint
import PlanModel
import PlanRules
import PlanYAML
#if canImport(Glibc)
import Glibc
#endif

/// planlint's full lint, in-process: discovery, configuration, load, decode, every rule
/// the engine runs, and the text report streamed to /dev/null as the CLI streams it to
/// standard output (chunked, through the same buffered writer).
enum FullLint {
    static let devNull = open("/dev/null", O_WRONLY | O_CLOEXEC)

    /// Lints a folder with `jobs` files at once (nil: all cores).
    static func run(folder: String, jobs: Int?) {
        var options = LintOptions()
        options.paths = [folder]
        options.color = .never
        options.jobs = jobs
        let status = LintRunner.run(options, standardOutput: DescriptorSink(fd: devNull, name: "/dev/null"),
                                    standardError: DescriptorSink(fd: 2, name: "standard error"))
        precondition(status != 2, "planlint could not lint \(folder) (see above)")
    }

    /// Lints a folder on one thread with the configuration at `config`.
    static func run(folder: String, config: String) {
        var options = LintOptions()
        options.paths = [folder]
        options.color = .never
        options.jobs = 1
        options.configPath = config
        let status = LintRunner.run(options, standardOutput: DescriptorSink(fd: devNull, name: "/dev/null"),
                                    standardError: DescriptorSink(fd: 2, name: "standard error"))
        precondition(status != 2, "planlint could not lint \(folder) (see above)")
    }

    /// A configuration that turns the text rules (issue #16) off, written under `root`.
    static func withoutTextRules(root: String) -> String {
        let path = root + "/no-text-rules.yaml"
        let off = Catalogue.shipped(examples: false).sorted.filter { $0.category == .text }.map { "  \($0.id): off\n" }.joined()
        Files.write("rules:\n" + off, to: path)
        return path
    }

    /// One multi-document stream, with the byte limit raised to take it whole.
    static func run(stream bytes: [UInt8], engine: Engine) -> Int {
        let result = engine.lint(bytes: bytes, path: "stream.yaml")
        return result.diagnostics.count
    }

    static func streamEngine() -> Engine {
        let catalogue = Catalogue.shipped()
        return Engine(catalogue: catalogue, today: CalendarDate(year: 2025, month: 4, day: 1),
                      limits: LoadLimits(maxBytes: 1 << 30, maxAliasNodes: 1 << 30, maxAliasBytes: 1 << 30))
    }
}
