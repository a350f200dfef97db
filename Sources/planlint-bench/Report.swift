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

    /// What each rule family costs on one core: the lint with all rules on and with the
    /// family off, the difference as a share of the floor.
    static func families(_ rows: [FamilyRow]) {
        guard let first = rows.first else { return }
        say("rule families, 5,000 plans, one core (all rules on: \(ms(first.on)), \(fixed(first.on / first.floor, 2))× the floor \(ms(first.floor))):")
        say("| family | rules | lint with the family off | off / floor | the family's cost / floor |")
        say("|---|---|---|---|---|")
        for r in rows {
            say("| \(r.name) | \(r.rules) | \(ms(r.off)) | \(fixed(r.off / r.floor, 2))× | \(fixed((r.on - r.off) / r.floor, 2))× |")
        }
        say("| source | – | verify only: `planlint lint` runs none of them | – | – |")
        say("")
    }

    /// The issue's targets (#19), each with its measured value and "met" or by how much it
    /// is missed; the ones a run did not measure say so.
    static func targets(_ rows: [TimingRow], _ processes: [ProcessRow], peers: PeerTimes?, cores: Int, settings: Settings) {
        func row(_ files: Int) -> TimingRow? { rows.first { $0.files == files && $0.name.hasSuffix("plans") } }
        func proc(_ prefix: String) -> ProcessRow? { processes.first { $0.name.hasPrefix(prefix) } }
        say("targets (issue #19; wall-clock medians, CPU time beside the process ones — on a shared machine trust CPU time and callgrind more):")
        say("| target | measured | verdict |")
        say("|---|---|---|")
        if let r = row(5_000) {
            atMost("full lint, one core, 5,000 plans ≤ 2.0× the floor", r.one / r.floor, 2.0,
                   "\(ms(r.one)) / \(ms(r.floor))")
            if let all = r.all {
                atMost("full lint, \(cores) cores, 5,000 plans ≤ 1.0× the one-core floor", all / r.floor, 1.0,
                       "\(ms(all)) / \(ms(r.floor))")
                let ideal = 1.0 / Double(max(1, cores))
                atMost("\(cores)-core time / one-core time, 5,000 plans (ideal \(fixed(ideal, 2)); target ≤ \(fixed(ideal * 1.1, 2)))",
                       all / r.one, ideal * 1.1, "\(ms(all)) / \(ms(r.one))", plain: true)
            }
        } else {
            say("| full lint against the floor, 5,000 plans | not run (--sizes without 5000) | – |")
        }
        if let p = peers {
            func cpu(_ a: Int, _ b: Int) -> String {
                guard p.cpu.count > max(a, b) else { return "" }
                return "; CPU \(ms(p.cpu[a])) / \(ms(p.cpu[b])) = \(fixed(p.cpu[a] / p.cpu[b], 2))×"
            }
            atMost("a one-file lint ≤ 3× \(p.cName)", p.oneFile / p.c, 3.0, "\(ms(p.oneFile)) / \(ms(p.c))\(cpu(2, 0))")
            atMost("planlint --version ≤ 3× \(p.cName)", p.version / p.c, 3.0, "\(ms(p.version)) / \(ms(p.c))\(cpu(1, 0))")
            if let y = p.yamllint {
                atLeast("`lint Plans/` as a process ≥ 40× faster than `yamllint -d relaxed`", y / p.plans, 40.0,
                        "\(ms(y)) / \(ms(p.plans))\(cpu(4, 3))")
            } else {
                say("| `lint Plans/` ≥ 40× faster than `yamllint -d relaxed` | skipped: yamllint is not installed (`pip install yamllint`) | – |")
            }
        } else {
            say("| start-up ≤ 3× a C process; Plans/ ≥ 40× yamllint | skipped: \(settings.processes ? "planlint is not built beside planlint-bench" : "--no-processes") | – |")
        }
        if let small = proc("planlint lint, 47 plans") {
            for big in ["5,000", "50,000"] {
                guard let b = proc("planlint lint, \(big) plans") else { continue }
                atMost("peak RSS, \(big) plans ≤ 2× that of 47 plans", Double(b.peakRSS) / Double(small.peakRSS), 2.0,
                       "\(MB(b.peakRSS)) / \(MB(small.peakRSS)) MB")
            }
        }
        if let a = row(5_000)?.all, let b = row(50_000)?.all {
            atMost("time, 50,000 plans ≤ 10.5× 5,000 plans (all cores)", b / a, 10.5, "\(ms(b)) / \(ms(a))")
        }
        let streams = processes.filter { $0.name.contains("stream") }
        if streams.count >= 2, let first = streams.first, let last = streams.last {
            say("")
            say("peak RSS by stream size: " + streams.map { "\(MB($0.peakRSS)) MB" }.joined(separator: ", ")
                + " (\(fixed(Double(last.peakRSS) / Double(first.peakRSS), 2))× for 4× the bytes)")
        }
        say("")
        say("Wall time on a shared machine moves with the load; callgrind's instruction counts do not (docs/performance.md).")
    }

    /// A target of the form value ≤ limit.
    private static func atMost(_ what: String, _ value: Double, _ limit: Double, _ detail: String, plain: Bool = false) {
        let shown = plain ? fixed(value, 2) : fixed(value, 2) + "×"
        let verdict = value <= limit ? "met" : "missed by \(fixed(value / limit, 2))×"
        say("| \(what) | \(shown) (\(detail)) | \(verdict) |")
    }

    /// A target of the form value ≥ limit.
    private static func atLeast(_ what: String, _ value: Double, _ limit: Double, _ detail: String) {
        let verdict = value >= limit ? "met" : "missed by \(fixed(limit / value, 2))×"
        say("| \(what) | \(fixed(value, 1))× (\(detail)) | \(verdict) |")
    }

    static func ms(_ seconds: Double) -> String {
        seconds < 0.1 ? "\(fixed(seconds * 1000, 1)) ms" : "\(fixed(seconds * 1000, 0)) ms"
    }
}
