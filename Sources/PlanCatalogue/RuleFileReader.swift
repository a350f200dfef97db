import PlanModel
import PlanYAML

/// Reads one `Rules/<id>.yaml` with the same positioned loader as plans: at build time
/// for the shipped catalogue (`embed-rules`), at run time for `--rules` directories.
public enum RuleFileReader {
    static let keys = ["id", "category", "severity", "title", "description", "help", "messages", "params", "examples"]

    /// Reads a rule file; with `examples: false` its top-level `examples:` section is cut
    /// off unread (falling back to the whole text if the cut does not load cleanly).
    public static func read(text: String, origin: String, examples: Bool = true) throws -> RuleSpec {
        if !examples, let head = withoutExamples(text), let spec = try? read(text: head, origin: origin, required: false) {
            return spec
        }
        return try read(text: text, origin: origin, required: true)
    }

    /// The text before a line that starts `examples:` at column 0 (a top-level key: block
    /// scalars inside the file are indented, so such a line cannot be inside one).
    static func withoutExamples(_ text: String) -> String? {
        var lineStart = text.utf8.startIndex
        while lineStart < text.utf8.endIndex {
            if text.utf8[lineStart...].starts(with: "examples:".utf8) { return String(text[..<lineStart]) }
            guard let newline = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lineStart = text.utf8.index(after: newline)
        }
        return nil
    }

    private static func read(text: String, origin: String, required examplesRequired: Bool) throws -> RuleSpec {
        let document = YAMLLoader.load(text)
        let c = DecodeContext()
        c.report(document.issues)
        guard let root = document.root, let f = c.mapping(root, "", known: keys, required: ["id", "category", "severity", "title", "description", "messages"] + (examplesRequired ? ["examples"] : [])) else {
            throw error(c, origin) ?? SetupError(file: origin, message: "a rule file must be a mapping")
        }
        let id = f["id"].flatMap { c.id($0, "/id") } ?? ""
        let category = f["category"].flatMap { c.choice($0, "/category", as: RuleCategory.self) } ?? .schema
        let severity = f["severity"].flatMap { c.choice($0, "/severity", as: Severity.self) } ?? .error
        let title = f["title"].flatMap { localized($0, "/title", c) }
        var what: LocalizedText?, why: LocalizedText?, fix: LocalizedText?
        if let d = f["description"], let df = c.mapping(d, "/description", known: ["what", "why", "fix"], required: ["what", "why", "fix"]) {
            what = df["what"].flatMap { localized($0, "/description/what", c) }
            why = df["why"].flatMap { localized($0, "/description/why", c) }
            fix = df["fix"].flatMap { localized($0, "/description/fix", c) }
        }
        let help = f["help"].flatMap { localized($0, "/help", c) }
        var messages: [String: LocalizedText] = [:]
        var messageSeverities: [String: Severity] = [:]
        if let m = f["messages"], let pairs = m.mapping {
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                let pointer = "/messages/\(key)"
                if let text = localized(pair.value, pointer, c, extra: ["severity"]) {
                    messages[key] = text
                    let (ja, en) = (Template.placeholders(in: text.ja), Template.placeholders(in: text.en))
                    if ja != en {
                        throw SetupError(file: origin, line: pair.key.range.start.line, column: pair.key.range.start.column,
                                         message: "message '\(key)' fills {\(ja.sorted().joined(separator: "}, {"))} in ja "
                                             + "but {\(en.sorted().joined(separator: "}, {"))} in en; both languages take the same values")
                    }
                }
                if let n = pair.value["severity"], let s = c.choice(n, pointer + "/severity", as: Severity.self) {
                    messageSeverities[key] = s
                }
            }
        } else if let m = f["messages"] {
            _ = c.mapping(m, "/messages", known: [])
        }
        var params: [String: ParamSpec] = [:]
        if let p = f["params"], let pairs = p.mapping {
            for pair in pairs {
                guard let name = pair.key.scalar?.value,
                      let pf = c.mapping(pair.value, "/params/\(name)", known: ["kind", "default", "description"],
                                         required: ["kind", "default", "description"]),
                      let kind = pf["kind"].flatMap({ c.choice($0, "/params/\(name)/kind", as: ParamKind.self) }),
                      let value = pf["default"], let desc = pf["description"].flatMap({ localized($0, "/params/\(name)/description", c) })
                else { continue }
                guard kind.accepts(value) else {
                    throw SetupError(file: origin, line: value.range.start.line, column: value.range.start.column,
                                     message: "the default of parameter '\(name)' is not a value of its kind (\(kind.rawValue))")
                }
                params[name] = ParamSpec(name: name, kind: kind, defaultValue: value, description: desc)
            }
        }
        var pass: [RuleExample] = [], fail: [RuleExample] = []
        if let e = f["examples"], let ef = c.mapping(e, "/examples", known: ["pass", "fail"], required: ["pass", "fail"]) {
            pass = ef["pass"].map { examples($0, "/examples/pass", c) } ?? []
            fail = ef["fail"].map { examples($0, "/examples/fail", c) } ?? []
        }
        if let problem = error(c, origin) { throw problem }
        guard let title, let what, let why, let fix else {
            throw SetupError(file: origin, message: "incomplete rule file")
        }
        return RuleSpec(id: id, category: category, severity: severity, title: title, what: what, why: why, fix: fix,
                        help: help, messages: messages, messageSeverities: messageSeverities, params: params,
                        passExamples: pass, failExamples: fail, origin: origin)
    }

    private static func localized(_ node: Node, _ pointer: String, _ c: DecodeContext,
                                  extra: [String] = []) -> LocalizedText? {
        guard let f = c.mapping(node, pointer, known: ["ja", "en"] + extra, required: ["ja", "en"]),
              let ja = f["ja"].flatMap({ c.text($0, pointer + "/ja") }),
              let en = f["en"].flatMap({ c.text($0, pointer + "/en") }) else { return nil }
        return LocalizedText(ja: ja, en: en)
    }

    /// An example's title: `{ja, en}`, or one text for both languages (a `--rules` file of
    /// one language; the shipped rules give both).
    private static func title(_ node: Node, _ pointer: String, _ c: DecodeContext) -> LocalizedText? {
        if node.mapping != nil { return localized(node, pointer, c) }
        return c.text(node, pointer).map { LocalizedText(ja: $0, en: $0) }
    }

    private static func examples(_ node: Node, _ pointer: String, _ c: DecodeContext) -> [RuleExample] {
        guard let items = c.list(node, pointer) else { return [] }
        return items.compactMap { item, p in
            guard let f = c.mapping(item, p, known: ["name", "plan", "line", "config", "source", "encoding"], required: ["name", "plan"]),
                  let title = f["name"].flatMap({ title($0, p + "/name", c) }),
                  let plan = f["plan"].flatMap({ c.text($0, p + "/plan") }) else { return nil }
            return RuleExample(title: title, plan: plan, line: f["line"].flatMap { c.integer($0, p + "/line") },
                               config: f["config"].flatMap { c.text($0, p + "/config") },
                               source: f["source"].flatMap { c.text($0, p + "/source") },
                               encoding: f["encoding"].flatMap { c.text($0, p + "/encoding") })
        }
    }

    /// Checks that a rule read from `path` is named by its file (`<id>.yaml`), as a
    /// configuration names rules by id and a `--rules` file replaces a shipped one by it.
    public static func checkFileName(of spec: RuleSpec, path: String) throws {
        let expected = path.split(separator: "/").last.map { String($0.dropLast(5)) }
        if let expected, expected != spec.id, path.hasSuffix(".yaml") {
            throw SetupError(file: path, line: 1, column: 1,
                             message: "the rule id '\(spec.id)' does not match the file name '\(expected).yaml'")
        }
    }

    /// The first problem found, as a positioned setup error.
    public static func error(_ c: DecodeContext, _ file: String) -> SetupError? {
        guard let first = c.findings.first else { return nil }
        return SetupError(file: file, line: first.source.range.start.line, column: first.source.range.start.column,
                          ja: describeInJapanese(first), en: describe(first))
    }

    /// A plain English sentence for a schema finding in a setup file (rule or configuration).
    static func describe(_ f: Finding) -> String {
        let a = f.arguments
        // A typing mistake named at its culprit (full-width colon, missing space …).
        if let written = a["written"] { return "a typing mistake (\(f.message)): write '\(written)'" }
        switch f.rule {
        case SchemaUnknownKey.rule:
            let near = a["suggestion"].map { "; did you mean '\($0)'?" } ?? ""
            return "unknown key '\(a["key"] ?? "")'\(near)"
        case SchemaRequired.rule:
            return "missing required key '\(a["field"] ?? "")' in \(a["in"] ?? "/")"
        case SchemaType.rule where f.message == SchemaType.Expected.tooLarge.rawValue:
            return "\(a["field"] ?? ""): the number \(a["found"] ?? "") is too large"
        case SchemaType.rule:
            var text = "\(a["field"] ?? ""): expected \(f.message == "enum" ? "one of " + (a["allowed"] ?? "") : f.message), found \(a["found"] ?? "")"
            if let s = a["suggestion"], !s.isEmpty { text += "; did you mean '\(s)'?" }
            return text
        default:
            if f.message == "tab" { return "a tab in the indentation: indent with spaces" }
            if f.message == "full-width-space" { return "a full-width space (U+3000) in the indentation: indent with half-width spaces" }
            return "\(f.rule): " + (a["problem"] ?? a["detail"] ?? f.message)
        }
    }

    /// The same sentence in Japanese, with the key names as written in the file.
    static func describeInJapanese(_ f: Finding) -> String {
        let a = f.arguments
        if let written = a["written"] { return "書き方の誤りがあります（\(f.message)）。「\(written)」と書きます" }
        switch f.rule {
        case SchemaUnknownKey.rule:
            let near = a["suggestion"].map { "。「\($0)」のことですか" } ?? ""
            return "キー「\(a["key"] ?? "")」は使えません\(near)"
        case SchemaRequired.rule:
            return "\(a["in"] ?? "/") に必要なキー「\(a["field"] ?? "")」がありません"
        case SchemaType.rule where f.message == SchemaType.Expected.tooLarge.rawValue:
            return "\(a["field"] ?? ""): 数 \(a["found"] ?? "") が大きすぎます"
        case SchemaType.rule:
            let expected = f.message == "enum" ? "次のどれか: " + (a["allowed"] ?? "") : japaneseKind(f.message)
            var text = "\(a["field"] ?? ""): \(expected)を書くところに \(a["found"] ?? "") があります"
            if let s = a["suggestion"], !s.isEmpty { text += "。「\(s)」のことですか" }
            return text
        default:
            if f.message == "tab" { return "字下げにタブ文字が使われています。半角スペースで字下げします" }
            if f.message == "full-width-space" { return "字下げに全角スペースが使われています。半角スペースで字下げします" }
            return "\(f.rule): " + (a["problem"] ?? a["detail"] ?? f.message)
        }
    }

    /// `mapping` → マッピング（キー: 値 の組）, and so on for the kinds schema-type names.
    private static func japaneseKind(_ kind: String) -> String {
        switch kind {
        case "mapping": "マッピング（キー: 値 の組）"
        case "sequence": "リスト（- で始まる項目）"
        case "string": "文字列"
        case "integer": "整数"
        case "number": "数"
        case "year": "年度"
        case "date": "日付"
        case "id", "key": "識別子（英小文字・数字・ハイフン）"
        case "window": "年度の範囲"
        default: kind
        }
    }
}
