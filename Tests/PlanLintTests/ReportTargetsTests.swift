import Testing
@testable import PlanLint
import PlanReport
import PlanRules

/// Several reports in one run: `--format FORMAT[:FILE]`, and the `--output` files of
/// earlier releases given to the formats that name no file.
@Suite struct ReportTargetsTests {
    static func t(_ argument: String) -> ReportTarget { ReportTarget(argument: argument)! }

    @Test func formatsNameTheirFiles() {
        #expect(ReportTarget(argument: "sarif") == ReportTarget(format: .sarif))
        #expect(ReportTarget(argument: "sarif:out/a.sarif") == ReportTarget(format: .sarif, output: "out/a.sarif"))
        #expect(ReportTarget(argument: "json:c:weird:name") == ReportTarget(format: .json, output: "c:weird:name"))
        #expect(ReportTarget(argument: "sarif:") == nil)
        #expect(ReportTarget(argument: "yaml:a") == nil)
        #expect(ReportTarget(argument: "") == nil)
    }

    @Test func defaultsToTextOnStandardOutput() throws {
        #expect(try ReportTarget.pairing([], outputs: []) == [ReportTarget(format: .text)])
        #expect(try ReportTarget.pairing([], outputs: ["r.txt"]) == [ReportTarget(format: .text, output: "r.txt")])
    }

    @Test func theOutputsOfEarlierReleasesStillPair() throws {
        // One --format and one --output, in either order on the command line.
        #expect(try ReportTarget.pairing([Self.t("json")], outputs: ["a.json"]) == [Self.t("json:a.json")])
        // One --output per --format: the i-th with the i-th, as the command line's order gave.
        #expect(try ReportTarget.pairing([Self.t("sarif"), Self.t("junit")], outputs: ["a.sarif", "a.xml"])
            == [Self.t("sarif:a.sarif"), Self.t("junit:a.xml")])
        // Formats that name their files take no --output; the one left over does.
        #expect(try ReportTarget.pairing([Self.t("sarif:a.sarif"), Self.t("text")], outputs: ["b.txt"])
            == [Self.t("sarif:a.sarif"), Self.t("text:b.txt")])
        #expect(try ReportTarget.pairing([Self.t("sarif:a.sarif"), Self.t("text")], outputs: [])
            == [Self.t("sarif:a.sarif"), Self.t("text")])
    }

    @Test func whatTheOrderAloneCouldSayIsRefused() {
        // `--format sarif --output a.sarif --format text` and `--format text --format sarif
        // --output a.sarif` parse to the same values: refused, with the spelling to use.
        #expect(throws: SetupError.self) { try ReportTarget.pairing([Self.t("sarif"), Self.t("text")], outputs: ["a.sarif"]) }
        #expect(throws: SetupError.self) { try ReportTarget.pairing([Self.t("json")], outputs: ["a", "b"]) }
        #expect(throws: SetupError.self) { try ReportTarget.pairing([], outputs: ["a", "b"]) }
        #expect(throws: SetupError.self) { try ReportTarget.pairing([Self.t("json:a")], outputs: ["b"]) }
    }

    @Test func onlyOneReportGoesToStandardOutputAndTheRunSaysSo() {
        let outcome = lint([repositoryRoot + "/Plans/08-ibaraki.yaml"]) { $0.format = .json; $0.additionalReports = [ReportTarget(format: .sarif)] }
        #expect(outcome.status == 2)
        #expect(outcome.stderr == ["planlint: error: --format: only one report can go to standard output; give the others a file (--format sarif:FILE)"])
    }
}
