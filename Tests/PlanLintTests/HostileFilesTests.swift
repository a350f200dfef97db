import Foundation
import PlanRules
import Testing
@testable import PlanLint

/// Broken and hostile files and paths: the run goes on, never hangs, never crashes.
@Suite("Hostile files and paths")
struct HostileFilesTests {
    @Test("a FIFO named like a plan in a folder is skipped with a note, never opened; named, it is exit 2")
    func fifo() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.yaml", cleanPlan)
        #expect(mkfifo(folder.path + "/pipe.yaml", 0o644) == 0)
        let outcome = lint([folder.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.joined().contains("pipe.yaml: skipped: a FIFO"))
        // Named on the command line, it was "0 files … passed" with exit 0.
        let direct = lint([folder.path + "/pipe.yaml"])
        #expect(direct.status == 2)
        #expect(direct.stderr.joined().contains("pipe.yaml: cannot be linted: a FIFO"))
    }

    @Test("a symbolic-link loop terminates")
    func linkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("plans/good.yaml", cleanPlan)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/plans/loop", withDestinationPath: "..")
        let outcome = lint([folder.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("1 file:"))
        #expect(outcome.stderr.joined().contains("already searched"))
    }

    @Test("a file that cannot be read is a diagnostic, and the other files are still linted")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.yaml", cleanPlan)
        try FileManager.default.createDirectory(atPath: folder.path + "/odd", withIntermediateDirectories: true)
        let engine = Engine(catalogue: Catalogue.shipped(), today: ExampleRunner.exampleDate)
        let results = [good, folder.path + "/odd"].map { LintQueue.lintOne($0, engine: engine) }
        #expect(results[0].diagnostics.isEmpty)
        #expect(results[1].diagnostics.map(\.rule) == ["yaml-syntax"])
        #expect(results[1].diagnostics.first?.message.contains("not a regular file") == true)
    }

    @Test("empty, comment-only, scalar and list documents get schema diagnostics",
          arguments: ["", "# nothing but a comment\n", "just a scalar\n", "- a\n- b\n"])
    func odd(_ text: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", text)
        let outcome = lint([file]) { $0.format = .json }
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\"category\": \"schema\""))
    }

    @Test("a huge number is a diagnostic, not an overflow")
    func hugeNumber() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan.replacingOccurrences(of: "value: 6", with: "value: 99999999999999999999"))
        let outcome = lint([file])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("[schema-type]"))
    }

    @Test("lint never writes to a plan, and a failed --output leaves no partial file")
    func neverWrites() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let before = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        _ = lint([file]) { $0.format = .sarif }
        let after = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        #expect(before == after)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == cleanPlan)
        let outcome = lint([file]) { $0.output = folder.path + "/missing-folder/report.txt" }
        #expect(outcome.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.yaml"])
    }
}

@Suite("Configurable limits")
struct ConfigurableLimitsTests {
    @Test("planlint.yaml limits apply, with a yaml-limit diagnostic naming the limit")
    func limits() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("plans/p.yaml", cleanPlan)
        #expect(lint([file]).status == 0)
        let small = try folder.write("small.yaml", "limits: {max-bytes: 100}\n")
        let outcome = lint([file]) { $0.configPath = small }
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("[yaml-limit]"))
        let shallow = try folder.write("shallow.yaml", "limits: {max-depth: 2}\n")
        #expect(lint([file]) { $0.configPath = shallow }.stdout.contains("[yaml-limit]"))
        let bad = try folder.write("bad.yaml", "limits: {max-depht: 2}\n")
        let error = lint([file]) { $0.configPath = bad }
        #expect(error.status == 2)
        #expect(error.stderr.joined().contains("unknown key 'max-depht'; did you mean 'max-depth'?"))
    }
}
