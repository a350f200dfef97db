import PlanModel
import PlanYAML
import Testing

/// What the loader reports, under the public yaml-* rule ids.
@Suite("YAML findings")
struct YAMLFindingTests {
    @Test("a syntax error is yaml-syntax at libyaml's position, with its problem text")
    func syntax() throws {
        let f = try onlyFinding("planlint: 1\nprefecture: {code: 8, name: 茨城\nkpis: []\n")
        #expect(Seen(f) == Seen("yaml-syntax", "unclosed", 3, 5, ""))
        #expect(f.arguments["problem"]?.contains("did not find expected ',' or '}'") == true)
        #expect(f.arguments["problem"]?.hasPrefix("while parsing a flow mapping: ") == true)
        #expect(decode("planlint: 1\nprefecture: {code: 8, name: 茨城\nkpis: []\n").plan == nil)
    }

    @Test("a tab where indentation is expected is a syntax error, named as a tab at the tab")
    func tab() throws {
        let f = try onlyFinding("planlint: 1\nkpis:\n\t- id: a\n")
        #expect(Seen(f) == Seen("yaml-syntax", "tab", 3, 1, ""))
        // A tab after a colon separates as a space does: no mistake there.
        #expect(seen("planlint: 1\nkpis:\t[]\nvisions: []\n").allSatisfy { $0.rule != "yaml-syntax" })
        // libyaml refuses a line holding only a tab here too; it is named as a tab.
        #expect(try Seen(onlyFinding("planlint: 1\n\t\nkpis: []\n")) == Seen("yaml-syntax", "tab", 2, 1, ""))
    }

    @Test("each libyaml problem is explained by its kind; an unknown one is default")
    func problemKinds() {
        let kinds: [(String, YAMLSyntax.Problem)] = [
            ("mapping values are not allowed in this context", .unexpectedColon),
            ("could not find expected ':'", .missingColon),
            ("did not find expected key", .indentation),
            ("did not find expected '-' indicator", .indentation),
            ("did not find expected ',' or ']'", .unclosed),
            ("found unexpected end of stream", .unclosed),
            ("found character that cannot start any token", .character),
            ("invalid leading UTF-8 octet (byte 0x88 at byte offset 2)", .invalidBytes),
            ("control characters are not allowed (character U+0007 at byte offset 3)", .invalidBytes),
            ("something libyaml has never said", .other),
        ]
        for (problem, kind) in kinds {
            #expect(YAMLSyntax.Problem(libyaml: problem) == kind, "\(problem)")
        }
    }

    @Test("more than one document is yaml-syntax/multiple-documents at the second")
    func multipleDocuments() throws {
        let decoded = decode("planlint: 1\n---\nplanlint: 1\n")
        #expect(decoded.findings.map(Seen.init) == [Seen("yaml-syntax", "multiple-documents", 2, 1, "")])
        #expect(decoded.plan == nil)
    }

    @Test("a repeated key is yaml-duplicate-key at the repeat, naming the first; decoding goes on")
    func duplicateKey() throws {
        let decoded = decode(head + "kpis: []\nvisions: []\nkpis: [x]\n")
        let f = try #require(decoded.findings.first)
        #expect(decoded.findings.count == 1)
        #expect(Seen(f) == Seen("yaml-duplicate-key", "default", 6, 1, ""))
        #expect(f.arguments == ["key": "kpis", "line": "4", "column": "1"])
        // The first value is the one decoded.
        #expect(decoded.plan?.kpis.isEmpty == true)
    }

    @Test("each exceeded loader limit is yaml-limit with the limit's name as message", arguments: [
        ("max-bytes", "planlint: 1\n", LoadLimits(maxBytes: 10), 1, 1),
        ("max-depth", "planlint: 1\nnotes: [[[x]]]\n", LoadLimits(maxDepth: 3), 2, 10),
        ("max-alias-nodes", "a: &a [1, 2, 3]\nb: [*a, *a]\n", LoadLimits(maxAliasNodes: 5), 2, 9),
        ("max-alias-bytes", "a: &a 茨城県茨城県\nb: [*a, *a]\n", LoadLimits(maxAliasBytes: 10), 2, 5),
        ("max-scalar-bytes", "planlint: 1\nnotes: 茨城県\n", LoadLimits(maxScalarBytes: 8), 2, 8),
    ])
    func limits(name: String, text: String, limits: LoadLimits, line: Int, column: Int) throws {
        let f = try onlyFinding(text, limits: limits)
        #expect(Seen(f) == Seen("yaml-limit", name, line, column, ""))
        #expect(f.arguments.keys.sorted() == ["detail"])
        #expect(f.arguments["detail"]?.contains("limit") == true || f.arguments["detail"]?.contains("more than") == true)
        #expect(decode(text, limits: limits).plan == nil)
    }

    @Test("an empty file, or one of comments only, is schema-required/empty at 1:1")
    func empty() throws {
        for text in ["", "# 茨城: まだ書いていない\n", "\n\n"] {
            let decoded = decode(text)
            #expect(decoded.findings.map(Seen.init) == [Seen("schema-required", "empty", 1, 1, "")])
            #expect(decoded.plan == nil)
        }
    }
}

/// What the decoder reports about keys, types and required fields.
@Suite("Schema findings")
struct SchemaFindingTests {
    @Test("a misspelt key is schema-unknown-key at the key with the closest known key; a missing one is schema-required at its mapping")
    func didYouMean() throws {
        let decoded = decode(head + """
            kpis:
              - id: seminars
                text: セミナーを開催する。
                targts: []
                supports: []
            visions: []
            """)
        #expect(decoded.findings.map(Seen.init) == [
            Seen("schema-unknown-key", "default", 7, 5, "/kpis/0/targts"),
            Seen("schema-required", "default", 5, 5, "/kpis/0"),
        ])
        #expect(decoded.findings[0].arguments == ["key": "targts", "suggestion": "targets"])
        #expect(decoded.findings[1].arguments == ["field": "targets", "in": "KPI 'seminars'", "in@ja": "KPI『seminars』"])
        // The KPI is still read, without targets.
        #expect(decoded.plan?.kpis.first?.id == "seminars")
    }

    @Test("suggestions for other near misses", arguments: [
        ("visons", "visions"), ("waiver", "waivers"), ("Period", "period"), ("note", "notes"), ("kpi", "kpis"),
    ])
    func nearMisses(key: String, suggestion: String) throws {
        let f = try onlyFinding(planWith("\(key): x\n"))
        #expect(Seen(f) == Seen("schema-unknown-key", "default", 6, 1, "/\(key)"))
        #expect(f.arguments["suggestion"] == suggestion)
    }

    @Test("Suggest: near misses only, never a complete rewrite of a short word")
    func suggest() {
        let keys = ["id", "metric", "value", "unit", "basis", "comparator", "year", "over", "per_year", "per"]
        #expect(Suggest.closest(to: "untis", in: keys) == "unit")
        #expect(Suggest.closest(to: "vaule", in: keys) == "value")
        #expect(Suggest.closest(to: "Basis", in: keys) == "basis")
        #expect(Suggest.closest(to: "ix", in: keys) == "id")
        // Two-character Japanese keys are two edits from `id`: no suggestion.
        #expect(Suggest.closest(to: "単位", in: keys) == nil)
        #expect(Suggest.closest(to: "担当", in: keys) == nil)
        #expect(Suggest.closest(to: "備考", in: keys) == nil)
        #expect(Suggest.closest(to: "", in: keys) == nil)
        #expect(Suggest.closest(to: "yearly", in: ["annual", "cumulative", "level"]) == nil)
        #expect(Suggest.closest(to: "target-bases", in: ["target-basis", "target-value"]) == "target-basis")
    }

    @Test("a Japanese key lists the known keys rather than suggesting `id`")
    func japaneseKey() throws {
        let f = try onlyFinding(planWithTarget("{metric: 相談件数, 単位: 件}"))
        #expect(Seen(f) == Seen("schema-unknown-key", "no-suggestion", 8, 24, "/kpis/0/targets/0/単位"))
    }

    @Test("a key close to nothing lists the known keys")
    func noSuggestion() throws {
        let f = try onlyFinding(planWith("deadline: 2022\n"))
        #expect(Seen(f) == Seen("schema-unknown-key", "no-suggestion", 6, 1, "/deadline"))
        #expect(f.arguments == ["key": "deadline",
                                "known": "planlint, prefecture, period, revision, notes, kpis, visions, waivers"])
    }

    @Test("as_of is not a key of a vision's period")
    func asOfInVision() throws {
        let f = try onlyFinding(planWith("").replacingOccurrences(
            of: "visions: []", with: "visions:\n  - {id: v, title: ビジョン, period: {as_of: 2022}, goals: []}"))
        #expect(Seen(f) == Seen("schema-unknown-key", "no-suggestion", 6, 35, "/visions/0/period/as_of"))
        #expect(f.arguments["known"] == "from, to")
    }

    @Test("a key with a JSON Pointer's special characters is escaped in the pointer")
    func pointerEscapes() throws {
        let f = try onlyFinding(planWith("a/b~c: 1\n"))
        #expect(f.source.pointer == "/a~1b~0c")
        #expect(f.arguments["key"] == "a/b~c")
    }

    @Test("a value of the wrong type is schema-type, keyed by what was expected", arguments: [
        // (replace in the plan head/target, message, line, column, pointer, found)
        ("prefecture: 8", "mapping", 2, 13, "/prefecture", "8"),
        ("kpis: seminars", "sequence", 4, 7, "/kpis", "seminars"),
        ("notes: [a, b]", "string", 6, 8, "/notes", "[…]"),
        ("notes: {a: b}", "string", 6, 8, "/notes", "{…}"),
        ("period: {from: 2022年3月, to: 2022}", "year", 3, 16, "/period/from", "2022年3月"),
        ("period: {from: 2020, to: FY2022年度}", "year", 3, 26, "/period/to", "FY2022年度"),
        ("period: {from: 2020, to: \"open\"}", "year", 3, 26, "/period/to", "\"open\""),
        ("period: {from: 1899, to: 2022}", "year", 3, 16, "/period/from", "1899"),
        ("period: {from: 2020, to: ~}", "year", 3, 26, "/period/to", "null"),
        ("prefecture: {code: '8', name: 茨城}", "integer", 2, 20, "/prefecture/code", "\"8\""),
        ("prefecture: {code: 8.0, name: 茨城}", "integer", 2, 20, "/prefecture/code", "8.0"),
        ("prefecture: {code: 08, name: 茨城}", "integer", 2, 20, "/prefecture/code", "08"),
        ("prefecture: {code: 1234567890123, name: 茨城}", "too-large", 2, 20, "/prefecture/code", "1234567890123"),
    ])
    func topLevelTypes(replacement: String, message: String, line: Int, column: Int, pointer: String,
                       found: String) throws {
        var text = planWith("notes: ok\n")
        let key = replacement.prefix { $0 != ":" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { l in
            l.hasPrefix(key + ":") ? Substring(replacement) : l
        }
        text = lines.joined(separator: "\n")
        let f = try onlyFinding(text)
        #expect(Seen(f) == Seen("schema-type", message, line, column, pointer))
        #expect(f.arguments == named(pointer, in: text).arguments("field", with: ["found": found]))
    }

    @Test("target values of the wrong type", arguments: [
        ("{value: \"10\"}", "number", "/value", "\"10\""),         // quoted numbers are text
        ("{value: '10'}", "number", "/value", "\"10\""),
        ("{value: 十}", "number", "/value", "十"),
        ("{value: １０}", "number", "/value", "１０"),              // full-width digits
        ("{value: 1e3}", "number", "/value", "1e3"),
        ("{value: 1_000}", "number", "/value", "1_000"),
        ("{value: 0123}", "number", "/value", "0123"),             // YAML 1.1 octal
        ("{value: +5}", "number", "/value", "+5"),
        ("{value: .5}", "number", "/value", ".5"),
        ("{value: 10.}", "number", "/value", "10."),
        ("{value: ~}", "number", "/value", "null"),
        ("{value: 1000000000000000}", "too-large", "/value", "1000000000000000"),
        ("{per_year: many}", "number", "/per_year", "many"),
        ("{id: Events}", "id", "/id", "Events"),
        ("{id: -events}", "id", "/id", "-events"),
        ("{id: イベント}", "id", "/id", "イベント"),
        ("{metric: [a]}", "string", "/metric", "[…]"),
        ("{unit: ~}", "string", "/unit", "null"),
        ("{year: 令和}", "year", "/year", "令和"),
        ("{over: 2021}", "mapping", "/over", "2021"),
        ("{history: {year: 2019}}", "sequence", "/history", "{…}"),
        ("{baseline: 714}", "mapping", "/baseline", "714"),
        ("{baseline: {year: 令和0年}}", "year", "/baseline/year", "令和0年"),
        ("{within: {a: b}}", "sequence", "/within", "{…}"),
    ])
    func targetTypes(target: String, message: String, field: String, found: String) throws {
        let f = try onlyFinding(planWithTarget(target))
        let pointer = "/kpis/0/targets/0" + field
        #expect(Seen(f).rule == "schema-type")
        #expect(Seen(f).message == message)
        #expect(f.source.pointer == pointer)
        #expect(f.source.range.start.line == 8)
        #expect(f.arguments == named(pointer, in: planWithTarget(target)).arguments("field", with: ["found": found]))
    }

    @Test("a number with a thousands separator is not a number")
    func thousandsSeparator() throws {
        let text = planWithTarget("{metric: 相談件数}").replacingOccurrences(of: "{metric: 相談件数}", with: "metric: 相談件数\n        value: 1,530")
        let f = try onlyFinding(text)
        #expect(Seen(f) == Seen("schema-type", "number", 9, 16, "/kpis/0/targets/0/value"))
        #expect(f.arguments == ["field": "value of target 1 (metric: 相談件数) of KPI 'seminars'",
                                "field@ja": "KPI『seminars』の1番目の目標値（metric: 相談件数）の value", "found": "1,530"])
    }

    @Test("a word outside a fixed set is schema-type/enum with the allowed words and the closest", arguments: [
        ("{basis: anual}", "/basis", "anual", "annual, cumulative, level, increase, share, milestone", "annual"),
        ("{basis: 延べ}", "/basis", "延べ", "annual, cumulative, level, increase, share, milestone", ""),
        ("{comparator: atleast}", "/comparator", "atleast", "exactly, at-least, at-most, about", "at-least"),
        ("{per: month}", "/per", "month", "year", "year"),
        ("{baseline: {aggregate: sum}}", "/baseline/aggregate", "sum", "mean", "mean"),
    ])
    func enums(target: String, field: String, found: String, allowed: String, suggestion: String) throws {
        let f = try onlyFinding(planWithTarget(target))
        let pointer = "/kpis/0/targets/0" + field
        #expect(Seen(f).rule == "schema-type" && f.message == "enum")
        #expect(f.source.pointer == pointer)
        #expect(f.arguments == named(pointer, in: planWithTarget(target)).arguments(
            "field", with: ["found": found, "allowed": allowed, "suggestion": suggestion]))
    }

    @Test("a plan that is not a mapping is schema-type/mapping at the root, named as the plan's top level")
    func rootNotMapping() throws {
        let f = try onlyFinding("- planlint: 1\n")
        #expect(Seen(f) == Seen("schema-type", "mapping", 1, 1, ""))
        #expect(f.arguments == ["field": "the plan's top level", "field@ja": "計画の最上位", "found": "[…]"])
        #expect(decode("- planlint: 1\n").plan == nil)
    }

    @Test("a key that is not a scalar is schema-type/key")
    func complexKey() throws {
        let f = try onlyFinding(planWith("? [a, b]\n: x\n"))
        #expect(Seen(f) == Seen("schema-type", "key", 6, 3, ""))
        #expect(f.arguments == ["field": "the plan's top level", "field@ja": "計画の最上位", "found": "[…]"])
    }

    @Test("a waiver's until that is not a YYYY-MM-DD date is schema-type/date", arguments: [
        "2022/03/31", "2022-02-30", "令和4年3月31日", "2022",
    ])
    func waiverDate(until: String) throws {
        let f = try onlyFinding(planWith("waivers:\n  - {rule: goal-unsupported, reason: 県全体の目標, until: \(until)}\n"))
        #expect(f.rule == "schema-type" && f.message == "date")
        #expect(f.source.pointer == "/waivers/0/until")
        #expect(f.source.range.start.line == 7)
    }

    @Test("missing required fields are schema-required at the mapping that lacks them", arguments: [
        ("planlint: 1\nkpis: []\nvisions: []\n", "prefecture", "/", 1, 1, ""),
        ("planlint: 1\nprefecture: {code: 8, name: 茨城}\nvisions: []\n", "kpis", "/", 1, 1, ""),
        ("planlint: 1\nprefecture: {code: 8, name: 茨城}\nkpis: []\n", "visions", "/", 1, 1, ""),
        ("planlint: 1\nprefecture: {code: 8}\nkpis: []\nvisions: []\n", "name", "/prefecture", 2, 13, "/prefecture"),
        ("planlint: 1\nprefecture: {name: 茨城}\nkpis: []\nvisions: []\n", "code", "/prefecture", 2, 13, "/prefecture"),
        (planWith("revision: {note: ※改定予定}\n"), "from", "/revision", 6, 11, "/revision"),
        (head + "kpis:\n  - {id: a, targets: [], supports: []}\nvisions: []\n", "text", "/kpis/0", 5, 5, "/kpis/0"),
        (head + "kpis:\n  - {text: 年10件, targets: [], supports: []}\nvisions: []\n", "id", "/kpis/0", 5, 5, "/kpis/0"),
        (head + "kpis:\n  - {id: a, text: 年10件, targets: []}\nvisions: []\n", "supports", "/kpis/0", 5, 5, "/kpis/0"),
        (head + "kpis: []\nvisions:\n  - {id: v, goals: []}\n", "title", "/visions/0", 6, 5, "/visions/0"),
        (head + "kpis: []\nvisions:\n  - {id: v, title: ビジョン}\n", "goals", "/visions/0", 6, 5, "/visions/0"),
        (head + "kpis: []\nvisions:\n  - {id: v, title: ビジョン, goals: [{id: g}]}\n", "text", "/visions/0/goals/0", 6, 34,
         "/visions/0/goals/0"),
        (planWithTarget("{history: [{year: 2019}]}"), "value", "/kpis/0/targets/0/history/0", 8, 20,
         "/kpis/0/targets/0/history/0"),
        (planWithTarget("{parts: [{metric: 相談}]}"), "value", "/kpis/0/targets/0/parts/0", 8, 18,
         "/kpis/0/targets/0/parts/0"),
        (planWith("waivers:\n  - {rule: goal-unsupported}\n"), "reason", "/waivers/0", 7, 5, "/waivers/0"),
        (planWith("waivers:\n  - {reason: 県全体の目標}\n"), "rule", "/waivers/0", 7, 5, "/waivers/0"),
    ])
    func required(text: String, field: String, in owner: String, line: Int, column: Int, pointer: String) throws {
        let f = try onlyFinding(text)
        #expect(Seen(f) == Seen("schema-required", "default", line, column, pointer))
        #expect(f.arguments == named(owner == "/" ? "" : owner, in: text).arguments("in", with: ["field": field]))
    }

    @Test("a waiver with a blank reason is schema-required/empty-reason at the reason, and is dropped", arguments: [
        "\"\"", "'  '", "\"\u{3000}\"",
    ])
    func emptyReason(reason: String) throws {
        let decoded = decode(planWith("waivers:\n  - rule: goal-unsupported\n    reason: \(reason)\n"))
        #expect(decoded.findings.map(Seen.init) == [Seen("schema-required", "empty-reason", 8, 13, "/waivers/0/reason")])
        #expect(decoded.findings.first?.arguments == ["field": "reason", "in": "waiver 1", "in@ja": "1番目の例外（waivers）"])
        #expect(decoded.plan?.waivers.isEmpty == true)
    }

    @Test("findings do not stop decoding: every problem of a file is reported")
    func collectsAll() throws {
        let decoded = decode("""
            planlint: 2
            prefecture: {code: 48, name: 茨城}
            period: {from: R2, to: 令和5年度, as_of: 2022}
            kpis:
              - {id: A, text: x, targets: [], supports: []}
              - {id: b, text: y, targets: [{value: 多数, basis: yearly}], supports: []}
            visions: []
            extra: 1
            """)
        // In decoding order: the keys of a mapping first, then its fields one by one.
        #expect(decoded.findings.map(Seen.init) == [
            Seen("schema-unknown-key", "no-suggestion", 8, 1, "/extra"),
            Seen("format-version", "unsupported", 1, 11, "/planlint"),
            Seen("prefecture-code", "out-of-range", 2, 20, "/prefecture/code"),
            Seen("schema-type", "id", 5, 10, "/kpis/0/id"),
            Seen("schema-type", "number", 6, 40, "/kpis/1/targets/0/value"),
            Seen("schema-type", "enum", 6, 51, "/kpis/1/targets/0/basis"),
        ])
        // What could be read is kept; the period's contradiction is left to period-invalid.
        let plan = try #require(decoded.plan)
        #expect(plan.period?.from == 2020 && plan.period?.toYear == 2023 && plan.period?.asOf == 2022)
        #expect(plan.kpis.map(\.id) == ["b"])
    }
}
