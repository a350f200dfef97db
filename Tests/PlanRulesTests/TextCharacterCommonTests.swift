import Testing
@testable import PlanRules

@Suite("text-character: common scalars")
struct TextCharacterCommonTests {
    @Test("text-character's common scalars never need a look")
    func common() {
        for v in UInt32(0x20)...0x30F6 {
            guard let c = Unicode.Scalar(v), TextCharacter.isCommon(c) else { continue }
            #expect(!TextCharacter.needsLook(c), "\(v)")
        }
    }
}
