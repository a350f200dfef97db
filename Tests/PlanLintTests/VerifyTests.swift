import Foundation
import Testing
@testable import PlanLint

@Suite("planlint verify")
struct VerifyTests {
    /// Plans/02-aomori.yaml with one edit, in a temporary folder.
    func edited(_ folder: TemporaryFolder, _ edit: (String) -> String) throws -> String {
        let plan = try String(contentsOfFile: Corpus.plansFolder + "/02-aomori.yaml", encoding: .utf8)
        return try folder.write("02-aomori.yaml", edit(plan))
    }

    @Test("a paraphrased text gets a positioned source-text finding")
    func paraphrase() throws {
        let folder = try TemporaryFolder()
        let file = try edited(folder) { $0.replacingOccurrences(of: "県産品の一層のブランド化を図る", with: "県産品をさらにブランド化する") }
        let outcome = Corpus.verify([file])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("02-aomori.yaml:11:11: error: the text of regional-brand-seminars"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("[source-text]"))
        #expect(!outcome.stdout.contains("[source-kpi]"), "one finding for one paraphrase")
    }

    @Test("an invented number gets a positioned source-number finding")
    func inventedNumber() throws {
        let folder = try TemporaryFolder()
        let file = try edited(folder) {
            $0.replacingOccurrences(of: "        value: 12\n        unit: 社\n", with: "        value: 12\n        unit: 社\n        baseline: {value: 9, year: 2019}\n")
        }
        let outcome = Corpus.verify([file])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("02-aomori.yaml:35:27: error: the baseline 9 of target"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("[source-number]"))
    }

    @Test("a KPI left out gets a source-kpi finding naming the source's line")
    func kpiLeftOut() throws {
        let folder = try TemporaryFolder()
        let file = try edited(folder) { plan in
            let start = plan.range(of: "  - id: company-visits")!.lowerBound
            let end = plan.range(of: "visions:")!.lowerBound
            return String(plan[..<start] + plan[end...])
        }
        let outcome = Corpus.verify([file])
        #expect(outcome.stdout.contains("the source's part (1) bullet on line 30"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("[source-kpi]"))
    }

    @Test("lint never runs the source rules; verify runs only them and text-target-mismatch")
    func onlyUnderVerify() throws {
        let folder = try TemporaryFolder()
        let file = try edited(folder) { $0.replacingOccurrences(of: "セミナーを年6回開催する", with: "セミナーを年6回開く") }
        var options = LintOptions()
        options.paths = [file]
        options.language = .en
        options.format = .json
        let lint = LintRunner.run(options)
        #expect(!lint.stdout.contains("source-"))
        let verify = RunOutcome.collect { VerifyRunner.run(options, source: Corpus.seedPath, standardOutput: $0, standardError: $1) }
        #expect(verify.stdout.contains("\"rule\": \"source-text\""))
        #expect(!verify.stdout.contains("period-window") && !verify.stdout.contains("kpi-unaligned"))
    }

    @Test("a bad source is exit 2 with a message; a prefecture missing from the source is a finding")
    func badSource() throws {
        let folder = try TemporaryFolder()
        let plan = Corpus.plansFolder + "/08-ibaraki.yaml"
        var options = LintOptions()
        options.paths = [plan]
        options.language = .en
        let missing = RunOutcome.collect { VerifyRunner.run(options, source: folder.path + "/none.txt", standardOutput: $0, standardError: $1) }
        #expect(missing.status == 2)
        let sjis = folder.path + "/sjis.txt"
        try Data([0xFF, 0xFF, 0x80, 0xFF]).write(to: URL(fileURLWithPath: sjis))  // no encoding reads these
        let notUTF8 = RunOutcome.collect { VerifyRunner.run(options, source: sjis, standardOutput: $0, standardError: $1) }
        #expect(notUTF8.status == 2 && notUTF8.stderr.joined().contains("not UTF-8"))
        let empty = try folder.write("empty.txt", "no headings\n")
        #expect(RunOutcome.collect { VerifyRunner.run(options, source: empty, standardOutput: $0, standardError: $1) }.status == 2)
        let other = try folder.write("other.txt", "栃木\n(1) 都道府県の産業振興ビジョン等を踏まえた活動指標 (K P I) 【2020年度】\n- ・ 研修会を年2回以上開催する。\n")
        options.color = .never
        let noSection = RunOutcome.collect { VerifyRunner.run(options, source: other, standardOutput: $0, standardError: $1) }
        #expect(noSection.status == 1)
        #expect(noSection.stdout.contains("the source has no section for 茨城 [source-text]"), "\(noSection.stdout)")
    }

    @Test("explain shows the source a source rule's example is verified against")
    func explainShowsSource() {
        let outcome = CatalogueCommands.explain("source-kpi", extra: [], language: .en, environment: [:])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("source (planlint verify --source):\n    栃木\n"))
        #expect(outcome.stdout.contains("→ 5:3: error: the source's part (1) bullet on line 3"))
    }
}
