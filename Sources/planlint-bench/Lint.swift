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
    /// The run's standard error, kept for a failure's message: the notes a plain run ends
    /// with ("[*] 97 fixable with --fix") would otherwise fill the bench's output.
    final class Notes: ReportSink {
        private(set) var text = ""
        func write(bytes: UnsafeRawBufferPointer) { text += String(decoding: bytes, as: UTF8.self) }
        func flush() {}
    }

    static let devNull = open("/dev/null", O_WRONLY | O_CLOEXEC)

    /// Lints a folder with `jobs` files at once (nil: all cores).
    static func run(folder: String, jobs: Int?) {
        var options = LintOptions()
        options.paths = [folder]
        options.color = .never
        options.jobs = jobs
        let notes = Notes()
        let status = LintRunner.run(options, standardOutput: DescriptorSink(fd: devNull, name: "/dev/null"),
                                    standardError: notes)
        precondition(status != 2, "planlint could not lint \(folder): \(notes.text)")
    }

    /// Lints a folder on one thread with the configuration at `config`.
    static func run(folder: String, config: String) {
        var options = LintOptions()
        options.paths = [folder]
        options.color = .never
        options.jobs = 1
        options.configPath = config
        let notes = Notes()
        let status = LintRunner.run(options, standardOutput: DescriptorSink(fd: devNull, name: "/dev/null"),
                                    standardError: notes)
        precondition(status != 2, "planlint could not lint \(folder): \(notes.text)")
    }

    /// The rule families of the benchmark's family rows: each a set of rule ids that a
    /// configuration under the corpus root turns off. The families of docs/performance.md
    /// are the catalogue's categories, plus the rules issue #13 added across them
    /// ("semantic"); the `source` rules run only under `planlint verify`, so a lint has
    /// nothing of them to turn off.
    static func families() -> [(name: String, ids: [String])] {
        let rules = Catalogue.shipped(examples: false).sorted
        func category(_ name: String) -> [String] { rules.filter { $0.category.rawValue == name }.map(\.id) }
        let known = Set(rules.map(\.id))
        let semantic = ["basis-text-mismatch", "comparator-text-mismatch", "cumulative-start", "increase-level-mismatch",
                        "period-single-year-cumulative", "vision-title-period", "link-unexplained", "citation-unlisted",
                        "unit-mixed"].filter { known.contains($0) }
        return [("schema/yaml", category("schema")), ("measurability", category("measurability")),
                ("period/coverage", category("period")), ("alignment/links", category("alignment")),
                ("cumulative/consistency", category("consistency")), ("semantic (#13)", semantic),
                ("text (#16)", category("text")), ("waivers", category("waiver"))]
    }

    /// A configuration that turns the rules `ids` off, written under `root` as `name`.
    static func without(_ ids: [String], root: String, name: String) -> String {
        let path = root + "/without-\(name).yaml"
        Files.write("rules:\n" + ids.map { "  \($0): off\n" }.joined(), to: path)
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
