import PlanTestSupport
import Testing
@testable import PlanYAML

/// `ByteOffsets` turns libyaml's character indices into byte offsets with a moving cursor
/// and an eight-bytes-at-a-time shortcut; it must agree with counting characters one by one.
@Suite("Byte offsets")
struct ByteOffsetsTests {
    /// Characters of every UTF-8 length, and a byte-order mark now and then.
    static let pieces: [String] = ["a", " ", "\n", "é", "ß", "知", "財", "。", "😀", "🗾", "k", "z", "Ω"]

    @Test("random texts and random index walks agree with counting characters", arguments: 0..<40)
    func randomWalks(seed: UInt64) {
        var random = SplitMix(state: seed)
        var text = seed % 5 == 0 ? "\u{FEFF}" : ""
        for _ in 0..<(random.below(400) + 1) { text += Self.pieces[random.below(Self.pieces.count)] }
        let bytes = Array(text.utf8)
        let base = text.hasPrefix("\u{FEFF}") ? 3 : 0
        // The byte offset of each character (libyaml counts characters after the BOM).
        var starts: [Int] = []
        var offset = base
        for scalar in text.unicodeScalars.dropFirst(base == 3 ? 1 : 0) {
            starts.append(offset)
            offset += String(scalar).utf8.count
        }
        starts.append(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var offsets = ByteOffsets(buffer)
            for _ in 0..<60 {
                // Mostly forward, as marks come, with jumps back and far ahead.
                let index = random.below(starts.count)
                #expect(offsets.offset(ofCharacter: index) == starts[index], "seed \(seed), index \(index)")
            }
            for index in starts.indices {
                #expect(offsets.offset(ofCharacter: index) == starts[index], "seed \(seed), index \(index)")
            }
        }
    }
}
