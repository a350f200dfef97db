/// The tables docs/performance.md keeps, and the targets checked against them.
enum Report {
    static func timings(_ rows: [TimingRow], cores: Int) {
        say("| corpus | MB | (1) floor: libyaml events, 1 core | (2) full lint, 1 core | (3) full lint, \(cores) cores | (2)/(1) | (3)/(1) | plans/s (3) |")
        say("|---|---|---|---|---|---|---|---|")
        for r in rows {
            let mb = Double(r.bytes) / 1e6
            func cell(_ s: Double?) -> String {
                guard let s else { return "–" }
                return "\(ms(s)) (\(fixed(mb / s, 0)) MB/s)"
            }
            let ratioAll = r.all.map { fixed($0 / r.floor, 2) + "×" } ?? "–"
            let rate = r.all.map { fixed(Double(r.files) / $0, 0) } ?? "–"
            say("| \(r.name) | \(fixed(mb, 1)) | \(cell(r.floor)) | \(cell(r.one)) | \(cell(r.all)) | \(fixed(r.one / r.floor, 2))× | \(ratioAll) | \(rate) |")
        }
        say("")
    }

    static func processes(_ rows: [ProcessRow]) {
        guard !rows.isEmpty else { return }
        say("| process | median wall time | peak RSS |")
        say("|---|---|---|")
        for r in rows { say("| \(r.name) | \(ms(r.seconds)) | \(MB(r.peakRSS)) MB |") }
        say("")
    }

    /// The issue's targets, each with its measured value (yamllint is in scripts/bench-peers.sh).
    static func targets(_ rows: [TimingRow], _ processes: [ProcessRow], folders: [(count: Int, path: String)]) {
        func row(_ files: Int) -> TimingRow? { rows.first { $0.files == files && $0.name.hasSuffix("plans") } }
        func proc(_ prefix: String) -> ProcessRow? { processes.first { $0.name.hasPrefix(prefix) } }
        say("targets:")
        if let r = row(5_000), let all = r.all {
            verdict("full lint, all cores, 5,000 plans ≤ 1.0× the one-core floor", all / r.floor, 1.0)
            verdict("full lint, one core, 5,000 plans ≤ 2.0× the floor", r.one / r.floor, 2.0)
        }
        if let c = proc("/bin/true"), let v = proc("planlint --version") {
            verdict("planlint start-up (--version) ≤ 3× a C process (/bin/true)", v.seconds / c.seconds, 3.0)
            if let one = proc("planlint lint one plan") {
                verdict("a one-file lint ≤ 3× a C process (/bin/true)", one.seconds / c.seconds, 3.0)
            }
        }
        if let small = proc("planlint lint, 47 plans") {
            for big in ["5,000", "50,000"] {
                guard let b = proc("planlint lint, \(big) plans") else { continue }
                verdict("peak RSS, \(big) plans ≤ 2× that of 47 plans", Double(b.peakRSS) / Double(small.peakRSS), 2.0)
            }
        }
        if let a = row(5_000)?.all, let b = row(50_000)?.all {
            verdict("time, 50,000 plans ≤ 10.5× 5,000 plans (all cores)", b / a, 10.5)
        }
        let streams = processes.filter { $0.name.contains("stream") }
        if streams.count >= 2, let first = streams.first, let last = streams.last {
            say("  peak RSS by stream size: " + streams.map { "\(MB($0.peakRSS)) MB" }.joined(separator: ", ")
                  + " (\(fixed(Double(last.peakRSS) / Double(first.peakRSS), 2))× for 4× the bytes)")
        }
    }

    private static func verdict(_ what: String, _ value: Double, _ limit: Double) {
        say("  \(value <= limit ? "met   " : "MISSED") \(what): \(fixed(value, 2))×")
    }

    static func ms(_ seconds: Double) -> String {
        seconds < 0.1 ? "\(fixed(seconds * 1000, 1)) ms" : "\(fixed(seconds * 1000, 0)) ms"
    }
}
