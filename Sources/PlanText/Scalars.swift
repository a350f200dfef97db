/// A string's Unicode scalars as an array, decoded from its UTF-8 in one pass.
///
/// `Array(s.unicodeScalars)` walks the string twice (once to count, once to copy) through
/// the generic scalar iterator; the readers in this module turn every KPI text into
/// scalars, so they use this instead. Same result for every string.
public enum Scalars {
    /// The Unicode scalars of `s`, in order.
    public static func of(_ s: String) -> [Unicode.Scalar] {
        if let scalars = s.utf8.withContiguousStorageIfAvailable(decode) { return scalars }
        return Array(s.unicodeScalars)
    }

    /// Decodes `bytes`, which must be valid UTF-8 (as a `String`'s always are).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let count = bytes.count - continuations(bytes)   // every byte but continuations
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
            // A scalar is its UInt32 value (`Unicode.Scalar` is a frozen struct of one UInt32);
            // values are checked below, so every one stored is a valid scalar.
            initialized = scalars.withMemoryRebound(to: UInt32.self) { buffer in decode(bytes, into: buffer) }
        }
    }

    /// The scalar value that starts at byte `i` of `bytes` and its length in bytes, reading
    /// no byte past the end (a sequence cut short reads its missing bytes as zero); a value
    /// that is no scalar (a surrogate, past U+10FFFF) reads as U+FFFD.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let end = bytes.count
        func next(_ k: Int) -> UInt32 { k < end ? UInt32(bytes[k] & 0x3F) : 0 }
        let lead = UInt32(bytes[i])
        let (value, length): (UInt32, Int)
        if lead < 0x80 {
            (value, length) = (lead, 1)
        } else if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | next(i + 1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | next(i + 1) << 6 | next(i + 2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | next(i + 1) << 12 | next(i + 2) << 6 | next(i + 3), 4)
        }
        return (value >= 0xD800 && (value < 0xE000 || value > 0x10FFFF) ? 0xFFFD : value, length)
    }

    /// How many of `bytes` are UTF-8 continuation bytes (`10xxxxxx`), counted eight at a
    /// time: a byte is one when its top bit is set and the next bit is clear.
    static func continuations(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // `word << 1` puts each byte's second bit where its top bit is.
            count += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if base[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Decodes `bytes` into `buffer`, which has room for every scalar; returns how many there are.
    ///
    /// Works on raw pointers with one bounds test per scalar (not one per byte): a plan's
    /// texts are mostly three-byte kana and kanji, and the checked form cost ~65 instructions
    /// a scalar. Sequences that end within 3 bytes of the end take the checked path.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt32>) -> Int {
        guard let base = bytes.baseAddress, let out = buffer.baseAddress else { return 0 }
        var i = 0
        var n = 0
        // A sequence is never cut short in valid UTF-8; `end` keeps a broken one in bounds.
        let end = bytes.count
        let capacity = buffer.count
        // Whole sequences of up to four bytes fit before `safe`.
        let safe = end - 3
        while i < end, n < capacity {
            let lead = UInt32(base[i])
            var value: UInt32
            if lead < 0x80 {
                value = lead
                i += 1
            } else if i < safe {
                if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                        | UInt32(base[i + 3] & 0x3F)
                    i += 4
                }
            } else {
                let (checked, length) = scalar(in: bytes, at: i)
                value = checked
                i += length
            }
            if value >= 0xD800, value < 0xE000 || value > 0x10FFFF { value = 0xFFFD }
            (out + n).initialize(to: value)
            n += 1
        }
        return n
    }
}
