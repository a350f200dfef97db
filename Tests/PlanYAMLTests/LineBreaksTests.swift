import PlanTestSupport
import Testing
@testable import PlanYAML

/// `LineBreaks` skips its byte loop when `memchr` finds no byte that can begin a wide
/// break; the answer must be the loop's on every text, wide breaks or not.
@Suite("Line breaks")
struct LineBreaksTests {
    /// Breaks of every width, and the marks that share their lead bytes (E2: ※ … →; C2: é is C3, but ¥ and § are C2).
    static let pieces: [String] = ["a", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "※", "…", "→",
                                   "¥", "§", "知", "財", " ", "😀"]

    func breaks(_ text: String) -> (fast: LineBreaks, loop: LineBreaks) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { (LineBreaks(utf8: $0), LineBreaks(scanning: $0)) }
    }

    @Test("random texts give the byte loop's answer", arguments: 0..<60)
    func randomTexts(seed: UInt64) {
        var random = SplitMix(state: seed)
        // Half the texts have no wide break at all, so the shortcut is taken.
        let pool = seed % 2 == 0 ? Self.pieces.filter { !["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) } : Self.pieces
        var text = ""
        for _ in 0..<(random.below(300) + 1) { text += pool[random.below(pool.count)] }
        let (fast, loop) = breaks(text)
        #expect(fast == loop)
        if seed % 2 == 0 { #expect(fast.allNarrow) }
    }

    @Test("each wide break is found, also as the last bytes of the text")
    func eachBreak() {
        for wide in ["\r\n", "\u{85}", "\u{2028}", "\u{2029}"] {
            for text in ["a\n※…" + wide + "b", wide, "知\n" + wide] {
                let (fast, loop) = breaks(text)
                #expect(fast == loop)
                #expect(!fast.allNarrow, "\(text.unicodeScalars.map { $0.value })")
            }
        }
        // A lead byte cut at the end of the text is not a break.
        for bytes: [UInt8] in [[0x61, 0xC2], [0x61, 0xE2, 0x80], [0xE2]] {
            bytes.withUnsafeBufferPointer { #expect(LineBreaks(utf8: $0) == LineBreaks(scanning: $0)) }
        }
        #expect(breaks("").fast.allNarrow)
    }

    @Test("widths are found at their lines")
    func widths() {
        let (fast, _) = breaks("a\r\nb\nc\u{2028}d\u{85}")
        #expect(fast.width(after: 1) == 2)
        #expect(fast.width(after: 2) == 1)
        #expect(fast.width(after: 3) == 3)
        #expect(fast.width(after: 4) == 2)
    }
}
