/// Text whose `String` comparisons can be made on its UTF-8 bytes.
///
/// Swift compares `String`s by `Character` (grapheme clusters, up to canonical
/// equivalence), which costs far more than comparing bytes. For text made only of scalars
/// that are each a grapheme of their own and their own canonical form — printable ASCII,
/// kana, the CJK ideographs and symbols, full-width forms; no combining marks — the two
/// agree: a byte match starts and ends on scalar boundaries (UTF-8 is self-synchronizing),
/// every scalar boundary is a grapheme boundary, and two such scalars are equivalent only
/// when they are equal. Anything else takes the `String` comparison.
enum PlainText {
    /// Whether every scalar of `s` is one whose bytes compare as its `Character` does.
    static func isPlain(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { isPlain($0) }
    }

    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        // Not U+302A–U+302F (combining tone marks), U+3097–U+309A (voicing marks),
        // U+FF9E–U+FF9F (half-width voicing marks): they join the scalar before them.
        case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// Whether `needle`'s bytes occur in `haystack`'s (an empty needle occurs everywhere).
    static func contains(_ haystack: some Collection<UInt8>, _ needle: [UInt8]) -> Bool {
        let h = Array(haystack)
        guard let first = needle.first else { return true }
        guard needle.count <= h.count else { return false }
        var i = 0
        while i + needle.count <= h.count {
            if h[i] == first, h[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
