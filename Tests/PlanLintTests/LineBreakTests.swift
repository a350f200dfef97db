import Foundation
import PlanRules
import Testing

/// Positions do not depend on how a file breaks its lines. YAML 1.1 (which libyaml reads)
/// counts LF, CR alone, CRLF, NEL (U+0085), LS (U+2028) and PS (U+2029) as line breaks, so
/// a plan saved with any of them has the same lines and columns; libyaml gives LF, CR,
/// CRLF and NEL inside a block scalar as LF, and keeps LS and PS.
@Suite("line breaks")
struct LineBreakTests {
    /// What a diagnostic says and where: everything but the file's byte offsets.
    struct Seen: Equatable, CustomStringConvertible {
        var rule, message, pointer: String
        var line, column, endLine, endColumn: Int
        init(_ d: Diagnostic) {
            (rule, message, pointer) = (d.rule, d.message, d.pointer)
            (line, column, endLine, endColumn) = (d.line, d.column, d.endLine, d.endColumn)
        }
        var description: String { "\(line):\(column)-\(endLine):\(endColumn) \(rule) \(pointer)" }
    }

    static let breaks: [(String, String)] = [("CRLF", "\r\n"), ("CR", "\r"), ("NEL", "\u{85}"), ("LS", "\u{2028}"),
                                              ("PS", "\u{2029}")]

    @Test("every diagnostic of the 47 plans has the same position with CRLF, CR, NEL, LS and PS as with LF")
    func allPlans() throws {
        let engine = Engine(catalogue: Catalogue.shipped(), today: ExampleRunner.exampleDate)
        let files = Corpus.planFiles
        #expect(files.count == 47)
        var compared = 0, insideTexts = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let lf = engine.lint(bytes: Array(text.utf8), path: "p.yaml").diagnostics.map(Seen.init)
            insideTexts += lf.filter { $0.rule == "quote-not-found" }.count
            for (name, br) in Self.breaks {
                let converted = Array(text.replacingOccurrences(of: "\n", with: br).utf8)
                let seen = engine.lint(bytes: converted, path: "p.yaml").diagnostics.map(Seen.init)
                #expect(seen == lf, "\(name) in \(file)")
                compared += seen.count
            }
        }
        // The plans have diagnostics, some of them inside block scalars (quote-not-found).
        #expect(compared > 100 && insideTexts > 0)
    }

    @Test("a block scalar after mixed line breaks is located with each line's own break")
    func mixedBreaks() throws {
        let engine = Engine(catalogue: Catalogue.shipped(), today: ExampleRunner.exampleDate)
        let file = try #require(Corpus.planFiles.first { $0.hasSuffix("25-shiga.yaml") })
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lf = engine.lint(bytes: Array(text.utf8), path: "p.yaml").diagnostics.map(Seen.init)
        var mixed = ""
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { mixed += Self.breaks[i % Self.breaks.count].1 }
            mixed += line
        }
        #expect(engine.lint(bytes: Array(mixed.utf8), path: "p.yaml").diagnostics.map(Seen.init) == lf)
        #expect(lf.contains { $0.rule == "quote-not-found" && $0.line == 12 && $0.column == 23 })
    }
}
