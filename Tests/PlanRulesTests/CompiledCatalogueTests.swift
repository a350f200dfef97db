import Foundation
import PlanCatalogue
import PlanYAML
import Testing
@testable import PlanRules

/// The rule files of this source tree (`Rules/*.yaml`), read now with `RuleFileReader`,
/// as `Rules/<name>` (the origin the shipped rules carry).
func sourceTreeRules(examples: Bool = true) throws -> [RuleSpec] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { name in
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        return try RuleFileReader.read(text: text, origin: "Rules/" + name, examples: examples)
    }
}

/// A node tree as one line per node (position, kind, style, tag, value), so that a
/// difference is shown where it is.
func treeLines(_ node: Node, _ path: String = "") -> [String] {
    let head = "\(path) \(node.range) tag=\(node.tag ?? "-")"
    switch node.kind {
    case .scalar(let s):
        return ["\(head) scalar \(s.style.rawValue) \(s.value.debugDescription)"]
    case .sequence(let items):
        return ["\(head) sequence \(items.count)"] + items.enumerated().flatMap { treeLines($1, "\(path)/\($0)") }
    case .mapping(let pairs):
        return ["\(head) mapping \(pairs.count)"] + pairs.enumerated().flatMap { index, pair in
            treeLines(pair.key, "\(path)/\(index)k") + treeLines(pair.value, "\(path)/\(index)v")
        }
    }
}

@Suite("Compiled catalogue")
struct CompiledCatalogueTests {
    @Test("the compiled catalogue is what the reader reads from Rules/ now, field by field")
    func sameAsRuleFiles() throws {
        let files = try sourceTreeRules()
        let compiled = Catalogue.shipped()
        #expect(Set(compiled.rules.keys) == Set(files.map(\.id)), "rebuild after changing Rules/")
        for read in files {
            let spec = try #require(compiled[read.id], "\(read.id) is not compiled in")
            #expect(spec.origin == read.origin)
            #expect(spec.category == read.category, "\(read.id)")
            #expect(spec.severity == read.severity, "\(read.id)")
            #expect(spec.title == read.title, "\(read.id)")
            #expect(spec.what == read.what && spec.why == read.why && spec.fix == read.fix, "\(read.id)")
            #expect(spec.help == read.help, "\(read.id)")
            #expect(spec.messages == read.messages, "\(read.id)")
            #expect(spec.messageSeverities == read.messageSeverities, "\(read.id)")
            #expect(spec.params.keys.sorted() == read.params.keys.sorted(), "\(read.id)")
            for (name, param) in read.params {
                let compiledParam = try #require(spec.params[name])
                #expect(compiledParam.name == param.name && compiledParam.description == param.description, "\(read.id).\(name)")
                #expect(treeLines(compiledParam.defaultValue) == treeLines(param.defaultValue), "\(read.id).\(name)")
            }
            #expect(spec.passExamples == read.passExamples, "\(read.id)")
            #expect(spec.failExamples == read.failExamples, "\(read.id)")
            #expect(spec == read, "\(read.id)")
        }
    }

    @Test("without examples, the compiled catalogue is what the reader reads without them")
    func sameWithoutExamples() throws {
        let compiled = Catalogue.shipped(examples: false)
        for read in try sourceTreeRules(examples: false) {
            #expect(compiled[read.id] == read, "\(read.id)")
        }
    }

    @Test("parameter equality sees a default's value, style, tag and range")
    func treesDiffer() {
        let at = SourceRange(start: Mark(line: 3, column: 5, offset: 20), end: Mark(line: 3, column: 9, offset: 24))
        let node = Node(.sequence([Node(.scalar(Scalar("件")), range: at)]), range: at)
        let param = ParamSpec(name: "units", kind: .strings, defaultValue: node, description: LocalizedText(ja: "単位", en: "units"))
        #expect(param == param)
        var other = param
        other.defaultValue = Node(.sequence([Node(.scalar(Scalar("件", style: .singleQuoted)), range: at)]), range: at)
        #expect(param != other)
        other.defaultValue = Node(.sequence([Node(.scalar(Scalar("件")), range: SourceRange(at: .start))]), range: at)
        #expect(param != other)
        other.defaultValue = Node(.sequence([Node(.scalar(Scalar("件")), tag: "!!str", range: at)]), range: at)
        #expect(param != other)
        other.defaultValue = Node(.sequence([]), range: at)
        #expect(param != other)
    }
}
