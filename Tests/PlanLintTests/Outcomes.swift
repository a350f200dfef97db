@testable import PlanLint
import PlanRules

/// What a command wrote to its two streams, collected in memory, and its exit status:
/// the shape the tests read (the library itself only streams to sinks).
struct RunOutcome {
    var stdout: String
    /// Standard error, one message a line.
    var stderr: [String]
    var status: Int32

    init(stdout: MemorySink, stderr: MemorySink, status: Int32) {
        self.stdout = stdout.text
        self.stderr = stderr.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if self.stderr.last == "" { self.stderr.removeLast() }
        self.status = status
    }

    /// Runs `body` with two memory sinks.
    static func collect(_ body: (MemorySink, MemorySink) -> Int32) -> RunOutcome {
        let out = MemorySink(), err = MemorySink()
        let status = body(out, err)
        return RunOutcome(stdout: out, stderr: err, status: status)
    }
}

extension LintRunner {
    static func run(_ options: LintOptions, chunkSize: Int? = nil) -> RunOutcome {
        RunOutcome.collect { run(options, standardOutput: $0, standardError: $1, chunkSize: chunkSize) }
    }

    /// Standard output to a file descriptor, standard error collected.
    static func run(_ options: LintOptions, standardOutput fd: Int32) -> RunOutcome {
        let err = MemorySink()
        let status = run(options, standardOutput: DescriptorSink(fd: fd, name: "standard output"), standardError: err)
        return RunOutcome(stdout: MemorySink(), stderr: err, status: status)
    }
}

extension Baselines {
    static func run(_ options: LintOptions, output: String?, prune: Bool) -> RunOutcome {
        RunOutcome.collect { _, err in run(options, output: output, prune: prune, standardError: err) }
    }
}

extension CatalogueCommands {
    static func list(json: Bool, extra: [String], language: Language?, environment: [String: String]) -> RunOutcome {
        list(format: json ? .json : .text, extra: extra, language: language, environment: environment)
    }

    static func list(format: Listing, extra: [String], language: Language?, environment: [String: String]) -> RunOutcome {
        RunOutcome.collect {
            list(format: format, extra: extra, language: language, environment: environment, standardOutput: $0, standardError: $1)
        }
    }

    static func explain(_ rule: String, extra: [String], language: Language?, environment: [String: String]) -> RunOutcome {
        RunOutcome.collect {
            explain(rule, extra: extra, language: language, environment: environment, standardOutput: $0, standardError: $1)
        }
    }
}
