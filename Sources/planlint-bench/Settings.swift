#if canImport(Glibc)
import Glibc
#endif

/// The benchmark's command line: `planlint-bench [options]`.
struct Settings {
    var root = "/tmp/planlint-bench"
    var sizes = [47, 5_000, 50_000]
    var streamMB = 50
    /// The size of each adversarial file (`Adversarial`); 0 skips them.
    var adversarialMB = 2
    var rounds: Int?
    var plans = "Plans"
    var processes = true
    /// `--quick`: fewer and smaller runs.
    var quick = false
    /// The rule-family rows (each family off in turn on the 5,000 plans).
    var families = true
    /// `--probe-stream FILE BYTES`: an internal mode run as a child to measure peak memory.
    var probe: (path: String, bytes: Int)?
    /// `--measure-child OUT -- COMMAND…`: run COMMAND from this small, fresh process and
    /// write its time and peak RSS to OUT. (A child spawned straight from the benchmark
    /// would inherit the benchmark's own peak RSS: Linux records the old memory's high-water
    /// mark at exec.)
    var measure: (out: String, command: [String])?

    static let usage = """
    usage: planlint-bench [--quick] [--rounds N] [--sizes 47,5000,50000] [--stream-mb 50]
                          [--adversarial-mb 2] [--corpus DIR] [--plans DIR] [--no-processes]
                          [--no-families]
      --quick         47 and 5,000 plans, a 10 MB stream and 1 MB adversarial files, fewer rounds
      --adversarial-mb N  size of each hostile shape (quotes, broken links, a million
                      mistakes) timed against the floor; 0 skips them
      --rounds N      timed rounds per corpus (default: 21 / 7 / 3 by size)
      --corpus DIR    where the synthetic corpora are written (default /tmp/planlint-bench)
      --plans DIR     the real plans, timed as a process (default Plans)
      --no-processes  skip the child-process runs (start-up, end to end, peak memory)
      --no-families   skip the rule-family rows (the 5,000-plan lint with each family off)
    """

    static func parse(_ args: [String]) -> Settings {
        var s = Settings()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--quick": s.quick = true; s.sizes = [47, 5_000]; s.streamMB = 10; s.adversarialMB = 1
            case "--rounds": s.rounds = number(value())
            case "--sizes": s.sizes = value().split(separator: ",").map { number(String($0)) }
            case "--stream-mb": s.streamMB = number(value())
            case "--adversarial-mb": s.adversarialMB = number(value())
            case "--corpus": s.root = value()
            case "--plans": s.plans = value()
            case "--no-processes": s.processes = false
            case "--no-families": s.families = false
            case "--probe-stream": s.probe = (value(), number(value()))
            case "--measure-child":
                let out = value()
                guard i + 2 < args.count, args[i + 1] == "--" else { fail("--measure-child OUT -- COMMAND") }
                s.measure = (out, Array(args[(i + 2)...]))
                i = args.count
                continue
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument \(args[i])")
            }
            i += 1
        }
        return s
    }

    func rounds(forFiles count: Int) -> Int {
        rounds ?? (count < 1_000 ? 21 : count < 20_000 ? 7 : 3)
    }
}

func fail(_ message: String) -> Never {
    print("planlint-bench: \(message)\n\(Settings.usage)")
    exit(2)
}

func number(_ text: String) -> Int {
    guard let n = Int(text), n >= 0 else { fail("'\(text)' is not a number") }
    return n
}

/// Prints a line at once (standard output may be a pipe to `tee`).
func say(_ line: String = "") {
    print(line)
    fflush(nil)
}
