/// An open document's text, as UTF-8 bytes with its line index, changed by the client's
/// full or incremental edits.
public struct TextDocument: Sendable {
    public var uri: DocumentURI
    public var version: Int?
    public private(set) var index: LineIndex

    public var bytes: [UInt8] { index.bytes }

    public init(uri: DocumentURI, version: Int?, text: String) {
        self.uri = uri
        self.version = version
        index = LineIndex(text)
    }

    /// Applies `didChange`'s events in order (each range is in the text the earlier
    /// events left, as LSP says).
    public mutating func apply(_ changes: [TextDocumentContentChangeEvent], version: Int?, encoding: PositionEncoding) {
        var bytes = index.bytes
        var current = index
        for (n, change) in changes.enumerated() {
            if let range = change.range {
                if n > 0 { current = LineIndex(bytes) }
                let r = current.byteRange(of: range, encoding)
                bytes.replaceSubrange(r, with: Array(change.text.utf8))
            } else {
                bytes = Array(change.text.utf8)
            }
        }
        index = LineIndex(bytes)
        self.version = version
    }
}
