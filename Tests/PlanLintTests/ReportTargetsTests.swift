import Testing
@testable import PlanLint
import PlanReport
import PlanRules

/// Several reports in one run: each --output goes with the --format before it.
@Suite struct ReportTargetsTests {
    static func pair(_ arguments: [String]) throws -> [ReportTarget] {
        var formats: [ReportFormat] = [], outputs: [String] = []
        for event in ReportTargets.order(in: arguments) {
            switch event {
            case .format(let f): formats.append(ReportFormat(rawValue: f)!)
            case .output(let o): outputs.append(o)
            }
        }
        return try ReportTargets.pair(formats: formats, outputs: outputs, arguments: arguments)
    }

    @Test func defaultsToTextOnStandardOutput() throws {
        #expect(try Self.pair(["Plans"]) == [ReportTarget(format: .text)])
        #expect(try Self.pair(["--output", "r.txt"]) == [ReportTarget(format: .text, output: "r.txt")])
    }

    @Test func outputFollowsItsFormat() throws {
        #expect(try Self.pair(["--format", "sarif", "--output", "a.sarif", "--format", "text"])
            == [ReportTarget(format: .sarif, output: "a.sarif"), ReportTarget(format: .text)])
        #expect(try Self.pair(["--format", "text", "--format=sarif", "--output=a.sarif", "Plans"])
            == [ReportTarget(format: .text), ReportTarget(format: .sarif, output: "a.sarif")])
        #expect(try Self.pair(["--output", "a.json", "--format", "json"]) == [ReportTarget(format: .json, output: "a.json")])
    }

    @Test func nothingAfterTheTerminatorIsAnOption() throws {
        #expect(try Self.pair(["--format", "json", "--", "--output"]) == [ReportTarget(format: .json)])
    }

    @Test func ambiguousCombinationsAreRefused() {
        #expect(throws: SetupError.self) { try Self.pair(["--format", "json", "--format", "sarif"]) }
        #expect(throws: SetupError.self) { try Self.pair(["--format", "json", "--output", "a", "--output", "b"]) }
        #expect(throws: SetupError.self) { try Self.pair(["--output", "a", "--output", "b"]) }
        #expect(throws: SetupError.self) {
            try Self.pair(["--format", "json", "--output", "a", "--format", "sarif", "--output", "a"])
        }
    }

    @Test func withoutTheCommandLineTheyPairInOrder() throws {
        #expect(try ReportTargets.pair(formats: [.sarif, .text], outputs: ["a.sarif"], arguments: [])
            == [ReportTarget(format: .sarif, output: "a.sarif"), ReportTarget(format: .text)])
    }
}
