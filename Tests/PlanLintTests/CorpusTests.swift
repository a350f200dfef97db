import Foundation
import PlanModel
import PlanReport
import PlanRules
import PlanYAML
import Testing
@testable import PlanLint

/// The 47 plans in Plans/, checked against the source document they were transcribed from.
enum Corpus {
    static let plansFolder = repositoryRoot + "/Plans"
    static let seedPath = repositoryRoot + "/../shared/seed/000_6fd945b2700a4d6e.txt"

    static var planFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: plansFolder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { plansFolder + "/" + $0 }
    }

    static func plan(_ path: String) -> Plan? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return PlanDecoder.decode(bytes: Array(data)).plan
    }

    /// The seed's section for each prefecture, keyed by code, with all white space removed.
    static let sections: [Int: (text: String, lines: [String])] = {
        guard let seed = try? String(contentsOfFile: seedPath, encoding: .utf8) else { return [:] }
        let lines = seed.components(separatedBy: "\n")
        var starts: [(Int, Int)] = []
        for (i, line) in lines.enumerated() {
            if let code = Prefectures.names.firstIndex(of: line.trimmingCharacters(in: .whitespaces)) {
                starts.append((i, code + 1))
            }
        }
        var out: [Int: (String, [String])] = [:]
        for (k, (start, code)) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].0 : lines.count
            let section = Array(lines[start..<end])
            out[code] = (squeeze(section.joined(separator: "\n")), section)
        }
        return out
    }()

    static func squeeze(_ s: String) -> String {
        String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Bullets of the section's part (1): the KPIs the source states.
    static func kpiBullets(_ lines: [String]) -> Int {
        // Part (1) runs from its heading to part (2)'s; numbered items inside part (2)
        // such as "(1) 航空・宇宙…" do not start it again.
        var part = 0, count = 0
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if part == 0 && (t.hasPrefix("（1）") || t.hasPrefix("(1)")) { part = 1; continue }
            if part == 1 && (t.hasPrefix("（2）") || t.hasPrefix("(2)")) { part = 2 }
            if part == 1 && (t.hasPrefix("- ・") || t.hasPrefix("・")) { count += 1 }
        }
        return count
    }

    /// Where the plan's KPI count differs from the bullet count, and why.
    static let countExceptions: [Int: (kpis: Int, reason: String)] = [
        13: (0, "東京 lists its (1) as goals (都道府県の産業振興ビジョン等に書かれた目標) and states no KPIs"),
        32: (2, "島根's three ・ lines under 知財セミナー are the seminar's themes, part of that KPI's text"),
    ]
}

@Suite("The 47 plans")
struct CorpusTests {
    @Test("all 47 prefectures are present, in JIS order, one file each")
    func present() {
        let codes = Corpus.planFiles.compactMap { Corpus.plan($0)?.prefecture?.code }
        #expect(codes == Array(1...47))
        for file in Corpus.planFiles {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let code = Corpus.plan(file)?.prefecture?.code ?? 0
            #expect(name.hasPrefix(code < 10 ? "0\(code)-" : "\(code)-"), "\(name)")
        }
    }

    @Test("every plan decodes with no structural finding", arguments: Corpus.planFiles)
    func decodes(_ file: String) throws {
        let data = try #require(FileManager.default.contents(atPath: file))
        let decoded = PlanDecoder.decode(bytes: Array(data))
        #expect(decoded.findings.isEmpty, "\(decoded.findings.map { "\($0.rule) \($0.source.pointer)" })")
    }

    @Test("every text, heading, title and note is verbatim in the source", arguments: Corpus.planFiles)
    func verbatim(_ file: String) throws {
        try #require(!Corpus.sections.isEmpty, "the seed is not at \(Corpus.seedPath)")
        let plan = try #require(Corpus.plan(file))
        let section = try #require(Corpus.sections[plan.prefecture?.code ?? 0]).text
        var texts: [(String, String)] = plan.kpis.map { ("KPI \($0.id)", $0.text) }
        for v in plan.visions {
            texts.append(("vision \(v.id) title", v.title))
            for g in v.goals {
                texts.append(("goal \(v.id)/\(g.id)", g.text))
                if let h = g.heading { texts.append(("heading \(v.id)/\(g.id)", h)) }
            }
        }
        if let note = plan.revision?.note { texts.append(("revision note", note)) }
        if let notes = plan.notes { texts.append(("notes", notes)) }
        for (what, text) in texts {
            #expect(section.contains(Corpus.squeeze(text)), "\(what) is not in the source: \(text.prefix(40))…")
        }
    }

    @Test("every bullet of the source's part (1) is a KPI", arguments: Corpus.planFiles)
    func kpiCounts(_ file: String) throws {
        let plan = try #require(Corpus.plan(file))
        let code = try #require(plan.prefecture?.code)
        let lines = try #require(Corpus.sections[code]).lines
        let expected = Corpus.countExceptions[code]?.kpis ?? Corpus.kpiBullets(lines)
        #expect(plan.kpis.count == expected)
    }

    @Test("the report on Plans/ matches the reviewed golden files")
    func golden() throws {
        // The report names files as given; `swift test` runs in the package root.
        try #require(FileManager.default.currentDirectoryPath == repositoryRoot)
        for (format, name) in [(ReportFormat.text, "plans-report.txt"), (.json, "plans-report.json")] {
            let outcome = lint(["Plans"]) { $0.format = format; $0.language = .en }
            #expect(outcome.status != 2, "\(outcome.stderr)")
            let path = repositoryRoot + "/Tests/Golden/" + name
            let actual = outcome.stdout.replacingOccurrences(of: "\"version\": \"\(LintRunner.version)\"", with: "\"version\": \"*\"")
            if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_GOLDEN"] == "1" {
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            #expect(actual == expected, "\(name) differs: run PLANLINT_UPDATE_GOLDEN=1 swift test --filter golden and review the diff")
        }
    }
}

@Suite("Plans/README.md")
struct PlansReadmeTests {
    @Test("the counts table in Plans/README.md is the one planlint reports today")
    func countsTable() throws {
        try #require(FileManager.default.currentDirectoryPath == repositoryRoot)
        let report = lint(["Plans"]) { $0.format = .markdown; $0.language = .en }.stdout
        let lines = report.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("| Prefecture") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("| **Total") })
        let table = lines[start...end].joined(separator: "\n")
        let readme = try String(contentsOfFile: repositoryRoot + "/Plans/README.md", encoding: .utf8)
        #expect(readme.contains("<!-- counts:begin -->\n" + table + "\n<!-- counts:end -->"),
                "update the table in Plans/README.md (planlint --format markdown) and its notes")
    }
}
