import Foundation
import Testing
@testable import PlanLint
import PlanRules

@Suite("planlint rules, explain, and rule directories")
struct CatalogueCommandTests {
    @Test("rules lists every rule; --format json has the cli.md shape")
    func rules() throws {
        let text = CatalogueCommands.list(json: false, extra: [], language: .en, environment: [:])
        #expect(text.status == 0)
        #expect(text.stdout.contains("vision-period-coverage"))
        let json = CatalogueCommands.list(json: true, extra: [], language: .ja, environment: [:])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: String]])
        #expect(rules.count >= 33)
        let coverage = try #require(rules.first { $0["id"] == "vision-period-coverage" })
        #expect(coverage["category"] == "period")
        #expect(coverage["severity"] == "error")
        #expect(coverage["title"]?.contains("ビジョン") == true)
    }

    @Test("explain tells a prefecture official in Japanese what is wrong and how to fix it")
    func explainJapanese() {
        let outcome = CatalogueCommands.explain("vision-period-coverage", extra: [], language: nil,
                                                environment: ["LANG": "ja_JP.UTF-8"])
        #expect(outcome.status == 0)
        for heading in ["## 何を確かめるか", "## なぜ問題か", "## 直し方", "## 違反する例"] {
            #expect(outcome.stdout.contains(heading), "missing \(heading)")
        }
        #expect(outcome.stdout.contains("  → "), "failing examples show the message planlint prints")
    }

    @Test("explain gives each example's title in the chosen language (issue #14)")
    func explainExampleTitles() {
        let ja = CatalogueCommands.explain("target-unit", extra: [], language: .ja, environment: [:])
        #expect(ja.stdout.contains("### 単位のない目標値"))
        #expect(!ja.stdout.contains("### a target without unit"))
        let en = CatalogueCommands.explain("target-unit", extra: [], language: .en, environment: [:])
        #expect(en.stdout.contains("### a target without unit"))
        #expect(!en.stdout.contains("### 単位のない目標値"))
    }

    @Test("explain of an unknown rule is exit 2 with a suggestion")
    func explainUnknown() {
        let outcome = CatalogueCommands.explain("vision-period-coverag", extra: [], language: .en, environment: [:])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("did you mean 'vision-period-coverage'?"))
    }

    @Test("--rules DIR overrides a shipped rule, and a broken rule file is exit 2 with its line")
    func ruleDirectory() throws {
        let folder = try TemporaryFolder()
        let shipped = try String(contentsOfFile: repositoryRoot + "/Rules/target-approximate.yaml", encoding: .utf8)
        try folder.write("rules/target-approximate.yaml", shipped.replacingOccurrences(of: "severity: warning", with: "severity: error"))
        let overridden = CatalogueCommands.list(json: true, extra: [folder.path + "/rules"], language: .en, environment: [:])
        #expect(overridden.stdout.contains("{\"id\": \"target-approximate\", \"category\": \"measurability\", \"severity\": \"error\""))
        try folder.write("broken/target-approximate.yaml", "id: target-approximate\ncategory: [\n")
        let broken = CatalogueCommands.list(json: false, extra: [folder.path + "/broken"], language: .en, environment: [:])
        #expect(broken.status == 2)
        #expect(broken.stderr.joined().contains("target-approximate.yaml:3:1"))
    }

    @Test("--window overrides the plan window")
    func window() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        #expect(lint([file]).status == 0)
        let wider = lint([file]) { $0.window = 2020...2023 }
        #expect(wider.status == 1)
        #expect(wider.stdout.contains("[period-window]"))
    }

    @Test("LANG decides the default language; --lang wins")
    func language() {
        var options = LintOptions()
        options.environment = ["LANG": "ja_JP.UTF-8"]
        #expect(options.language(configured: nil) == .ja)
        options.environment = ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"]
        #expect(options.language(configured: nil) == .en)
        options.language = .ja
        #expect(options.language(configured: .en) == .ja)
    }

    @Test("a waiver marks a diagnostic waived and the run passes; an expired one is reported")
    func waivers() throws {
        let folder = try TemporaryFolder()
        let plan = cleanPlan.replacingOccurrences(of: ", basis: annual", with: "")
        let waived = try folder.write("w.yaml", plan + """
            waivers:
              - {rule: target-basis, at: seminars, reason: 原文の改訂待ち, until: 2999-03-31}

            """)
        let outcome = lint([waived]) { $0.format = .json }
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("\"waived\": true"))
        #expect(outcome.stdout.contains("\"waiverReason\": \"原文の改訂待ち\""))
        let expired = try folder.write("e.yaml", plan + """
            waivers:
              - {rule: target-basis, at: seminars, reason: 原文の改訂待ち, until: 2001-03-31}

            """)
        let late = lint([expired])
        #expect(late.status == 1)
        #expect(late.stdout.contains("[waiver-expired]"))
        #expect(late.stdout.contains("[target-basis]"))
    }
}

@Suite("planlint.yaml")
struct ConfigurationTests {
    @Test("--config replaces discovery; severities, off and rule params apply")
    func explicitConfig() throws {
        let folder = try TemporaryFolder()
        let plan = cleanPlan.replacingOccurrences(of: "知財セミナーを年6回開催する。", with: "知財セミナーを年6回程度開催する。")
            .replacingOccurrences(of: "basis: annual}", with: "basis: annual, comparator: about}")
        let file = try folder.write("plans/p.yaml", plan)
        #expect(lint([file]).status == 0, "target-approximate is a warning by default")
        let strict = try folder.write("strict.yaml", "rules:\n  target-approximate: error\n")
        let failed = lint([file]) { $0.configPath = strict }
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("error: target"))
        let quiet = try folder.write("off.yaml", "rules:\n  target-approximate: off\n")
        #expect(!lint([file]) { $0.configPath = quiet }.stdout.contains("target-approximate"))
        let units = try folder.write("units.yaml", "units: [件]\n")
        let unlisted = lint([file]) { $0.configPath = units }
        #expect(unlisted.stdout.contains("[target-unit]"))
        #expect(unlisted.stdout.contains("warning: target '知財セミナーの開催回数' has unit '回'"))
    }

    @Test("an unknown rule or a bad severity in planlint.yaml is exit 2 with its position")
    func badConfig() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let unknown = try folder.write("a.yaml", "rules:\n  target-basiss: off\n")
        let outcome = lint([file]) { $0.configPath = unknown }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("a.yaml:2:3: unknown rule 'target-basiss'; did you mean 'target-basis'?"))
        let severity = try folder.write("b.yaml", "rules:\n  target-basis: fatal\n")
        let bad = lint([file]) { $0.configPath = severity }
        #expect(bad.status == 2)
        #expect(bad.stderr.joined().contains("b.yaml:2:17: /rules/target-basis: expected one of info, warning, error, found fatal"))
        let window = try folder.write("c.yaml", "window: {from: 2020, to: 2023}\n")
        #expect(lint([file]) { $0.configPath = window }.stdout.contains("[period-window]"))
    }

    @Test("a rule parameter that the rule does not declare, or of the wrong kind, is exit 2 with its position", arguments: [
        ("rules:\n  parts-sum:\n    params:\n      tolerence: 0.1\n",
         "4:7: rule 'parts-sum' has no parameter 'tolerence'; did you mean 'tolerance'?"),
        ("rules:\n  parts-sum: {params: {tolerance: lots}}\n",
         "2:35: parameter 'tolerance' of rule 'parts-sum' takes a number, found lots"),
        ("rules:\n  parts-sum: {params: {tolerance: '0.1'}}\n",
         "2:35: parameter 'tolerance' of rule 'parts-sum' takes a number, found \"0.1\""),
        ("rules:\n  period-invalid: {params: {min-year: 1990.5}}\n",
         "2:39: parameter 'min-year' of rule 'period-invalid' takes a whole number, found 1990.5"),
        ("rules:\n  target-unit: {params: {units: 件}}\n",
         "2:33: parameter 'units' of rule 'target-unit' takes a list of texts, found 件"),
        ("rules:\n  target-unit: {params: {units: [件, [回]]}}\n",
         "2:33: parameter 'units' of rule 'target-unit' takes a list of texts, found […]"),
        ("rules:\n  vision-empty: {severity: warning, params: {min: 1}}\n",
         "2:46: rule 'vision-empty' has no parameter 'min'; it takes no parameters"),
        ("rules:\n  quote-not-found: {params: {length: 3}}\n",
         "2:30: rule 'quote-not-found' has no parameter 'length'; its parameters are min-length"),
    ])
    func badParameter(config: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let path = try folder.write("planlint.yaml", config)
        let outcome = lint([file]) { $0.configPath = path }
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.joined().contains("planlint.yaml:" + expected), "\(outcome.stderr)")
    }

    @Test("the configuration's mistakes are said in Japanese under --lang ja")
    func badParameterInJapanese() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let typo = try folder.write("a.yaml", "rules:\n  parts-sum:\n    params:\n      tolerence: 0.1\n")
        let outcome = lint([file]) { $0.configPath = typo; $0.language = .ja }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.joined().contains("a.yaml:4:7: 規則「parts-sum」にパラメータ「tolerence」はありません。「tolerance」のことですか？"))
        let kind = try folder.write("b.yaml", "rules:\n  target-unit: {params: {units: 件}}\n")
        #expect(lint([file]) { $0.configPath = kind; $0.language = .ja }.stderr.joined()
            .contains("b.yaml:2:33: 規則「target-unit」のパラメータ「units」には文字列のリスト（[件, 回] など）を書きます（書かれている値は 件）"))
    }

    @Test("a parameter of the right kind applies; the top-level units is target-unit's units and wins")
    func goodParameter() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", cleanPlan)
        let both = try folder.write("both.yaml", "units: [件]\nrules:\n  target-unit: {params: {units: [回]}}\n")
        let outcome = lint([file]) { $0.configPath = both }
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("has unit '回', which is not in the allowed units"))
        let param = try folder.write("param.yaml", "rules:\n  target-unit: {params: {units: [件]}}\n")
        #expect(lint([file]) { $0.configPath = param }.stdout.contains("has unit '回', which is not in the allowed units"))
        let allowed = try folder.write("allowed.yaml", "rules:\n  target-unit: {params: {units: [回]}}\n")
        #expect(!lint([file]) { $0.configPath = allowed }.stdout.contains("[target-unit]"))
    }
}

/// docs/ja/rules.md and docs/rules.md are `planlint rules --format markdown` in each
/// language: a rule added or reworded without regenerating them fails here
/// (regenerate with `PLANLINT_UPDATE_GOLDEN=1 swift test --filter RuleReferenceDocs`).
@Suite("The rule reference pages")
struct RuleReferenceDocs {
    @Test("docs/ja/rules.md and docs/rules.md are the catalogue's own words", arguments: [
        (Language.ja, "docs/ja/rules.md"), (Language.en, "docs/rules.md"),
    ])
    func pages(language: Language, page: String) throws {
        let generated = CatalogueCommands.list(format: .markdown, extra: [], language: language, environment: [:])
        #expect(generated.status == 0, "\(generated.stderr)")
        let path = repositoryRoot + "/" + page
        if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_GOLDEN"] == "1" {
            try generated.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == generated.stdout, "\(page) is out of date with the rule files")
        for rule in Catalogue.compiled.rules.keys {
            #expect(committed.contains("\n### \(rule)\n"), "\(page) does not explain \(rule)")
        }
    }
}
