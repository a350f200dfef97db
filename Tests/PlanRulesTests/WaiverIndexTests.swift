@testable import PlanModel
import PlanYAML
import Testing
@testable import PlanRules

/// `Waivers.FindingIndex` answers which findings a waiver matches from lookup tables, and
/// indexes only the rules some waiver names; it must agree with the plain rule
/// (`Waivers.matches`) on every waiver.
@Suite("Waiver index")
struct WaiverIndexTests {
    static let subjects: [String?] = [nil, "kpi", "kpi/t1", "kpi/#2", "vision/goal", "other/t1", "kpi/t1/x", ""]
    static let ats: [String?] = [nil, "kpi", "t1", "kpi/t1", "#2", "goal", "vision/goal", "x", "t1/x", "nope", ""]

    @Test("the index matches exactly the findings the plain rule matches, for every rule and at")
    func indexAgreesWithTheRule() {
        var findings: [Finding] = []
        for rule in ["rule-a", "rule-b", "rule-c"] {
            for subject in Self.subjects {
                findings.append(Finding(rule: rule, message: "default", arguments: [:],
                                        source: Source(pointer: "", range: SourceRange(at: .start)),
                                        subject: subject))
            }
        }
        // rule-c is named by no waiver, so it is not indexed and must match nothing.
        let index = Waivers.FindingIndex(findings, rules: ["rule-a", "rule-b"])
        for rule in ["rule-a", "rule-b"] {
            for at in Self.ats {
                let expected = findings.indices.filter {
                    findings[$0].rule == rule && Waivers.matches(at, findings[$0].subject)
                }
                #expect(index.matches(rule: rule, at: at) == expected, "\(rule) at \(at ?? "nil")")
            }
        }
        #expect(index.matches(rule: "rule-c", at: nil).isEmpty)
    }
}
