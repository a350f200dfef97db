/// Searching and replacing in UTF-8 bytes where that gives the same answer as the
/// `Character` operations of `String` (`firstRange(of:)`, `contains`, `replacing`), which
/// cost ~100 instructions a byte through _StringProcessing: when every scalar of both
/// strings is its own character and canonically equivalent only to itself (``isPlain(_:)``),
/// equal characters are equal bytes and a match of bytes is a match of characters.
enum PlainUTF8 {
    /// Whether every scalar of the UTF-8 `bytes` is its own character whatever its
    /// neighbours, and canonically equivalent only to itself: printable ASCII and LF (not
    /// CR, which joins LF), CJK unified ideographs, kana without the combining sound marks
    /// (precomposed が is its own character; が and か+゙ are told apart by the fallback), and
    /// CJK punctuation without the combining tone marks.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 && b != 0x7F || b == 0x0A else { return false }
                i += 1
                continue
            }
            // Only three-byte sequences (U+0800...U+FFFF) can be plain.
            guard b & 0xF0 == 0xE0, i + 2 < bytes.count else { return false }
            let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            switch v {
            case 0x4E00...0x9FFF, 0x3041...0x3096, 0x309B...0x309F, 0x30A0...0x30FF, 0x3000...0x3029, 0x3030...0x303F: break
            default: return false
            }
            i += 3
        }
        return true
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
