import Testing
@testable import LanguageServer

@Suite("positions: byte offsets and LSP positions in UTF-8, UTF-16 and UTF-32")
struct PositionTests {
    // Kanji, a character outside the BMP (𠮷, two UTF-16 units, four UTF-8 bytes),
    // half-width kana, full-width letters, kana.
    static let line = "    text: 𠮷田ｶﾅ漢字ＡＢＣのアドバイスををする。"
    static let text = "a: 1\r\n" + line + "\nz: 𠮷\rlast"

    @Test("each scalar of a Japanese line in every encoding", arguments: PositionEncoding.allCases)
    func japaneseLine(_ encoding: PositionEncoding) {
        let index = LineIndex(Self.text)
        #expect(index.lineCount == 4)
        let start = 6 // after "a: 1\r\n"
        var byte = start, units = 0
        for scalar in Self.line.unicodeScalars {
            let p = index.position(ofByte: byte, encoding)
            #expect(p == Position(line: 1, character: units), "\(scalar) at byte \(byte)")
            #expect(index.offset(of: p, encoding) == byte)
            byte += String(scalar).utf8.count
            switch encoding {
            case .utf8: units += String(scalar).utf8.count
            case .utf16: units += String(scalar).utf16.count
            case .utf32: units += 1
            }
        }
        // The end of the line, before its LF.
        #expect(index.position(ofByte: byte, encoding) == Position(line: 1, character: units))
    }

    @Test("known columns: 𠮷 at 10, をを at 25/26/56 (UTF-32/16/8)")
    func knownColumns() {
        let index = LineIndex(Self.line)
        let o = Array(Self.line.utf8).firstIndex(of: 0xF0)!
        #expect(o == 10)
        #expect(index.position(ofByte: 10, .utf16) == Position(line: 0, character: 10))
        #expect(index.position(ofByte: 14, .utf16) == Position(line: 0, character: 12))
        #expect(index.position(ofByte: 14, .utf32) == Position(line: 0, character: 11))
        #expect(index.offset(of: Position(line: 0, character: 26), .utf16) == 56)
        #expect(index.offset(of: Position(line: 0, character: 25), .utf32) == 56)
        #expect(index.offset(of: Position(line: 0, character: 56), .utf8) == 56)
    }

    @Test("line breaks: CRLF, LF and CR end lines; NEL and LS do not")
    func breaks() {
        let index = LineIndex("a\r\nb\nc\rd\u{85}e\u{2028}f")
        #expect(index.lineCount == 4)
        #expect(index.position(ofByte: Array("a\r\nb\nc\rd\u{85}e".utf8).count, .utf16) == Position(line: 3, character: 3))
        #expect(index.lineEnd(0) == 1)
    }

    @Test("out of range: past a line's end is its end, past the text is the end, inside a scalar is its start")
    func clamping() {
        let index = LineIndex("𠮷x\nyz")
        #expect(index.offset(of: Position(line: 0, character: 99), .utf16) == 5)
        #expect(index.offset(of: Position(line: 7, character: 0), .utf16) == 8)
        #expect(index.offset(of: Position(line: 0, character: 1), .utf16) == 0) // half a surrogate pair
        #expect(index.offset(of: Position(line: 0, character: 2), .utf8) == 0)  // inside the UTF-8 sequence
        #expect(index.position(ofByte: 2, .utf16) == Position(line: 0, character: 0))
        #expect(index.position(ofByte: 99, .utf16) == Position(line: 1, character: 2))
    }

    @Test("negotiation: utf-8, then utf-32, else the default utf-16")
    func negotiation() {
        #expect(PositionEncoding.negotiate(nil) == .utf16)
        #expect(PositionEncoding.negotiate(["utf-16"]) == .utf16)
        #expect(PositionEncoding.negotiate(["utf-32", "utf-16"]) == .utf32)
        #expect(PositionEncoding.negotiate(["utf-16", "utf-8"]) == .utf8)
        #expect(PositionEncoding.negotiate(["latin-1"]) == .utf16)
    }

    @Test("incremental changes on a line with 𠮷, in each encoding", arguments: PositionEncoding.allCases)
    func incremental(_ encoding: PositionEncoding) {
        var doc = TextDocument(uri: "file:///x.yaml", version: 1, text: "k: 𠮷をを\nz: 1\n")
        let line = LineIndex("k: 𠮷をを")
        // Replace the second を (bytes 10..<13 after "k: 𠮷を") with nothing, then append on line 2.
        let r = line.range(ofBytes: 10..<13, encoding)
        doc.apply([TextDocumentContentChangeEvent(range: r, text: ""),
                   TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 1, character: 4),
                                                                   end: Position(line: 1, character: 4)), text: "0")],
                  version: 2, encoding: encoding)
        #expect(String(decoding: doc.bytes, as: UTF8.self) == "k: 𠮷を\nz: 10\n")
        #expect(doc.version == 2)
        doc.apply([TextDocumentContentChangeEvent(range: nil, text: "all new")], version: 3, encoding: encoding)
        #expect(String(decoding: doc.bytes, as: UTF8.self) == "all new")
    }
}
