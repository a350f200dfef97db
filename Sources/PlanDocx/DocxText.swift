import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The text of a Word document (.docx, the template as Word or LibreOffice saves it): the
/// paragraphs of `word/document.xml` in order, one line each, with `w:tab` as a tab and
/// `w:br` as a line break: the same text the annex splitter reads from a .txt.
///
/// A .docx is a zip of XML. ZIPFoundation reads the zip (in memory; the file was read
/// within the source size limit) and Foundation's `XMLParser` streams the XML. A broken
/// file is a `DocxFailure`, never a crash: not a zip, no `word/document.xml`, more entries
/// than `maxEntries`, a document that inflates beyond `maxDocumentBytes` (a zip bomb: the
/// inflated bytes are counted as they come, whatever the header claims), or XML that does
/// not parse.
public enum DocxText {
    public static let maxEntries = 10_000
    public static let maxDocumentBytes = 64 << 20

    public static func text(of bytes: [UInt8]) throws(DocxFailure) -> String {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch { throw .notZip }
        var document: Entry?
        var count = 0
        for entry in archive {
            count += 1
            if count > maxEntries { throw .tooManyEntries(maxEntries) }
            if entry.path == "word/document.xml" && document == nil { document = entry }
        }
        guard let document else { throw .noDocument }
        guard document.uncompressedSize <= UInt64(maxDocumentBytes) else { throw .tooLarge(maxDocumentBytes) }
        var xml = Data()
        do {
            _ = try archive.extract(document, skipCRC32: false) { chunk in
                guard xml.count + chunk.count <= maxDocumentBytes else { throw DocxFailure.tooLarge(maxDocumentBytes) }
                xml.append(chunk)
            }
        } catch let failure as DocxFailure {
            throw failure
        } catch {
            throw .unreadable("\(error)")
        }
        return try paragraphs(xml)
    }

    /// The paragraphs of a WordprocessingML document, one line each.
    static func paragraphs(_ xml: Data) throws(DocxFailure) -> String {
        let reader = ParagraphReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw .badXML(line: parser.lineNumber, reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "")
        }
        // libxml2 may accept a document cut short (open elements at the end): it is broken too.
        guard reader.open == 0 else { throw .badXML(line: parser.lineNumber, reason: "unclosed elements at the end") }
        return reader.lines.joined(separator: "\n") + "\n"
    }
}

/// What went wrong with a .docx, worded in Japanese or English.
public enum DocxFailure: Error, Sendable, Equatable {
    case notZip
    case noDocument
    case tooManyEntries(Int)
    case tooLarge(Int)
    case unreadable(String)
    case badXML(line: Int, reason: String)

    public func message(japanese ja: Bool) -> String {
        switch self {
        case .notZip:
            return ja ? "Word 文書（.docx）として読めません（zip 形式ではありません）" : "cannot be read as a Word document (.docx): it is not a zip archive"
        case .noDocument:
            return ja ? "Word 文書の本文（word/document.xml）がありません" : "is a zip without word/document.xml: not a Word document"
        case .tooManyEntries(let n):
            return ja ? "zip の項目が多すぎます（上限 \(n) 件）" : "has more than \(n) zip entries"
        case .tooLarge(let n):
            return ja ? "本文を展開すると上限（\(n) バイト）を超えます" : "its document inflates beyond the limit of \(n) bytes"
        case .unreadable(let why):
            return (ja ? "Word 文書の本文を展開できません: " : "cannot inflate the document: ") + why
        case .badXML(let line, let reason):
            return ja ? "Word 文書の本文の XML が壊れています（\(line) 行目）: \(reason)" : "the document's XML is broken (line \(line)): \(reason)"
        }
    }
}

/// Collects `w:p` paragraphs: the text of `w:t`, `\t` for `w:tab`, a line break for `w:br`
/// and `w:cr`. Deleted text (`w:delText`) and field codes (`w:instrText`) are left out.
private final class ParagraphReader: NSObject, XMLParserDelegate {
    var lines: [String] = []
    private var current = ""
    private var inText = false
    private var depth = 0
    /// Elements opened and not closed.
    var open = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open += 1
        switch name {
        case "w:p": depth += 1; if depth == 1 { current = "" }
        case "w:t": inText = true
        case "w:tab": if depth > 0 { current += "\t" }
        case "w:br", "w:cr": if depth > 0 { current += "\n" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open -= 1
        switch name {
        case "w:p":
            depth -= 1
            if depth == 0 { lines.append(current) }
        case "w:t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
