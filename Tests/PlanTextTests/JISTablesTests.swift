#if canImport(Glibc)
import Foundation
import Glibc
import Testing
@testable import PlanText

/// The generated JIS tables against glibc iconv on this machine: the table must say for
/// every BMP scalar what iconv says (scripts/gen-jis-tables.py wrote it from iconv).
@Suite("JIS tables")
struct JISTablesTests {
    /// Whether iconv converts the one scalar `s` to `encoding`; nil when the converter is missing.
    private static func converts(_ s: UInt32, _ cd: iconv_t) -> Bool {
        var input = s.littleEndian
        var output = [CChar](repeating: 0, count: 16)
        return withUnsafeMutableBytes(of: &input) { raw in
            output.withUnsafeMutableBufferPointer { out in
                var inPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var inLeft = 4
                var outPtr: UnsafeMutablePointer<CChar>? = out.baseAddress
                var outLeft = 16
                iconv(cd, nil, nil, nil, nil)
                guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return false }
                return iconv(cd, nil, nil, &outPtr, &outLeft) != -1
            }
        }
    }

    @Test("the table says what iconv says, for CP932 and Shift_JIS-2004", arguments: ["CP932", "SHIFT_JISX0213"])
    func matchesIconv(_ encoding: String) throws {
        guard let cd = iconv_open(encoding, "UTF-32LE"), cd != iconv_t(bitPattern: -1) else {
            // Without gconv modules there is nothing to compare with; CI must have them.
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "iconv has no \(encoding) on CI")
            return
        }
        defer { iconv_close(cd) }
        var differ: [String] = []
        for v in UInt32(0x80)..<0x10000 where !(0xD800..<0xF900).contains(v) {
            let scalar = Unicode.Scalar(v)!
            let table = encoding == "CP932" ? JIS.inCP932(scalar) : JIS.inX0213(scalar)
            if table != Self.converts(v, cd) { differ.append(String(v, radix: 16)) }
        }
        #expect(differ.isEmpty, "\(differ.count) scalars differ, first \(differ.prefix(5)): run scripts/gen-jis-tables.py")
    }
}
#endif
