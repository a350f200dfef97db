import Foundation
import PlanTestSupport
import Testing

/// The real clients: pytest-lsp (PyPI) and headless Neovim (Debian's neovim), driving the
/// built `planlint lsp`. Skipped locally when a client is missing; on CI (CI=true) a
/// missing client is a failure (.ci/run installs both).
@Suite("planlint lsp with real clients", .serialized)
struct ProtocolTests {
    static let folder = ConsumerTools.repositoryRoot + "/Tests/PlanServerTests/Protocol"

    /// The built executable beside the test bundle.
    static var binary: String? {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let file = candidate.appendingPathComponent("planlint").path
            if FileManager.default.isExecutableFile(atPath: file) { return file }
        }
        return nil
    }

    static let hasPytestLSP = (try? ConsumerTools.run("python3", ["-c", "import pytest_lsp"]).status) == 0
    static let hasNeovim = ConsumerTools.find("nvim") != nil

    func environment(_ binary: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PLANLINT"] = binary
        env["LANG"] = "C"
        return env
    }

    @Test("pytest-lsp: initialize, diagnostics in three encodings, changes, features, shutdown, hostile input",
          .enabled(if: ConsumerTools.isCI || hasPytestLSP))
    func pytestLSP() throws {
        let binary = try #require(Self.binary, "planlint is not built")
        let run = try ConsumerTools.run("python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_planlint_lsp.py"],
                                        in: Self.folder, environment: environment(binary))
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("13 passed"), "\(run.output)")
    }

    @Test("headless Neovim shows the same diagnostics as planlint lint --format json",
          .enabled(if: ConsumerTools.isCI || hasNeovim))
    func neovim() throws {
        let binary = try #require(Self.binary, "planlint is not built")
        #expect(ConsumerTools.find("nvim") != nil, "nvim is not installed (.ci/run installs Debian's neovim)")
        let plans = ConsumerTools.repositoryRoot + "/Plans"
        let files = try FileManager.default.contentsOfDirectory(atPath: plans).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { plans + "/" + $0 }
        let japanese = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-nvim-\(UUID().uuidString)/Plans")
        try FileManager.default.createDirectory(at: japanese, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: japanese.deletingLastPathComponent()) }
        let jp = japanese.appendingPathComponent("jp.yaml").path
        try japanesePlan.write(toFile: jp, atomically: true, encoding: .utf8)
        let run = try ConsumerTools.run("python3", ["nvim_compare.py", jp] + files, in: Self.folder,
                                        environment: environment(binary))
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("\(files.count + 1) files"), "\(run.output)")
        #expect(run.output.contains(", 0 files differ"), "\(run.output)")
    }
}
