import Foundation
import PlanTestSupport
import PlanModel
import Testing

/// schema/plan.schema.json, for YAML editors: every shipped plan validates, and on the
/// shared fixtures (schema/fixtures) it rejects exactly what the Swift decoder rejects,
/// except the `decoder-only` cases JSON Schema cannot express.
@Suite struct PlanSchemaTests {
    static let fixturesFolder = repositoryRoot + "/schema/fixtures"

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { fixturesFolder + "/" + $0 }
    }

    static var plans: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Plans")) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { repositoryRoot + "/Plans/" + $0 }
    }

    /// `# expect: valid`, `# expect: invalid RULE` or `# expect: decoder-only RULE` on the first line.
    static func expectation(_ file: String) throws -> (kind: String, rule: String?) {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        let words = first.split(separator: " ").map(String.init)
        try #require(words.count >= 3 && words[1] == "expect:", "\(file) must start with '# expect: …'")
        return (words[2], words.count > 3 ? words[3] : nil)
    }

    static let structuralRules: Set<String> = [
        "yaml-syntax", "yaml-duplicate-key", "yaml-limit", "schema-unknown-key", "schema-type", "schema-required",
        "duplicate-id", "prefecture-code", "format-version",
    ]

    @Test func theSchemaIsValidJSON() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ConsumerTools.planSchema))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func prefectureNamesMatchTheDecoders() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ConsumerTools.planSchema))
        let text = String(decoding: data, as: UTF8.self)
        for code in 1...47 {
            let names = Set([Prefectures.name(of: code)!, Prefectures.fullName(of: code)!]).sorted()
            let rendered = names.map { "\"\($0)\"" }
            #expect(rendered.allSatisfy(text.contains), "code \(code): \(names)")
        }
    }

    @Test(.enabled(if: ConsumerTools.pythonCheckable))
    func everyShippedPlanValidates() throws {
        let plans = Self.plans
        try #require(plans.count == 47)
        let results = try ConsumerTools.validatePlans(plans, schema: ConsumerTools.planSchema)
        for plan in plans {
            let result = try #require(results[plan])
            #expect(result.valid, "\(plan): \(result.errors)")
        }
    }

    @Test(.enabled(if: ConsumerTools.pythonCheckable))
    func theSchemaRejectsWhatTheDecoderRejects() throws {
        let fixtures = Self.fixtures
        try #require(fixtures.count >= 20)
        let results = try ConsumerTools.validatePlans(fixtures, schema: ConsumerTools.planSchema)
        for file in fixtures {
            let (kind, rule) = try Self.expectation(file)
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            let findings = PlanDecoder.decode(bytes: bytes).findings.filter { Self.structuralRules.contains($0.rule) }
            let schemaValid = try #require(results[file]).valid
            let name = (file as NSString).lastPathComponent
            switch kind {
            case "valid":
                #expect(findings.isEmpty, "\(name): the decoder reports \(findings.map(\.rule))")
                #expect(schemaValid, "\(name): the schema says \(results[file]?.errors ?? [])")
            case "invalid":
                #expect(findings.contains { $0.rule == rule }, "\(name): the decoder reports \(findings.map(\.rule))")
                #expect(!schemaValid, "\(name): the schema accepts it")
            case "decoder-only":
                #expect(findings.contains { $0.rule == rule }, "\(name): the decoder reports \(findings.map(\.rule))")
                #expect(schemaValid, "\(name): the schema now rejects it; mark it invalid")
            default:
                Issue.record("\(name): unknown expectation \(kind)")
            }
        }
    }
}
