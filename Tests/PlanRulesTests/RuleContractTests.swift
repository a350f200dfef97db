import PlanModel
import PlanYAML
import Testing
@testable import PlanRules

/// The contract between each rule's Swift and its `Rules/<id>.yaml`: every message the
/// code can emit has a template in both languages, every placeholder of a template gets a
/// value, every template is emitted by some case, and the parameters a check reads are the
/// ones the file declares, with the same kinds (the file holds the only default).
@Suite("Rule contract")
struct RuleContractTests {
    static let ruleIDs = shippedCatalogue.sorted.map(\.id)

    @Test("each shipped rule keeps its contract with its Swift", arguments: ruleIDs)
    func contract(_ id: String) throws {
        let spec = try #require(shippedCatalogue[id])
        #expect(Catalogue.contractProblems(of: spec, exact: true) == [])
    }

    @Test("every rule file has a message type, and every message type a rule file")
    func typesAndFiles() {
        let files = Set(shippedCatalogue.rules.keys)
        let types = Set(Registry.messageTypes.keys)
        #expect(files.subtracting(types).sorted() == [], "rule files whose rule no code emits")
        #expect(types.subtracting(files).sorted() == [], "message types without a rule file")
    }

    @Test("every message type lists each of its keys in everyCase")
    func everyCaseIsComplete() {
        for (id, type) in Registry.messageTypes {
            let keys = Set(type.everyCaseErased.map(\.key))
            #expect(keys.count == shippedCatalogue[id]?.messages.count, "\(id): everyCase misses a message")
        }
    }

    @Test("every parameter default reads as the Swift type the check reads it as")
    func defaultsRead() {
        for check in Registry.checks {
            let context = CheckContext(for: check)
            for param in check.parameters {
                let node = context.params.values[param.name]
                #expect(node.map(param.kind.accepts) == true, "\(check.id).\(param.name)")
            }
        }
    }

    /// A message type that breaks the contract of `target-unit` in every way the test looks for.
    enum Broken: RuleMessage {
        case unlisted(metric: String)
        case invented
        static let rule = "target-unit"
        var key: String {
            switch self {
            case .unlisted: "unlisted"
            case .invented: "invented"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .unlisted(let metric): ["metric": metric]
            case .invented: [:]
            }
        }
        static let everyCase: [Self] = [.unlisted(metric: ""), .invented]
    }

    @Test("the contract check finds a missing template, a missing argument and an unused template")
    func brokenContractIsFound() throws {
        let spec = try #require(shippedCatalogue["target-unit"])
        let problems = Catalogue.contractProblems(of: spec, messages: Broken.self, parameters: [])
        #expect(problems.contains { $0.contains("emits message 'invented'") })
        #expect(problems.contains { $0.contains("message 'unlisted' (ja) uses {unit}") })
        #expect(problems.contains { $0.contains("template 'default' has no case") })
        #expect(problems.contains { $0.contains("parameter 'units' is read by no check") })
        var renamed = spec
        renamed.params["units"]?.kind = .string
        #expect(Catalogue.contractProblems(of: renamed, exact: false).contains { $0.contains("parameter 'units'") })
    }

    @Test("a --rules file that drops a template of a shipped rule is refused")
    func overrideMustKeepTheContract() throws {
        var catalogue = Catalogue.shipped(examples: false)
        let text = """
            id: target-unit
            category: measurability
            severity: error
            title: {ja: 単位, en: unit}
            description: {what: {ja: a, en: a}, why: {ja: b, en: b}, fix: {ja: c, en: c}}
            messages:
              default: {ja: "「{metric}」", en: "'{metric}'"}
            params:
              units: {kind: strings, default: [件], description: {ja: 単位, en: units}}
            """
        #expect(throws: SetupError.self) {
            try catalogue.add(files: [("rules/target-unit.yaml", text)], examples: false)
        }
    }
}
