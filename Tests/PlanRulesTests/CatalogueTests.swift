import PlanModel
import Testing
@testable import PlanCatalogue
@testable import PlanRules

/// The shipped catalogue, read once for all tests.
let shippedCatalogue = Catalogue.shipped()

/// One case per example of every rule in `Rules/`.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let passes: Bool
    let example: RuleExample
    var testDescription: String { "\(rule) \(passes ? "pass" : "fail"): \(example.name)" }
}

let allExamples: [ExampleCase] = shippedCatalogue.sorted.flatMap { spec in
    spec.passExamples.map { ExampleCase(rule: spec.id, passes: true, example: $0) }
        + spec.failExamples.map { ExampleCase(rule: spec.id, passes: false, example: $0) }
}

@Suite("Rule catalogue")
struct CatalogueTests {
    @Test("every example of every rule behaves as it says", arguments: allExamples)
    func example(_ c: ExampleCase) throws {
        let found = try ExampleRunner.diagnostics(of: c.rule, in: c.example, catalogue: shippedCatalogue)
        if c.passes {
            #expect(found.isEmpty, "unexpected: \(found.map { "\($0.line):\($0.column) \($0.message)" })")
        } else {
            #expect(!found.isEmpty, "\(c.rule) did not fire")
            if let line = c.example.line {
                #expect(found.contains { $0.line == line }, "expected at line \(line), got \(found.map(\.line))")
            }
            for d in found {
                #expect(!d.message.contains("{"), "unfilled placeholder in: \(d.message)")
            }
        }
    }

    @Test("every rule file has a check and every check has a rule file")
    func filesAndChecksAgree() {
        let files = Set(shippedCatalogue.rules.keys)
        let implemented = Registry.implementedRuleIDs
        #expect(files.subtracting(implemented).sorted() == [], "rule files without a check")
        #expect(implemented.subtracting(files).sorted() == [], "checks without a rule file")
    }

    @Test("check ids are unique")
    func uniqueChecks() {
        let ids = Registry.checks.map { $0.id }
        #expect(Set(ids).count == ids.count)
    }

    @Test("every rule has a pass and a fail example, both languages, and a known category")
    func completeness() {
        for spec in shippedCatalogue.sorted {
            #expect(!spec.passExamples.isEmpty, "\(spec.id) has no pass example")
            #expect(!spec.failExamples.isEmpty, "\(spec.id) has no fail example")
            #expect(!spec.messages.isEmpty, "\(spec.id) has no message")
            for text in [spec.title, spec.what, spec.why, spec.fix] + Array(spec.messages.values) {
                #expect(!text.ja.isEmpty && !text.en.isEmpty, "\(spec.id) has an empty text")
            }
            for (key, text) in spec.messages {
                #expect(Template.placeholders(in: text.ja) == Template.placeholders(in: text.en),
                        "\(spec.id) \(key): ja/en placeholders differ")
            }
        }
    }
}

@Suite("Message wording")
struct MessageWordingTests {
    @Test("templates fill known placeholders and leave everything else as written", arguments: [
        ("{kpi}の目標{value}{unit}", "K1の目標15者"),
        ("no placeholders at all", "no placeholders at all"),
        ("{unknown} stays, {kpi} goes", "{unknown} stays, K1 goes"),
        ("an open brace { without a close", "an open brace { without a close"),
        ("{kpi}{", "K1{"), ("{}", "{}"), ("{{kpi}}", "{{kpi}}"), ("}{kpi}{", "}K1{"),
        ("「{brace}」は展開しない", "「{kpi}」は展開しない"),
        ("年{value}回（累計）", "年15回（累計）"),
    ])
    func fill(template: String, expected: String) {
        let values = ["kpi": "K1", "value": "15", "unit": "者", "brace": "{kpi}"]
        #expect(Template.fill(template, with: values) == expected)
    }

    @Test("year ranges read 2020〜2022 in Japanese and 2020–2022 in English")
    func ranges() {
        #expect(Template.japaneseRanges("2020–2022, 2014–") == "2020〜2022, 2014〜")
        #expect(Template.japaneseRanges("「アクションプラン2016-2020」") == "「アクションプラン2016-2020」")
        let finding = Finding(PeriodWindow.Message.missing(period: 2020...2021, missing: [2022], window: 2020...2022),
                              source: Source(pointer: "/period", range: .init(at: .start)))
        #expect(shippedCatalogue.message(for: finding, in: .ja).contains("KPI期間（2020〜2021年度）が計画期間（2020〜2022年度）の2022年度を含みません"))
        #expect(shippedCatalogue.message(for: finding, in: .en).contains("2020–2021"))
    }
}

@Suite("Catalogue without examples")
struct CatalogueWithoutExamplesTests {
    @Test("a lint run reads the same rules and messages without the examples")
    func sameRules() throws {
        let light = Catalogue.shipped(examples: false)
        #expect(Set(light.rules.keys) == Set(shippedCatalogue.rules.keys))
        for (id, spec) in shippedCatalogue.rules {
            let other = try #require(light[id])
            #expect(other.messages == spec.messages && other.severity == spec.severity && other.title == spec.title, "\(id)")
            #expect(other.messageSeverities == spec.messageSeverities, "\(id)")
            #expect(Set(other.params.keys) == Set(spec.params.keys), "\(id)")
            #expect(other.passExamples.isEmpty && other.failExamples.isEmpty)
        }
    }

    @Test("the examples section is cut only at a top-level key")
    func cut() {
        #expect(RuleFileReader.withoutExamples("id: x\nexamples:\n  pass: []\n") == "id: x\n")
        #expect(RuleFileReader.withoutExamples("id: x\ntitle: |\n  examples: here\n") == nil)
    }
}
