#if canImport(Glibc)
import Glibc
#endif

/// One kind of child process: its median wall time and its largest peak RSS.
struct ProcessRow {
    var name: String
    var seconds: Double
    var peakRSS: Int
}

/// The runs that need a whole process: start-up against a C program, linting the real
/// plans end to end, and peak memory by number of files and by file size.
enum Processes {
    static func measure(settings: Settings, folders: [(count: Int, path: String)]) -> [ProcessRow] {
        let planlint = SelfPath.directory + "/planlint"
        guard access(planlint, X_OK) == 0 else {
            say("note: \(planlint) not built; run `swift build -c release` first for the process rows")
            return []
        }
        var rows: [ProcessRow] = []
        say("processes: start-up and Plans/ (31 alternating rounds) …")
        var quick: [(String, [String])] = [
            ("/bin/true (C, start-up only)", ["/bin/true"]),
            ("planlint --version", [planlint, "--version"]),
        ]
        if let first = Files.yamlFiles(under: settings.plans).first {
            // A one-file lint is what pre-commit and editors run: start-up plus one plan.
            quick.append(("planlint lint one plan", [planlint, "lint", first, "--color", "never"]))
            quick.append(("planlint lint Plans/ (47 files)", [planlint, "lint", settings.plans, "--color", "never"]))
        }
        rows += alternate(quick, rounds: 31, scratch: settings.root)
        for folder in folders {
            let rounds = folder.count < 1_000 ? 11 : folder.count < 20_000 ? 3 : 1
            say("processes: planlint lint, \(folder.count.grouped) plans (\(rounds) rounds) …")
            rows += alternate([("planlint lint, \(folder.count.grouped) plans",
                                [planlint, "lint", folder.path, "--color", "never"])], rounds: rounds, scratch: settings.root)
        }
        if settings.streamMB > 0 {
            let stream = "\(settings.root)/stream-\(settings.streamMB)MB.yaml"
            let me = SelfPath.executable
            for fraction in [4, 2, 1] {
                let bytes = (settings.streamMB << 20) / fraction
                rows += alternate([("lint one \(MB(bytes)) MB stream (in a child)",
                                    [me, "--probe-stream", stream, String(bytes)])], rounds: 1, scratch: settings.root)
            }
        }
        return rows
    }

    private static func alternate(_ commands: [(String, [String])], rounds: Int, scratch: String) -> [ProcessRow] {
        var times = Array(repeating: [Double](), count: commands.count)
        var peaks = Array(repeating: 0, count: commands.count)
        for round in 0..<rounds {
            for k in 0..<commands.count {
                let i = (k + round) % commands.count
                let run = ChildRun.measured(commands[i].1, scratch: scratch)
                precondition(run.status < 2, "\(commands[i].1.joined(separator: " ")) exited with \(run.status)")
                times[i].append(run.seconds)
                peaks[i] = max(peaks[i], run.peakRSS)
            }
        }
        return commands.indices.map { ProcessRow(name: commands[$0].0, seconds: times[$0].median, peakRSS: peaks[$0]) }
    }
}
