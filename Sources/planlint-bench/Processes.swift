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

/// The process targets measured directly (posix_spawn from the benchmark, no helper):
/// start-up against a C hello world, and `lint Plans/` against `yamllint -d relaxed`.
struct PeerTimes {
    /// What the C baseline is: a hello world compiled with `cc -O2`, or /bin/true without a compiler.
    var cName = ""
    var c = Double.nan
    var version = Double.nan
    var oneFile = Double.nan
    var plans = Double.nan
    /// nil: yamllint is not installed (`pip install yamllint`).
    var yamllint: Double?
    /// The same runs' median CPU time (user + system), in the same order: c, version,
    /// one file, plans, yamllint.
    var cpu: [Double] = []

    static func measure(settings: Settings) -> PeerTimes? {
        let planlint = SelfPath.directory + "/planlint"
        guard access(planlint, X_OK) == 0 else { return nil }
        var t = PeerTimes()
        var c = ["/bin/true"]
        t.cName = "/bin/true (no C compiler found)"
        if let cc = Tools.find("cc") {
            let source = settings.root + "/hello.c", binary = settings.root + "/hello-c"
            Files.write("#include <stdio.h>\nint main(void) { puts(\"ok\"); return 0; }\n", to: source)
            if ChildRun.run([cc, "-O2", "-o", binary, source]).status == 0 {
                c = [binary]
                t.cName = "a C hello world (cc -O2)"
            }
        }
        let plans = Files.yamlFiles(under: settings.plans)
        guard let first = plans.first else { return nil }
        let rounds = settings.quick ? 41 : 101
        say("start-up: \(rounds) alternating rounds of \(t.cName), --version and a one-file lint …")
        let (times, cpu) = alternate([c, [planlint, "--version"], [planlint, "lint", first, "--color", "never"]], rounds: rounds)
        (t.c, t.version, t.oneFile) = (times[0], times[1], times[2])
        t.cpu = cpu
        if let yamllint = Tools.find("yamllint") {
            let r = settings.quick ? 5 : 11
            say("Plans/ against yamllint -d relaxed: \(r) alternating rounds …")
            let (both, cpu) = alternate([[planlint, "lint", settings.plans, "--color", "never"],
                                         [yamllint, "-d", "relaxed", settings.plans]], rounds: r)
            (t.plans, t.yamllint) = (both[0], both[1])
            t.cpu += cpu
        }
        return t
    }

    /// Median wall and CPU seconds of each command over `rounds` rounds, the order rotating.
    private static func alternate(_ commands: [[String]], rounds: Int) -> ([Double], [Double]) {
        var times = Array(repeating: [Double](), count: commands.count)
        var cpus = times
        for round in 0..<rounds {
            for k in 0..<commands.count {
                let i = (k + round) % commands.count
                let run = ChildRun.run(commands[i])
                precondition(run.status < 2 || commands[i][0].hasSuffix("yamllint"),
                             "\(commands[i].joined(separator: " ")) exited with \(run.status)")
                times[i].append(run.seconds)
                cpus[i].append(run.cpu)
            }
        }
        return (times.map(\.median), cpus.map(\.median))
    }
}

enum Tools {
    /// The full path of an executable on PATH, or nil.
    static func find(_ name: String) -> String? {
        guard let path = getenv("PATH") else { return nil }
        for dir in String(cString: path).split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
