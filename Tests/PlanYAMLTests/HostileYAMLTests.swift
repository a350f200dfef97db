import Foundation
import PlanTestSupport
import Testing
@testable import PlanYAML

/// Bytes of `text` in UTF-16 with a byte-order mark.
func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
        let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        bytes += littleEndian ? [lo, hi] : [hi, lo]
    }
    return bytes
}

/// The only issue of a load, which must be one.
private func onlyIssue(_ bytes: [UInt8], limits: LoadLimits = .default) throws -> YAMLIssue {
    let doc = YAMLLoader.load(bytes, limits: limits)
    #expect(doc.root == nil)
    #expect(doc.issues.count == 1, "\(doc.issues)")
    return try #require(doc.issues.first)
}

private func onlyIssue(_ text: String, limits: LoadLimits = .default) throws -> YAMLIssue {
    try onlyIssue(Array(text.utf8), limits: limits)
}

@Suite("Hostile input: limits")
struct HostileLimitTests {
    /// Ten levels of ten aliases each: 10^10 nodes if expanded.
    static let billionLaughs: String = {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [\(Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", "))]\n"
        }
        return text
    }()

    @Test("the alias-node limit is configurable and its message names the limit")
    func aliasNodes() throws {
        let issue = try onlyIssue(Self.billionLaughs)
        #expect(issue.kind == .limit)
        #expect(issue.subject == "max-alias-nodes")
        #expect(issue.message.contains("100000 nodes"))
        let small = "a: &a [1, 2]\nb: [*a, *a, *a]\n"   // aliases add 3 × 3 nodes
        #expect(YAMLLoader.load(small, limits: LoadLimits(maxAliasNodes: 9)).issues.isEmpty)
        #expect(try onlyIssue(small, limits: LoadLimits(maxAliasNodes: 8)).range.start == Mark(line: 2, column: 13, offset: 25))
    }

    @Test("the alias-byte limit stops a long scalar repeated by aliases")
    func aliasBytes() throws {
        let long = String(repeating: "長", count: 200_000)   // 600,000 bytes
        let text = "a: &a \(long)\nb: [" + Array(repeating: "*a", count: 40).joined(separator: ", ") + "]\n"
        let issue = try onlyIssue(text)   // 40 × 600 KB = 24 MB > 16 MiB
        #expect(issue.subject == "max-alias-bytes")
        #expect(issue.message.contains("\(16 << 20) bytes"))
        #expect(issue.range.start.line == 2)
        #expect(YAMLLoader.load(text, limits: LoadLimits(maxAliasBytes: 25_000_000)).issues.isEmpty)
        let keyed = "k: &k {abcd: efgh}\nl: [*k, *k]\n"   // 8 bytes per alias
        #expect(YAMLLoader.load(keyed, limits: LoadLimits(maxAliasBytes: 16)).issues.isEmpty)
        #expect(try onlyIssue(keyed, limits: LoadLimits(maxAliasBytes: 15)).subject == "max-alias-bytes")
    }

    @Test("counts cannot overflow even with the limits set to Int.max")
    func saturatingCounts() throws {
        var text = "a0: &a0 [x, x]\n"
        for i in 1...70 { text += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1)]\n" }   // 2^71 nodes expanded
        let unlimited = LoadLimits(maxAliasNodes: .max, maxAliasBytes: .max)
        let doc = YAMLLoader.load(text, limits: unlimited)
        #expect(doc.issues.isEmpty)
        #expect(doc.root?["a70"]?.sequence?.count == 2)
        #expect(try onlyIssue(text).subject == "max-alias-nodes")
    }

    @Test("a recursive alias is an error that says so")
    func recursiveAlias() throws {
        let issue = try onlyIssue("a: &a [1, *a]\n")
        #expect(issue.kind == .syntax)
        #expect(issue.message.contains("recursive alias 'a'"))
        #expect(issue.range.start == Mark(line: 1, column: 11, offset: 10))
    }

    /// Deeply nested text of one form, built in the test (a 100 KB argument would fill the log).
    static func nested(_ form: String) -> String {
        switch form {
        case "flow sequences": return String(repeating: "[", count: 100_000)
        case "flow mappings": return String(repeating: "{a: ", count: 50_000)
        case "block sequences": return (0..<300).map { String(repeating: " ", count: $0) + "-\n" }.joined()
        default: return (0..<300).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        }
    }

    @Test("deep nesting in every form stops at the depth limit",
          arguments: ["flow sequences", "flow mappings", "block sequences", "block mappings"])
    func depth(form: String) throws {
        let text = Self.nested(form)
        let issue = try onlyIssue(text)
        #expect(issue.kind == .limit)
        #expect(issue.subject == "max-depth")
        #expect(issue.message.contains("128 levels"))
        #expect(try onlyIssue(text, limits: LoadLimits(maxDepth: 3)).message.contains("3 levels"))
    }

    @Test("file size and scalar length limits name the sizes")
    func sizes() throws {
        let text = "a: " + String(repeating: "x", count: 5000) + "\n"
        let size = try onlyIssue(text, limits: LoadLimits(maxBytes: 4096))
        #expect(size.subject == "max-bytes")
        #expect(size.message.contains("5004 bytes") && size.message.contains("4096"))
        let scalar = try onlyIssue(text, limits: LoadLimits(maxScalarBytes: 4096))
        #expect(scalar.subject == "max-scalar-bytes")
        #expect(scalar.range.start == Mark(line: 1, column: 4, offset: 3))
        let key = try onlyIssue(String(repeating: "k", count: 300) + ": v\n", limits: LoadLimits(maxScalarBytes: 100))
        #expect(key.subject == "max-scalar-bytes")
    }
}

@Suite("Hostile input: encodings")
struct HostileEncodingTests {
    @Test("UTF-16 with a byte-order mark is read as its UTF-8 text: same lines, columns and offsets",
          arguments: [true, false])
    func utf16Marks(littleEndian: Bool) throws {
        let text = "a: 日本\r\nb: [😀, x]\n"
        let doc = YAMLLoader.load(utf16(text, littleEndian: littleEndian))
        #expect(doc.issues.isEmpty)
        let root = try #require(doc.root)
        #expect(root["a"]?.scalar?.value == "日本")
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.range.start == Mark(line: 1, column: 1, offset: 0))
        #expect(pairs[0].value.range.start == Mark(line: 1, column: 4, offset: 3))
        #expect(pairs[1].key.range.start == Mark(line: 2, column: 1, offset: 11))
        let items = try #require(pairs[1].value.sequence)
        #expect(items[0].scalar?.value == "😀")
        #expect(items[0].range.start == Mark(line: 2, column: 5, offset: 15))
        #expect(items[1].range.start == Mark(line: 2, column: 8, offset: 21))
        #expect(YAMLLoader.load(text).root?["b"]?.sequence?[1].range == items[1].range)
    }

    @Test("a UTF-16 syntax error has the position of the same error in UTF-8")
    func utf16SyntaxError() throws {
        let text = "a: 1\nb: [1, 2\nc: 3\n"
        let issue = try onlyIssue(utf16(text, littleEndian: true))
        let same = try onlyIssue(text)
        #expect(issue.kind == .syntax)
        #expect(issue.message == same.message)
        #expect(issue.range.start.line == 3)
        #expect(issue.range == same.range)
    }

    @Test("invalid UTF-16 is reported at its byte offset in the file, line and column", arguments: [
        ([0x00, 0xDC, 0x0A, 0x00], "unexpected low surrogate area"),   // U+DC00 alone
        ([0x3D, 0xD8, 0x41, 0x00], "expected low surrogate area"),     // U+D83D then "A"
        ([0x3D, 0xD8], "incomplete UTF-16 surrogate pair"),
        ([0x41], "incomplete UTF-16 character"),
    ] as [([UInt8], String)])
    func invalidUTF16(bad: [UInt8], problem: String) throws {
        let good = utf16("a: b\nc: ", littleEndian: true)
        let issue = try onlyIssue(good + bad)
        #expect(issue.kind == .syntax)
        #expect(issue.message.hasPrefix(problem))
        #expect(issue.range.start == Mark(line: 2, column: 4, offset: good.count))
        #expect(issue.message.contains("at byte offset \(good.count)"))
    }

    @Test("a control character in a UTF-16 file is reported with the file's byte offset")
    func utf16ControlCharacter() throws {
        let good = utf16("a: 日\nc: ", littleEndian: false)
        let issue = try onlyIssue(good + [0x00, 0x01, 0x00, 0x0A])
        #expect(issue.message.contains("U+0001 at byte offset \(good.count)"))
        #expect(issue.range.start == Mark(line: 2, column: 4, offset: "a: 日\nc: ".utf8.count))
    }

    @Test("UTF-16 without a byte-order mark is reported, with a hint")
    func utf16WithoutBOM() throws {
        let issue = try onlyIssue(Array(utf16("a: b\n", littleEndian: true).dropFirst(2)))
        #expect(issue.kind == .syntax)
        #expect(issue.range.start.offset == 1)
        #expect(issue.message.contains("UTF-16 without a byte-order mark"))
    }

    @Test("invalid UTF-8 is reported at its byte offset, line and column",
          arguments: [
            ([0xFF], "invalid leading UTF-8 octet", 0),
            ([0xE6, 0x97], "incomplete UTF-8 octet sequence", 0),  // truncated at the end of the file
            ([0xE6, 0x41, 0x41], "invalid trailing UTF-8 octet", 1), // libyaml points at the bad byte
            ([0xC0, 0x80], "invalid length of a UTF-8 sequence", 0), // an overlong NUL
            ([0xED, 0xA0, 0x80], "invalid Unicode character", 0),    // an encoded surrogate
          ] as [([UInt8], String, Int)])
    func invalidUTF8(bad: [UInt8], problem: String, into: Int) throws {
        let prefix = Array("名前: 茨城\r\nb: ".utf8)
        let issue = try onlyIssue(prefix + bad)
        #expect(issue.kind == .syntax)
        #expect(issue.message.hasPrefix(problem))
        #expect(issue.range.start == Mark(line: 2, column: 4 + into, offset: prefix.count + into))
        #expect(issue.message.contains("offset \(prefix.count + into)"))
    }

    @Test("a NUL byte and other control characters are reported with the byte offset",
          arguments: [0x00, 0x01, 0x1B, 0x7F] as [UInt8])
    func controlCharacters(byte: UInt8) throws {
        let issue = try onlyIssue(Array("a: b\nc: 日".utf8) + [byte] + Array("\n".utf8))
        #expect(issue.kind == .syntax)
        #expect(issue.range.start == Mark(line: 2, column: 5, offset: 11))
        #expect(issue.message.contains("control characters are not allowed"))
        #expect(issue.message.contains("at byte offset 11"))
    }

    @Test("an encoding error after CRLF, CR, NEL or LS line breaks has the right line")
    func errorLineAfterBreaks() throws {
        for (text, line) in [("# a\r\n# b\r\n", 3), ("# a\r# b\r", 3), ("# a\u{85}# b\n", 3), ("# a\u{2028}", 2)] {
            let bytes = Array(text.utf8) + [0x01]
            let issue = try onlyIssue(bytes)
            #expect(issue.range.start == Mark(line: line, column: 1, offset: bytes.count - 1), "\(text.debugDescription)")
        }
    }

    @Test("CRLF line endings give the same lines and columns as LF")
    func crlfColumns() throws {
        let lf = "a:\n  b: [x, 日本, y]\n  c: |\n    text\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        func marks(_ text: String) -> [(Int, Int)] {
            var result: [(Int, Int)] = []
            func walk(_ n: Node) {
                result.append((n.range.start.line, n.range.start.column))
                switch n.kind {
                case .scalar: break
                case .sequence(let items): items.forEach(walk)
                case .mapping(let pairs): pairs.forEach { walk($0.key); walk($0.value) }
                }
            }
            YAMLLoader.load(text).root.map(walk)
            return result
        }
        #expect(marks(crlf).map { "\($0)" } == marks(lf).map { "\($0)" })
        let root = try #require(YAMLLoader.load(crlf).root)
        #expect(root["a"]?["b"]?.sequence?[2].range.start == Mark(line: 2, column: 14, offset: 4 + 9 + 6 + 2))
        #expect(root["a"]?["c"]?.scalar?.value == "text\n")
    }
}

@Suite("Hostile input: documents")
struct HostileDocumentTests {
    @Test("empty, blank and comment-only streams have no root and no issue",
          arguments: ["", "\n", "   \n \n", "# only\n# comments", "\u{FEFF}", "\u{FEFF}# c\n"])
    func empty(text: String) {
        let doc = YAMLLoader.load(text)
        #expect(doc.root == nil)
        #expect(doc.issues.isEmpty)
    }

    @Test("a bare document marker is a null document, a scalar or a list is a root",
          arguments: [("---\n", "null"), ("---\n...\n", "null"), ("hello\n", "scalar"), ("- a\n- b\n", "sequence"),
                      ("[1, 2]", "sequence"), ("99999999999999999999", "scalar")])
    func nonMappingRoots(text: String, kind: String) throws {
        let doc = YAMLLoader.load(text)
        #expect(doc.issues.isEmpty)
        #expect(try #require(doc.root).kindName == kind)
    }

    @Test("a syntax error in a second document is reported too; anchors do not cross documents")
    func laterDocuments() {
        let doc = YAMLLoader.load("a: 1\n---\nb: [\n")
        #expect(doc.root == nil)
        #expect(doc.issues.map(\.kind) == [.multipleDocuments, .syntax])
        let alias = YAMLLoader.load("a: &x 1\n---\nb: *x\n")
        #expect(alias.issues.map(\.kind) == [.multipleDocuments, .syntax])
        #expect(alias.issues.last?.message.contains("undefined alias 'x'") == true)
    }

    @Test("a huge number stays text in the loader")
    func hugeNumber() {
        #expect(YAMLLoader.load("v: 99999999999999999999\n").root?["v"]?.scalar?.value == "99999999999999999999")
    }
}

@Suite("Hostile input: random bytes")
struct RandomInputTests {
    static let pieces = ["- ", ": ", "? ", "---\n", "...\n", "&a ", "*a", "!!str ", "{", "}", "[", "]", ", ", "|\n",
                         ">-\n", "#", "\"", "'", "\\", "\n", "\r\n", "\t", "  ", "key", "値", "😀", "\u{85}", "\u{2028}",
                         "%YAML 1.1\n", "<<: ", "\u{FEFF}", "~", "99999999999999999999"]

    @Test("thousands of random and spliced inputs: no crash, every mark inside the input")
    func random() {
        var rng = SplitMix(state: 2022)
        let tight = LoadLimits(maxDepth: 5, maxAliasNodes: 30, maxAliasBytes: 300, maxScalarBytes: 200)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.below(40) {
                if rng.below(5) == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: rng.next()))
                } else {
                    bytes += Self.pieces[rng.below(Self.pieces.count)].utf8
                }
            }
            if round % 3 == 0 { bytes = [0xFF, 0xFE] + bytes }
            for limits in [LoadLimits.default, tight] {
                for issue in YAMLLoader.load(bytes, limits: limits).issues {
                    for m in [issue.range.start, issue.range.end] {
                        // A UTF-16 file's offsets are those of its UTF-8 form, at most 3/2 its size.
                        let bound = round % 3 == 0 ? bytes.count * 3 / 2 : bytes.count
                        #expect(m.line >= 1 && m.column >= 1 && m.offset >= 0 && m.offset <= bound,
                                "round \(round): \(issue) in \(bytes)")
                    }
                }
            }
        }
    }
}
