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
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }   // every byte but continuations
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
            // A scalar is its UInt32 value (`Unicode.Scalar` is a frozen struct of one UInt32);
            // values are checked below, so every one stored is a valid scalar.
            initialized = scalars.withMemoryRebound(to: UInt32.self) { buffer in decode(bytes, into: buffer) }
        }
    }

    /// Decodes `bytes` into `buffer`, which has room for every scalar; returns how many there are.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var i = 0
        var n = 0
        // A sequence is never cut short in valid UTF-8; `end` keeps a broken one in bounds.
        let end = bytes.count
        func next(_ k: Int) -> UInt32 { k < end ? UInt32(bytes[k] & 0x3F) : 0 }
        while i < end, n < buffer.count {
            let lead = UInt32(bytes[i])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                i += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | next(i + 1)
                i += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | next(i + 1) << 6 | next(i + 2)
                i += 3
            } else {
                value = (lead & 0x07) << 18 | next(i + 1) << 12 | next(i + 2) << 6 | next(i + 3)
                i += 4
            }
            let valid = value < 0xD800 || (value >= 0xE000 && value <= 0x10FFFF)
            buffer.initializeElement(at: n, to: valid ? value : 0xFFFD)
            n += 1
        }
        return n
    }
}
