import Foundation
import PlanTestSupport
import PlanReport
import PlanRules
import Testing
@testable import PlanLint

/// Under `--lang ja` the words around the messages are Japanese too: the severity labels of
/// the text and Markdown reports, the category names, `rules`, and every line on standard
/// error (`planlint: エラー:` with the problem in Japanese). Machine outputs keep the keys.
@Suite struct JapaneseLabelsTests {
    static func run(_ language: Language, format: ReportFormat = .text,
                    _ adjust: (inout LintOptions) -> Void = { _ in }) throws -> RunOutcome {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", ThresholdTests.warningPlan)
        return withExtendedLifetime(folder) {
            lint([file]) {
                $0.language = language
                $0.format = format
                adjust(&$0)
            }
        }
    }

    @Test func textLabelsFollowTheLanguage() throws {
        let ja = try Self.run(.ja)
        #expect(ja.stdout.contains(": 警告: ") && ja.stdout.contains(": 情報: "), "\(ja.stdout)")
        #expect(!ja.stdout.contains(": warning: ") && !ja.stdout.contains(": info: "))
        let en = try Self.run(.en)
        #expect(en.stdout.contains(": warning: ") && en.stdout.contains(": info: "))
        #expect(!en.stdout.contains("警告:"))
    }

    @Test func machineFormatsKeepTheKeys() throws {
        let json = try Self.run(.ja, format: .json)
        #expect(json.stdout.contains("\"severity\": \"warning\"") && !json.stdout.contains("\"severity\": \"警告\""))
        let sarif = try Self.run(.ja, format: .sarif)
        #expect(sarif.stdout.contains("\"level\": \"warning\""))
        let github = try Self.run(.ja, format: .github)
        #expect(github.stdout.contains("::warning "))
    }

    @Test func markdownSaysSeverityAndCategoryInJapanese() throws {
        let md = try Self.run(.ja, format: .markdown).stdout
        #expect(md.contains("⚠️ 警告 |") || md.contains(" 警告 |"), "\(md)")
        #expect(md.contains("| 測定可能性 |") || md.contains("| ビジョン対応 |"), "\(md)")
        #expect(!md.contains("| measurability |"))
        let en = try Self.run(.en, format: .markdown).stdout
        #expect(en.contains(" warning |"))
    }

    @Test func setupErrorsAreJapanese() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", ThresholdTests.warningPlan)
        let config = try folder.write("bad.yaml", "window: 3\n")
        try withExtendedLifetime(folder) {
            let baseline = lint([file]) { $0.language = .ja; $0.baseline = folder.path + "/none.json" }
            #expect(baseline.status == 2)
            #expect(baseline.stderr == ["planlint: エラー: \(folder.path)/none.json: ベースラインのファイルがありません"
                                        + "（planlint baseline --output \(folder.path)/none.json で作れます）"])
            let configured = lint([file]) { $0.language = .ja; $0.configPath = config }
            #expect(configured.stderr == ["planlint: エラー: \(config):1:9: /window: マッピング（キー: 値 の組）を書くところに 3 があります"],
                    "\(configured.stderr)")
            let output = lint([file]) { $0.language = .ja; $0.output = "/nonexistent-folder/x.json" }
            #expect(output.stderr.first?.hasPrefix("planlint: エラー: /nonexistent-folder/x.json: フォルダ /nonexistent-folder がないか") == true,
                    "\(output.stderr)")
            let folderOutput = lint([file]) { $0.language = .ja; $0.output = folder.path }
            #expect(folderOutput.stderr == ["planlint: エラー: \(folder.path) はフォルダなので書き込めません"], "\(folderOutput.stderr)")
            let overPlan = lint([file]) { $0.language = .ja; $0.output = file }
            #expect(overPlan.stderr == ["planlint: エラー: \(file): 入力の計画ファイル \(file) の上にレポートを書くことはしません"],
                    "\(overPlan.stderr)")
            let english = lint([file]) { $0.language = .en; $0.configPath = config }
            #expect(english.stderr == ["planlint: error: \(config):1:9: /window: expected mapping, found 3"], "\(english.stderr)")
        }
    }

    @Test func aTypingMistakeInTheConfigurationSaysWhatToWrite() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("p.yaml", ThresholdTests.warningPlan)
        let config = try folder.write("c.yaml", "window: {from：2020, to: 2022}\n")
        withExtendedLifetime(folder) {
            #expect(lint([file]) { $0.language = .ja; $0.configPath = config }.stderr
                == ["planlint: エラー: \(config):1:14: 書き方の誤りがあります（full-width-colon）。「from: 2020」と書きます"])
            #expect(lint([file]) { $0.language = .en; $0.configPath = config }.stderr
                == ["planlint: error: \(config):1:14: a typing mistake (full-width-colon): write 'from: 2020'"])
        }
    }

    @Test func ambiguousReportPairingIsExplainedInBothLanguages() {
        do {
            _ = try ReportTarget.pairing([ReportTarget(format: .sarif), ReportTarget(format: .text)], outputs: ["a"])
            Issue.record("an ambiguous pairing must be refused")
        } catch let error as SetupError {
            #expect(error.text(.ja).contains("--output がどのレポートのファイルかわかりません"))
            #expect(error.text(.en).contains("--output cannot say which report"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func explainOfAnUnknownRuleIsJapanese() {
        let outcome = RunOutcome.collect {
            CatalogueCommands.explain("no-such-rule", extra: [], language: .ja, environment: [:],
                                      standardOutput: $0, standardError: $1)
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.first?.hasPrefix("planlint: エラー: no-such-rule: そのようなルールはありません") == true,
                "\(outcome.stderr)")
    }

    @Test func rulesListIsAlignedByDisplayWidth() {
        let outcome = CatalogueCommands.list(json: false, extra: [], language: .ja, environment: [:])
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("  書式") && $0.contains("エラー") })
        // The title starts at the same terminal column on every line.
        let columns = Set(lines.map { line -> Int in
            let parts = line.components(separatedBy: "  ").filter { !$0.isEmpty }
            let beforeTitle = line.range(of: parts.count >= 4 ? parts[3] : line)!.lowerBound
            return line[..<beforeTitle].unicodeScalars.reduce(0) { $0 + (Self.isWide($1) ? 2 : 1) }
        })
        #expect(columns.count == 1, "\(columns)")
    }

    /// Kana, kanji and full-width forms take two terminal columns (as in TextReporter).
    static func isWide(_ u: Unicode.Scalar) -> Bool {
        (0x3041...0x33FF).contains(u.value) || (0x4E00...0x9FFF).contains(u.value) || (0xFF00...0xFF60).contains(u.value)
    }

    @Test func commandLineLanguage() {
        #expect(UsageMessages.language(arguments: ["lint", "--lang", "ja"], environment: [:]) == .ja)
        #expect(UsageMessages.language(arguments: ["lint", "--lang=ja"], environment: ["LANG": "en_US.UTF-8"]) == .ja)
        #expect(UsageMessages.language(arguments: ["lint"], environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(UsageMessages.language(arguments: ["lint", "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"]) == .en)
        #expect(UsageMessages.language(arguments: ["lint", "--", "--lang", "ja"], environment: [:]) == .en)
    }

    @Test func parserMistakesGetAJapaneseSentence() {
        #expect(UsageMessages.japaneseLead(for: "Error: Unknown option '--bogus'\nUsage: …")
            == "planlint: エラー: オプション「--bogus」はありません。綴りを確かめてください（使えるオプションは --help で見られます）")
        #expect(UsageMessages.japaneseLead(for: "Error: Missing value for '--format <format[:file]>'")
            == "planlint: エラー: オプション「--format <format[:file]>」の後に値がありません")
        #expect(UsageMessages.japaneseLead(for: "Error: The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'ja' and 'en'.")
            .contains("「xx」は「--lang <lang>」に指定できる値ではありません"))
        #expect(UsageMessages.japaneseLead(for: "Error: something new") == "planlint: エラー: コマンドの指定が正しくありません")
    }

    @Test(.enabled(if: Binary.path != nil || ConsumerTools.isCI))
    func theProcessSaysUsageMistakesInJapanese() throws {
        let folder = try TemporaryFolder()
        let bogus = try Binary.run(["lint", "--lang", "ja", "--bogus"], in: folder.path)
        #expect(bogus.status == 2)
        #expect(bogus.err.hasPrefix("planlint: エラー: オプション「--bogus」はありません"), "\(bogus.err)")
        #expect(bogus.err.contains("Error: Unknown option '--bogus'"), "the parser's own words follow")
        let english = try Binary.run(["lint", "--bogus"], in: folder.path)
        #expect(english.err.hasPrefix("Error: Unknown option '--bogus'"), "\(english.err)")
        let dash = try Binary.run(["lint", "-h.yaml"], in: folder.path, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(dash.err.hasPrefix("planlint: エラー: 「-h.yaml」はオプションとして読まれてしまいます"), "\(dash.err)")
    }
}
