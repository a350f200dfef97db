// planlint-bench: the floor (libyaml's event parser) and planlint's full lint, side by
// side on deterministic synthetic corpora, with the child-process runs for start-up,
// end-to-end time and peak memory. See docs/performance.md.
#if canImport(Glibc)
import Glibc
#endif

let settings = Settings.parse(Array(CommandLine.arguments.dropFirst()))

if let measure = settings.measure {
    let run = ChildRun.run(measure.command)
    Files.write("\(run.seconds) \(run.peakRSS) \(run.status)", to: measure.out)
    exit(0)
}

if let probe = settings.probe {
    // Child mode: lint a prefix of the stream once, so the parent can read our peak RSS.
    guard let whole = Files.read(probe.path) else { fail("cannot read \(probe.path)") }
    let bytes = StreamPrefix.cut(whole, at: probe.bytes)
    _ = FullLint.run(stream: bytes, engine: FullLint.streamEngine())
    exit(0)
}

let cores = Machine.cores
say("planlint-bench: \(Machine.cpuModel), \(cores) cores, \(Machine.memory), Linux \(Machine.kernel), libyaml \(Machine.libyaml)")
say("corpora under \(settings.root) (deterministic; reused while unchanged)\n")
Files.makeDirectory(settings.root)

var rows: [TimingRow] = []
var folders: [(count: Int, path: String)] = []
for count in settings.sizes {
    let corpus = Corpus.folder(root: settings.root, count: count)
    let files = Files.yamlFiles(under: corpus.path)
    precondition(files.count == count, "expected \(count) plans in \(corpus.path)")
    folders.append((count, corpus.path))
    let rounds = settings.rounds(forFiles: count)
    say("\(count) plans (\(MB(corpus.bytes)) MB): \(rounds) rounds …")
    // One untimed pass of each warms the page cache and the allocator.
    _ = Floor.run(files: files)
    FullLint.run(folder: corpus.path, jobs: 1)
    let times = Rounds.alternate(rounds, [
        { _ = Floor.run(files: files) },
        { FullLint.run(folder: corpus.path, jobs: 1) },
        { FullLint.run(folder: corpus.path, jobs: nil) },
    ])
    rows.append(TimingRow(name: "\(count.grouped) plans", files: count, bytes: corpus.bytes,
                          floor: times[0], one: times[1], all: times[2]))
}

// What each rule family costs: the 5,000-plan lint on one thread with every rule on and
// with that family off (a configuration under the corpus root), against the floor.
var families: [FamilyRow] = []
if settings.families, let five = folders.first(where: { $0.count == 5_000 }) {
    let list = FullLint.families()
    let configs = list.map { FullLint.without($0.ids, root: settings.root, name: $0.name.filter(\.isLetter)) }
    let files = Files.yamlFiles(under: five.path)
    let rounds = settings.rounds ?? (settings.quick ? 3 : 5)
    say("rule families on 5,000 plans, each off in turn: \(rounds) rounds of \(list.count + 2) runs …")
    let times = Rounds.alternate(rounds, [{ _ = Floor.run(files: files) }, { FullLint.run(folder: five.path, jobs: 1) }]
                                 + configs.map { config in { FullLint.run(folder: five.path, config: config) } })
    for (k, family) in list.enumerated() {
        families.append(FamilyRow(name: family.name, rules: family.ids.count, floor: times[0], on: times[1], off: times[k + 2]))
    }
}

if settings.streamMB > 0 {
    let stream = Corpus.stream(root: settings.root, bytes: settings.streamMB << 20)
    let bytes = Files.read(stream.path)!
    let engine = FullLint.streamEngine()
    let rounds = settings.rounds ?? 5
    say("one \(MB(stream.bytes)) MB stream: \(rounds) rounds …")
    _ = Floor.run(bytes: bytes)
    let times = Rounds.alternate(rounds, [
        { _ = Floor.run(bytes: bytes) },
        { _ = FullLint.run(stream: bytes, engine: engine) },
    ])
    rows.append(TimingRow(name: "one \(settings.streamMB) MB stream", files: 1, bytes: stream.bytes,
                          floor: times[0], one: times[1], all: nil))
}

if settings.adversarialMB > 0 {
    // Each shape alone, in-process, with the default limits (it is one file under 8 MiB).
    let engine = FullLint.streamEngine()
    let rounds = settings.rounds ?? 3
    for (name, text) in Adversarial.shapes(bytes: settings.adversarialMB << 20) {
        let bytes = Array(text.utf8)
        say("adversarial \(name), \(MB(bytes.count)) MB: \(rounds) rounds …")
        _ = Floor.run(bytes: bytes)
        let times = Rounds.alternate(rounds, [
            { _ = Floor.run(bytes: bytes) },
            { _ = FullLint.run(stream: bytes, engine: engine) },
        ])
        rows.append(TimingRow(name: "adversarial: \(name)", files: 1, bytes: bytes.count,
                              floor: times[0], one: times[1], all: nil))
    }
}

say("")
Report.timings(rows, cores: cores)
Report.families(families)

var processes: [ProcessRow] = []
var peers: PeerTimes?
if settings.processes {
    processes = Processes.measure(settings: settings, folders: folders)
    Report.processes(processes)
    peers = PeerTimes.measure(settings: settings)
}
Report.targets(rows, processes, peers: peers, cores: cores, settings: settings)
