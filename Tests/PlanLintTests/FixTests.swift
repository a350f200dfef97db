import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint

/// `planlint lint --fix`, `--unsafe-fixes` and `--diff`: each fix byte-exact on the source,
/// a second run changes nothing, the real plans are left alone, and what cannot be fixed
/// safely is not.
@Suite("planlint lint --fix")
struct FixTests {
    /// Writes `text` as a plan, runs lint with `adjust`, and returns the file's text after.
    func fixed(_ text: String, name: String = "08-ibaraki.yaml", _ adjust: (inout LintOptions) -> Void = { $0.fixing = FixRequest() })
        throws -> (text: String, outcome: RunOutcome) {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, text)
        let outcome = lint([file], adjust)
        return (try String(contentsOfFile: file, encoding: .utf8), outcome)
    }

    static let wide = cleanPlan.replacingOccurrences(of: "value: 6,", with: "value: ６,")

    @Test("full-width digits in a number field are written half-width, and nothing else changes")
    func numberWidth() throws {
        let (text, outcome) = try fixed(Self.wide)
        #expect(text == cleanPlan)
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stderr.last == "planlint: 1 fix applied in 1 file; 0 fixable remain")
    }

    @Test("a year with full-width digits and a trailing 全角スペース, and a prefecture code")
    func yearAndCode() throws {
        let plan = cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period:\n  from: ２０２０\u{3000}\n  to: 2022")
            .replacingOccurrences(of: "code: 8,", with: "code: ８,")
        let (text, _) = try fixed(plan)
        #expect(text == cleanPlan.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period:\n  from: 2020\n  to: 2022"))
    }

    @Test("the comparator the text states is added to a flow target (safe) after its last field")
    func comparatorFlow() throws {
        let plan = cleanPlan.replacingOccurrences(of: "年6回開催する", with: "年6回以上開催する")
        let (text, outcome) = try fixed(plan)
        #expect(text == plan.replacingOccurrences(of: "basis: annual}", with: "basis: annual, comparator: at-least}"))
        #expect(outcome.status == 0)
    }

    @Test("the comparator is added to a block target on a line of its own, with the target's indentation")
    func comparatorBlock() throws {
        let plan = cleanPlan.replacingOccurrences(of: "年6回開催する", with: "年6回以上開催する")
            .replacingOccurrences(of: "      - {metric: 知財セミナーの開催回数, value: 6, unit: 回, basis: annual}",
                                  with: "      - metric: 知財セミナーの開催回数  # 回数\n        value: 6\n        unit: 回\n        basis: annual")
        let (text, _) = try fixed(plan)
        #expect(text == plan.replacingOccurrences(of: "      - metric: 知財", with: "      - comparator: at-least\n        metric: 知財"))
    }

    @Test("a basis that contradicts the text is fixed only with --unsafe-fixes")
    func basisUnsafe() throws {
        let plan = cleanPlan.replacingOccurrences(of: "年6回開催する", with: "累計6回開催する")
        let safe = try fixed(plan)
        #expect(safe.text == plan)
        #expect(safe.outcome.status == 1)
        #expect(safe.outcome.stderr.last == "planlint: 0 fixes applied in 0 files; 0 fixable remain; 1 more with --unsafe-fixes")
        let unsafe = try fixed(plan) { $0.fixing = FixRequest(unsafe: true) }
        #expect(unsafe.text == plan.replacingOccurrences(of: "basis: annual}", with: "basis: cumulative}"))
        #expect(unsafe.outcome.status == 0, "\(unsafe.outcome.stdout)")
    }

    @Test("a misspelt key with one close match is renamed; quoting and comments stay")
    func unknownKey() throws {
        let plan = cleanPlan.replacingOccurrences(of: "    supports: [plan/ip]", with: "    suports: [plan/ip]   # 'x'")
        let (text, _) = try fixed(plan)
        #expect(text == cleanPlan.replacingOccurrences(of: "    supports: [plan/ip]", with: "    supports: [plan/ip]   # 'x'"))
    }

    @Test("a fix whose result would not read cleanly is refused and reported")
    func refused() throws {
        // supports is there already: renaming suports would repeat the key.
        let plan = cleanPlan.replacingOccurrences(of: "    supports: [plan/ip]", with: "    supports: [plan/ip]\n    suports: [plan/ip]")
        let (text, outcome) = try fixed(plan)
        #expect(text == plan)
        #expect(outcome.stderr.contains { $0.hasSuffix(":10:5: the fix for [schema-unknown-key] was not applied: the plan would no longer read cleanly") },
                "\(outcome.stderr)")
        #expect(outcome.status == 1)
    }

    static let waivers = cleanPlan + """
        waivers:
          - rule: target-unit   # 単位は確認済み
            at: seminars
            reason: 不要になった例外
          # 次の例外は使われている
          - rule: period-window
            reason: 原文どおり

        """

    @Test("an unused waiver is deleted with its lines; comments of the next one stay")
    func unusedWaiver() throws {
        let plan = Self.waivers.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}")
        let (text, outcome) = try fixed(plan)
        #expect(text == plan.replacingOccurrences(of: "  - rule: target-unit   # 単位は確認済み\n    at: seminars\n    reason: 不要になった例外\n", with: ""))
        #expect(outcome.status == 0, "\(outcome.stdout)")
    }

    @Test("when no waiver is used, the waivers: entry goes too")
    func allWaiversUnused() throws {
        let (text, outcome) = try fixed(Self.waivers)
        #expect(text == cleanPlan)
        #expect(outcome.status == 0, "\(outcome.stdout)")
    }

    /// A plan with one fix of every kind.
    static let broken = Self.waivers.replacingOccurrences(of: "value: 6,", with: "value: ６,")
        .replacingOccurrences(of: "年6回開催する", with: "年6回以上開催する")
        .replacingOccurrences(of: "    supports: [plan/ip]", with: "    suports: [plan/ip]")
        .replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}")

    static let brokenFixed = cleanPlan.replacingOccurrences(of: "basis: annual}", with: "basis: annual, comparator: at-least}")
        .replacingOccurrences(of: "年6回開催する", with: "年6回以上開催する")
        .replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}") + """
        waivers:
          # 次の例外は使われている
          - rule: period-window
            reason: 原文どおり

        """

    @Test("every kind at once, to a fixed point; a second --fix changes nothing")
    func allAtOnceAndIdempotent() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("08-ibaraki.yaml", Self.broken)
        let first = lint([file]) { $0.fixing = FixRequest() }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.brokenFixed)
        #expect(first.stderr.last == "planlint: 4 fixes applied in 1 file; 0 fixable remain", "\(first.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let second = lint([file]) { $0.fixing = FixRequest() }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.brokenFixed)
        #expect(second.stderr.last == "planlint: 0 fixes applied in 0 files; 0 fixable remain")
        // Not even rewritten with the same bytes.
        let after = try FileManager.default.attributesOfItem(atPath: file)
        #expect(after[.systemFileNumber] as? Int == attributes[.systemFileNumber] as? Int)
    }

    @Test("a CRLF file stays CRLF, and is fixed as its LF twin is")
    func crlf() throws {
        let crlf = Self.broken.replacingOccurrences(of: "\n", with: "\r\n")
        let folder = try TemporaryFolder()
        let file = folder.path + "/08-ibaraki.yaml"
        try Data(crlf.utf8).write(to: URL(fileURLWithPath: file))
        _ = lint([file]) { $0.fixing = FixRequest() }
        let text = try String(decoding: Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        #expect(text == Self.brokenFixed.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("a line a fix adds to a CRLF file ends in CRLF")
    func crlfAddedLine() throws {
        let plan = cleanPlan.replacingOccurrences(of: "年6回開催する", with: "年6回以上開催する")
            .replacingOccurrences(of: "      - {metric: 知財セミナーの開催回数, value: 6, unit: 回, basis: annual}",
                                  with: "      - metric: 知財セミナーの開催回数\n        value: 6\n        unit: 回\n        basis: annual")
        let folder = try TemporaryFolder()
        let file = folder.path + "/08-ibaraki.yaml"
        try Data(plan.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = lint([file]) { $0.fixing = FixRequest() }
        let text = try String(decoding: Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        #expect(text == plan.replacingOccurrences(of: "      - metric: 知財", with: "      - comparator: at-least\n        metric: 知財")
            .replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("the file's permission bits are kept")
    func mode() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("08-ibaraki.yaml", Self.wide)
        chmod(file, 0o640)
        _ = lint([file]) { $0.fixing = FixRequest() }
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == cleanPlan)
    }

    @Test("a plain run never writes, and says what --fix would fix; text marks it [*]")
    func plainRun() throws {
        let (text, outcome) = try fixed(Self.wide) { _ in }
        #expect(text == Self.wide)
        #expect(outcome.stdout.contains("info: [*] field /kpis/0/targets/0/value is written full-width as '６'; write '6' [number-width]"),
                "\(outcome.stdout)")
        #expect(outcome.stderr.last == "planlint: [*] 1 fixable with --fix")
        let ja = try fixed(Self.wide) { $0.language = .ja }
        #expect(ja.outcome.stderr.last == "planlint: [*] の付いた1件は --fix で自動修正できます")
    }

    @Test("a file that is not UTF-8 is linted but not rewritten")
    func notUTF8() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/08-ibaraki.yaml"
        var bytes: [UInt8] = [0xFF, 0xFE]
        let misspelt = cleanPlan.replacingOccurrences(of: "    supports: [plan/ip]", with: "    suports: [plan/ip]")
        for unit in misspelt.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let outcome = lint([file]) { $0.fixing = FixRequest() }
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: file))) == bytes)
        #expect(outcome.stderr.contains("planlint: note: \(file): not rewritten: the file is saved in UTF-16LE, not UTF-8. Save it as UTF-8 first, then run --fix again (how: planlint explain yaml-encoding)"), "\(outcome.stderr)")
        #expect(PlanFixes.notRewritable(Array(Self.wide.utf8), raw: nil, japanese: false) == nil)
    }

    @Test("--diff writes nothing, and its diff applied with patch gives what --fix writes")
    func diff() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("08-ibaraki.yaml", Self.broken)
        let copy = try folder.write("copy.yaml", Self.broken)
        let outcome = lint([file]) { $0.fixing = FixRequest(diff: true) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.broken)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("--- a/\(file)\n+++ b/\(file)\n@@ -"), "\(outcome.stdout)")
        #expect(outcome.stderr.last == "planlint: 4 fixes would be applied in 1 file (nothing written)")
        let patchFile = try folder.write("fix.patch", outcome.stdout)
        let applied = try ConsumerTools.run("patch", ["--quiet", copy, patchFile])
        #expect(applied.status == 0, "\(applied.output)")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == Self.brokenFixed)
        // And the same for a CRLF file, whose diff lines keep their CR.
        let crlf = folder.path + "/crlf.yaml", crlfCopy = folder.path + "/crlf-copy.yaml"
        for path in [crlf, crlfCopy] { try Data(Self.broken.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: URL(fileURLWithPath: path)) }
        let crlfDiff = lint([crlf]) { $0.fixing = FixRequest(diff: true) }
        let crlfPatch = try folder.write("crlf.patch", crlfDiff.stdout)
        #expect(try ConsumerTools.run("patch", ["--quiet", crlfCopy, crlfPatch]).status == 0)
        _ = lint([crlf]) { $0.fixing = FixRequest() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: crlfCopy)) == Data(contentsOf: URL(fileURLWithPath: crlf)))
        let none = lint([copy]) { $0.fixing = FixRequest(diff: true) }
        #expect(none.stdout.isEmpty && none.status == 0)
    }

    @Test("--fix on copies of the 47 plans changes none of them")
    func realPlans() throws {
        let folder = try TemporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Plans").filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 47)
        for name in names { try FileManager.default.copyItem(atPath: repositoryRoot + "/Plans/" + name, toPath: folder.path + "/" + name) }
        let diff = lint([folder.path]) { $0.fixing = FixRequest(unsafe: true, diff: true) }
        #expect(diff.stdout.isEmpty)
        let outcome = lint([folder.path]) { $0.fixing = FixRequest(unsafe: true) }
        #expect(outcome.stderr.last == "planlint: 0 fixes applied in 0 files; 0 fixable remain")
        for name in names {
            let original = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Plans/" + name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)) == original, "\(name)")
        }
    }

    /// A real plan with a full-width value, a misspelt `supports` and an unused waiver
    /// planted, where the plan has them to plant.
    static func planted(_ original: String) -> String {
        var text = original
        if let match = text.range(of: #"value: [0-9]+"#, options: .regularExpression) {
            let digits = text[match].dropFirst("value: ".count)
            let wide = String(String.UnicodeScalarView(digits.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
            text.replaceSubrange(match, with: "value: " + wide)
        }
        if let key = text.range(of: "\n    supports:") { text.replaceSubrange(key, with: "\n    suports:") }
        if !text.contains("\nwaivers:") {
            text += "waivers:\n  - rule: text-bracket   # もう要らない例外\n    at: nowhere\n    reason: 確認済み\n"
        }
        return text
    }

    @Test("--fix on broken copies of the 47 plans (LF and CRLF) gives back the plans byte for byte")
    func brokenRealPlans() throws {
        let folder = try TemporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Plans").filter { $0.hasSuffix(".yaml") }.sorted()
        var originals: [String: Data] = [:]
        for name in names {
            let original = try String(contentsOfFile: repositoryRoot + "/Plans/" + name, encoding: .utf8)
            #expect(!original.contains("\r\n"))
            let crlf = original.replacingOccurrences(of: "\n", with: "\r\n")
            originals[name] = Data(original.utf8)
            originals["crlf-" + name] = Data(crlf.utf8)
            let broken = Self.planted(original)
            #expect(broken != original, "\(name)")
            try Data(broken.utf8).write(to: URL(fileURLWithPath: folder.path + "/" + name))
            try Data(broken.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: URL(fileURLWithPath: folder.path + "/crlf-" + name))
        }
        let outcome = lint([folder.path]) { $0.fixing = FixRequest() }
        #expect(outcome.stderr.last?.hasPrefix("planlint: ") == true)
        #expect(!outcome.stderr.contains { $0.contains("was not applied") }, "\(outcome.stderr)")
        for (name, original) in originals {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)) == original, "\(name)")
        }
    }

    @Test("JSON gives each fix's edits by byte and by line and column")
    func json() throws {
        let (_, outcome) = try fixed(Self.wide) { $0.format = .json }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let d = try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["rule"] as? String == "number-width" })
        let fix = try #require(d["fix"] as? [String: Any])
        #expect(fix["safety"] as? String == "safe")
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        let offset = try #require(Self.wide.utf8.firstRange(of: "６".utf8)).lowerBound
        #expect(edit["byteOffset"] as? Int == Self.wide.utf8.distance(from: Self.wide.utf8.startIndex, to: offset))
        #expect(edit["byteLength"] as? Int == 3)
        #expect(edit["line"] as? Int == 8 && edit["endLine"] as? Int == 8)
        #expect(edit["column"] as? Int == 38 && edit["endColumn"] as? Int == 39)
        #expect(edit["replacement"] as? String == "6")
    }

    @Test("SARIF carries result.fixes and still validates against the OASIS schema", .enabled(if: ConsumerTools.sarifCheckable))
    func sarif() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("08-ibaraki.yaml", Self.broken)
        let outcome = lint([file]) { $0.format = .sarif }
        let report = try folder.write("report.sarif", outcome.stdout)
        #expect(try ConsumerTools.sarifProblems(file: report) == nil)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let results = ((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let fixes = results.compactMap { $0["fixes"] as? [[String: Any]] }
        #expect(fixes.count == 2, "\(results.map { $0["ruleId"] ?? "" })")
        let change = try #require((fixes.first?.first?["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["deletedRegion"] as? [String: Any])?["byteLength"] != nil)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] != nil)
    }
}
