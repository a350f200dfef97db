import Foundation
import PlanModel
import Testing
@testable import PlanLint

extension ImportRunner {
    static func run(_ source: String, _ configure: (inout ImportOptions) -> Void = { _ in }) -> RunOutcome {
        var options = ImportOptions(source: source)
        options.language = .en
        configure(&options)
        return RunOutcome.collect { run(options, standardOutput: $0, standardError: $1) }
    }
}

@Suite("planlint import")
struct ImportCommandTests {
    static let section = """
    別添2

    茨城

    （1）都道府県の産業振興ビジョン等を踏まえた活動指標（KPI）【2020～2021年度】

    - ・ビジネスプランの構築に係るセミナー等を年10回開催する。
    - ・知財相談を15件以上（累計）行う。

    （2）都道府県の産業振興ビジョン等に書かれた目標

    ○茨城県総合計画「新しい茨城への挑戦」【2018年度～】

    <新技術を活用したものづくりへの支援>

    - ・新事業を展開しようとする中小企業の知財戦略を支援します。

    栃木

    (1) 都道府県の産業振興ビジョン等を踏まえた活動指標 (K P I)

    - ・ 知財コーディネーターによる企業訪問件数を年30件とする。

    (2) 都道府県の産業振興ビジョン等にかかれた目標

    ○とちぎ産業成長戦略【期限なし】

    - ・ 県内中小企業での知的財産活用を促進する。

    """

    @Test("one prefecture to standard output: periods, targets with their qualifiers, marked inferences")
    func oneToStandardOutput() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("annex.txt", Self.section)
        let outcome = ImportRunner.run(source) { $0.prefectures = ["08"] }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let yaml = outcome.stdout
        #expect(yaml.contains("period:  # 【2020～2021年度】\n  from: 2020\n  to: 2021\n"))
        #expect(yaml.contains("value: 10\n        unit: 回\n        basis: annual  # inferred from 「年10回」"))
        #expect(yaml.contains("value: 15\n        unit: 件\n        basis: cumulative  # inferred from 「15件以上（累計）」\n        comparator: at-least"))
        #expect(yaml.contains("period: {from: 2018, to: open}  # 【2018年度～】"))
        #expect(yaml.contains("heading: 新技術を活用したものづくりへの支援"))
        #expect(yaml.contains("# proposed:"))
        let decoded = PlanDecoder.decode(bytes: Array(yaml.utf8))
        #expect(decoded.findings.isEmpty, "\(decoded.findings.map(\.rule))")
        #expect(decoded.plan?.kpis.count == 2)
        // Deterministic: the same source gives the same bytes.
        #expect(ImportRunner.run(source) { $0.prefectures = ["ibaraki"] }.stdout == yaml)
    }

    @Test("Japanese comments under --lang ja")
    func japanese() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("annex.txt", Self.section)
        let outcome = ImportRunner.run(source) { $0.prefectures = ["茨城県"]; $0.language = .ja }
        #expect(outcome.stdout.contains("basis: annual  # 本文「年10回」から推定"))
        #expect(outcome.stdout.contains("# 提案:"))
    }

    @Test("a missing period is left out, 【期限なし】 has no bounds")
    func missingPeriod() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("annex.txt", Self.section)
        let outcome = ImportRunner.run(source) { $0.prefectures = ["9"] }
        let plan = try #require(PlanDecoder.decode(bytes: Array(outcome.stdout.utf8)).plan)
        #expect(plan.period == nil)
        #expect(plan.visions.first?.period?.to == .open && plan.visions.first?.period?.from == nil)
    }

    @Test("a folder gets NN-romaji.yaml per prefecture; existing files are kept unless --force")
    func folderAndForce() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("annex.txt", Self.section)
        let out = folder.path + "/drafts"
        #expect(ImportRunner.run(source) { $0.output = out }.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["08-ibaraki.yaml", "09-tochigi.yaml"])
        try "edited".write(toFile: out + "/08-ibaraki.yaml", atomically: true, encoding: .utf8)
        let again = ImportRunner.run(source) { $0.output = out }
        #expect(again.status == 2)
        #expect(again.stderr.joined().contains("--force"))
        #expect(try String(contentsOfFile: out + "/08-ibaraki.yaml", encoding: .utf8) == "edited")
        #expect(!FileManager.default.fileExists(atPath: out + "/09-tochigi.yaml.tmp"))
        #expect(ImportRunner.run(source) { $0.output = out; $0.force = true }.status == 0)
        #expect(try String(contentsOfFile: out + "/08-ibaraki.yaml", encoding: .utf8).hasPrefix("# 茨城"))
        // One prefecture to a named file.
        #expect(ImportRunner.run(source) { $0.output = folder.path + "/one.yaml"; $0.prefectures = ["栃木"] }.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/one.yaml"))
    }

    @Test("a source saved in Shift_JIS or EUC-JP (by the real iconv) imports to the same drafts as UTF-8",
          arguments: ["CP932", "EUC-JP"])
    func officeEncodings(_ encoding: String) throws {
        let folder = try TemporaryFolder()
        let utf8 = try folder.write("annex.txt", Self.section)
        let converted = folder.path + "/annex-\(encoding).txt"
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", encoding, "-o", converted, utf8]
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: converted)) != Data(Self.section.utf8))
        #expect(ImportRunner.run(utf8) { $0.output = folder.path + "/a" }.status == 0)
        let run = ImportRunner.run(converted) { $0.output = folder.path + "/b" }
        #expect(run.status == 0, "\(run.stderr)")
        // The same drafts but for the first line, which names the source file.
        func body(_ path: String) throws -> String {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/a")
        #expect(names.count == 2)
        for name in names {
            #expect(try body(folder.path + "/a/" + name) == body(folder.path + "/b/" + name), "\(name)")
        }
    }

    @Test("bad input is a clear error (exit 2), never a partial output")
    func errors() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("annex.txt", Self.section)
        let sjis = folder.path + "/sjis.txt"
        try Data([0xFF, 0xFF, 0x80, 0xFF]).write(to: URL(fileURLWithPath: sjis))  // no encoding reads these
        let notUTF8 = ImportRunner.run(sjis)
        #expect(notUTF8.status == 2 && notUTF8.stderr.joined().contains("not UTF-8"))
        let empty = try folder.write("empty.txt", "nothing here\n")
        #expect(ImportRunner.run(empty).status == 2)
        #expect(ImportRunner.run(source) { $0.prefectures = ["48"] }.status == 2)
        #expect(ImportRunner.run(source) { $0.prefectures = ["北海道"] }.status == 2)
        #expect(ImportRunner.run(source).stderr.joined().contains("--output"))
        #expect(ImportRunner.run(folder.path + "/missing.txt").status == 2)
        // The source itself is never an output.
        #expect(ImportRunner.run(source) { $0.output = source; $0.prefectures = ["8"]; $0.force = true }.status == 2)
        let ja = ImportRunner.run(sjis) { $0.language = .ja }
        #expect(ja.stderr.joined().contains("UTF-8 の文書ではありません"))
    }
}
