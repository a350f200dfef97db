/// Searching, comparing and replacing in UTF-8 bytes where that gives the same answer as
/// the `Character` operations of `String` (`firstRange(of:)`, `contains`, `hasSuffix`,
/// `replacing`), which cost ~100 instructions a byte through _StringProcessing.
///
/// Swift compares `String`s by `Character` (grapheme clusters, up to canonical
/// equivalence). For text made only of scalars that are each a character of their own
/// whatever their neighbours, and canonically equivalent only to themselves (``isPlain(_:)``),
/// the two agree: a byte match starts and ends on scalar boundaries (UTF-8 is
/// self-synchronizing), every scalar boundary is a character boundary, and two such scalars
/// are equivalent only when they are equal. Anything else takes the `String` operation.
enum PlainUTF8 {
    /// Whether `c` is such a scalar: printable ASCII and LF (not CR, which joins LF), CJK
    /// punctuation without the combining tone marks U+302A–U+302F, kana without the
    /// combining voicing marks U+3099–U+309A (precomposed が is its own character; が and
    /// か+゙ are told apart by the fallback), CJK unified ideographs (not the compatibility
    /// ideographs, which are canonically equal to them) and the full-width forms
    /// U+FF01–U+FF5E (not the half-width kana after them, which take voicing marks).
    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        isPlain(value: c.value)
    }

    private static func isPlain(value v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// Whether every scalar of `s` is plain (``isPlain(_:)``).
    static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8(isPlain)
    }

    /// Whether every scalar of the UTF-8 `bytes` is plain (``isPlain(_:)``).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard isPlain(value: UInt32(b)) else { return false }
                i += 1
                continue
            }
            // Only three-byte sequences (U+0800...U+FFFF) can be plain.
            guard b & 0xF0 == 0xE0, i + 2 < bytes.count else { return false }
            let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            guard isPlain(value: v) else { return false }
            i += 3
        }
        return true
    }

    /// Whether `needle`'s bytes occur in `haystack`'s (an empty needle occurs everywhere).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { find($0, in: h, from: 0) != nil }
        }
    }

    /// The first offset from `from` where `t` holds the bytes of `a` (not empty).
    static func find(_ a: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let first = a[0]
        var i = from
        while i + a.count <= t.count {
            if t[i] == first {
                var k = 1
                while k < a.count, t[i + k] == a[k] { k += 1 }
                if k == a.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `text` with each of `words` in turn removed wherever it occurs (left to right, not
    /// overlapping), as `for w in words where text.contains(w) { text = text.replacing(w, with: "") }`
    /// gives; computed on bytes when `text` and the words are plain, else by that loop.
    static func removing(_ words: [String], from text: String) -> String {
        var text = text
        let plain = text.withUTF8(isPlain) && words.allSatisfy { var w = $0; return !w.isEmpty && w.withUTF8(isPlain) }
        guard plain else {
            for word in words where text.contains(word) { text = text.replacing(word, with: "") }
            return text
        }
        var bytes = Array(text.utf8)
        var changed = false
        for word in words {
            var word = word
            word.withUTF8 { w in
                bytes.withUnsafeBufferPointer { t in
                    guard var at = find(w, in: t, from: 0) else { return }
                    var kept: [UInt8] = []
                    kept.reserveCapacity(t.count)
                    var from = 0
                    while true {
                        kept.append(contentsOf: UnsafeBufferPointer(rebasing: t[from..<at]))
                        from = at + w.count
                        guard let next = find(w, in: t, from: from) else { break }
                        at = next
                    }
                    kept.append(contentsOf: UnsafeBufferPointer(rebasing: t[from...]))
                    bytes = kept
                    changed = true
                }
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
