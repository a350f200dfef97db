/// What a Unicode scalar becomes in the character sets Japanese official text is written
/// and exchanged in. The tables (`JISTables`, generated from glibc iconv by
/// `scripts/gen-jis-tables.py`) are bitmaps over the BMP, read once; see
/// docs/architecture.md for why a table rather than iconv at run time.
public enum JIS {
    /// Whether CP932 (Windows Shift_JIS: JIS X 0208 with the NEC and IBM extensions) can
    /// write `s`. ASCII always; private-use scalars never.
    public static func inCP932(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 || (s.value < 0x10000 && bit(cp932, s.value))
    }

    /// Whether Shift_JIS-2004 (JIS X 0213, which includes JIS X 0208) can write `s`.
    public static func inX0213(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return true }
        if s.value < 0x10000 { return bit(x0213, s.value) }
        return sortedContains(JISTables.x0213Astral, s.value)
    }

    /// The unified ideograph a Kangxi radical, CJK radical or CJK compatibility ideograph
    /// stands for (⼀ U+2F00 → 一, 﨑 is not one: it has no canonical mapping), or nil.
    public static func lookalike(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        guard (0x2E80..<0x2FE0).contains(v) || (0xF900..<0xFB00).contains(v) || (0x2F800..<0x2FA20).contains(v) else { return nil }
        let table = JISTables.lookalikes
        var (lo, hi) = (0, table.count / 2)
        while lo < hi {
            let mid = (lo + hi) / 2
            if table[2 * mid] < v { lo = mid + 1 } else { hi = mid }
        }
        guard lo < table.count / 2, table[2 * lo] == v else { return nil }
        return Unicode.Scalar(table[2 * lo + 1])
    }

    /// The Japanese form of a simplified-Chinese character typed with a Chinese IME, for
    /// the few such characters common in administrative text (业 → 業, 术 → 術), or nil.
    /// The pairs are Unihan's kTraditionalVariant, written in the form JIS X 0208 has.
    public static func japaneseForm(ofSimplified s: Unicode.Scalar) -> Unicode.Scalar? {
        simplified[s]
    }

    private static let simplified: [Unicode.Scalar: Unicode.Scalar] = [
        "业": "業", "术": "術", "产": "産", "发": "発", "经": "経", "济": "済", "务": "務", "权": "権",
        "专": "専", "开": "開", "关": "関", "对": "対", "质": "質", "识": "識", "财": "財", "创": "創",
        "设": "設", "计": "計", "农": "農", "动": "動", "进": "進", "实": "実", "织": "織", "县": "県",
    ]

    private static let cp932 = decode(JISTables.cp932)
    private static let x0213 = decode(JISTables.x0213)

    private static func bit(_ bits: [UInt8], _ v: UInt32) -> Bool {
        bits[Int(v >> 3)] & (1 << (v & 7)) != 0
    }

    private static func sortedContains(_ table: [UInt32], _ v: UInt32) -> Bool {
        var (lo, hi) = (0, table.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if table[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < table.count && table[lo] == v
    }

    private static func decode(_ hex: String) -> [UInt8] {
        func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x61 + 10 }
        var out: [UInt8] = []
        out.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8?
        for c in hex.utf8 {
            if let h = high { out.append(h << 4 | nibble(c)); high = nil } else { high = nibble(c) }
        }
        return out
    }
}
