import Foundation
import PlanTestSupport
import Testing
import LanguageServer
@testable import PlanServer

@Suite("the field table of hover and completion")
struct PlanFieldsTests {
    /// The keys of the first table after each `### Section` heading of docs/plan-format.md.
    static func documentedKeys() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: ConsumerTools.repositoryRoot + "/docs/plan-format.md", encoding: .utf8)
        var out: [String: Set<String>] = [:]
        var section: String?
        var inTable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") {
                section = String(line.dropFirst(4))
                inTable = false
                continue
            }
            guard let s = section else { continue }
            if line.hasPrefix("| `") {
                inTable = true
                let cell = line.split(separator: "|").first.map(String.init) ?? ""
                for key in cell.split(separator: ",") {
                    out[s, default: []].insert(key.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")))
                }
            } else if inTable && !line.hasPrefix("|") {
                section = nil // only the first table of a section
            }
        }
        return out
    }

    @Test("every key docs/plan-format.md lists is in the table, in its section, and no other")
    func matchesTheFormatReference() throws {
        let documented = try Self.documentedKeys()
        let sections: [String: PlanSection] = [
            "Plan": .plan, "Prefecture": .prefecture, "Period": .period, "Revision": .revision, "KPI": .kpi,
            "Target": .target, "Baseline, history and parts": .baseline, "Vision": .vision, "Goal": .goal, "Waiver": .waiver,
        ]
        #expect(Set(documented.keys).isSuperset(of: sections.keys), "\(documented.keys.sorted())")
        for (heading, section) in sections {
            let table = Set(PlanField.fields(of: section).map(\.key))
            #expect(table == documented[heading], "\(heading)")
        }
    }

    @Test("every field has both languages; fixed words are listed")
    func bothLanguages() {
        for field in PlanField.all {
            #expect(!field.meaning.ja.isEmpty && !field.meaning.en.isEmpty && !field.kind.ja.isEmpty, "\(field.key)")
            #expect(field.meaning.ja != field.meaning.en, "\(field.key)")
        }
        #expect(PlanField.field("basis", in: .target)?.values == ["annual", "cumulative", "level", "increase", "share", "milestone"])
        #expect(PlanField.field("comparator", in: .target)?.values == ["exactly", "at-least", "at-most", "about"])
    }

    @Test("the section at the cursor, read from the text", arguments: [
        ("kpis:\n  - id: a\n    targets:\n      - metric: x\n        va", 4, 9, ["kpis", "targets"], nil as String?),
        ("kpis:\n  - id: a\n    supports:\n      - pl", 3, 10, ["kpis"], "supports"),
        ("period: {from: 2020, t", 0, 22, ["period"], nil),
        ("kpis:\n  - targets: [{basis: an", 1, 27, ["kpis", "targets"], "basis"),
        ("visions:\n  - id: v\n    goals:\n      - id: g\n        ", 4, 8, ["visions", "goals"], nil),
    ])
    func cursor(_ text: String, _ line: Int, _ character: Int, _ parents: [String], _ valueOf: String?) {
        let index = LineIndex(text)
        let c = CursorContext(index, offset: index.offset(of: Position(line: line, character: character), .utf16))
        #expect(c.parents == parents, "\(text)")
        #expect(c.valueOf == valueOf, "\(text)")
    }
}
