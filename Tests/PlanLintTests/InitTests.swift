import Foundation
import PlanModel
import PlanRules
import Testing
@testable import PlanLint

/// `planlint init`: a starting plan for each prefecture that reads cleanly and lints clean.
@Suite("planlint init")
struct InitTests {
    @Test("a prefecture is named by its code, its name with or without suffix, or its romaji")
    func names() {
        for text in ["38", "愛媛", "愛媛県", "ehime", "Ehime", " ehime-ken "] { #expect(Prefectures.code(ofArgument: text) == 38, "\(text)") }
        #expect(Prefectures.code(ofArgument: "08") == 8)
        #expect(Prefectures.code(ofArgument: "東京都") == 13)
        #expect(Prefectures.code(ofArgument: "北海道") == 1)
        for text in ["0", "48", "愛媛市", "", "ehim"] { #expect(Prefectures.code(ofArgument: text) == nil, "\(text)") }
        #expect(Prefectures.fileName(of: 8) == "08-ibaraki.yaml")
    }

    @Test("the file names are those of Plans/")
    func fileNames() throws {
        let plans = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Plans").filter { $0.hasSuffix(".yaml") }.sorted()
        #expect((1...47).map(Prefectures.fileName(of:)) == plans)
    }

    /// The engine with the shipped catalogue, as a run uses it.
    static let engine = Engine(catalogue: Catalogue.compiled, today: CalendarDate(year: 2025, month: 4, day: 1))

    @Test("every prefecture's starting plan decodes with no finding and lints with none, in both languages",
          arguments: [true, false])
    func everyPrefecture(japanese: Bool) {
        for code in 1...47 {
            let text = PlanInit.text(code: code, japanese: japanese)
            let decoded = PlanDecoder.decode(bytes: Array(text.utf8))
            #expect(decoded.findings.isEmpty, "\(code): \(decoded.findings.map(\.rule))")
            #expect(decoded.plan?.prefecture?.code == code)
            #expect(decoded.plan?.period?.from == 2020)
            // The example KPI is a real one, consistent with its own text: a staff member
            // starts from a clean plan and sees each finding their own edits bring.
            let result = Self.engine.lint(bytes: Array(text.utf8), path: "p.yaml")
            #expect(result.diagnostics.isEmpty, "\(code): \(result.diagnostics.map { "\($0.line): \($0.message)" })")
            #expect(text.contains(japanese ? "# 計画期間（年度）" : "# The plan period in fiscal years"))
            #expect(text.contains("id: example-seminars") && text.contains("id: example-vision") && text.contains("id: example-goal"))
        }
    }

    @Test("init writes NN-romaji.yaml in the folder given, refuses to overwrite, and overwrites with --force")
    func writes() throws {
        let folder = try TemporaryFolder()
        let first = PlanInit.run(prefecture: "愛媛", output: folder.path, force: false, language: .ja, environment: [:])
        #expect(first.status == 0)
        let file = folder.path + "/38-ehime.yaml"
        #expect(try String(contentsOfFile: file, encoding: .utf8) == PlanInit.text(code: 38, japanese: true))
        try "mine".write(toFile: file, atomically: true, encoding: .utf8)
        let again = PlanInit.run(prefecture: "38", output: folder.path, force: false, language: .en, environment: [:])
        #expect(again.status == 2)
        #expect(again.lines == ["planlint: error: \(file) already exists; add --force to overwrite it"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
        let forced = PlanInit.run(prefecture: "ehime", output: file, force: true, language: .en, environment: [:])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == PlanInit.text(code: 38, japanese: false))
        let unknown = PlanInit.run(prefecture: "愛媛市", output: folder.path, force: false, language: nil, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(unknown.status == 2)
        #expect(unknown.lines.first?.hasPrefix("planlint: エラー: --prefecture「愛媛市」はどの都道府県でもありません") == true)
    }

    @Test("a starting plan is Japanese unless a language is chosen; the locale or --lang en gives English")
    func defaultLanguage() throws {
        for (environment, language, japanese) in [([String: String](), Language?.none, true), (["LANG": "C.UTF-8"], nil, true),
                                                  (["LANG": "en_US.UTF-8"], nil, false), (["LANG": "ja_JP.UTF-8"], Language.en, false)] {
            let folder = try TemporaryFolder()
            #expect(PlanInit.run(prefecture: "38", output: folder.path, force: false, language: language,
                                 environment: environment).status == 0)
            let text = try String(contentsOfFile: folder.path + "/38-ehime.yaml", encoding: .utf8)
            #expect(text == PlanInit.text(code: 38, japanese: japanese), "\(environment) \(String(describing: language))")
        }
    }
}
