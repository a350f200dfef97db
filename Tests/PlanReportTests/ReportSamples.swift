@testable import PlanRules
import PlanReport

/// Small hand-made runs for the reporters' golden tests.
enum ReportSamples {
    static func rule(_ id: String, _ category: RuleCategory, _ severity: Severity, title: String) -> RuleSpec {
        let text = LocalizedText(ja: "\(title)（日本語）", en: title)
        return RuleSpec(id: id, category: category, severity: severity, title: text,
                        what: LocalizedText(ja: "何を確かめるか。", en: "What \(id) checks."),
                        why: LocalizedText(ja: "なぜ問題か。", en: "Why it matters."),
                        fix: LocalizedText(ja: "直し方。", en: "How to fix it."),
                        messages: ["default": text], params: [:], passExamples: [], failExamples: [],
                        origin: "Rules/\(id).yaml")
    }

    static let rules = [
        rule("schema-type", .schema, .error, title: "Value of the wrong type"),
        rule("period-window", .period, .error, title: "KPI period does not cover the plan window"),
        rule("target-approximate", .measurability, .warning, title: "Target is only approximate"),
        rule("goal-unsupported", .alignment, .info, title: "Goal that no KPI supports"),
    ]

    static func diagnostic(_ file: String, _ line: Int, _ column: Int, _ rule: String, _ category: RuleCategory,
                           _ severity: Severity, _ message: String, pointer: String,
                           end: (Int, Int)? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, endLine: end?.0 ?? line, endColumn: end?.1 ?? column + 4,
                   rule: rule, category: category, severity: severity, message: message, pointer: pointer)
    }

    /// Two plans: Ibaraki with an error, a warning (with characters that need escaping), a
    /// waived error and a baselined info; Tokyo clean.
    static func files() -> [FileResult] {
        let ibaraki = "Plans/08-ibaraki.yaml"
        var waived = diagnostic(ibaraki, 20, 7, "period-window", .period, .error, "waived period", pointer: "/kpis/1")
        waived.waived = true
        waived.waiverReason = "改定予定"
        var baselined = diagnostic(ibaraki, 30, 9, "goal-unsupported", .alignment, .info, "goal 'g' is not supported",
                                   pointer: "/visions/0/goals/1")
        baselined.baselined = true
        let a = FileResult(path: ibaraki, prefecture: 8,
                           rulesRun: ["goal-unsupported", "period-window", "schema-type", "target-approximate"],
                           diagnostics: [
                               diagnostic(ibaraki, 5, 1, "period-window", .period, .error,
                                          "KPI period (2020–2021) does not include 2022", pointer: "/period", end: (7, 1)),
                               diagnostic(ibaraki, 12, 17, "target-approximate", .measurability, .warning,
                                          "target 'a, b: 50%' is about\n3 <times> & more", pointer: "/kpis/0/targets/0/comparator",
                                          end: (12, 22)),
                               waived, baselined,
                           ])
        let b = FileResult(path: "Plans/13-tokyo.yaml", prefecture: 13,
                           rulesRun: ["goal-unsupported", "period-window", "schema-type", "target-approximate"],
                           diagnostics: [])
        return [a, b]
    }

    static func report(failOn: Severity = .error, maxWarnings: Int? = nil, quiet: Bool = false,
                       language: Language = .en) -> LintReport {
        LintReport(toolVersion: "0.1.0", files: files(), rules: rules, language: language, failOn: failOn,
                   maxWarnings: maxWarnings, quiet: quiet)
    }
}
