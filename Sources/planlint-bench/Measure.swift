import CYAML
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time and process measurements.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds taken by `body`.
    static func time(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}

extension Array where Element == Double {
    var median: Double {
        let s = sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// A child process run to completion with its output sent to /dev/null.
struct ChildRun {
    var seconds: Double
    /// Peak resident set size of the child, in bytes (from wait4's rusage).
    var peakRSS: Int
    var status: Int32
    /// User plus system CPU time of the child (from wait4's rusage): on a shared machine it
    /// moves less with the load than the wall time does.
    var cpu = 0.0

    static func run(_ argv: [String]) -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid = pid_t()
        let start = Clock.now()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        precondition(spawned == 0, "cannot run \(argv[0]): error \(spawned)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Clock.now() - start
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ChildRun(seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF, cpu: cpu)
    }
}

extension ChildRun {
    /// Runs `argv` through a fresh `planlint-bench --measure-child`, so that the peak RSS
    /// is the command's own and not this (large) process's.
    static func measured(_ argv: [String], scratch: String) -> ChildRun {
        let out = scratch + "/.child-\(getpid())"
        let helper = run([SelfPath.executable, "--measure-child", out, "--"] + argv)
        precondition(helper.status == 0, "the measuring helper failed for \(argv.joined(separator: " "))")
        let fields = (Files.readText(out) ?? "").split(separator: " ")
        unlink(out)
        guard fields.count == 3, let s = Double(fields[0]), let rss = Int(fields[1]), let status = Int32(fields[2]) else {
            fail("no measurement for \(argv.joined(separator: " "))")
        }
        return ChildRun(seconds: s, peakRSS: rss, status: status)
    }
}

/// Where this executable lives, so that the `planlint` built beside it can be run.
enum SelfPath {
    static var executable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "planlint-bench"
    }

    static var directory: String {
        let path = executable
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}

/// Facts about the machine, for the table's header.
enum Machine {
    static var cores: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    static var cpuModel: String {
        guard let text = Files.readText("/proc/cpuinfo") else { return "unknown CPU" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingSpaces } ?? "unknown CPU"
        }
        return "unknown CPU"
    }

    static var memory: String {
        guard let text = Files.readText("/proc/meminfo"),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemTotal") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "?" }
        return "\(kb / 1_048_576) GB"
    }

    static var kernel: String {
        var u = utsname()
        uname(&u)
        return withUnsafePointer(to: u.release) { $0.withMemoryRebound(to: CChar.self, capacity: 65) { String(cString: $0) } }
    }

    static var libyaml: String { String(cString: yaml_get_version_string()) }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
