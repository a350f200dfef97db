import PlanReport
import PlanRules

/// One report of a run: a format, and the file it goes to (nil: standard output).
public struct ReportTarget: Sendable, Hashable {
    public var format: ReportFormat
    public var output: String?

    public init(format: ReportFormat, output: String? = nil) {
        self.format = format
        self.output = output
    }
}

/// Pairs repeated `--format` and `--output` options into reports, in the order they were
/// written: each `--output` belongs to the `--format` before it (one written before any
/// `--format` belongs to the first). So `--format sarif --output a.sarif --format text`
/// writes SARIF to a.sarif and text to standard output.
public enum ReportTargets {
    /// `arguments` is the command line (without the program name), read only for the order
    /// of the two options; when it does not show the parsed values (a caller that parsed
    /// other arguments), the i-th output goes with the i-th format.
    public static func pair(formats: [ReportFormat], outputs: [String], arguments: [String]) throws -> [ReportTarget] {
        if formats.isEmpty {
            guard outputs.count <= 1 else {
                throw SetupError(file: "--output", message: "several --output files need a --format each")
            }
            return [ReportTarget(format: .text, output: outputs.first)]
        }
        var events = order(in: arguments)
        let seenFormats = events.compactMap { if case .format(let f) = $0 { return f } else { return nil } }
        let seenOutputs = events.compactMap { if case .output(let o) = $0 { return o } else { return nil } }
        if seenFormats != formats.map(\.rawValue) || seenOutputs != outputs {
            events = formats.indices.flatMap { i in
                [Event.format(formats[i].rawValue)] + (i < outputs.count ? [Event.output(outputs[i])] : [])
            }
            if outputs.count > formats.count { events += outputs[formats.count...].map { Event.output($0) } }
        }
        var targets: [ReportTarget] = []
        var early: [String] = []
        var formatIndex = 0
        for event in events {
            switch event {
            case .format:
                var target = ReportTarget(format: formats[formatIndex])
                formatIndex += 1
                if targets.isEmpty, !early.isEmpty { target.output = early.removeFirst() }
                targets.append(target)
            case .output(let path):
                if targets.isEmpty {
                    early.append(path)
                } else if targets[targets.count - 1].output == nil {
                    targets[targets.count - 1].output = path
                } else {
                    throw SetupError(file: "--output", message: "'\(path)' follows a --format that already has an output")
                }
            }
        }
        if !early.isEmpty {
            throw SetupError(file: "--output", message: "several --output files before the first --format")
        }
        if targets.filter({ $0.output == nil }).count > 1 {
            throw SetupError(file: "--format", message: "only one report can go to standard output; give the others --output FILE")
        }
        let files = targets.compactMap(\.output)
        if Set(files).count != files.count {
            throw SetupError(file: "--output", message: "two reports cannot be written to the same file")
        }
        return targets
    }

    enum Event: Equatable {
        case format(String)
        case output(String)
    }

    /// The `--format` and `--output` options of a command line, in order.
    static func order(in arguments: [String]) -> [Event] {
        var events: [Event] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            for (name, make) in [("--format", Event.format), ("--output", Event.output)] {
                if a == name, i + 1 < arguments.count {
                    events.append(make(arguments[i + 1]))
                    i += 1
                } else if a.hasPrefix(name + "=") {
                    events.append(make(String(a.dropFirst(name.count + 1))))
                }
            }
            i += 1
        }
        return events
    }
}
