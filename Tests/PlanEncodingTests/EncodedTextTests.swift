import Foundation
import Testing
@testable import PlanEncoding

/// The fixtures are one plan (愛媛's, with a misspelled key planted at 14:30) saved by the
/// real iconv in each encoding, plus an ambiguous short file and bytes no encoding reads.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func bytes(_ name: String) -> [UInt8] {
        (try? Array(Data(contentsOf: directory.appendingPathComponent(name)))) ?? []
    }
}

@Suite struct SourceTextTests {
    let utf8 = Fixtures.bytes("ehime.utf8.yaml")

    @Test func utf8StaysAsGiven() {
        #expect(!utf8.isEmpty)
        #expect(EncodedText.decode(utf8) == Decoded(utf8: utf8))
        let bom = [0xEF, 0xBB, 0xBF] + utf8
        #expect(EncodedText.decode(bom) == Decoded(utf8: bom))
    }

    @Test("a file saved by iconv in CP932 or EUC-JP is found and converted back exactly",
          arguments: [("ehime.cp932.yaml", DetectedEncoding.shiftJIS), ("ehime.eucjp.yaml", .eucJP)])
    func japaneseEncodings(file: String, encoding: DetectedEncoding) {
        let decoded = EncodedText.decode(Fixtures.bytes(file))
        #expect(decoded.encoding == encoding)
        #expect(decoded.ambiguous.isEmpty)
        #expect(decoded.utf8 == utf8)
    }

    @Test func notepadUTF16WithMarkAndCRLF() {
        let decoded = EncodedText.decode(Fixtures.bytes("ehime.utf16le-bom.yaml"))
        #expect(decoded.encoding == .utf16LE)
        let crlf = Array(String(decoding: utf8, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(decoded.utf8 == crlf)
    }

    @Test("UTF-16 and UTF-32, either byte order, with or without a mark",
          arguments: [DetectedEncoding.utf16LE, .utf16BE, .utf32LE, .utf32BE], [false, true])
    func wideEncodings(encoding: DetectedEncoding, mark: Bool) throws {
        let text = String(decoding: utf8, as: UTF8.self)
        let bytes = try #require(EncodedText.encode(text, as: encoding, byteOrderMark: mark))
        let decoded = EncodedText.decode(bytes)
        #expect(decoded.encoding == encoding)
        #expect(decoded.utf8 == utf8)
    }

    @Test func shortFileOfRareKanjiIsAmbiguous() {
        // E0 A1 E0 A2 is 燹燿 in EUC-JP and 爍爐 in CP932: level-2 kanji either way.
        let decoded = EncodedText.decode(Fixtures.bytes("ambiguous.eucjp.yaml"))
        #expect(decoded.encoding == nil)
        #expect(Set(decoded.ambiguous) == [.shiftJIS, .eucJP])
        #expect(decoded.utf8 == Fixtures.bytes("ambiguous.eucjp.yaml"))
    }

    @Test func garbageIsUndecodable() {
        let garbage = Fixtures.bytes("garbage.yaml")
        let decoded = EncodedText.decode(garbage)
        #expect(decoded.undecodable)
        #expect(decoded.encoding == nil && decoded.ambiguous.isEmpty)
        #expect(decoded.utf8 == garbage)
        // A byte-order mark followed by invalid UTF-16 (a lone low surrogate) is not guessed at either.
        #expect(EncodedText.decode([0xFF, 0xFE, 0x00, 0xDC]).undecodable)
    }

    @Test("a short EUC-JP text of common words is EUC-JP, though CP932 also reads it")
    func evidenceDecides() throws {
        // 知財 in EUC-JP (C3 CE BA E2) reads in CP932 as half-width ﾃ, ﾎ and the kanji 坤 (BA, E2 ..):
        // check that both read it, and that EUC-JP wins on common characters.
        let bytes = try #require(EncodedText.encode("notes: 知財の活用\n", as: .eucJP))
        let asCP932 = EncodedText.convert(bytes, from: "CP932")
        let decoded = EncodedText.decode(bytes)
        #expect(decoded.encoding == .eucJP)
        if let asCP932 { #expect(EncodedText.commonShare(asCP932) < EncodedText.commonShare(decoded.utf8)) }
    }

    @Test func commonShareCountsKanaAndLevelOneKanji() {
        #expect(EncodedText.commonShare(Array("知財あア、Ａ".utf8)) == 1)
        #expect(EncodedText.commonShare(Array("ｱｲ燹".utf8)) == 0) // half-width kana, a level-2 kanji
        #expect(EncodedText.commonShare(Array("plain".utf8)) == 0)
    }
}
