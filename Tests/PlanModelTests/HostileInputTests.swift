import Foundation
import PlanModel
import PlanYAML
import Testing

/// Broken and hostile plan files: each gets findings with a position, never a crash.
@Suite("Hostile input")
struct HostileInputTests {
    static let plans = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Plans").standardizedFileURL
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/regressions").standardizedFileURL

    static func bytes(ofPlan name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: plans.appendingPathComponent(name)))
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        return bytes
    }

    @Test("an empty, blank, comment-only or BOM-only file is schema-required/empty",
          arguments: ["", "\n", " \n", "# 計画はまだない\n# comments only", "\u{FEFF}", "\u{FEFF}# c\r\n"])
    func empty(text: String) {
        let decoded = decode(text)
        #expect(decoded.findings.map(Seen.init) == [Seen("schema-required", "empty", 1, 1, "")])
        #expect(decoded.plan == nil)
    }

    @Test("a document that is not a mapping is schema-type/mapping at its start",
          arguments: [("hello\n", "hello"), ("- a\n- b\n", "[…]"), ("[1, 2]", "[…]"),
                      ("99999999999999999999\n", "99999999999999999999"), ("'quoted'\n", "\"quoted\""),
                      ("|\n  block\n", "\"block\n\""), ("!!binary aGk=\n", "aGk="),
                      ("---\n", "null")])   // libyaml places the empty node after the marker: line 2
    func notAMapping(text: String, found: String) throws {
        let decoded = decode(text)
        let f = try #require(decoded.findings.first)
        #expect(decoded.findings.count == 1)
        #expect(Seen(f) == Seen("schema-type", "mapping", text == "---\n" ? 2 : 1, 1, ""))
        #expect(f.arguments["found"] == found)
        #expect(decoded.plan == nil)
    }

    @Test("huge and odd numbers are schema findings, never a trap", arguments: [
        ("planlint: 99999999999999999999", "format-version", "unsupported", "/planlint"),
        ("planlint: -9223372036854775809", "format-version", "unsupported", "/planlint"),
        ("prefecture: {code: 99999999999999999999, name: 茨城}", "schema-type", "too-large", "/prefecture/code"),
        ("prefecture: {code: -99999999999999999999, name: 茨城}", "schema-type", "too-large", "/prefecture/code"),
        ("prefecture: {code: 9223372036854775807, name: 茨城}", "schema-type", "too-large", "/prefecture/code"),
        ("prefecture: {code: -8, name: 茨城}", "prefecture-code", "out-of-range", "/prefecture/code"),
        ("period: {from: 99999999999999999999, to: 2022}", "schema-type", "year", "/period/from"),
        ("period: {from: 2020, to: -9223372036854775808}", "schema-type", "year", "/period/to"),
        ("period: {from: 2020, to: 令和99999999999999999999年度}", "schema-type", "year", "/period/to"),
        ("period: {from: 2020, to: 99999-04-01}", "schema-type", "year", "/period/to"),
    ])
    func hugeTopLevelNumbers(line: String, rule: String, message: String, pointer: String) throws {
        let key = line.prefix { $0 != ":" }
        let text = planWith("").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(key + ":") ? Substring(line) : $0 }.joined(separator: "\n")
        let f = try onlyFinding(text)
        #expect(f.rule == rule && f.message == message && f.source.pointer == pointer)
    }

    @Test("huge target numbers are schema-type findings", arguments: [
        ("{value: 99999999999999999999}", "too-large", "/value"),
        ("{value: -99999999999999999999}", "too-large", "/value"),
        ("{value: 99999999999999999999999999999999999999999}", "number", "/value"),
        ("{value: 1e400}", "number", "/value"),
        ("{value: .inf}", "number", "/value"),
        ("{value: .nan}", "number", "/value"),
        ("{value: 0x7FFFFFFFFFFFFFFF}", "number", "/value"),
        ("{per_year: 1e15}", "number", "/per_year"),
        ("{year: 99999999999999999999}", "year", "/year"),
        ("{history: [{year: 2019, value: 99999999999999999999}]}", "too-large", "/history/0/value"),
        ("{baseline: {value: 1, from: 2019, to: 99999999999999999999}}", "year", "/baseline/to"),
    ])
    func hugeTargetNumbers(target: String, message: String, field: String) throws {
        let f = try onlyFinding(planWithTarget(target))
        #expect(Seen(f) == Seen("schema-type", message, 8, f.source.range.start.column, "/kpis/0/targets/0" + field))
    }

    @Test("a waiver date far in the future or malformed is a schema-type/date finding",
          arguments: ["99999-01-01", "2022-02-30", "2022-13-01", "-2022-01-01", "9223372036854775807-01-01"])
    func waiverDates(until: String) throws {
        let f = try onlyFinding(planWith("waivers:\n  - {rule: target-basis, reason: r, until: \(until)}\n"))
        #expect(f.rule == "schema-type" && f.message == "date" && f.source.pointer == "/waivers/0/until")
    }

    @Test("a plan in UTF-16 (either byte order) or with a UTF-8 BOM reads like the UTF-8 plan",
          arguments: ["08-ibaraki.yaml", "13-tokyo.yaml"])
    func encodingsOfARealPlan(name: String) throws {
        let original = try Self.bytes(ofPlan: name)
        let text = String(decoding: original, as: UTF8.self)
        let reference = PlanDecoder.decode(bytes: original)
        let mistake = text.replacingOccurrences(of: "\nkpis:", with: "\nkpis:\n  - idd: x\n    id: y\n    text: t\n    targets: []\n    supports: []\nkpi_extra: 1\nkpis2:")
        for variant in [Self.utf16(text, littleEndian: true), Self.utf16(text, littleEndian: false),
                        [0xEF, 0xBB, 0xBF] + original] {
            let decoded = PlanDecoder.decode(bytes: variant)
            #expect(decoded.findings.map(Seen.init) == reference.findings.map(Seen.init))
            #expect(decoded.plan?.kpis.map(\.id) == reference.plan?.kpis.map(\.id))
            #expect(decoded.plan?.kpis.map(\.source.range.start.line) == reference.plan?.kpis.map(\.source.range.start.line))
            #expect(decoded.plan?.kpis.map(\.source.range.start.column) == reference.plan?.kpis.map(\.source.range.start.column))
        }
        // With mistakes, the findings' lines and columns are the same in every encoding.
        let broken = PlanDecoder.decode(bytes: Array(mistake.utf8)).findings.map(Seen.init)
        #expect(!broken.isEmpty)
        #expect(PlanDecoder.decode(bytes: Self.utf16(mistake, littleEndian: true)).findings.map(Seen.init) == broken)
    }

    @Test("a plan with CRLF line endings has the same findings, lines and columns as with LF")
    func crlfPlan() throws {
        let text = String(decoding: try Self.bytes(ofPlan: "08-ibaraki.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "basis: annual", with: "basis: anual")
            .replacingOccurrences(of: "planlint: 1", with: "planlint: 1\nplanlint: 2")
        let lf = decode(text).findings.map(Seen.init)
        #expect(lf.count > 2)
        #expect(decode(text.replacingOccurrences(of: "\n", with: "\r\n")).findings.map(Seen.init) == lf)
    }

    @Test("invalid UTF-8 and NUL bytes inside a real plan are yaml-syntax at their offset")
    func badBytesInAPlan() throws {
        let original = try Self.bytes(ofPlan: "08-ibaraki.yaml")
        let needle = Array("\nkpis:".utf8)
        let line = try #require((0..<(original.count - needle.count)).first {
            Array(original[$0..<($0 + needle.count)]) == needle
        }) + 1
        // A NUL is valid UTF-8, and libyaml names it; a byte that is not UTF-8 makes the file
        // damaged UTF-8 (not converted as CP932 or EUC-JP), reported at that first byte.
        for bad in [[0xFF], [0x00], [0xC3], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]] {
            var bytes = original
            bytes.insert(contentsOf: bad, at: line)
            let decoded = PlanDecoder.decode(bytes: bytes)
            #expect(decoded.plan == nil)
            #expect(decoded.findings.count == 1)
            let f = try #require(decoded.findings.first)
            #expect(f.rule == "yaml-syntax")
            if bad == [0x00] {
                #expect(f.arguments["problem"]?.contains("offset \(line)") == true, "\(f.arguments)")
            } else {
                #expect(f.message == "encoding" && f.arguments["byte"] == "0x" + String(bad[0], radix: 16, uppercase: true),
                        "\(f.arguments)")
            }
            #expect(f.source.range.start.offset == line)
            #expect(f.source.range.start.column == 1)
        }
    }

    @Test("every plan cut short at any of 100 points reads without a crash, with positions inside the file")
    func truncatedPlans() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.plans.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count == 47)
        for name in names.sorted() {
            let bytes = try Self.bytes(ofPlan: name)
            for k in 1...100 {
                let cut = Array(bytes.prefix(bytes.count * k / 101 + k % 3))   // k % 3: cut inside characters too
                let decoded = PlanDecoder.decode(bytes: cut)
                #expect(decoded.plan != nil || !decoded.findings.isEmpty, "\(name) cut at \(cut.count)")
                for f in decoded.findings {
                    let r = f.source.range
                    #expect(r.start.line >= 1 && r.start.column >= 1 && r.start.offset <= cut.count,
                            "\(name) cut at \(cut.count): \(Seen(f))")
                }
            }
        }
    }

    @Test("collection keys, merge keys, tags and anchors in a plan are schema findings")
    func oddKeys() throws {
        let text = planWith("? [a, b]\n: 1\n<<: {notes: x}\nnotes: !!binary aGk=\nrevision: &r {from: 2021}\nwaivers: *r\n")
        let found = decode(text).findings.map { "\($0.rule)/\($0.message)@\($0.source.pointer)" }
        #expect(found == ["schema-type/key@", "schema-unknown-key/no-suggestion@/<<", "schema-type/sequence@/waivers"])
    }

    @Test("an alias bomb and deep nesting inside a plan are yaml-limit, and nothing else")
    func limitsInAPlan() throws {
        var bomb = "notes: &n0 [\(Array(repeating: "x", count: 10).joined(separator: ", "))]\n"
        for i in 1...8 { bomb += "n\(i): &n\(i) [\(Array(repeating: "*n\(i - 1)", count: 10).joined(separator: ", "))]\n" }
        #expect(decode(planWith(bomb)).findings.map(\.rule) == ["yaml-limit"])
        let deep = planWith("notes: " + String(repeating: "[", count: 5000) + "\n")
        #expect(decode(deep).findings.map { "\($0.rule)/\($0.message)" } == ["yaml-limit/max-depth"])
    }

    @Test("inputs that once crashed or hung the fuzzer decode (Fuzz/regressions)")
    func fuzzRegressions() throws {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: Self.regressions.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }
        for file in files.sorted() {
            let bytes = Array(try Data(contentsOf: Self.regressions.appendingPathComponent(file)))
            let decoded = PlanDecoder.decode(bytes: bytes)
            #expect(decoded.plan != nil || !decoded.findings.isEmpty, "\(file)")
        }
    }
}
