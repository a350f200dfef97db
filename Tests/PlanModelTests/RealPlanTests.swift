import Foundation
import PlanModel
import PlanYAML
import Testing

/// The repository's `Plans/` folder, found from this file's path.
private let plansFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Plans")

private func planFiles() -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: plansFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { plansFolder.appendingPathComponent($0) }
}

private func text(of name: String) throws -> String {
    try String(contentsOf: plansFolder.appendingPathComponent(name), encoding: .utf8)
}

/// (line, column) of the first occurrence of `needle` in `text`, 1-based, columns in Unicode scalars.
private func position(of needle: String, in text: String) throws -> (Int, Int) {
    let range = try #require(text.range(of: needle))
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (line, before[lineStart...].unicodeScalars.count + 1)
}

@Suite("Decoding Plans/")
struct RealPlanTests {
    @Test("every plan in Plans/ decodes with no structural finding")
    func allPlansDecode() throws {
        let files = planFiles()
        #expect(files.count == 47)
        for url in files {
            let decoded = PlanDecoder.decode(bytes: Array(try Data(contentsOf: url)))
            #expect(decoded.findings.isEmpty, "\(url.lastPathComponent): \(decoded.findings.map(Seen.init))")
            let plan = try #require(decoded.plan, "\(url.lastPathComponent) gave no plan")
            // The file name starts with the JIS code, and the name agrees with it.
            let code = Int(url.lastPathComponent.prefix(2))
            #expect(plan.prefecture?.code == code, "\(url.lastPathComponent)")
            #expect(plan.formatVersion == 1)
            #expect(plan.prefecture.flatMap { p in p.name.map { Prefectures.matches($0, code: p.code ?? 0) } } == true)
        }
    }

    @Test("a copy of 08-ibaraki with a misspelt key, a wrong type and a repeated key gets exactly those three")
    func ibarakiWithThreeMistakes() throws {
        var text = try text(of: "08-ibaraki.yaml")
        #expect(PlanDecoder.decode(bytes: Array(text.utf8)).findings.isEmpty)
        // 1. a misspelt key in the first goal
        text = try replacingOnce("        heading: 新技術", with: "        haeding: 新技術", in: text)
        // 2. a count written in kanji in the second KPI's first target
        text = try replacingOnce("        value: 15\n", with: "        value: 十五\n", in: text)
        // 3. the unit of the first KPI's second target written twice
        text = try replacingOnce("        unit: 社\n", with: "        unit: 社\n        unit: 者\n", in: text)

        let (typoLine, typoColumn) = try position(of: "haeding", in: text)
        let (valueLine, valueColumn) = try position(of: "十五", in: text)
        let (firstUnitLine, firstUnitColumn) = try position(of: "unit: 社", in: text)
        let (repeatLine, repeatColumn) = try position(of: "unit: 者", in: text)

        let decoded = PlanDecoder.decode(bytes: Array(text.utf8))
        let found = decoded.findings.sorted { $0.source.range.start < $1.source.range.start }
        #expect(found.map(Seen.init) == [
            Seen("yaml-duplicate-key", "default", repeatLine, repeatColumn, ""),
            Seen("schema-type", "number", valueLine, valueColumn, "/kpis/1/targets/0/value"),
            Seen("schema-unknown-key", "default", typoLine, typoColumn, "/visions/0/goals/0/haeding"),
        ])
        try #require(found.count == 3)
        #expect(found[0].arguments == ["key": "unit", "line": "\(firstUnitLine)", "column": "\(firstUnitColumn)"])
        #expect(found[1].arguments["field"]?.hasPrefix("value of target 1") == true)
        #expect(found[1].arguments["found"] == "十五")
        #expect(found[2].arguments == ["key": "haeding", "suggestion": "heading"])
        // The rest of the plan is read as usual.
        let plan = try #require(decoded.plan)
        #expect(plan.kpis.map(\.id) == ["business-plan-seminars", "tech-transfer"])
        #expect(plan.kpis[0].targets[1].unit == "社")
        #expect(plan.kpis[1].targets[0].value == nil)
        #expect(plan.visions[0].goals[0].heading == nil)
    }

    private func replacingOnce(_ old: String, with new: String, in text: String) throws -> String {
        let range = try #require(text.range(of: old), "'\(old)' not in the plan")
        #expect(text[range.upperBound...].range(of: old) == nil, "'\(old)' is not unique")
        return text.replacingCharacters(in: range, with: new)
    }
}
