import LanguageServer
import PlanLint
import PlanRules
import PlanYAML

/// `planlint lsp`: the language server for plans. Every feature works on the editor's
/// text of the document (never the file on disk), linted as `planlint lint` lints the file
/// at the document's path: same rules, configuration discovery, waivers and baseline.
public final class PlanLanguageServer: MessageHandler {
    /// An open document with what the last lint found.
    struct Open {
        var text: TextDocument
        var path: String
        var isPlan = false
        var diagnostics: [Diagnostic] = []
        var published: [LSPDiagnostic] = []
        var outline: PlanOutline?
        var catalogue: Catalogue?
        var language: Language = .en
    }

    /// The options every lint starts from (the CLI's `--config`, `--rules`, environment).
    var baseOptions: LintOptions
    private(set) var encoding = PositionEncoding.utf16
    /// `initializationOptions.lang`, as `--lang`.
    private var requestedLanguage: Language?
    /// The href of a rule's explanation, `{id}` replaced (`initializationOptions.ruleDocs`).
    private var ruleDocs = "planlint-rule:{id}"
    private(set) var documents: [DocumentURI: Open] = [:]
    private let log: @Sendable (String) -> Void

    public init(options: LintOptions, log: @escaping @Sendable (String) -> Void = { _ in }) {
        baseOptions = options
        self.log = log
    }

    // MARK: Dispatch

    public func request(_ message: Message, _ connection: Connection) throws -> (any Encodable)? {
        switch message.method ?? "" {
        case "initialize": return initialize(try message.params(InitializeParams.self))
        case "textDocument/hover": return hover(try message.params(TextDocumentPositionParams.self))
        case "textDocument/completion": return completion(try message.params(TextDocumentPositionParams.self))
        case "textDocument/definition": return definition(try message.params(TextDocumentPositionParams.self))
        case "textDocument/documentSymbol": return symbols(try message.params(DocumentSymbolParams.self))
        case "textDocument/codeAction": return codeActions(try message.params(CodeActionParams.self))
        case let method: throw ResponseError.methodNotFound(method)
        }
    }

    public func notification(_ message: Message, _ connection: Connection) throws {
        switch message.method ?? "" {
        case "textDocument/didOpen":
            let p = try message.params(DidOpenTextDocumentParams.self)
            let doc = TextDocument(uri: p.textDocument.uri, version: p.textDocument.version, text: p.textDocument.text)
            documents[doc.uri] = Open(text: doc, path: Self.path(of: doc.uri))
            publish(doc.uri, connection)
        case "textDocument/didChange":
            let p = try message.params(DidChangeTextDocumentParams.self)
            guard var open = documents[p.textDocument.uri] else { return }
            open.text.apply(p.contentChanges, version: p.textDocument.version, encoding: encoding)
            documents[p.textDocument.uri] = open
            publish(p.textDocument.uri, connection)
        case "textDocument/didSave":
            // The configuration or baseline may have been what was saved: lint again.
            let p = try message.params(DidSaveTextDocumentParams.self)
            guard var open = documents[p.textDocument.uri] else { return }
            if let text = p.text { open.text = TextDocument(uri: open.text.uri, version: open.text.version, text: text) }
            documents[p.textDocument.uri] = open
            publish(p.textDocument.uri, connection)
        case "textDocument/didClose":
            let p = try message.params(DidCloseTextDocumentParams.self)
            documents[p.textDocument.uri] = nil
            connection.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: p.textDocument.uri, version: nil, diagnostics: []))
        default:
            break // initialized, $/setTrace, workspace/didChangeConfiguration …: nothing to do
        }
    }

    func initialize(_ p: InitializeParams) -> InitializeResult {
        encoding = PositionEncoding.negotiate(p.capabilities?.general?.positionEncodings)
        if let lang = p.initializationOptions?["lang"]?.string { requestedLanguage = Language(rawValue: lang) }
        if let docs = p.initializationOptions?["ruleDocs"]?.string, docs.contains(":") { ruleDocs = docs }
        if let config = p.initializationOptions?["config"]?.string { baseOptions.configPath = config }
        if let locale = p.locale, !locale.isEmpty {
            // After `lang` and the configuration's `lang:`, the editor's language decides.
            baseOptions.environment["LC_ALL"] = locale.replacingOccurrences("-", "_")
        }
        if let requestedLanguage, baseOptions.language == nil { baseOptions.language = requestedLanguage }
        return InitializeResult(capabilities: ServerCapabilities(positionEncoding: encoding),
                                serverInfo: ServerInfo(name: "planlint", version: LintRunner.version))
    }

    // MARK: Diagnostics

    /// Lints a document's text and publishes its diagnostics (none for a non-plan).
    func publish(_ uri: DocumentURI, _ connection: Connection) {
        guard var open = documents[uri] else { return }
        lint(&open)
        documents[uri] = open
        connection.notify("textDocument/publishDiagnostics",
                          PublishDiagnosticsParams(uri: uri, version: open.text.version, diagnostics: open.published))
    }

    func lint(_ open: inout Open) {
        let bytes = open.text.bytes
        open.diagnostics = []
        open.published = []
        open.outline = nil
        open.isPlan = DocumentLint.isPlan(path: open.path, bytes: bytes, options: baseOptions)
        guard open.isPlan else { return }
        let outcome: DocumentLint.Outcome
        do {
            outcome = try DocumentLint.lint(bytes: bytes, path: open.path, options: baseOptions)
        } catch {
            open.published = [setupDiagnostic(error, open)]
            return
        }
        open.catalogue = outcome.engine.catalogue
        open.language = outcome.engine.language
        open.diagnostics = outcome.result.diagnostics
        let outline = bytes.count > outcome.engine.limits.maxBytes ? nil : PlanOutline(bytes: bytes, limits: outcome.engine.limits)
        open.outline = outline
        let lines = ScalarLines(bytes)
        open.published = open.diagnostics.map { d in
            convert(d, lines: lines, index: open.text.index, uri: open.text.uri, outline: outline, language: open.language)
        }
    }

    func convert(_ d: Diagnostic, lines: ScalarLines, index: LineIndex, uri: DocumentURI, outline: PlanOutline?,
                 language: Language) -> LSPDiagnostic {
        let start = lines.offset(line: d.line, column: d.column)
        let end = max(start, lines.offset(line: d.endLine, column: d.endColumn))
        var severity: DiagnosticSeverity
        switch d.severity {
        case .error: severity = .error
        case .warning: severity = .warning
        case .info: severity = .information
        }
        var message = d.message
        if d.waived {
            severity = .hint
            message += language == .ja ? "（適用除外：\(d.waiverReason ?? "")）" : " (waived: \(d.waiverReason ?? ""))"
        } else if d.baselined {
            severity = .hint
            message += language == .ja ? "（ベースラインに記録済み）" : " (in the baseline)"
        }
        var related: [DiagnosticRelatedInformation]?
        if d.rule == "yaml-duplicate-key", let outline,
           let issue = outline.document.issues.first(where: { $0.kind == .duplicateKey && $0.range.start.line == d.line
               && $0.range.start.column == d.column }), let first = issue.related {
            let at = lines.offset(line: first.line, column: first.column)
            let keyLength = issue.subject.map { $0.utf8.count } ?? 0
            related = [DiagnosticRelatedInformation(
                location: Location(uri: uri, range: index.range(ofBytes: at..<(at + keyLength), encoding)),
                message: language == .ja ? "最初の「\(issue.subject ?? "")」" : "the first '\(issue.subject ?? "")'")]
        }
        if d.rule == "duplicate-id", let first = outline?.firstDuplicate(of: d.pointer) {
            related = [DiagnosticRelatedInformation(
                location: Location(uri: uri, range: index.range(ofBytes: first.start.offset..<first.end.offset, encoding)),
                message: language == .ja ? "最初に使われている id" : "the id's first use")]
        }
        return LSPDiagnostic(range: index.range(ofBytes: start..<end, encoding), severity: severity, code: d.rule,
                             codeDescription: CodeDescription(href: ruleDocs.replacingOccurrences("{id}", d.rule)),
                             source: "planlint", message: message, relatedInformation: related,
                             data: .object(["pointer": .string(d.pointer), "waived": .bool(d.waived || d.baselined)]))
    }

    /// A broken `planlint.yaml`, rule directory or baseline: one error at the top of the
    /// document naming the file (the CLI's exit 2), since no finding can be trusted.
    func setupDiagnostic(_ error: Error, _ open: Open) -> LSPDiagnostic {
        let text = (error as? SetupError)?.description ?? "\(error)"
        return LSPDiagnostic(range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
                             severity: .error, code: "setup", codeDescription: nil, source: "planlint", message: text)
    }

    // MARK: Paths

    /// The file path of a `file:` URI (percent-decoded); other schemes (`untitled:`) get a
    /// path in the current folder, so that only their text can make them a plan.
    static func path(of uri: DocumentURI) -> String {
        guard uri.hasPrefix("file://") else {
            let last = uri.split(separator: "/").last.map(String.init) ?? uri
            let name = percentDecoded(last.split(separator: ":").last.map(String.init) ?? last)
            let lower = name.lowercased()
            return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? name : name + ".yaml"
        }
        var rest = String(uri.dropFirst("file://".count))
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = String(rest[slash...]) } // file://host/path
        return percentDecoded(rest)
    }

    static func percentDecoded(_ s: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25, i + 2 < bytes.count, let v = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(v)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
