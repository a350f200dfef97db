/// Width folding: the part of Unicode NFKC that matters for reading plan texts.
///
/// `fold` turns full-width ASCII (U+FF01–FF5E) into ASCII, the ideographic space
/// U+3000 (and the other compatibility spaces U+00A0, U+2000–U+200A) into " ",
/// the wave dash 〜 into "~", and half-width katakana (U+FF61–FF9F) into full-width
/// katakana, composing a following ﾞ/ﾟ (or combining U+3099/U+309A) with the kana
/// before it (ｶﾞ → ガ, ﾊﾟ → パ). Kanji, kana and everything else are left as they are.
public enum Width {
    /// Returns `s` width-folded as described on ``Width``.
    public static func fold(_ s: String) -> String {
        var copy = s
        return copy.withUTF8(foldedUTF8) ?? s
    }

    /// `bytes` (valid UTF-8) width-folded, as ``foldedScalars(_:)`` folds their scalars, or
    /// nil when nothing folds (most plan text: kanji, kana, ASCII). One pass over the bytes
    /// copying the runs that stay as they are: decoding every scalar into an array and
    /// encoding it again cost ~130 instructions a byte (3% of a lint, in `unit-mixed`).
    static func foldedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        /// The scalar at byte `i` and its length in bytes.
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let (value, length) = Scalars.scalar(in: bytes, at: i)
            // A valid scalar value (Scalars.scalar maps the others to U+FFFD), and a
            // `Unicode.Scalar` is its UInt32, so it is not checked again.
            return (unsafeBitCast(value, to: Unicode.Scalar.self), length)
        }
        var out: [UInt8] = []
        var copied = 0   // bytes before this offset are in `out` (once something folded)
        var i = 0
        while i < n {
            let (current, length) = scalar(at: i)
            let nextStart = i + length
            // Every voicing mark starts with E3 (U+3099, U+309A) or EF (U+FF9E, U+FF9F).
            let next = nextStart < n && (bytes[nextStart] == 0xE3 || bytes[nextStart] == 0xEF) ? scalar(at: nextStart) : nil
            guard changes(current) || (next.map { isVoicingMark($0.0) } ?? false) else {
                i = nextStart
                continue
            }
            let (folded, consumed) = foldScalar(current, next: next?.0)
            if out.isEmpty { out.reserveCapacity(n + 8) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            UTF8.encode(folded) { out.append($0) }
            i = consumed == 2 ? nextStart + next!.1 : nextStart
            copied = i
        }
        guard !out.isEmpty else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalars of `s` width-folded, as ``fold(_:)`` folds them.
    public static func foldedScalars(_ s: String) -> [Unicode.Scalar] {
        foldedScalars(Scalars.of(s))
    }

    /// `input` width-folded, as ``fold(_:)`` folds a string of these scalars.
    public static func foldedScalars(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(where: changes) else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let (scalar, consumed) = foldScalar(input, at: i)
            output.append(scalar)
            i += consumed
        }
        return output
    }

    /// `input` width-folded with every whitespace scalar left out (``isWhitespace``), in one
    /// pass: the form in which texts are searched for written numbers and quotes.
    public static func compactFolded(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        input.withUnsafeBufferPointer { input in
            [Unicode.Scalar](unsafeUninitializedCapacity: input.count) { output, count in
                var i = 0
                var n = 0
                while i < input.count {
                    var (scalar, consumed) = (input[i], 1)
                    let next = i + 1 < input.count ? input[i + 1] : nil
                    // Most scalars neither fold nor take a voicing mark: they are kept as they are.
                    if changes(scalar) || (next.map(isVoicingMark) ?? false) {
                        (scalar, consumed) = foldScalar(scalar, next: next)
                    }
                    if !isWhitespace(scalar) {
                        output.initializeElement(at: n, to: scalar)
                        n += 1
                    }
                    i += consumed
                }
                count = n
            }
        }
    }

    /// Whether folding can change `scalar` or the scalar before it: the scalars `foldSingle`
    /// maps to another, and the voicing marks that compose with the kana before them.
    /// A string without any of these folds to itself.
    @inline(__always)
    public static func changes(_ scalar: Unicode.Scalar) -> Bool {
        // U+00A0, U+2000–U+200A, U+3000, U+301C, U+3099, U+309A, U+FF01–U+FF9F, tested in
        // the order that rejects kana and kanji (U+3001 to U+FF00) soonest.
        let v = scalar.value
        if v < 0x3000 { return v == 0x00A0 || (v >= 0x2000 && v <= 0x200A) }
        if v < 0xFF01 { return v == 0x3000 || v == 0x301C || v == 0x3099 || v == 0x309A }
        return v <= 0xFF9F
    }

    /// A voicing mark that composes with the kana before it (ﾞ, ﾟ and the combining marks).
    @inline(__always)
    static func isVoicingMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0xFF9E || v == 0xFF9F || v == 0x3099 || v == 0x309A
    }

    /// `scalar.properties.isWhitespace`, answered without the Unicode property lookup for
    /// the scalars plan text is made of (ASCII, and everything above U+3000, the last
    /// White_Space scalar).
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v > 0x3000 { return false }
        return scalar.properties.isWhitespace
    }

    /// Folds the scalar at `i` (which must be a valid index), consuming a following
    /// voicing mark when it composes. Returns the folded scalar and how many input
    /// scalars it stands for (1 or 2).
    static func foldScalar(_ input: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int) {
        foldScalar(input[i], next: i + 1 < input.count ? input[i + 1] : nil)
    }

    /// Folds `scalar`, composing it with `next` (the scalar after it, if any) when that is a
    /// voicing mark that composes. Returns the folded scalar and how many scalars it stands
    /// for (1 or 2).
    @inline(__always)
    static func foldScalar(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> (Unicode.Scalar, Int) {
        let base = foldSingle(scalar)
        guard let next else { return (base, 1) }
        let composed: UInt32?
        switch next.value {
        case 0xFF9E, 0x3099: composed = voiced(base.value)
        case 0xFF9F, 0x309A: composed = semiVoiced(base.value)
        default: return (base, 1)
        }
        if let composed, let scalar = Unicode.Scalar(composed) {
            return (scalar, 2)
        }
        return (base, 1)
    }

    /// Folds one scalar on its own, without looking at its neighbours.
    static func foldSingle(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(v - 0xFEE0) ?? scalar
        case 0x3000, 0x00A0, 0x2000...0x200A:
            return " "
        case 0x301C:
            return "~"
        case 0xFF61...0xFF9F:
            let index = Int(v - 0xFF61)
            guard index < halfWidthTable.count,
                  let mapped = Unicode.Scalar(halfWidthTable[index]) else { return scalar }
            return mapped
        default:
            return scalar
        }
    }

    /// Full-width counterparts of U+FF61…U+FF9F, in order. The two sound marks map
    /// to the combining marks U+3099/U+309A, as NFKC does.
    private static let halfWidthTable: [UInt32] = [
        0x3002, 0x300C, 0x300D, 0x3001, 0x30FB,                  // ｡｢｣､･
        0x30F2,                                                  // ｦ
        0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9,                  // ｧｨｩｪｫ
        0x30E3, 0x30E5, 0x30E7, 0x30C3,                          // ｬｭｮｯ
        0x30FC,                                                  // ｰ
        0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA,                  // ｱｲｳｴｵ
        0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,                  // ｶｷｸｹｺ
        0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD,                  // ｻｼｽｾｿ
        0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8,                  // ﾀﾁﾂﾃﾄ
        0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE,                  // ﾅﾆﾇﾈﾉ
        0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,                  // ﾊﾋﾌﾍﾎ
        0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2,                  // ﾏﾐﾑﾒﾓ
        0x30E4, 0x30E6, 0x30E8,                                  // ﾔﾕﾖ
        0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED,                  // ﾗﾘﾙﾚﾛ
        0x30EF, 0x30F3,                                          // ﾜﾝ
        0x3099, 0x309A,                                          // ﾞﾟ
    ]

    /// The voiced (dakuten) form of a full-width kana, if it has one.
    private static func voiced(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x30AB...0x30C2 where (v - 0x30AB) % 2 == 0: return v + 1   // カ…チ
        case 0x30C4, 0x30C6, 0x30C8: return v + 1                        // ツテト
        case 0x30CF...0x30DD where (v - 0x30CF) % 3 == 0: return v + 1   // ハヒフヘホ
        case 0x30A6: return 0x30F4                                       // ウ
        case 0x30EF...0x30F2: return v + 8                               // ワヰヱヲ
        case 0x304B...0x3062 where (v - 0x304B) % 2 == 0: return v + 1   // か…ち
        case 0x3064, 0x3066, 0x3068: return v + 1                        // つてと
        case 0x306F...0x307D where (v - 0x306F) % 3 == 0: return v + 1   // はひふへほ
        case 0x3046: return 0x3094                                       // う
        default: return nil
        }
    }

    /// The semi-voiced (handakuten) form of a full-width kana, if it has one.
    private static func semiVoiced(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x30CF...0x30DD where (v - 0x30CF) % 3 == 0: return v + 2   // ハ行
        case 0x306F...0x307D where (v - 0x306F) % 3 == 0: return v + 2   // は行
        default: return nil
        }
    }
}
