import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint
import PlanReport
import PlanRules

/// Issue #12, items 1–5: a run never writes over what it reads, never two reports to one
/// file, never replaces a device or a link, creates its temporary files safely and
/// removes them on a signal, and never passes when standard output could not be written.
@Suite struct OutputSafetyTests {
    /// A folder with a plan, planlint.yaml, a baseline and a rule directory.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("Plans/p.yaml", cleanPlan)
        try folder.write("planlint.yaml", "baseline: base.json\nrule-directories: [rules]\n")
        try folder.write("base.json", #"{"planlint-baseline": 1, "entries": []}"# + "\n")
        // A rule directory holding a copy of a shipped rule.
        try folder.write("rules/period-window.yaml",
                         try String(contentsOfFile: repositoryRoot + "/Rules/period-window.yaml", encoding: .utf8))
        return folder
    }

    static func contents(_ folder: TemporaryFolder) throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() {
            var isFolder: ObjCBool = false
            let path = folder.path + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                out[name] = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
            }
        }
        return out
    }

    @Test("an output that is a plan, the configuration, the baseline or a rule file is refused, whatever its spelling")
    func neverOverAnInput() throws {
        let folder = try Self.repository()
        let p = folder.path
        try FileManager.default.createSymbolicLink(atPath: p + "/link.json", withDestinationPath: "Plans/p.yaml")
        try FileManager.default.linkItem(atPath: p + "/planlint.yaml", toPath: p + "/hard.json")
        let before = try Self.contents(folder)
        let cases: [(String, String)] = [
            (p + "/Plans/p.yaml", "plan"), (p + "/Plans/../Plans/./p.yaml", "plan"), (p + "/link.json", "plan"),
            (p + "/planlint.yaml", "configuration"), (p + "/hard.json", "configuration"),
            (p + "/base.json", "baseline"), (p + "/rules/period-window.yaml", "rule file"),
        ]
        for (output, role) in cases {
            for format in [ReportFormat.text, .json] {
                let outcome = lint([p + "/Plans"]) { $0.format = format; $0.output = output }
                #expect(outcome.status == 2, "\(output)")
                #expect(outcome.stderr.count == 1 && outcome.stderr[0].contains("refusing to write a report over the \(role)"),
                        "\(output): \(outcome.stderr)")
                #expect(outcome.stdout == "")
            }
        }
        #expect(try Self.contents(folder) == before)
        // The baseline command never writes its file over a plan either.
        let baseline = Baselines.run({ var o = LintOptions(); o.paths = [p + "/Plans"]; return o }(),
                                     output: p + "/link.json", prune: false)
        #expect(baseline.status == 2)
        #expect(baseline.stderr.joined().contains("refusing to write the baseline over the plan"))
        #expect(try Self.contents(folder) == before)
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func theCommandLineRefusesToOverwriteThePlan() throws {
        let folder = try Self.repository()
        let run = try Binary.run(["lint", "Plans/p.yaml", "--output", "Plans/p.yaml"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.err == "planlint: error: Plans/p.yaml: refusing to write a report over the plan Plans/p.yaml\n")
        #expect(try String(contentsOfFile: folder.path + "/Plans/p.yaml", encoding: .utf8) == cleanPlan)
    }

    @Test("two reports to one file, however spelled, are refused before anything is written")
    func twoReportsToOneFile() throws {
        let folder = try Self.repository()
        let p = folder.path
        try FileManager.default.createSymbolicLink(atPath: p + "/alias.json", withDestinationPath: "a.json")
        for second in [p + "/./a.json", p + "/Plans/../a.json", p + "/alias.json"] {
            let outcome = lint([p + "/Plans"]) {
                $0.format = .json
                $0.output = p + "/a.json"
                $0.additionalReports = [ReportTarget(format: .sarif, output: second)]
            }
            #expect(outcome.status == 2)
            #expect(outcome.stderr.joined().contains("two reports cannot be written to the same file"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: p + "/a.json"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: p).sorted()
            == ["Plans", "alias.json", "base.json", "planlint.yaml", "rules"])
    }

    @Test("a character device is written, not replaced; a symbolic link's file is replaced, not the link")
    func devicesAndLinks() throws {
        let folder = try Self.repository()
        let p = folder.path
        for format in ReportFormat.allCases {
            let outcome = lint([p + "/Plans"]) { $0.format = format; $0.output = "/dev/null" }
            #expect(outcome.status == 0, "\(format): \(outcome.stderr)")
        }
        var st = stat()
        #expect(lstat("/dev/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
        try FileManager.default.createDirectory(atPath: p + "/out", withIntermediateDirectories: true)
        try "old".write(toFile: p + "/out/real.json", atomically: true, encoding: .utf8)
        #expect(chmod(p + "/out/real.json", 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: p + "/report.json", withDestinationPath: "out/real.json")
        #expect(lint([p + "/Plans"]) { $0.format = .json; $0.output = p + "/report.json" }.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: p + "/report.json") == "out/real.json")
        #expect(try String(contentsOfFile: p + "/out/real.json", encoding: .utf8).hasPrefix("{"))
        // The replaced file keeps its permission bits; nothing else is left in the folder.
        #expect(stat(p + "/out/real.json", &st) == 0 && st.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: p + "/out") == ["real.json"])
        // A dangling link: the file it names is created.
        try FileManager.default.createSymbolicLink(atPath: p + "/new.txt", withDestinationPath: "out/new.txt")
        #expect(lint([p + "/Plans"]) { $0.output = p + "/new.txt" }.status == 0)
        #expect(try String(contentsOfFile: p + "/out/new.txt", encoding: .utf8).contains("passed"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: p + "/new.txt") == "out/new.txt")
    }

    @Test("a FIFO is written directly")
    func fifo() throws {
        let folder = try Self.repository()
        let pipe = folder.path + "/report.pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader first, so that opening the FIFO for writing does not wait.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let outcome = lint([folder.path + "/Plans"]) { $0.format = .json; $0.output = pipe }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(reader, &buffer, buffer.count)
        #expect(n > 0 && String(decoding: buffer[0..<max(n, 0)], as: UTF8.self).hasPrefix("{"))
        var st = stat()
        #expect(lstat(pipe, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("temporary files are created exclusively, under names no one can guess, with the file's mode or 0644")
    func temporaryFiles() throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/r.txt"
        let (a, fa, sa) = try AtomicFile.createTemporary(beside: target, mode: nil)
        let (b, fb, sb) = try AtomicFile.createTemporary(beside: target, mode: 0o600)
        defer { close(fa); close(fb); SignalCleanup.unregister(sa); SignalCleanup.unregister(sb) }
        // Each is registered for removal on a signal from before it exists.
        #expect(sa != nil && sb != nil)
        #expect(a != b && a.hasPrefix(target + ".planlint-") && a.hasSuffix(".tmp"))
        #expect(!a.contains(String(getpid())))
        var st = stat()
        let mask = umask(0o022); umask(mask)
        #expect(stat(a, &st) == 0 && st.st_mode & 0o777 == 0o644 & ~mask)
        #expect(stat(b, &st) == 0 && st.st_mode & 0o777 == 0o600)
        // A link planted where the report goes is followed to its file, never written through
        // as a temporary file: O_EXCL | O_NOFOLLOW refuse an existing name, links included.
        let planted = folder.path + "/planted"
        #expect(symlink(folder.path + "/victim", planted) == 0)
        let fd = open(planted, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        #expect(fd == -1 && errno == EEXIST)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/victim"))
    }

    @Test(.enabled(if: (Binary.path != nil && ConsumerTools.hasPython) || ConsumerTools.isCI))
    func aSignalRemovesTheTemporaryFile() throws {
        let binary = try #require(Binary.path)
        let python = try #require(ConsumerTools.find("python3"))
        let folder = try Self.repository()
        // The second report goes to a FIFO no one reads: opening it waits, with the first
        // report's temporary file already created.
        #expect(mkfifo(folder.path + "/stuck.pipe", 0o600) == 0)
        // The test runner's threads block signals, and a child inherits that: start
        // planlint as a shell would, with no signal blocked or ignored.
        let exec = "import os, signal, sys\n"
            + "signal.pthread_sigmask(signal.SIG_SETMASK, [])\n"
            + "for s in (signal.SIGINT, signal.SIGTERM): signal.signal(s, signal.SIG_DFL)\n"
            + "os.execv(sys.argv[1], sys.argv[1:])\n"
        for signal in [SIGTERM, SIGINT] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", exec, binary, "lint", "Plans", "--format", "json:a.json", "--format", "text:stuck.pipe"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            try process.run()
            var temporary: [String] = []
            for _ in 0..<500 where temporary.isEmpty {
                usleep(10_000)
                temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            }
            #expect(temporary.count == 1, "no temporary file appeared")
            kill(process.processIdentifier, signal)
            for _ in 0..<500 where process.isRunning { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/a.json"))
        }
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func aFailedWriteToStandardOutputIsExitTwo() throws {
        let binary = try #require(Binary.path)
        let folder = try Self.repository()
        for (redirect, problem) in [("> /dev/full", "No space left on device"), (">&-", "Bad file descriptor")] {
            // The 47 plans' SARIF is larger than the 64 KB buffer: it fails while the files stream.
            for arguments in ["lint Plans", "lint Plans --format json", "lint '\(repositoryRoot)/Plans' --format sarif",
                              "rules", "explain period-window"] {
                let run = try ConsumerTools.run("bash", ["-c", "'\(binary)' \(arguments) \(redirect)"], in: folder.path)
                #expect(run.status == 2, "\(arguments) \(redirect)")
                #expect(run.output == "planlint: error: cannot write standard output: \(problem)\n", "\(arguments) \(redirect)")
            }
        }
        // A report to a file needs no standard output: a closed one does not matter.
        let run = try ConsumerTools.run("bash", ["-c", "'\(binary)' lint Plans --format json:r.json >&-"], in: folder.path)
        #expect(run.status == 0, "\(run.output)")
        #expect(try String(contentsOfFile: folder.path + "/r.json", encoding: .utf8).hasPrefix("{"))
    }
}

/// Issue #12, item 16: the small command-line items.
@Suite struct SmallCommandLineTests {
    static func plan() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: "value: 6,", with: "value: 6x,"))
        return (folder, file)
    }

    @Test func noColorAndDumbTerminalsGetExcerptsWithoutColour() throws {
        let (folder, file) = try Self.plan()
        defer { withExtendedLifetime(folder) {} }
        let coloured = lint([file]) { $0.stdoutIsTerminal = true }
        #expect(coloured.stdout.contains("\u{1B}["))
        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = lint([file]) { $0.stdoutIsTerminal = true; $0.environment = environment }
            #expect(!plain.stdout.contains("\u{1B}["), "\(environment)")
            #expect(plain.stdout.contains(" | "), "\(environment): excerpts stay")
            // --color always still colours.
            #expect(lint([file]) { $0.color = .always; $0.environment = environment }.stdout.contains("\u{1B}["))
        }
        #expect(lint([file]) { $0.stdoutIsTerminal = true; $0.environment = ["NO_COLOR": ""] }.stdout.contains("\u{1B}["))
    }

    @Test func theSummarySaysWhenMaxWarningsFailedTheRun() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", ThresholdTests.warningPlan)
        let en = lint([file]) { $0.maxWarnings = 0 }
        #expect(en.status == 1)
        #expect(en.stdout.hasSuffix("1 file: 0 errors, 1 warning, 1 info — failed (more warnings than --max-warnings 0)\n"))
        let ja = lint([file]) { $0.maxWarnings = 0; $0.language = .ja }
        #expect(ja.stdout.hasSuffix("1ファイル: エラー0件、警告1件、情報1件 — 不合格（警告が --max-warnings の0件を超えています）\n"))
        // With the report in a file, the line on standard error says it too.
        let toFile = lint([file]) { $0.maxWarnings = 0; $0.format = .json; $0.output = folder.path + "/r.json" }
        #expect(toFile.stderr.last?.hasSuffix("— failed (more warnings than --max-warnings 0)") == true)
        #expect(lint([file]) { $0.maxWarnings = 1 }.stdout.hasSuffix("— passed\n"))
    }

    @Test func sarifNamesTheLanguageOfItsMessages() throws {
        let (folder, file) = try Self.plan()
        defer { withExtendedLifetime(folder) {} }
        for language in [Language.ja, Language.en] {
            let sarif = lint([file]) { $0.format = .sarif; $0.language = language }.stdout
            let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
            let run = (log?["runs"] as? [[String: Any]])?.first
            #expect(run?["language"] as? String == language.rawValue)
        }
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func aPathThatLooksLikeAnOptionIsExplained() throws {
        let folder = try TemporaryFolder()
        try folder.write("-h.yaml", cleanPlan)
        let run = try Binary.run(["lint", "-h.yaml"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.out == "")
        #expect(run.err.contains("'-h.yaml' reads as options, not a path") && run.err.contains("planlint lint -- -h.yaml"))
        #expect(try Binary.run(["lint", "--", "-h.yaml"], in: folder.path).status == 0)
        #expect(try Binary.run(["lint", "./-h.yaml"], in: folder.path).status == 0)
    }
}
