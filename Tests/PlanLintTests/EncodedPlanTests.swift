import Foundation
import Testing
@testable import PlanLint
import PlanDiff
import PlanRules

/// Plan files saved by an office PC in Shift_JIS (CP932), EUC-JP, UTF-16 or UTF-32 are
/// linted as their UTF-8 text (positions, excerpts), with the yaml-encoding warning;
/// ambiguous bytes are an error, bytes in no encoding a yaml-syntax finding at the first
/// bad byte, and --fix never rewrites such a file. The fixtures are made by the real iconv
/// (Tests/PlanEncodingTests/Fixtures/README.md).
@Suite("plan files in other encodings")
struct EncodedPlanTests {
    static let fixtures = repositoryRoot + "/Tests/PlanEncodingTests/Fixtures/"
    static let converted = [("ehime.cp932.yaml", "Shift_JIS (CP932)"), ("ehime.eucjp.yaml", "EUC-JP"),
                            ("ehime.utf16le-bom.yaml", "UTF-16LE"), ("ehime.utf32be-bom.yaml", "UTF-32BE")]

    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// A copy of a fixture as `38-ehime.yaml` in a folder of its own under this test's folder.
    func copy(_ fixture: String) throws -> (file: String, bytes: [UInt8]) {
        let file = folder.path + "/" + fixture + "/38-ehime.yaml"
        try FileManager.default.createDirectory(atPath: folder.path + "/" + fixture, withIntermediateDirectories: true)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.fixtures + fixture)))
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return (file, bytes)
    }

    /// The diagnostics of a JSON report, each as rule@line:column-endLine:endColumn message.
    func findings(_ file: String, language: Language = .en) throws -> [String] {
        let outcome = lint([file]) { $0.format = .json; $0.language = language }
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]] ?? []
        return diagnostics.map { d in
            "\(d["rule"]!)@\(d["line"]!):\(d["column"]!)-\(d["endLine"]!):\(d["endColumn"]!) \(d["message"]!)"
        }
    }

    @Test("the same findings as the UTF-8 file, the misspelled key at 14:30, and the warning at 1:1",
          arguments: converted)
    func sameFindingsAsUTF8(fixture: String, encoding: String) throws {
        let (utf8File, _) = try copy("ehime.utf8.yaml")
        let (file, _) = try copy(fixture)
        let expected = try findings(utf8File)
        #expect(expected.contains("schema-unknown-key@14:30-14:34 unknown key 'valu'; did you mean 'value'?"), "\(expected)")
        let found = try findings(file)
        #expect(found.first?.hasPrefix("yaml-encoding@1:1-1:1 this file is saved in \(encoding), not UTF-8") == true, "\(found)")
        #expect(Array(found.dropFirst()) == expected)
        let ja = try findings(file, language: .ja)
        #expect(ja.first?.hasPrefix("yaml-encoding@1:1-1:1 このファイルは UTF-8 ではなく、文字コード \(encoding) で保存されています") == true,
                "\(ja)")
    }

    @Test("the excerpts in the text and HTML reports show the converted text, not mojibake", arguments: converted)
    func excerpts(fixture: String, encoding: String) throws {
        let (file, _) = try copy(fixture)
        let text = lint([file]) { $0.color = .always; $0.environment = [:] }
        #expect(text.stdout.contains("14 |       - {metric: 商標に関する相談件数, valu: 1000,"), "\(text.stdout)")
        #expect(text.stdout.contains(" 1 | # 愛媛: transcribed from 別添2"), "\(text.stdout)")
        let html = lint([file]) { $0.format = .html }
        #expect(html.stdout.contains("商標に関する相談件数, <mark>valu</mark>: 1000"), "\(html.stdout.prefix(300))")
    }

    @Test("bytes that read as both CP932 and EUC-JP are an error that says so, and nothing else")
    func ambiguous() throws {
        let (file, _) = try copy("ambiguous.eucjp.yaml")
        let found = try findings(file)
        #expect(found == ["yaml-encoding@1:1-1:1 the encoding cannot be decided: the file reads as Shift_JIS (CP932) / EUC-JP "
            + "and nothing tells them apart. A guess could garble the text, so the file was not linted. "
            + "Open it on the machine that made it and save it as UTF-8"])
        #expect(lint([file]).status == 1)
    }

    @Test("bytes in no known encoding are yaml-syntax at the first bad byte's line and column")
    func garbage() throws {
        let (file, _) = try copy("garbage.yaml")
        let found = try findings(file)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("yaml-syntax@2:8-2:8 unknown encoding: from the byte 0xFF at this position") == true, "\(found)")
    }

    @Test("--fix and --fix --diff leave a file in another encoding byte for byte, and say why", arguments: converted)
    func fixRefuses(fixture: String, encoding: String) throws {
        for language in [Language.en, .ja] {
            let (file, bytes) = try copy(fixture)
            let outcome = lint([file]) { $0.fixing = FixRequest(); $0.language = language }
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: file))) == bytes)
            #expect(outcome.status == 1) // the misspelled key remains, as docs/ci.md says: the status of what remains
            let note = language == .ja
                ? "planlint: 注記: \(file): 文字コードが \(encoding) で UTF-8 ではないため、修正を書き込みませんでした。UTF-8 で保存し直してから、もう一度 --fix を実行してください"
                : "planlint: note: \(file): not rewritten: the file is saved in \(encoding), not UTF-8. Save it as UTF-8 first, then run --fix again"
            #expect(outcome.stderr.contains { $0.hasPrefix(note) }, "\(outcome.stderr)")
            let plain = lint([file]) { $0.language = language }
            #expect(plain.stderr.last == (language == .ja
                ? "planlint: そのうち1件は UTF-8 以外の文字コードで保存されたファイルにあります。そのファイルは、UTF-8 で保存し直してから --fix を実行してください"
                : "planlint: 1 of them is in files not saved as UTF-8: save those as UTF-8 first, then run --fix"), "\(plain.stderr)")
            let diff = lint([file]) { $0.fixing = FixRequest(diff: true); $0.language = language }
            #expect(diff.stdout.isEmpty, "\(diff.stdout)")
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: file))) == bytes)
        }
    }

    @Test("planlint diff reads a side saved in CP932: a lowered target is named, with both values")
    func diffReadsConvertedSide() throws {
        let old = folder.path + "/old", new = folder.path + "/new"
        for side in [old, new] { try FileManager.default.createDirectory(atPath: side, withIntermediateDirectories: true) }
        let text = try String(contentsOfFile: repositoryRoot + "/Plans/38-ehime.yaml", encoding: .utf8)
        try text.write(toFile: old + "/38-ehime.yaml", atomically: true, encoding: .utf8)
        let lowered = text.replacingOccurrences(of: "        value: 1000\n", with: "        value: 900\n")
        #expect(lowered != text)
        try lowered.write(toFile: folder.path + "/lowered.yaml", atomically: true, encoding: .utf8)
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "CP932", "-o", new + "/38-ehime.yaml", folder.path + "/lowered.yaml"]
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        var options = DiffOptions(old: old, new: new)
        options.format = .json
        options.lint.language = .en
        let run = RunOutcome.collect { DiffRunner.run(options, standardOutput: $0, standardError: $1) }
        #expect(run.stdout.contains("\"target-lowered\""), "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("1,000件") && run.stdout.contains("900件"), "\(run.stdout)")
    }
}
