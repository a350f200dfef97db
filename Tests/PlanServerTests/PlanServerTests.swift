import Foundation
import LanguageServer
import PlanLint
import Testing
@testable import PlanServer

@Suite("planlint lsp: diagnostics")
struct DiagnosticsTests {
    /// Line 6 (0-based 5): 𠮷 at scalar 10, ｶﾅ at 12–14, をを at 25–27.
    @Test("exact ranges on a Japanese line in each position encoding", arguments: [
        ("utf-8", [[5, 10, 5, 14], [5, 17, 5, 23], [5, 56, 5, 62]]),
        ("utf-16", [[5, 10, 5, 12], [5, 13, 5, 15], [5, 26, 5, 28]]),
        ("utf-32", [[5, 10, 5, 11], [5, 12, 5, 14], [5, 25, 5, 27]]),
    ])
    func japaneseRanges(_ encoding: String, _ expected: [[Int]]) throws {
        let folder = try Folder()
        let session = Session()
        session.initialize(encoding: encoding)
        session.open(folder.uri("Plans/jp.yaml"), japanesePlan)
        let sent = session.run()
        let initialize = Session.result(sent, id: 1) as? [String: Any]
        #expect((initialize?["capabilities"] as? [String: Any])?["positionEncoding"] as? String == encoding)
        let diagnostics = try #require(Session.diagnostics(sent).first)
        #expect(diagnostics.map { $0["code"] as? String } == ["text-character", "text-character", "text-doubled"])
        #expect(diagnostics.map(span) == expected)
        #expect(diagnostics.allSatisfy { ($0["codeDescription"] as? [String: String])?["href"]?.hasPrefix("planlint-rule:") == true })
    }

    @Test("severities mapped; incremental and full changes re-lint the editor's text, not the file")
    func changes() throws {
        let folder = try Folder()
        let file = try folder.write("Plans/jp.yaml", japanesePlan)
        let session = Session()
        session.initialize(encoding: "utf-16")
        let uri = "file://" + file
        session.open(uri, japanesePlan)
        // Incremental: をを → を (UTF-16 columns 26–27), then 𠮷 → 吉 and ｶﾅ → カナ.
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": [
            ["range": ["start": ["line": 5, "character": 26], "end": ["line": 5, "character": 27]], "text": ""],
            ["range": ["start": ["line": 5, "character": 13], "end": ["line": 5, "character": 15]], "text": "カナ"],
            ["range": ["start": ["line": 5, "character": 10], "end": ["line": 5, "character": 12]], "text": "吉"],
        ]])
        // Full: the broken text again.
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 3],
                                                  "contentChanges": [["text": japanesePlan]]])
        let sent = session.run()
        let published = Session.diagnostics(sent)
        #expect(published.map(\.count) == [3, 0, 3])
        #expect(published[0].map { $0["severity"] as? Int } == [1, 2, 2])
        // The file on disk was never the source: it still has the findings.
        #expect(try String(contentsOfFile: file, encoding: .utf8) == japanesePlan)
    }

    @Test("planlint.yaml found walking up from the document; waivers and baselines as in the CLI")
    func configurationWaiversBaseline() throws {
        let folder = try Folder()
        try folder.write("planlint.yaml", "rules:\n  text-doubled: off\n")
        let session = Session()
        session.initialize()
        session.open(folder.uri("Plans/sub/jp.yaml"), japanesePlan)
        let waived = japanesePlan + "waivers:\n  - {rule: text-character, at: seminars, reason: 人名}\n"
        session.open(folder.uri("Plans/sub/waived.yaml"), waived)
        let sent = session.run()
        let published = Session.diagnostics(sent)
        #expect(published[0].map { $0["code"] as? String } == ["text-character", "text-character"])
        #expect(published[1].map { $0["severity"] as? Int } == [4, 4]) // waived: hints
        #expect(published[1].allSatisfy { ($0["message"] as? String)?.contains("人名") == true })

        // A baseline recorded by the CLI marks the same findings.
        let plan = try folder.write("Plans/sub/jp.yaml", japanesePlan)
        var options = LintOptions()
        options.paths = [plan]
        options.environment = [:]
        #expect(Baselines.run(options, output: folder.path + "/baseline.json", prune: false, standardError: DescriptorSink(fd: 2, name: "standard error")) == 0)
        try folder.write("planlint.yaml", "rules:\n  text-doubled: off\nbaseline: baseline.json\n")
        let again = Session()
        again.initialize()
        again.open(folder.uri("Plans/sub/jp.yaml"), japanesePlan)
        let baselined = Session.diagnostics(again.run())
        #expect(baselined.first?.map { $0["severity"] as? Int } == [4, 4])
    }

    @Test("a document that is not a plan gets no diagnostics; a broken planlint.yaml is one setup error")
    func notAPlanAndSetup() throws {
        let folder = try Folder()
        let session = Session()
        session.initialize()
        session.open(folder.uri(".gitlab-ci.yml"), "planlint:\n  script: [planlint lint]\n")
        session.open(folder.uri("mkdocs.yml"), "site_name: plans\n")
        session.open(folder.uri("notes/anything.yaml"), "just: text\n")
        session.open("untitled:Untitled-1", "planlint: 1\n")
        let published = Session.diagnostics(session.run())
        #expect(published.map(\.count).prefix(3) == [0, 0, 0])
        #expect(published.last?.isEmpty == false) // an untitled buffer that says planlint: is a plan

        try folder.write("planlint.yaml", "rules:\n  no-such-rule: off\n")
        let broken = Session()
        broken.initialize()
        broken.open(folder.uri("Plans/jp.yaml"), japanesePlan)
        let setup = try #require(Session.diagnostics(broken.run()).first)
        #expect(setup.count == 1)
        #expect(setup.first?["code"] as? String == "setup")
        #expect((setup.first?["message"] as? String)?.contains("planlint.yaml") == true)
    }

    @Test("both positions of a duplicate key: the second as the range, the first as related information")
    func duplicateKey() throws {
        let folder = try Folder()
        let session = Session()
        session.initialize()
        session.open(folder.uri("Plans/dup.yaml"), japanesePlan.replacingOccurrences(of: "planlint: 1\n", with: "planlint: 1\nplanlint: 1\n"))
        let d = try #require(Session.diagnostics(session.run()).first?.first)
        #expect(d["code"] as? String == "yaml-duplicate-key")
        #expect(span(d) == [1, 0, 1, 8])
        let related = try #require((d["relatedInformation"] as? [[String: Any]])?.first)
        #expect(span(related["location"] as? [String: Any] ?? [:]) == [0, 0, 0, 8])
    }

    @Test("a repeated KPI id: related information at the first one")
    func duplicateID() throws {
        let folder = try Folder()
        let session = Session()
        session.initialize()
        let kpi = "  - id: seminars\n    text: 知財セミナーを年6回開催する。\n    targets: [{metric: 開催回数, value: 6, unit: 回, basis: annual}]\n    supports: [plan/ip]\n"
        session.open(folder.uri("Plans/dup.yaml"), japanesePlan.replacingOccurrences(of: "visions:\n", with: kpi + "visions:\n"))
        let published = try #require(Session.diagnostics(session.run()).first)
        let d = try #require(published.first { $0["code"] as? String == "duplicate-id" })
        #expect(span(d) == [9, 8, 9, 16])
        let related = try #require((d["relatedInformation"] as? [[String: Any]])?.first)
        #expect(span(related["location"] as? [String: Any] ?? [:]) == [4, 8, 4, 16])
    }

    @Test("a 5 MB document is linted in bounded time; one over the 8 MiB limit is a yaml-limit finding")
    func hugeDocuments() throws {
        let folder = try Folder()
        let kpi = "  - id: k{N}\n    text: 知財セミナーを年6回開催する。\n    targets:\n      - {metric: 開催回数, value: 6, unit: 回, basis: annual}\n    supports: [plan/ip]\n"
        var body = ""
        var n = 0
        while body.utf8.count < 5_000_000 {
            body += kpi.replacingOccurrences(of: "{N}", with: String(n))
            n += 1
        }
        let big = japanesePlan.replacingOccurrences(of: "kpis:\n", with: "kpis:\n" + body)
        let session = Session()
        session.initialize()
        session.open(folder.uri("Plans/big.yaml"), big)
        session.open(folder.uri("Plans/huge.yaml"), big + String(repeating: "# padding\n", count: 400_000))
        let clock = ContinuousClock()
        let started = clock.now
        let sent = session.run()
        let published = Session.diagnostics(sent)
        #expect(clock.now - started < .seconds(240))
        try #require(published.count == 2, "\(sent.map { $0["method"] ?? $0["id"] ?? "?" })")
        #expect(published[1].map { $0["code"] as? String } == ["yaml-limit"])
    }
}

@Suite("planlint lsp: hover, completion, definition, symbols, code actions")
struct FeatureTests {
    func start(_ lang: String? = "en", encoding: String = "utf-16") throws -> (Session, String, Folder) {
        let folder = try Folder()
        let session = Session()
        session.initialize(encoding: encoding, lang: lang)
        let uri = folder.uri("Plans/jp.yaml")
        session.open(uri, japanesePlan)
        return (session, uri, folder)
    }

    func at(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
    }

    func markdown(_ result: Any?) -> String {
        ((result as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
    }

    @Test("hover: a diagnostic's rule explained in the chosen language, a key's meaning, a reference's goal")
    func hover() throws {
        let (session, uri, _) = try start("ja")
        let onDoubled = session.request("textDocument/hover", at(uri, 5, 26))
        let onBasis = session.request("textDocument/hover", at(uri, 7, 51))
        let onReference = session.request("textDocument/hover", at(uri, 8, 18))
        let onNothing = session.request("textDocument/hover", at(uri, 0, 11))
        let sent = session.run()
        #expect(markdown(Session.result(sent, id: onDoubled)).contains("**text-doubled**"))
        #expect(markdown(Session.result(sent, id: onDoubled)).contains("直し方"))
        #expect(markdown(Session.result(sent, id: onBasis)).contains("annual（毎年）"))
        #expect(markdown(Session.result(sent, id: onReference)).contains("知財セミナーの開催により中小企業の知財活用を促進する。"))
        #expect(markdown(Session.result(sent, id: onReference)).contains("**知財の活用**"))
        #expect(Session.result(sent, id: onNothing) is NSNull)
        let (en, enURI, _) = try start("en")
        let english = en.request("textDocument/hover", at(enURI, 5, 26))
        #expect(markdown(Session.result(en.run(), id: english)).contains("How to fix"))
    }

    func labels(_ result: Any?) -> [String] {
        ((result as? [String: Any])?["items"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    }

    @Test("completion: goal references in supports, basis and comparator values, keys valid at the cursor")
    func completion() throws {
        let folder = try Folder()
        let session = Session()
        session.initialize()
        let uri = folder.uri("Plans/c.yaml")
        let text = japanesePlan
            .replacingOccurrences(of: "    supports: [plan/ip]\n", with: "    supports: [plan/ip, ]\n  - id: two\n    \n")
        session.open(uri, text)
        let inSupports = session.request("textDocument/completion", at(uri, 8, 24))
        let basis = session.request("textDocument/completion", at(uri, 7, 62))
        let kpiKeys = session.request("textDocument/completion", at(uri, 10, 4))
        let targetKeys = session.request("textDocument/completion", at(uri, 7, 48))
        let sent = session.run()
        #expect(labels(Session.result(sent, id: inSupports)) == ["plan/ip"])
        #expect(labels(Session.result(sent, id: basis)).contains("cumulative"))
        #expect(labels(Session.result(sent, id: kpiKeys)) == ["id", "text", "targets", "supports"])
        #expect(labels(Session.result(sent, id: targetKeys)).contains("comparator"))
    }

    @Test("definition from a supports reference to its goal; the outline of KPIs, targets, visions and goals")
    func definitionAndSymbols() throws {
        let (session, uri, _) = try start()
        let definition = session.request("textDocument/definition", at(uri, 8, 18))
        let symbols = session.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        let sent = session.run()
        let location = try #require(Session.result(sent, id: definition) as? [String: Any])
        #expect(location["uri"] as? String == uri)
        #expect(span(location) == [14, 12, 14, 14]) // `ip` of `- id: ip`
        let tree = try #require(Session.result(sent, id: symbols) as? [[String: Any]])
        #expect(tree.map { $0["name"] as? String } == ["seminars", "plan"])
        #expect(((tree[0]["children"] as? [[String: Any]])?.first?["name"] as? String) == "知財セミナーの開催回数")
        #expect(((tree[1]["children"] as? [[String: Any]])?.first?["name"] as? String) == "ip")
    }

    @Test("code action: a waiver for the finding, which the next lint accepts", arguments: ["utf-8", "utf-16", "utf-32"])
    func waiverAction(_ encoding: String) throws {
        let (session, uri, _) = try start("en", encoding: encoding)
        let actions = session.request("textDocument/codeAction", ["textDocument": ["uri": uri],
            "range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]],
            "context": ["diagnostics": []]])
        let sent = session.run()
        let list = try #require(Session.result(sent, id: actions) as? [[String: Any]])
        #expect(list.count == 2) // text-character and text-doubled, both about seminars
        let doubled = try #require(list.first { ($0["title"] as? String)?.contains("text-doubled") == true })
        let edit = try #require(((doubled["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri]?.first)
        let newText = try #require(edit["newText"] as? String)
        #expect(newText.contains("- rule: text-doubled\n    at: seminars\n    reason: \"TODO: why this finding is accepted\"\n"))
        // Apply it and lint again: the finding is waived (severity hint), and only the reason is to fill in.
        let index = LineIndex(japanesePlan)
        let start = span(edit)
        let enc = PositionEncoding(rawValue: encoding)!
        let offset = index.offset(of: Position(line: start[0], character: start[1]), enc)
        var bytes = Array(japanesePlan.utf8)
        bytes.replaceSubrange(offset..<index.offset(of: Position(line: start[2], character: start[3]), enc), with: Array(newText.utf8))
        let again = Session()
        again.initialize(encoding: encoding)
        again.open(uri, String(decoding: bytes, as: UTF8.self))
        let published = try #require(Session.diagnostics(again.run()).first)
        let doubledNow = try #require(published.first { $0["code"] as? String == "text-doubled" })
        #expect(doubledNow["severity"] as? Int == 4)
    }

    @Test("code action: the fix --fix applies, preferred, exact on a Japanese line", arguments: ["utf-8", "utf-16", "utf-32"])
    func fixAction(_ encoding: String) throws {
        let folder = try Folder()
        let session = Session()
        session.initialize(encoding: encoding, lang: "en")
        let uri = folder.uri("Plans/jp.yaml")
        let plan = japanesePlan.replacingOccurrences(of: "value: 6,", with: "value: ６,")
        session.open(uri, plan)
        let actions = session.request("textDocument/codeAction", ["textDocument": ["uri": uri],
            "range": ["start": ["line": 7, "character": 0], "end": ["line": 7, "character": 0]],
            "context": ["diagnostics": []]])
        let sent = session.run()
        let list = try #require(Session.result(sent, id: actions) as? [[String: Any]])
        let fix = try #require(list.first { ($0["title"] as? String)?.contains("Fix with planlint (number-width)") == true },
                               "\(list.map { $0["title"] ?? "" })")
        #expect(fix["isPreferred"] as? Bool == true)
        let edit = try #require(((fix["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri]?.first)
        let range = span(edit)
        let index = LineIndex(plan)
        let enc = PositionEncoding(rawValue: encoding)!
        var bytes = Array(plan.utf8)
        bytes.replaceSubrange(index.offset(of: Position(line: range[0], character: range[1]), enc)
                                ..< index.offset(of: Position(line: range[2], character: range[3]), enc),
                              with: Array((edit["newText"] as? String ?? "").utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == japanesePlan)
    }

    @Test("the waiver edit into an existing block list, a flow list, and an empty one")
    func waiverShapes() throws {
        let block = japanesePlan + "waivers:\n  - rule: text-character\n    reason: 人名\n"
        let flow = japanesePlan + "waivers: [{rule: text-character, reason: 人名}]\n"
        let empty = japanesePlan + "waivers: []\n"
        for (text, expected) in [(block, "  - rule: text-character\n    reason: 人名\n  - rule: text-doubled\n    at: seminars\n"),
                                 (flow, "waivers: [{rule: text-character, reason: 人名}, {rule: text-doubled, at: seminars, reason:"),
                                 (empty, "waivers:\n  - rule: text-doubled\n    at: seminars\n")] {
            let outline = PlanOutline(bytes: Array(text.utf8), limits: .default)
            let edit = WaiverEdit.add(rule: "text-doubled", at: "seminars", language: .en, outline: outline, bytes: Array(text.utf8))
            var bytes = Array(text.utf8)
            bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
            let result = String(decoding: bytes, as: UTF8.self)
            #expect(result.contains(expected), "\(result)")
            #expect(PlanOutline(bytes: bytes, limits: .default).document.issues.isEmpty, "\(result)")
        }
    }

    @Test("byte-range edits (the shape of --fix's edits) map to LSP edits exactly on Japanese text", arguments: PositionEncoding.allCases)
    func byteEdits(_ encoding: PositionEncoding) {
        let index = LineIndex(japanesePlan)
        let line = Array(japanesePlan.utf8)
        let start = line.firstIndex(of: 0xF0)! // 𠮷
        let edits = [ByteEdit(range: (start + 49)..<(start + 52), replacement: ""),
                     ByteEdit(range: start..<(start + 4), replacement: "吉")]
        let workspace = ByteEdit.workspaceEdit(uri: "file:///p.yaml", edits, index, encoding)
        let mapped = workspace.changes["file:///p.yaml"] ?? []
        #expect(mapped.count == 2)
        #expect(mapped[0].newText == "吉") // sorted by position
        #expect(mapped[0].range.start == index.position(ofByte: start, encoding))
        #expect(mapped[0].range.start.character == 10)
        let endCharacter: Int
        switch encoding {
        case .utf8: endCharacter = 14
        case .utf16: endCharacter = 12
        case .utf32: endCharacter = 11
        }
        #expect(mapped[0].range.end == Position(line: 5, character: endCharacter))
        // Every mapped edit converts back to the byte range it came from.
        for (edit, original) in zip(mapped, edits.sorted { $0.range.lowerBound < $1.range.lowerBound }) {
            #expect(index.byteRange(of: edit.range, encoding) == original.range)
        }
    }
}
