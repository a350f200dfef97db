import Foundation
import PlanTestSupport
import Testing

/// action.yml's run step and docs/ci.md's snippets, run as a workflow would run them.
@Suite struct ActionTests {
    /// The `run:` script of action.yml's step with `id: run`.
    static func runStep() throws -> String {
        let script = """
            import sys, yaml
            action = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
            assert action["runs"]["using"] == "composite"
            print(next(s["run"] for s in action["runs"]["steps"] if s.get("id") == "run"), end="")
            """
        let result = try ConsumerTools.run("python3", ["-c", script, repositoryRoot + "/action.yml"])
        try #require(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test(.enabled(if: (Binary.path != nil && ConsumerTools.sarifCheckable) || ConsumerTools.isCI))
    func theActionAnnotatesWritesSarifAndReportsTheStatus() throws {
        let binary = try #require(Binary.path)
        let repo = try CIFormatsEndToEndTests.repository()
        let action = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: action.path + "/.build/release", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: action.path + "/.build/release/planlint", withDestinationPath: binary)
        let runner = try TemporaryFolder()
        let outputFile = try runner.write("output", "")
        let summaryFile = try runner.write("summary.md", "")
        let script = try runner.write("run.sh", try Self.runStep())
        var environment = ProcessInfo.processInfo.environment
        environment.merge([
            "GITHUB_ACTION_PATH": action.path, "GITHUB_OUTPUT": outputFile, "GITHUB_STEP_SUMMARY": summaryFile,
            "RUNNER_TEMP": runner.path, "PLANLINT_PATHS": "Plans", "PLANLINT_FAIL_ON": "error",
            "PLANLINT_MAX_WARNINGS": "", "PLANLINT_BASELINE": "", "PLANLINT_CONFIG": "", "PLANLINT_LANG": "en",
            "PLANLINT_ANNOTATIONS": "true", "PLANLINT_SARIF": "planlint.sarif", "PLANLINT_SUMMARY": "true",
        ]) { $1 }
        let result = try ConsumerTools.run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], in: repo.path, environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("::error file=Plans/08-ibaraki.yaml,line=3,col=26,"))
        #expect(try String(contentsOfFile: outputFile, encoding: .utf8) == "exit-code=1\n")
        #expect(try String(contentsOfFile: summaryFile, encoding: .utf8).hasPrefix("## planlint: ❌ failed"))
        #expect(try ConsumerTools.sarifProblems(file: repo.path + "/planlint.sarif") == nil)

        // With a baseline of today's diagnostics, the same step passes.
        #expect(try Binary.run(["baseline", "Plans", "--output", "planlint-baseline.json"], in: repo.path).status == 0)
        environment["PLANLINT_BASELINE"] = "planlint-baseline.json"
        try "".write(toFile: outputFile, atomically: true, encoding: .utf8)
        let passing = try ConsumerTools.run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], in: repo.path, environment: environment)
        #expect(passing.status == 0, "\(passing.output)")
        #expect(!passing.output.contains("::error"))
        #expect(try String(contentsOfFile: outputFile, encoding: .utf8) == "exit-code=0\n")
    }

    @Test(.enabled(if: ConsumerTools.pythonCheckable))
    func theDocumentedSetupsAreValidYAML() throws {
        let script = """
            import re, sys, yaml
            text = open(sys.argv[1], encoding="utf-8").read()
            blocks = re.findall(r"```ya?ml\\n(.*?)```", text, re.S)
            assert len(blocks) >= 4, len(blocks)
            for b in blocks: yaml.safe_load(b)
            for f in sys.argv[2:]: yaml.safe_load(open(f, encoding="utf-8"))
            print(len(blocks))
            """
        let result = try ConsumerTools.run("python3", ["-c", script, repositoryRoot + "/docs/ci.md",
                                                       repositoryRoot + "/action.yml",
                                                       repositoryRoot + "/.pre-commit-hooks.yaml"])
        #expect(result.status == 0, "\(result.output)")
    }
}
