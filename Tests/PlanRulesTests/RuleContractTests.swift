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

    @Test("every shipped rule has a one-line help in both languages", arguments: ruleIDs)
    func help(_ id: String) throws {
        let spec = try #require(shippedCatalogue[id])
        let help = try #require(spec.help, "rule '\(id)' has no help line")
        #expect(!help.ja.isEmpty && !help.en.isEmpty)
        #expect(!help.ja.contains("\n") && !help.en.contains("\n"))
        // The Japanese line is Japanese: it has kana or kanji, not only the English words.
        #expect(help.ja.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) }, "\(id)")
    }

    @Test("every example of a shipped rule has a title in each language", arguments: ruleIDs)
    func exampleTitles(_ id: String) throws {
        let spec = try #require(shippedCatalogue[id])
        for e in spec.passExamples + spec.failExamples {
            #expect(!e.title.en.isEmpty, "\(id): an example without an English title")
            #expect(e.title.ja.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) },
                    "\(id): the example '\(e.title.en)' has no Japanese title")
        }
    }

    @Test("an example title is {ja, en}, or one text for both languages")
    func exampleTitleForms() throws {
        let file = """
            id: target-unit
            category: measurability
            severity: error
            title: {ja: 単位, en: unit}
            description: {what: {ja: あ, en: a}, why: {ja: い, en: b}, fix: {ja: う, en: c}}
            help: {ja: 単位を書きます, en: give a unit}
            messages: {default: {ja: あ, en: a}}
            params: {}
            examples:
              pass:
                - name: {ja: 日本語の題, en: an English title}
                  plan: "planlint: 1"
              fail:
                - name: one text
                  plan: "planlint: 1"
            """
        let spec = try RuleFileReader.read(text: file, origin: "target-unit.yaml")
        #expect(spec.passExamples.first?.title == LocalizedText(ja: "日本語の題", en: "an English title"))
        #expect(spec.failExamples.first?.title == LocalizedText(ja: "one text", en: "one text"))
        #expect(spec.help == LocalizedText(ja: "単位を書きます", en: "give a unit"))
    }

    @Test("a help line of two lines, or blank in one language, breaks the contract")
    func brokenHelpIsFound() throws {
        var spec = try #require(shippedCatalogue["target-unit"])
        spec.help = LocalizedText(ja: "一行目\n二行目", en: " ")
        let problems = Catalogue.contractProblems(of: spec, exact: true)
        #expect(problems.contains { $0.contains("help (ja) is more than one line") })
        #expect(problems.contains { $0.contains("help (en) is empty") })
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
