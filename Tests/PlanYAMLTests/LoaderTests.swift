import Testing
@testable import PlanYAML

/// Loads text that is expected to load without problems.
private func root(_ text: String) throws -> Node {
    let doc = YAMLLoader.load(text)
    #expect(doc.issues.isEmpty, "unexpected issues: \(doc.issues)")
    return try #require(doc.root)
}

@Suite("Marks")
struct MarkTests {
    @Test("keys and values carry 1-based line and column")
    func keyAndValueMarks() throws {
        let node = try root("a: 1\nbb:\n  c: x\n")
        let pairs = try #require(node.mapping)
        #expect(pairs[0].key.range.start == Mark(line: 1, column: 1, offset: 0))
        #expect(pairs[0].value.range.start == Mark(line: 1, column: 4, offset: 3))
        #expect(pairs[1].key.range.start == Mark(line: 2, column: 1, offset: 5))
        let inner = try #require(pairs[1].value.mapping)
        #expect(inner[0].value.range.start == Mark(line: 3, column: 6, offset: 14))
    }

    @Test("columns count Unicode scalars after Japanese text; offsets count bytes")
    func japaneseColumns() throws {
        let node = try root("名前: 茨城県\n期間: {from: 2020, to: 2021}\n")
        let pairs = try #require(node.mapping)
        #expect(pairs[0].value.range.start == Mark(line: 1, column: 5, offset: 8))
        #expect(pairs[0].value.range.end.column == 8)
        let period = try #require(pairs[1].value.mapping)
        // "期間: {from: " is 11 scalars and 15 bytes; the line starts at byte 18.
        #expect(period[0].value.range.start == Mark(line: 2, column: 12, offset: 18 + 15))
    }

    @Test("a byte-order mark is not counted, CRLF ends a line")
    func bomAndCRLF() throws {
        let doc = YAMLLoader.load([0xEF, 0xBB, 0xBF] + Array("a: 日本\r\nb: c\r\n".utf8))
        let pairs = try #require(doc.root?.mapping)
        #expect(pairs[0].key.range.start == Mark(line: 1, column: 1, offset: 3))
        #expect(pairs[1].value.range.start.line == 2)
        #expect(pairs[1].value.range.start.column == 4)
        #expect(pairs[1].value.range.start.offset == 3 + 11 + 3)
    }
}

@Suite("Scalars")
struct ScalarTests {
    @Test("styles are kept and nothing is typed",
          arguments: [
            ("v: no", "no", ScalarStyle.plain),
            ("v: 'on'", "on", .singleQuoted),
            ("v: \"0123\"", "0123", .doubleQuoted),
            ("v: 2020-04-01", "2020-04-01", .plain),
            ("v: |\n  a\n  b\n", "a\nb\n", .literal),
            ("v: >-\n  a\n  b\n", "a b", .folded),
          ])
    func styles(text: String, value: String, style: ScalarStyle) throws {
        let scalar = try #require(try root(text)["v"]?.scalar)
        #expect(scalar.value == value)
        #expect(scalar.style == style)
    }

    @Test("tags are kept in full")
    func tags() throws {
        let node = try #require(try root("v: !!str 12\n")["v"])
        #expect(node.tag == "tag:yaml.org,2002:str")
    }

    @Test("null is recognised only in plain style")
    func nulls() throws {
        #expect(try root("v: ~\n")["v"]?.scalar?.isNull == true)
        #expect(try root("v:\n")["v"]?.scalar?.isNull == true)
        #expect(try root("v: 'null'\n")["v"]?.scalar?.isNull == false)
    }

    @Test("exactly the null spellings are null", arguments: [
        ("", true), ("~", true), ("null", true), ("Null", true), ("NULL", true),
        ("nul", false), ("nulls", false), ("nuLL", false), ("NuLL", false), ("~~", false), (" ", false),
        ("ｎｕｌｌ", false), ("〜", false), ("0", false), ("none", false), ("None", false),
    ])
    func nullSpellings(text: String, isNull: Bool) {
        #expect(Scalar(text).isNull == isNull)
        #expect(Scalar(text, style: .singleQuoted).isNull == false)
    }
}

@Suite("Problems")
struct ProblemTests {
    @Test("a syntax error has libyaml's problem text and position")
    func syntaxError() throws {
        let doc = YAMLLoader.load("a: 1\nb: [1, 2\nc: 3\n")
        #expect(doc.root == nil)
        let issue = try #require(doc.issues.first)
        #expect(issue.kind == .syntax)
        #expect(issue.message.contains("did not find expected"))
        #expect(issue.range.start.line == 3)
    }

    @Test("a tab in indentation is a syntax error with a position")
    func tabError() throws {
        let issue = try #require(YAMLLoader.load("a:\n\tb: 1\n").issues.first)
        #expect(issue.kind == .syntax)
        #expect(issue.range.start.line == 2)
    }

    @Test("every repeated key is reported with both positions")
    func duplicateKeys() throws {
        let doc = YAMLLoader.load("a: 1\nb: 2\na: 3\nm:\n  x: 1\n  x: 2\n  x: 3\n")
        #expect(doc.root != nil)
        #expect(doc.issues.map(\.kind) == [.duplicateKey, .duplicateKey, .duplicateKey])
        #expect(doc.issues[0].range.start == Mark(line: 3, column: 1, offset: 10))
        #expect(doc.issues[0].related == Mark(line: 1, column: 1, offset: 0))
        #expect(doc.issues[2].range.start.line == 7)
        #expect(doc.issues[2].related?.line == 5)
        #expect(doc.issues[0].subject == "a")
    }

    @Test("repeated keys are found in small and in large mappings, each against its first position",
          arguments: [3, 16, 17, 40])
    func duplicateKeysBySize(keys: Int) throws {
        // Keys k0…k(n-1), then k1 again, then k(n-1) twice more: small mappings are searched
        // linearly, large ones through a dictionary built part way; both must agree.
        var text = (0..<keys).map { "k\($0): \($0)\n" }.joined()
        text += "k1: again\nk\(keys - 1): again\nk\(keys - 1): and again\n"
        let doc = YAMLLoader.load(text)
        #expect(doc.root != nil)
        #expect(doc.issues.map(\.subject) == ["k1", "k\(keys - 1)", "k\(keys - 1)"])
        #expect(doc.issues.map { $0.range.start.line } == [keys + 1, keys + 2, keys + 3])
        #expect(doc.issues.map { $0.related?.line } == [2, keys, keys])
    }

    @Test("byte offsets after Japanese, emoji and accented text match the UTF-8 bytes")
    func offsetsAfterMultibyteText() throws {
        let lines = ["a: é", "b: 茨城県の知財", "c: 🗾と😀", "d: plain ascii text long enough", "e: x"]
        let text = lines.joined(separator: "\n") + "\n"
        let pairs = try #require(root(text).mapping)
        var offset = 0
        for (i, line) in lines.enumerated() {
            #expect(pairs[i].key.range.start.offset == offset)
            #expect(pairs[i].value.range.start.offset == offset + 3)
            #expect(pairs[i].value.range.end.offset == offset + line.utf8.count)
            #expect(pairs[i].value.range.end.column == line.unicodeScalars.count + 1)
            offset += line.utf8.count + 1
        }
    }

    @Test("a quoted and a plain key with the same text are the same key")
    func quotedDuplicate() {
        #expect(YAMLLoader.load("a: 1\n\"a\": 2\n").issues.first?.kind == .duplicateKey)
    }

    @Test("more than one document is rejected")
    func multipleDocuments() throws {
        let doc = YAMLLoader.load("a: 1\n---\nb: 2\n")
        let issue = try #require(doc.issues.first)
        #expect(issue.kind == .multipleDocuments)
        #expect(issue.range.start.line == 2)
    }

    @Test("an empty stream or a comment-only file has no root and no problem",
          arguments: ["", "# only a comment\n", "\n\n"])
    func empty(text: String) {
        let doc = YAMLLoader.load(text)
        #expect(doc.root == nil)
        #expect(doc.issues.isEmpty)
    }
}

@Suite("Aliases and limits")
struct LimitTests {
    @Test("aliases resolve to a copy of the anchored node")
    func aliases() throws {
        let node = try root("a: &x {k: v}\nb: *x\n")
        #expect(node["b"]?["k"]?.scalar?.value == "v")
        #expect(node["b"]?.range.start.line == 2)
    }

    @Test("an undefined alias is an error")
    func undefinedAlias() {
        #expect(YAMLLoader.load("a: *nope\n").issues.first?.kind == .syntax)
    }

    @Test("an alias bomb stops at the expansion limit")
    func aliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let prev = "*a\(i - 1)"
            text += "a\(i): &a\(i) [\(Array(repeating: prev, count: 10).joined(separator: ", "))]\n"
        }
        let doc = YAMLLoader.load(text)
        #expect(doc.root == nil)
        let issue = try #require(doc.issues.first)
        #expect(issue.kind == .limit)
        #expect(issue.subject == "max-alias-nodes")
    }

    @Test("nesting deeper than the limit is an error, not a crash")
    func depth() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let doc = YAMLLoader.load(deep)
        #expect(doc.root == nil)
        #expect(doc.issues.first?.subject == "max-depth")
        let shallow = YAMLLoader.load(deep, limits: LoadLimits(maxDepth: 20_000))
        #expect(shallow.issues.isEmpty)
    }

    @Test("file size and scalar length limits")
    func sizes() {
        let big = "a: " + String(repeating: "x", count: 100) + "\n"
        #expect(YAMLLoader.load(big, limits: LoadLimits(maxBytes: 50)).issues.first?.subject == "max-bytes")
        #expect(YAMLLoader.load(big, limits: LoadLimits(maxScalarBytes: 50)).issues.first?.subject == "max-scalar-bytes")
        #expect(YAMLLoader.load(big).issues.isEmpty)
    }
}

@Suite("Encodings")
struct EncodingTests {
    @Test("invalid UTF-8 is a syntax error with the byte offset")
    func invalidUTF8() throws {
        let doc = YAMLLoader.load(Array("a: b\nc: ".utf8) + [0xFF, 0x0A])
        let issue = try #require(doc.issues.first)
        #expect(issue.kind == .syntax)
        #expect(issue.range.start.offset == 8)
        #expect(issue.range.start.line == 2)
        #expect(issue.message.contains("offset 8"))
    }

    @Test("a NUL byte is a syntax error")
    func nul() throws {
        let doc = YAMLLoader.load(Array("a: b".utf8) + [0] + Array("\n".utf8))
        #expect(doc.issues.first?.kind == .syntax)
    }
}
