import Foundation
import PlanRules
import PlanTestSupport
import Testing
@testable import PlanLint

/// Which files a run lints (issue #12, items 8–10): never a silent pass, each file once,
/// and a configuration file that is there but cannot be read is an error.
@Suite("Choosing the files")
struct FileSelectionTests {
    @Test("a device, a FIFO or /dev/stdin named on the command line is exit 2, not '0 files … passed'",
          arguments: ["/dev/zero", "/dev/null", "/dev/stdin"])
    func namedNonRegular(_ path: String) throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.yaml", cleanPlan)
        let outcome = lint([good, path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        let err = outcome.stderr.joined()
        #expect(err.contains("\(path): cannot be linted:") || err.contains("\(path): no such file"), "\(err)")
        let ja = lint([path]) { $0.language = .ja }
        #expect(ja.status == 2)
        #expect(ja.stderr.joined().contains("計画ファイルとして読めません") || ja.stderr.joined().contains("ありません"))
    }

    @Test("a folder with no plan in it is exit 2; one whose YAML files are all excluded passes with a note")
    func noPlans() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty/README.md", "no plans here\n")
        let outcome = lint([folder.path + "/empty"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("no plan files"))
        try folder.write("other/planlint.yaml", "exclude: [\"*.yaml\"]\n")
        try folder.write("other/ci.yaml", "stages: [test]\n")
        let excluded = lint([folder.path + "/other"])
        #expect(excluded.status == 0)
        #expect(excluded.stderr.joined().contains("1 YAML file was left out"))
    }

    @Test("a folder that cannot be listed is exit 2 (the listing made to fail, as root can list any folder)")
    func unlistableInjected() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.yaml", cleanPlan)
        try folder.write("locked/hidden.yaml", cleanPlan)
        var selection = FileSelection()
        selection.list = { path in
            FileSystem.display(path).hasSuffix("/locked") ? .failure(ListError(reason: "Permission denied"))
                : FileSystem.list(bytes: path)
        }
        var finder = ConfigurationFinder()
        #expect {
            try PlanFiles.discover([folder.path], selection, finder: &finder)
        } throws: { error in
            "\(error)" == "\(folder.path)/locked: cannot list the folder: Permission denied"
        }
    }

    @Test("a folder an ordinary user cannot list is exit 2 for that user (the built binary, run as nobody)")
    func unlistableAsOrdinaryUser() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.yaml", cleanPlan)
        try folder.write("locked/hidden.yaml", cleanPlan)
        #expect(chmod(folder.path + "/locked", 0o700) == 0)
        if getuid() != 0 {
            #expect(chmod(folder.path + "/locked", 0o000) == 0)
            defer { chmod(folder.path + "/locked", 0o700) }
            let outcome = lint([folder.path])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.joined().contains("locked: cannot list the folder"))
            return
        }
        // As root (CI), run the executable as nobody: the folder is root's, mode 0700.
        guard let binary = Binary.path, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            Issue.record("needs the built planlint and setpriv (util-linux) to run as an ordinary user")
            return
        }
        // A copy in the test's folder, so that nobody can run it wherever the build is
        // (a clone under /root is closed to other users); the catalogue is compiled in.
        let copy = folder.path + "/planlint"
        try FileManager.default.copyItem(atPath: binary, toPath: copy)
        #expect(chmod(folder.path, 0o755) == 0 && chmod(copy, 0o755) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy, "lint", folder.path]
        process.environment = ["LANG": "C"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(text)")
        #expect(text.contains("/locked: cannot list the folder: Permission denied"), "\(text)")
    }

    @Test("a file whose name is not UTF-8 (Shift_JIS) is linted by its bytes and shown with \\xNN; *.YAML is linted")
    func nonUTF8Name() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.yaml", cleanPlan)
        try folder.write("UPPER.YAML", cleanPlan.replacingOccurrences(of: "value: 6", with: "value: \"6\""))
        // テスト in Shift_JIS: 83 65 83 58 83 67.
        let name: [UInt8] = Array((folder.path + "/").utf8) + [0x83, 0x65, 0x83, 0x58, 0x83, 0x67] + Array(".yml".utf8)
        let bad = cleanPlan.replacingOccurrences(of: "value: 6", with: "value: 6x")
        let fd = FileSystem.withCPath(name) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(fd >= 0)
        _ = Array(bad.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let outcome = lint([folder.path]) { $0.format = .json }
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\(folder.path)/\\\\x83e\\\\x83X\\\\x83g.yml"), "\(outcome.stdout.prefix(400))")
        #expect(outcome.stdout.contains("UPPER.YAML"))
        #expect(!outcome.stderr.joined().contains("broken symbolic link"))
        let text = lint([folder.path])
        #expect(text.stdout.contains("3 files:"))
        #expect(text.stdout.contains("\\x83e\\x83X\\x83g.yml:"))
        // Named on the command line (Swift repairs such an argument to U+FFFD: it was "no
        // such file"). Foundation's Process takes Strings only, so sh passes the bytes.
        if let binary = Binary.path {
            let named = try Binary.run(["-c", "exec \"$0\" lint \"$(printf '\\203e\\203X\\203g.yml')\"", binary],
                                       in: folder.path, executable: "/bin/sh")
            #expect(named.status == 1, "\(named.err)")
            #expect(named.out.contains("\\x83e\\x83X\\x83g.yml:8:"), "\(named.out)")
            #expect(named.out.contains("1 file:"))
        } else {
            #expect(!ConsumerTools.isCI, "planlint is not built")
        }
    }

    @Test("a file reached twice (a folder and its file, ./, a hard link) is linted once")
    func overlapping() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.write("Plans/08-ibaraki.yaml", cleanPlan.replacingOccurrences(of: "value: 6", with: "value: \"6\""))
        try FileManager.default.linkItem(atPath: plan, toPath: folder.path + "/Plans/copy.yml")
        let outcome = lint([folder.path, plan, folder.path + "/./Plans/08-ibaraki.yaml", folder.path + "/Plans"]) { $0.format = .json }
        #expect(outcome.status == 1)
        #expect(outcome.stdout.components(separatedBy: "\"path\"").count - 1 == 1)
        #expect(lint([folder.path, plan]).stdout.contains("1 file: 1 error"))
        let ran = try Binary.run(["lint", ".", "Plans/08-ibaraki.yaml"], in: folder.path)
        #expect(ran.status == 1)
        #expect(ran.out.contains("1 file: 1 error"), "\(ran.out)")
    }

    @Test("planlint.yaml that is a folder, a FIFO or a link to /dev/zero is exit 2 naming it", arguments: ["folder", "fifo", "zero"])
    func configNotAFile(_ kind: String) throws {
        let folder = try TemporaryFolder()
        let plan = try folder.write("plans/p.yaml", cleanPlan)
        let config = folder.path + "/planlint.yaml"
        switch kind {
        case "folder": try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: false)
        case "fifo": #expect(mkfifo(config, 0o644) == 0)
        default: try FileManager.default.createSymbolicLink(atPath: config, withDestinationPath: "/dev/zero")
        }
        let outcome = lint([plan])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("\(config): the configuration file is"), "\(outcome.stderr)")
    }

    @Test("--config \"\" is exit 2, not the defaults")
    func emptyConfigPath() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.write("p.yaml", cleanPlan)
        let outcome = lint([plan]) { $0.configPath = "" }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("--config: the configuration path is empty"))
        #expect(try Binary.run(["lint", "--config", "", "p.yaml"], in: folder.path).status == 2)
    }

    @Test("limits out of range say what is wrong", arguments: [
        ("max-bytes: 0", "/limits/max-bytes: expected a whole number of at least 1, found 0"),
        ("max-depth: -3", "/limits/max-depth: expected a whole number of at least 1, found -3"),
        ("max-depth: 9223372036854775807", "/limits/max-depth: the number 9223372036854775807 is too large"),
    ])
    func limitMessages(_ line: String, _ message: String) throws {
        let folder = try TemporaryFolder()
        let plan = try folder.write("p.yaml", cleanPlan)
        let config = try folder.write("c.yaml", "limits:\n  \(line)\n")
        let outcome = lint([plan]) { $0.configPath = config }
        #expect(outcome.status == 2)
        #expect(outcome.stderr == ["planlint: error: \(config):2:14: \(message)"])
    }
}
