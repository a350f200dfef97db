// The LSP 3.17 types this server uses, as Codable values; fields the server does not read
// are left out (JSONDecoder ignores unknown keys), optional fields are optional.

public typealias DocumentURI = String

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: DocumentURI
    public init(uri: DocumentURI) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: DocumentURI
    public var version: Int?
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: DocumentURI
    public var languageId: String?
    public var version: Int?
    public var text: String
}

public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

public struct TextDocumentContentChangeEvent: Codable, Sendable {
    /// nil: `text` is the whole document.
    public var range: LSPRange?
    public var text: String
    public init(range: LSPRange?, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DidSaveTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var text: String?
}

public struct DidCloseTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct CancelParams: Codable, Sendable {
    public var id: RequestID
}

public struct InitializeParams: Codable, Sendable {
    public struct General: Codable, Sendable {
        public var positionEncodings: [String]?
    }
    public struct Capabilities: Codable, Sendable {
        public var general: General?
    }
    public var processId: Int?
    public var locale: String?
    public var rootUri: DocumentURI?
    public var capabilities: Capabilities?
    public var initializationOptions: JSONValue?
}

public enum TextDocumentSyncKind: Int, Codable, Sendable {
    case none = 0, full = 1, incremental = 2
}

public struct TextDocumentSyncOptions: Codable, Sendable {
    public var openClose = true
    public var change = TextDocumentSyncKind.incremental
    public var save = SaveOptions()
    public struct SaveOptions: Codable, Sendable { public var includeText = true }
    public init() {}
}

public struct CompletionOptions: Codable, Sendable {
    public var triggerCharacters: [String]
    public init(triggerCharacters: [String]) { self.triggerCharacters = triggerCharacters }
}

public struct CodeActionOptions: Codable, Sendable {
    public var codeActionKinds: [String]
    public init(codeActionKinds: [String]) { self.codeActionKinds = codeActionKinds }
}

public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: PositionEncoding
    public var textDocumentSync = TextDocumentSyncOptions()
    public var hoverProvider = true
    public var completionProvider = CompletionOptions(triggerCharacters: ["/", ":", "[", ","])
    public var definitionProvider = true
    public var documentSymbolProvider = true
    public var codeActionProvider = CodeActionOptions(codeActionKinds: ["quickfix"])
    public init(positionEncoding: PositionEncoding) { self.positionEncoding = positionEncoding }
}

public struct ServerInfo: Codable, Sendable {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo
    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}

public enum DiagnosticSeverity: Int, Codable, Sendable {
    case error = 1, warning = 2, information = 3, hint = 4
}

public enum DiagnosticTag: Int, Codable, Sendable {
    case unnecessary = 1, deprecated = 2
}

public struct CodeDescription: Codable, Sendable, Hashable {
    public var href: String
    public init(href: String) { self.href = href }
}

public struct Location: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    public var range: LSPRange
    public init(uri: DocumentURI, range: LSPRange) {
        self.uri = uri
        self.range = range
    }
}

public struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
    public var location: Location
    public var message: String
    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

public struct LSPDiagnostic: Codable, Sendable, Hashable {
    public var range: LSPRange
    public var severity: DiagnosticSeverity?
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
    public var data: JSONValue?
    public init(range: LSPRange, severity: DiagnosticSeverity?, code: String?, codeDescription: CodeDescription?,
                source: String?, message: String, relatedInformation: [DiagnosticRelatedInformation]? = nil,
                data: JSONValue? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
        self.data = data
    }
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: DocumentURI
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
    public init(uri: DocumentURI, version: Int?, diagnostics: [LSPDiagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}

public struct MarkupContent: Codable, Sendable {
    public var kind: String
    public var value: String
    public init(markdown: String) {
        kind = "markdown"
        value = markdown
    }
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
    public init(contents: MarkupContent, range: LSPRange?) {
        self.contents = contents
        self.range = range
    }
}

public enum CompletionItemKind: Int, Codable, Sendable {
    case text = 1, field = 5, enumMember = 20, reference = 18, value = 12
}

public struct TextEdit: Codable, Sendable, Hashable {
    public var range: LSPRange
    public var newText: String
    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

public struct CompletionItem: Codable, Sendable {
    public var label: String
    public var kind: CompletionItemKind?
    public var detail: String?
    public var documentation: MarkupContent?
    public var textEdit: TextEdit?
    public init(label: String, kind: CompletionItemKind?, detail: String? = nil, documentation: MarkupContent? = nil,
                textEdit: TextEdit? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.textEdit = textEdit
    }
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }
}

public enum SymbolKind: Int, Codable, Sendable {
    case file = 1, module = 2, namespace = 3, object = 19, key = 20, event = 24, number = 16, string = 15
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?
    public init(name: String, detail: String?, kind: SymbolKind, range: LSPRange, selectionRange: LSPRange,
                children: [DocumentSymbol]?) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

public struct DocumentSymbolParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct CodeActionContext: Codable, Sendable {
    public var diagnostics: [LSPDiagnostic]
    public var only: [String]?
}

public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: CodeActionContext
}

public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [DocumentURI: [TextEdit]]
    public init(changes: [DocumentURI: [TextEdit]]) { self.changes = changes }
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    public var kind: String?
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
    public init(title: String, kind: String?, diagnostics: [LSPDiagnostic]?, isPreferred: Bool? = nil, edit: WorkspaceEdit?) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }
}

public struct LogMessageParams: Codable, Sendable {
    public var type: Int
    public var message: String
    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}
