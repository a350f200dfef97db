import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint

/// Exit statuses by --fail-on, --max-warnings and --quiet (cli.md): waived and baselined
/// diagnostics never count.
@Suite struct ThresholdTests {
    /// One warning (target-approximate) and one info (goal-unsupported), no error.
    static let warningPlan = cleanPlan
        .replacingOccurrences(of: "basis: annual}", with: "basis: annual, comparator: about}")
        .replacingOccurrences(of: "知財活用を促進する。}", with: "知財活用を促進する。}\n      - {id: other, text: 別の目標。}")

    static func run(_ adjust: (inout LintOptions) -> Void = { _ in }) throws -> RunOutcome {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", warningPlan)
        return lint([file], adjust)
    }

    @Test func theSamplePlanHasAWarningAndAnInfo() throws {
        let outcome = try Self.run()
        #expect(outcome.stdout.contains("warning: ") && outcome.stdout.contains("[target-approximate]"))
        #expect(outcome.stdout.contains("info: ") && outcome.stdout.contains("[goal-unsupported]"))
        #expect(outcome.status == 0)
    }

    @Test func failOnLowersTheBar() throws {
        #expect(try Self.run { $0.failOn = .error }.status == 0)
        #expect(try Self.run { $0.failOn = .warning }.status == 1)
        #expect(try Self.run { $0.failOn = .info }.status == 1)
    }

    @Test func maxWarningsCountsWarnings() throws {
        #expect(try Self.run { $0.maxWarnings = 0 }.status == 1)
        #expect(try Self.run { $0.maxWarnings = 1 }.status == 0)
    }

    @Test func quietShowsErrorsOnlyButTheGateIsTheSame() throws {
        let quiet = try Self.run { $0.quiet = true; $0.failOn = .warning }
        #expect(!quiet.stdout.contains("warning: "))
        #expect(quiet.status == 1)
        #expect(try Self.run { $0.quiet = true }.status == 0)
    }

    @Test func waivedDiagnosticsDoNotCount() throws {
        let folder = try TemporaryFolder()
        let waived = Self.warningPlan + "waivers:\n  - {rule: target-approximate, at: seminars, reason: 原文のまま}\n"
        let file = try folder.write("p.yaml", waived)
        let outcome = lint([file]) { $0.failOn = .warning }
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("warning (waived)"))
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func theExecutableExitsWithTheStatus() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.warningPlan)
        #expect(try Binary.run(["p.yaml"], in: folder.path).status == 0)
        #expect(try Binary.run(["--fail-on", "warning", "p.yaml"], in: folder.path).status == 1)
        #expect(try Binary.run(["--max-warnings", "0", "--format", "github", "p.yaml"], in: folder.path).status == 1)
        #expect(try Binary.run(["--fail-on", "fatal", "p.yaml"], in: folder.path).status == 2)
        #expect(try Binary.run(["--format", "json", "--format", "sarif", "p.yaml"], in: folder.path).status == 2)
    }
}
