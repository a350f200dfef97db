import PlanModel
@testable import PlanRules
import PlanYAML
import Testing

/// `limits: max-diagnostics`: a file of millions of mistakes reports the first N in
/// source order and one `yaml-limit` diagnostic with the rest's count, and the loader,
/// decoder and engine never hold more than N of them.
@Suite("max-diagnostics")
struct DiagnosticLimitTests {
    static func plan(kpis: String) -> String {
        "planlint: 1\nprefecture: {code: 8, name: 茨城}\nvisions: []\nkpis: \(kpis)\n"
    }

    static func engine(config: String? = nil, language: Language = .en) throws -> Engine {
        let configuration = try config.map { try ConfigurationReader.read(text: $0, origin: "test config") }
            ?? Configuration()
        return Engine(catalogue: shippedCatalogue, configuration: configuration, language: language,
                      today: ExampleRunner.exampleDate, limits: configuration.limits)
    }

    @Test("5,000 schema findings: the first 1,000 and one yaml-limit naming the other 4,000")
    func decoderFindings() throws {
        let yaml = Self.plan(kpis: "[" + Array(repeating: "1", count: 5000).joined(separator: ",") + "]")
        let decoded = PlanDecoder.decode(bytes: Array(yaml.utf8), limits: LoadLimits())
        #expect(decoded.findings.count == 1000)
        #expect(decoded.suppressed == 4000)
        let result = try Self.engine().lint(bytes: Array(yaml.utf8), path: "p.yaml")
        #expect(result.diagnostics.count == 1001)
        let limit = try #require(result.diagnostics.last)
        #expect(limit.rule == "yaml-limit" && limit.severity == .error)
        #expect(limit.message.contains("1000") && limit.message.contains("4000 more"))
        #expect(result.diagnostics.dropLast().allSatisfy { $0.rule == "schema-type" })
        // It points at the first diagnostic left out: the 1,001st item.
        #expect(limit.line == 4 && limit.column == 8 + 2 * 1000)
        let ja = try Self.engine(language: .ja).lint(bytes: Array(yaml.utf8), path: "p.yaml")
        #expect(ja.diagnostics.last?.message.contains("残りの4000件") == true)
    }

    @Test("the limit is configurable, and counts the checks' findings too, keeping the first in source order")
    func configuredLimit() throws {
        let yaml = Self.plan(kpis: "[" + Array(repeating: "1", count: 50).joined(separator: ",") + "]")
        let result = try Self.engine(config: "limits: {max-diagnostics: 10}").lint(bytes: Array(yaml.utf8), path: "p.yaml")
        #expect(result.diagnostics.count == 11)
        #expect(result.diagnostics.last?.message.contains("40 more") == true)
        // A plan that decodes cleanly: the checks' findings are capped in source order.
        let targets = (1...30).map { "      - {metric: 件数\($0), value: \($0), unit: 件}" }.joined(separator: "\n")
        let clean = """
            planlint: 1
            prefecture: {code: 8, name: 茨城}
            period: {from: 2020, to: 2022}
            kpis:
              - id: k
                text: 相談を受ける。
                targets:
            \(targets)
                supports: [v/g]
            visions:
              - id: v
                title: 計画
                period: {from: 2020, to: 2022}
                goals:
                  - {id: g, text: 支援する。}

            """
        let all = try Self.engine().lint(bytes: Array(clean.utf8), path: "p.yaml").diagnostics
        #expect(all.count > 30)
        let capped = try Self.engine(config: "limits: {max-diagnostics: 5}").lint(bytes: Array(clean.utf8), path: "p.yaml")
        #expect(capped.diagnostics.count == 6)
        let kept = capped.diagnostics.filter { $0.rule != "yaml-limit" }
        #expect(kept.map { "\($0.line):\($0.column) \($0.rule)" } == all.prefix(5).map { "\($0.line):\($0.column) \($0.rule)" })
        #expect(capped.diagnostics.contains { $0.rule == "yaml-limit" && $0.message.contains("\(all.count - 5) more") })
    }

    @Test("repeated keys are capped in the loader")
    func repeatedKeys() throws {
        let yaml = "a: {" + Array(repeating: "k: 1", count: 3000).joined(separator: ", ") + "}\n"
        let document = YAMLLoader.load(yaml)
        #expect(document.issues.count == 1000)
        #expect(document.suppressedIssues == 1999)
        let result = try Self.engine().lint(bytes: Array(yaml.utf8), path: "p.yaml")
        #expect(result.diagnostics.last?.message.contains("more are not reported") == true)
        #expect(result.diagnostics.count == 1001)
    }

    @Test("a file within the limit reports as before: no yaml-limit")
    func withinLimit() throws {
        let yaml = Self.plan(kpis: "[1, 2]")
        let result = try Self.engine().lint(bytes: Array(yaml.utf8), path: "p.yaml")
        #expect(!result.diagnostics.contains { $0.rule == "yaml-limit" })
    }
}
