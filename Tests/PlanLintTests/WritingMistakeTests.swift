import Foundation
import PlanCatalogue
import Testing
@testable import PlanLint

/// The YAML mistakes prefecture staff make on an office PC (issue #14), each in a copy of
/// a real plan: the message names the mistake and what to type instead, in Japanese and
/// English, at the culprit character itself (not at the line where libyaml gave up).
@Suite("YAML writing mistakes, explained at the culprit")
struct WritingMistakeTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// Replaced once in Plans/38-ehime.yaml.
        var from: String
        var to: String
        var rule: String
        var line: Int
        var column: Int
        /// Said by the Japanese and the English message.
        var ja: String
        var en: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a tab as the whole indentation", from: "\n        value: 1000\n", to: "\n\tvalue: 1000\n",
             rule: "yaml-syntax", line: 15, column: 1,
             ja: "字下げにタブ文字が使われています", en: "a tab is used for indentation"),
        Case(name: "a tab after spaces", from: "\n        value: 1000\n", to: "\n    \tvalue: 1000\n",
             rule: "yaml-syntax", line: 15, column: 5,
             ja: "このタブを消し、上の行とそろうように半角スペースで字下げします", en: "replace this tab with spaces"),
        Case(name: "a full-width space in the indentation", from: "\n        value: 1000\n", to: "\n      \u{3000}value: 1000\n",
             rule: "yaml-syntax", line: 15, column: 7,
             ja: "字下げに全角スペース（「　」）が使われています", en: "a full-width space (U+3000 '　') is used for indentation"),
        Case(name: "full-width spaces as the whole indentation", from: "\n        value: 1000\n",
             to: "\n\u{3000}\u{3000}\u{3000}\u{3000}value: 1000\n",
             rule: "yaml-syntax", line: 15, column: 1,
             ja: "字下げに全角スペース", en: "is used for indentation"),
        Case(name: "a full-width space after the colon", from: "value: 1000\n", to: "value:\u{3000}1000\n",
             rule: "yaml-syntax", line: 15, column: 15,
             ja: "「value:」の後ろの空白が全角スペース（「　」）です。コロンの後ろは半角スペースにして「value: 1000」と書きます"
                 .replacingOccurrences(of: "です。コロン", with: "です。YAMLは全角スペースを空白と見なしません。コロン"),
             en: "write a half-width space after the colon: 'value: 1000'"),
        Case(name: "a full-width colon in a block mapping", from: "value: 1000\n", to: "value：1000\n",
             rule: "yaml-syntax", line: 15, column: 14,
             ja: "「value」の後ろのコロンが全角の「：」です。キーと値の間は、半角のコロンと半角スペースで「value: 1000」と書きます",
             en: "the colon after 'value' is a full-width '：' (U+FF1A); separate the key from its value with a half-width colon and a space: 'value: 1000'"),
        Case(name: "a full-width colon in a flow mapping", from: "{value: 887,", to: "{value：887,",
             rule: "schema-unknown-key", line: 20, column: 25,
             ja: "キー「value：887」の「：」は全角のコロンのため、全体がひとつのキーとして読まれています。キーと値の間は、半角のコロンと半角スペースで「value: 887」と書きます",
             en: "its '：' is a full-width colon (U+FF1A), so it all reads as one key"),
        // value is required in a history item: the mistaken key is not also "missing".
        Case(name: "a full-width colon before a required value", from: "{year: 2015, value: 2}", to: "{year: 2015, value：2}",
             rule: "schema-unknown-key", line: 36, column: 31,
             ja: "キー「value：2」の「：」は全角のコロン", en: "unknown key 'value：2'"),
        Case(name: "no space after the colon in a block mapping", from: "value: 1000\n", to: "value:1000\n",
             rule: "yaml-syntax", line: 15, column: 14,
             ja: "「value:」のコロンの後ろに半角スペースがありません。YAMLはコロンの後ろに空白があるときだけキーと値に分けるので、「value: 1000」と書きます",
             en: "no space after the colon of 'value:'; YAML splits a key from its value only at a colon followed by a space: write 'value: 1000'"),
        Case(name: "no space after the colon in a flow mapping", from: "{value: 887,", to: "{value:887,",
             rule: "schema-unknown-key", line: 20, column: 25,
             ja: "キー「value:887」はコロンの後ろに半角スペースがないため、全体がひとつのキーとして読まれています。「value: 887」と書きます",
             en: "unknown key 'value:887': with no space after the colon it all reads as one key; write 'value: 887'"),
        Case(name: "no space after the colons of a period, read as one text", from: "  from: 2020\n  to: 2022\n",
             to: "  from:2020\n  to:2022\n",
             rule: "schema-type", line: 7, column: 7,
             ja: "period はキーと値の組（マッピング）で書きますが、「from:2020 to:2022」はコロンの後ろに半角スペースがないため、文字列として読まれています。「from: 2020」のように",
             en: "period: expected a mapping, found the text 'from:2020 to:2022'; with no space after the colon"),
        Case(name: "a full-width colon in a period, read as one text", from: "  from: 2020\n  to: 2022\n",
             to: "  from：2020\n  to：2022\n",
             rule: "schema-type", line: 7, column: 7,
             ja: "「from：2020 to：2022」の「：」が全角のコロンのため、文字列として読まれています", en: "'：' is a full-width colon"),
        Case(name: "a thousands comma in a flow mapping", from: "{year: 2015, value: 2}", to: "{year: 2015, value: 1,000}",
             rule: "schema-unknown-key", line: 36, column: 34,
             ja: "「value: 1,000」の「,」は桁区切りのカンマですが、波かっこ（中かっこ）の中ではカンマが項目の区切りになるため、「value」の値は最初の数字だけになり、「000」が新しいキーとして読まれています。数値はカンマを付けずに「value: 1000」と書きます",
             en: "'value: 1,000': inside braces a comma separates items, so the thousands separator ends the value of 'value' and '000' is read as a new key; write numbers without commas: 'value: 1000'"),
        Case(name: "two thousands commas, reported once", from: "{value: 887,", to: "{value: 12,345,678,",
             rule: "schema-unknown-key", line: 20, column: 29,
             ja: "「value: 12,345,678」の「,」は桁区切りのカンマ", en: "write numbers without commas: 'value: 12345678'"),
    ]

    static func brokenCopy(_ c: Case, in folder: TemporaryFolder) throws -> String {
        let real = try String(contentsOfFile: repositoryRoot + "/Plans/38-ehime.yaml", encoding: .utf8)
        let range = try #require(real.range(of: c.from))
        return try folder.write("38-ehime.yaml", real.replacingCharacters(in: range, with: c.to))
    }

    @Test("the mistake in text output, in Japanese and English, at the culprit", arguments: cases)
    func text(_ c: Case) throws {
        let folder = try TemporaryFolder()
        let file = try Self.brokenCopy(c, in: folder)
        for (language, phrase) in [(Language.ja, c.ja), (.en, c.en)] {
            let out = lint([file]) { $0.language = language }
            #expect(out.status == 1)
            let lines = out.stdout.split(separator: "\n").filter { $0.hasPrefix(file + ":") }.map(String.init)
            #expect(lines.count == 1, "\(out.stdout)")
            let line = try #require(lines.first)
            #expect(line.hasPrefix("\(file):\(c.line):\(c.column): "), "\(line)")
            #expect(line.contains(phrase), "\(line)")
            #expect(line.hasSuffix("[\(c.rule)]"), "\(line)")
            // No libyaml jargon for a mistake it names.
            #expect(!line.contains("libyaml"), "\(line)")
        }
    }

    @Test("the mistake in JSON output, at the culprit", arguments: cases)
    func json(_ c: Case) throws {
        let folder = try TemporaryFolder()
        let file = try Self.brokenCopy(c, in: folder)
        for (language, phrase) in [(Language.ja, c.ja), (.en, c.en)] {
            let out = lint([file]) { $0.language = language; $0.format = .json }
            let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1)
            let d = try #require(diagnostics.first)
            #expect(d["rule"] as? String == c.rule)
            #expect(d["line"] as? Int == c.line)
            #expect(d["column"] as? Int == c.column)
            #expect((d["message"] as? String)?.contains(phrase) == true, "\(d)")
        }
    }

    @Test("any other libyaml problem starts with Japanese under --lang ja and keeps libyaml's words after it")
    func otherProblems() throws {
        let folder = try TemporaryFolder()
        let real = try String(contentsOfFile: repositoryRoot + "/Plans/38-ehime.yaml", encoding: .utf8)
        let broken: [(String, String, String)] = [
            ("unclosed", "name: 愛媛\n", "name: {愛媛\n"),
            ("colon", "title: 第6次", "title: 計画: 第6次"),
            ("indent", "\n  name: 愛媛\n", "\n name: 愛媛\n"),
            ("character", "name: 愛媛\n", "name: @愛媛\n"),
        ]
        for (name, from, to) in broken {
            let range = try #require(real.range(of: from), "\(name)")
            let file = try folder.write(name + ".yaml", real.replacingCharacters(in: range, with: to))
            let out = lint([file]) { $0.language = .ja }
            let line = try #require(out.stdout.split(separator: "\n").first { $0.hasPrefix(file + ":") }, "\(name)")
            // "file:line:column: error: message [rule]": the message starts in Japanese,
            // and libyaml's English comes only after the Japanese explanation.
            let message = try #require(line.split(separator: " ", maxSplits: 2).last)
            let first = try #require(message.unicodeScalars.first)
            #expect(first.value >= 0x3000, "\(name): \(line)")
            let explained = try #require(line.range(of: "（libyaml の説明: "), "\(name): \(line)")
            #expect(!message[..<explained.lowerBound].unicodeScalars.contains { ("a"..."z").contains($0) }, "\(name): \(line)")
        }
    }

    @Test("--fix applies the certain fixes in braces (full-width colon, missing space, thousands comma), and only those")
    func fixes() throws {
        let folder = try TemporaryFolder()
        let real = try String(contentsOfFile: repositoryRoot + "/Plans/38-ehime.yaml", encoding: .utf8)
        var broken = real.replacingOccurrences(of: "{value: 887,", with: "{value：887,")
        broken = broken.replacingOccurrences(of: "{year: 2015, value: 2}", with: "{year: 2015, value: 2,000}")
        broken = broken.replacingOccurrences(of: "{year: 2016, value: 1}", with: "{year: 2016, value:1}")
        broken = broken.replacingOccurrences(of: "{year: H29, value: 3}", with: "{year: H29, value: 3,000,000}")
        let file = try folder.write("38-ehime.yaml", broken)
        #expect(lint([file]).stdout.contains("[*] "))
        _ = lint([file]) { $0.fixing = FixRequest() }
        let expected = real.replacingOccurrences(of: "{year: 2015, value: 2}", with: "{year: 2015, value: 2000}")
            .replacingOccurrences(of: "{year: H29, value: 3}", with: "{year: H29, value: 3000000}")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)
        // A second --fix changes nothing.
        _ = lint([file]) { $0.fixing = FixRequest() }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)

        // A decimal comma (0,5) is not a thousands comma: the key 5 is only unknown.
        let decimal = try folder.write("decimal.yaml", real.replacingOccurrences(of: "{year: 2015, value: 2}", with: "{year: 2015, value: 0,5}"))
        #expect(lint([decimal]).stdout.contains("unknown key '5'"))

        // A mistake that makes the file unreadable is explained, not rewritten.
        let syntax = try folder.write("syntax.yaml", real.replacingOccurrences(of: "value: 1000\n", with: "value：1000\n"))
        _ = lint([syntax]) { $0.fixing = FixRequest() }
        #expect(try String(contentsOfFile: syntax, encoding: .utf8) == real.replacingOccurrences(of: "value: 1000\n", with: "value：1000\n"))
    }
}
