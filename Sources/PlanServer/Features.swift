import LanguageServer
import PlanLint
import PlanModel
import PlanRules
import PlanYAML

extension PlanLanguageServer {
    // MARK: Hover

    func hover(_ p: TextDocumentPositionParams) -> Hover? {
        guard let open = documents[p.textDocument.uri], open.isPlan else { return nil }
        let index = open.text.index
        let offset = index.offset(of: p.position, encoding)
        let language = open.language
        var sections: [String] = []
        var range: LSPRange?
        // 1. The diagnostics under the cursor: each rule's explanation.
        var explained = Set<String>()
        for d in open.published where d.range.contains(p.position) {
            guard let rule = d.code, explained.insert(rule).inserted, let spec = open.catalogue?[rule] else { continue }
            sections.append(Self.explanation(spec, language))
            range = range ?? d.range
        }
        // 2. A supports reference: the goal it names.
        if let outline = open.outline, let reference = outline.reference(at: offset) {
            let refRange = index.range(ofBytes: reference.range.start.offset..<reference.range.end.offset, encoding)
            if let goal = outline.goal(reference.text) {
                sections.append(Self.describe(goal, language))
            } else {
                sections.append(language == .ja ? "「\(reference.text)」という目標はこの計画にありません"
                                                : "no goal '\(reference.text)' in this plan")
            }
            range = range ?? refRange
        }
        // 3. A key: what the field means.
        let context = CursorContext(index, offset: offset)
        if let key = context.key, let section = context.section, let field = PlanField.field(key.name, in: section) {
            sections.append(field.markdown(language))
            range = range ?? index.range(ofBytes: key.range, encoding)
        }
        guard !sections.isEmpty else { return nil }
        return Hover(contents: MarkupContent(markdown: sections.joined(separator: "\n\n---\n\n")), range: range)
    }

    static func explanation(_ spec: RuleSpec, _ language: Language) -> String {
        let ja = language == .ja
        return """
        **\(spec.id)** — \(spec.title[language])

        \(spec.what[language])

        **\(ja ? "なぜ" : "Why")**: \(spec.why[language])

        **\(ja ? "直し方" : "How to fix")**: \(spec.fix[language])

        \(ja ? "詳しくは" : "More:") `planlint explain \(spec.id)`
        """
    }

    static func describe(_ goal: PlanOutline.Goal, _ language: Language) -> String {
        var out = "**\(goal.reference)**"
        if let title = goal.visionTitle { out += " — \(title)" }
        if let heading = goal.heading { out += "\n\n**\(heading)**" }
        if let text = goal.text { out += "\n\n\(text)" }
        return out
    }

    // MARK: Completion

    func completion(_ p: TextDocumentPositionParams) -> CompletionList {
        guard let open = documents[p.textDocument.uri] else { return CompletionList(isIncomplete: false, items: []) }
        let index = open.text.index
        let offset = index.offset(of: p.position, encoding)
        let context = CursorContext(index, offset: offset)
        let language = open.isPlan ? open.language : (baseOptions.language ?? .en)
        let replace = index.range(ofBytes: context.word, encoding)
        func item(_ label: String, _ kind: CompletionItemKind, _ detail: String?, _ doc: String? = nil, insert: String? = nil) -> CompletionItem {
            CompletionItem(label: label, kind: kind, detail: detail, documentation: doc.map(MarkupContent.init(markdown:)),
                           textEdit: TextEdit(range: replace, newText: insert ?? label))
        }
        var items: [CompletionItem] = []
        if let key = context.valueOf {
            if key == "supports" {
                // Every goal of the document: from the last good parse, else from the text.
                let goals = open.outline?.goals ?? PlanOutline(bytes: open.text.bytes, limits: .default).goals
                items = goals.map { item($0.reference, .reference, $0.heading ?? $0.visionTitle, Self.describe($0, language)) }
            } else if let section = context.section, let field = PlanField.field(key, in: section), !field.values.isEmpty {
                items = field.values.map { item($0, .enumMember, field.key, field.markdown(language)) }
            }
        } else if let section = context.section {
            items = PlanField.fields(of: section).map {
                item($0.key, .field, $0.kind[language], $0.markdown(language), insert: $0.key + ": ")
            }
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    // MARK: Definition and symbols

    func definition(_ p: TextDocumentPositionParams) -> Location? {
        guard let open = documents[p.textDocument.uri], let outline = open.outline else { return nil }
        let offset = open.text.index.offset(of: p.position, encoding)
        guard let reference = outline.reference(at: offset), let goal = outline.goal(reference.text) else { return nil }
        return Location(uri: open.text.uri,
                        range: open.text.index.range(ofBytes: goal.idRange.start.offset..<goal.idRange.end.offset, encoding))
    }

    func symbols(_ p: DocumentSymbolParams) -> [DocumentSymbol] {
        guard let open = documents[p.textDocument.uri], let root = open.outline?.document.root else { return [] }
        let index = open.text.index
        func range(_ node: Node) -> LSPRange { index.range(ofBytes: node.range.start.offset..<node.range.end.offset, encoding) }
        func symbol(_ node: Node, name: String, detail: String?, kind: SymbolKind, children: [DocumentSymbol]?) -> DocumentSymbol {
            let whole = range(node)
            let selection = node["id"].map(range) ?? whole
            return DocumentSymbol(name: name, detail: detail, kind: kind, range: whole, selectionRange: selection,
                                  children: children?.isEmpty == true ? nil : children)
        }
        func targets(_ node: Node?) -> [DocumentSymbol] {
            (node?["targets"]?.sequence ?? []).enumerated().map { i, t in
                let value = [t["value"]?.scalar?.value, t["unit"]?.scalar?.value].compactMap { $0 }.joined()
                return symbol(t, name: t["id"]?.scalar?.value ?? t["metric"]?.scalar?.value ?? "#\(i + 1)",
                              detail: [value, t["basis"]?.scalar?.value].compactMap { $0 }.joined(separator: " "),
                              kind: .number, children: nil)
            }
        }
        var out: [DocumentSymbol] = []
        for kpi in root["kpis"]?.sequence ?? [] {
            out.append(symbol(kpi, name: kpi["id"]?.scalar?.value ?? "KPI", detail: kpi["text"]?.scalar.map { String($0.value.prefix(40)) },
                              kind: .event, children: targets(kpi)))
        }
        for vision in root["visions"]?.sequence ?? [] {
            let goals = (vision["goals"]?.sequence ?? []).map { g in
                symbol(g, name: g["id"]?.scalar?.value ?? "goal", detail: g["heading"]?.scalar?.value, kind: .object,
                       children: targets(g))
            }
            out.append(symbol(vision, name: vision["id"]?.scalar?.value ?? "vision", detail: vision["title"]?.scalar?.value,
                              kind: .namespace, children: goals))
        }
        return out
    }

    // MARK: Code actions

    /// Rules whose diagnostics a waiver cannot accept (docs/plan-format.md: structural
    /// diagnostics and the waiver rules' own).
    static func isWaivable(_ rule: String, _ catalogue: Catalogue?) -> Bool {
        guard let category = catalogue?[rule]?.category else { return false }
        return category != .schema && category != .waiver
    }

    func codeActions(_ p: CodeActionParams) -> [CodeAction] {
        guard let open = documents[p.textDocument.uri], open.isPlan, let outline = open.outline else { return [] }
        var actions: [CodeAction] = []
        // The diagnostics the client sent, matched with ours (for the pointer), else ours in the range.
        let wanted = p.context.diagnostics.isEmpty
            ? open.published.filter { $0.range.start.line <= p.range.end.line && $0.range.end.line >= p.range.start.line }
            : p.context.diagnostics
        // The fixes `--fix` would apply (safe ones preferred; unsafe ones offered, marked),
        // for the diagnostics asked about, whatever their rule.
        for d in wanted {
            guard let index = open.published.firstIndex(where: { $0.code == d.code && $0.range == d.range }),
                  index < open.diagnostics.count, let fix = open.diagnostics[index].fix, !open.diagnostics[index].waived
            else { continue }
            let edits = fix.edits.map { ByteEdit(range: $0.range, replacement: $0.replacement) }
            actions.append(CodeAction(title: Self.fixTitle(open.diagnostics[index].rule, fix.safety, open.language),
                                      kind: "quickfix", diagnostics: [open.published[index]],
                                      isPreferred: fix.safety == .safe,
                                      edit: ByteEdit.workspaceEdit(uri: open.text.uri, edits, open.text.index, encoding)))
        }
        var seen = Set<String>()
        for d in wanted {
            guard let rule = d.code, Self.isWaivable(rule, open.catalogue) else { continue }
            guard let ours = open.published.first(where: { $0.code == rule && $0.range == d.range }),
                  ours.data?["waived"] != .bool(true) else { continue }
            let pointer = ours.data?["pointer"]?.string ?? ""
            let at = outline.subject(of: pointer)
            guard seen.insert("\(rule) \(at ?? "")").inserted else { continue }
            let edit = WaiverEdit.add(rule: rule, at: at, language: open.language, outline: outline, bytes: open.text.bytes)
            let title = open.language == .ja
                ? "この指摘の適用除外を加える（\(rule)\(at.map { "、at: \($0)" } ?? "")）"
                : "Add a waiver for this finding (\(rule)\(at.map { " at \($0)" } ?? ""))"
            actions.append(CodeAction(title: title, kind: "quickfix", diagnostics: [ours],
                                      edit: ByteEdit.workspaceEdit(uri: open.text.uri, [edit], open.text.index, encoding)))
        }
        return actions
    }
}

extension PlanLanguageServer {
    /// The title of a fix's code action: what `--fix` (safe) or `--unsafe-fixes` would do.
    static func fixTitle(_ rule: String, _ safety: FixSafety, _ language: Language) -> String {
        switch (safety, language) {
        case (.safe, .ja): "planlint で直す（\(rule)）"
        case (.unsafe, .ja): "planlint で直す（\(rule)・内容を確かめてから）"
        case (.safe, _): "Fix with planlint (\(rule))"
        case (.unsafe, _): "Fix with planlint (\(rule), unsafe: review the change)"
        }
    }
}

/// An edit as planlint's fixes describe one: a range of UTF-8 byte offsets in the text and
/// its replacement (the shape of `PlanModel.Fix`'s edits), mapped to LSP here.
public struct ByteEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// The edits as one document's `WorkspaceEdit`, positions in `encoding`.
    public static func workspaceEdit(uri: DocumentURI, _ edits: [ByteEdit], _ index: LineIndex,
                                     _ encoding: PositionEncoding) -> WorkspaceEdit {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return WorkspaceEdit(changes: [uri: sorted.map {
            TextEdit(range: index.range(ofBytes: $0.range, encoding), newText: $0.replacement)
        }])
    }
}

/// The "add a waiver" edit: a `waivers` entry (rule, at, a reason to fill in) appended to
/// the plan's list, or a new `waivers:` list at the end of the plan.
enum WaiverEdit {
    static func placeholder(_ language: Language) -> String {
        language == .ja ? "\"（ここに理由を書く）\"" : "\"TODO: why this finding is accepted\""
    }

    static func add(rule: String, at: String?, language: Language, outline: PlanOutline, bytes: [UInt8]) -> ByteEdit {
        let reason = placeholder(language)
        func block(_ indent: String) -> String {
            var s = "\(indent)- rule: \(rule)\n"
            if let at { s += "\(indent)  at: \(at)\n" }
            return s + "\(indent)  reason: \(reason)\n"
        }
        if let root = outline.document.root, let pair = root.mapping?.first(where: { $0.key.scalar?.value == "waivers" }) {
            let value = pair.value
            let start = value.range.start.offset, end = value.range.end.offset
            let isFlow = start < bytes.count && bytes[start] == 0x5B
            if let items = value.sequence, let last = items.last, !isFlow {
                // Block list: a new item after the line the last one ends on, indented as the first.
                let indent = String(repeating: " ", count: max(0, (items[0].range.start.column - 1) - 2))
                var lineEnd = max(start, last.range.end.offset - 1)
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                if lineEnd < bytes.count {
                    return ByteEdit(range: (lineEnd + 1)..<(lineEnd + 1), replacement: block(indent))
                }
                return ByteEdit(range: bytes.count..<bytes.count, replacement: "\n" + block(indent))
            }
            if isFlow, let items = value.sequence, !items.isEmpty, end > start, bytes[end - 1] == 0x5D {
                let entry = "{rule: \(rule)\(at.map { ", at: \($0)" } ?? ""), reason: \(reason)}"
                return ByteEdit(range: (end - 1)..<(end - 1), replacement: ", " + entry)
            }
            // `waivers: []` or `waivers:` with nothing: the value becomes a block list.
            let keyIndent = String(repeating: " ", count: max(0, pair.key.range.start.column - 1))
            let text = "\n" + block(keyIndent + "  ")
            let keyEnd = pair.key.range.end.offset
            let from = keyEnd < bytes.count && bytes[keyEnd] == 0x3A ? keyEnd + 1 : start
            let lower = min(from, start)
            return ByteEdit(range: lower..<max(lower, end), replacement: String(text.dropLast()))
        }
        let newline = bytes.last == 10 || bytes.isEmpty ? "" : "\n"
        return ByteEdit(range: bytes.count..<bytes.count, replacement: newline + "waivers:\n" + block("  "))
    }
}
