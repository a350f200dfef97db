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

    @Test("UTF-8 cut inside its last character stays UTF-8 (not read as CP932 or EUC-JP)")
    func truncatedUTF8StaysUTF8() {
        // The plan cut after every byte of its first lines: each cut inside a character
        // (愛 is E6 84 9B) keeps the bytes as given, not converted, so offsets stay the file's.
        for count in 1...200 {
            let cut = Array(utf8.prefix(count))
            #expect(EncodedText.decode(cut) == Decoded(utf8: cut), "cut at \(count)")
            let marked = [0xEF, 0xBB, 0xBF] + cut
            #expect(EncodedText.decode(marked) == Decoded(utf8: marked), "cut at \(count) after a mark")
        }
        // 愛 cut after one and after two of its three bytes, and a four-byte character (𠮷, F0 A0 AE B7) cut after one, two and three.
        #expect(EncodedText.isCutUTF8([0x61, 0xE6]) && EncodedText.isCutUTF8([0x61, 0xE6, 0x84]))
        #expect(EncodedText.isCutUTF8([0xF0]) && EncodedText.isCutUTF8([0xF0, 0xA0]) && EncodedText.isCutUTF8([0xF0, 0xA0, 0xAE]))
        // Not cut UTF-8: a whole character, a byte that never starts one, a bad second byte,
        // and a bad byte before the end.
        #expect(!EncodedText.isCutUTF8([0xE6, 0x84, 0x9B]))
        #expect(!EncodedText.isCutUTF8([0x61, 0xFF]) && !EncodedText.isCutUTF8([0x61, 0xC0]))
        #expect(!EncodedText.isCutUTF8([0xE0, 0x80]) && !EncodedText.isCutUTF8([0xED, 0xA0]))
        #expect(!EncodedText.isCutUTF8([0x88, 0x61, 0xE6]))
        // CP932 that happens to end in a lead byte is still CP932 (its earlier bytes are not UTF-8).
        let cp932 = Fixtures.bytes("ehime.cp932.yaml")
        #expect(!EncodedText.isCutUTF8(cp932))
        #expect(EncodedText.decode(cp932).encoding == .shiftJIS)
    }

    @Test("UTF-8 with a stray byte is damaged UTF-8, not CP932 mojibake", arguments: [[0xC3], [0xFF], [0x88, 0x9F]] as [[UInt8]])
    func damagedUTF8(stray: [UInt8]) {
        var bytes = utf8
        let at = (utf8[300...].firstIndex(of: 0x0A) ?? 0) + 1 // the start of a line
        bytes.insert(contentsOf: stray, at: at)
        let decoded = EncodedText.decode(bytes)
        #expect(decoded.undecodable && decoded.encoding == nil && decoded.utf8 == bytes)
        #expect(EncodedText.firstNonUTF8Offset(bytes) == at)
        #expect(!EncodedText.isDamagedUTF8(Fixtures.bytes("ehime.cp932.yaml")))
        #expect(!EncodedText.isDamagedUTF8(Fixtures.bytes("ehime.eucjp.yaml")))
    }

    @Test("the guard above matters: UTF-8 あああああああ with a stray C3 is also CP932 mojibake")
    func damagedUTF8ReadsAsCP932() {
        // あ is E3 81 82 in UTF-8; in CP932 the pairs E3 81, 82 E3, 81 82 are 縺, ゅ, ≠, and C3 is ﾃ.
        let bytes = Array("notes: あああああああああ".utf8) + [0xC3, 0x0A]
        #expect(EncodedText.convert(bytes, from: "CP932") != nil)
        #expect(EncodedText.decode(bytes).undecodable)
    }

    @Test func firstByteThatIsNotUTF8() {
        #expect(EncodedText.firstNonUTF8Offset(utf8) == nil)
        #expect(EncodedText.firstNonUTF8Offset(Fixtures.bytes("garbage.yaml")) == 19)
        #expect(EncodedText.firstNonUTF8Offset([0x61, 0xE6, 0x84]) == 1)
        #expect(EncodedText.firstNonUTF8Offset([0xE6, 0x84, 0x9B, 0xE6, 0x41]) == 3)
    }

    @Test func utf32FileWithMark() {
        let decoded = EncodedText.decode(Fixtures.bytes("ehime.utf32be-bom.yaml"))
        #expect(decoded.encoding == .utf32BE)
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
