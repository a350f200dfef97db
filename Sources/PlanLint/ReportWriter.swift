import PlanReport
import PlanRules

/// One report of a run being written as the files stream past: its format's stream, where
/// its text goes (standard output, or an `AtomicFile` for `--output`), and a `SpoolFile`
/// for each section the format holds until the end (next to the output file, or in the
/// temporary folder for standard output), so that no report is ever held whole.
final class ReportWriter {
    private var stream: any ReportStream
    private let sink: any ReportSink
    /// The `--output` file, renamed into place by `commit`.
    private let file: AtomicFile?
    private let held: [SpoolFile]

    /// What the report is, for messages: its file, or standard output.
    private let name: String

    /// Opens the report's files; throws (leaving nothing behind) when one cannot be created.
    /// `output` is the `--output` file, already resolved (nil: standard output).
    init(_ format: ReportFormat, to output: OutputPath?, header: ReportHeader, excerpts: Bool, color: Bool,
         standardOutput: any ReportSink, temporaryDirectory: String) throws {
        let name = output?.given ?? "standard output"
        let stream = format.reporter(excerpts: excerpts, color: color).stream(header)
        var file: AtomicFile?
        var held: [SpoolFile] = []
        try Self.reporting(name) {
            if let output { file = try AtomicFile(output) }
            // Beside the report (the same file system as its temporary file), but in the
            // temporary folder for standard output and for a device or FIFO (/dev/null).
            let directory = output.flatMap { $0.kind == .stream ? nil : FileSystem.directory(of: $0.resolved) }
                ?? temporaryDirectory
            for _ in 0..<stream.heldSections { held.append(try SpoolFile(in: directory)) }
        }
        self.name = name
        self.stream = stream
        self.file = file
        sink = file?.writer ?? standardOutput
        self.held = held
    }

    func begin() throws {
        try Self.reporting(name) { try write(stream.begin()) }
    }

    func file(_ result: FileResult) throws {
        try Self.reporting(name) { try write(stream.file(result)) }
    }

    /// Writes the rest of the report: the end's text and the held sections where it places them.
    func end(_ footer: ReportFooter) throws {
        try Self.reporting(name) {
            for piece in stream.end(footer) {
                switch piece {
                case .text(let text): try sink.write(text)
                case .section(let i): try held[i - 1].copy(to: sink)
                case .records(let i, let render): try held[i - 1].replayLines(to: sink, render)
                }
            }
        }
    }

    /// Puts an `--output` file in place (standard output is flushed by its owner).
    func commit() throws {
        try Self.reporting(name) { try file?.commit() }
    }

    /// Runs `body`, turning a failed write into a setup error naming the report (when
    /// the failure does not name it already).
    private static func reporting(_ name: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as WriteFailure where !failure.quiet && !failure.description.contains(name) {
            throw SetupError(file: name, message: failure.description)
        }
    }

    private func write(_ text: ReportText) throws {
        for (i, part) in text.sections.enumerated() where !part.isEmpty {
            if i == 0 { try sink.write(part) } else { try held[i - 1].append(part) }
        }
    }
}
