import Testing
@testable import PlanModel
import PlanYAML

/// PlanFileText: the one conversion every plan reader goes through.
@Suite struct PlanFileTextTests {
    @Test("a UTF-8 plan is its own text, with no notice and nothing stopping it")
    func utf8() {
        let bytes = Array("planlint: 1\nnotes: 愛媛\n".utf8)
        let text = PlanFileText(bytes)
        #expect(text.utf8 == bytes && text.encoding == nil && text.notice == nil && text.stop == nil)
    }

    @Test("the position of the first bad byte counts scalars, not bytes, after CRLF, LF or CR and a mark")
    func badBytePosition() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\rc: 愛".utf8) + [0xFF, 0xFE, 0x80, 0xFD]
        let text = PlanFileText(bytes)
        let stop = text.stop
        #expect(stop?.rule == "yaml-syntax" && stop?.message == "encoding" && stop?.arguments["byte"] == "0xFF")
        #expect(stop?.source.range.start == Mark(line: 3, column: 5, offset: bytes.count - 4))
        // NEL, LS and PS end lines too, as libyaml counts them.
        let breaks = Array("a\u{85}b\u{2028}c\u{2029}dé".utf8) + [0xFF]
        #expect(PlanFileText(breaks).stop?.source.range.start == Mark(line: 4, column: 3, offset: breaks.count - 1))
    }

    @Test("decode(bytes:) reads a converted plan and stops at an ambiguous one")
    func decoder() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "planlint: 1\nprefecture: {code: 38, name: 愛媛}\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(PlanDecoder.decode(bytes: utf16).plan?.prefecture?.name == "愛媛")
        let ambiguous = PlanDecoder.decode(bytes: Array("planlint: 1\nnotes: ".utf8) + [0xE0, 0xA1, 0xE0, 0xA2, 0x0A])
        #expect(ambiguous.plan == nil && ambiguous.findings.map(\.rule) == ["yaml-encoding"])
    }
}
