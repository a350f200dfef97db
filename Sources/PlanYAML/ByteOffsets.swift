/// Turns libyaml's character index (which counts characters, not bytes, and starts after
/// a byte-order mark) into a byte offset into the UTF-8 input.
///
/// Marks arrive nearly in order, so a cursor that walks forward or back from the last
/// answer makes the conversion linear in the file size overall.
struct ByteOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the text starts: after the byte-order mark.
    private let base: Int
    private var charIndex = 0
    private var byteIndex: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        base = bom ? 3 : 0
        byteIndex = base
    }

    /// The byte offset of the character at libyaml's `index`.
    mutating func offset(ofCharacter index: Int) -> Int {
        let n = bytes.count
        if let p = bytes.baseAddress {
            // Eight bytes at a time while they hold no more characters than are left to
            // pass: a byte starts a character unless it is a continuation byte 10xxxxxx.
            while index - charIndex >= 8 && byteIndex + 8 <= n {
                let word = UnsafeRawPointer(p + byteIndex).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let continuation = word & high & ~((word << 1) & high)
                byteIndex += 8
                charIndex += 8 - continuation.nonzeroBitCount
                // The last character may go on past the word: its rest is already counted.
                while byteIndex < n && bytes[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
            }
        }
        while charIndex < index && byteIndex < n {
            // libyaml has validated the text a mark points into, so the lead byte gives
            // the character's length.
            let lead = bytes[byteIndex]
            byteIndex = min(n, byteIndex + (lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4))
            charIndex += 1
        }
        while charIndex > index && byteIndex > base {
            byteIndex -= 1
            while byteIndex > base && bytes[byteIndex] & 0xC0 == 0x80 { byteIndex -= 1 }
            charIndex -= 1
        }
        return byteIndex
    }

    /// Line and column (1-based, in Unicode scalars) of a byte offset, for the errors
    /// where libyaml gives only an offset (invalid UTF-8, a control character).
    func mark(ofByte offset: Int) -> Mark {
        var lines = LineCounter()
        var i = base
        let end = min(offset, bytes.count)
        while i < end {
            var j = i + 1
            while j < bytes.count && bytes[j] & 0xC0 == 0x80 && j - i < 4 { j += 1 }
            lines.add(Self.scalar(bytes, i, j))
            i = j
        }
        return Mark(line: lines.line, column: lines.column, offset: offset)
    }

    /// The scalar value of the bytes `i..<j`, as far as line counting needs it.
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> UInt32 {
        if j - i == 2 && b[i] == 0xC2 && b[i + 1] == 0x85 { return 0x85 }
        if j - i == 3 && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
            return 0x2000 | UInt32(b[i + 2] - 0x80)
        }
        return j - i == 1 ? UInt32(b[i]) : 0xFFFF
    }
}

/// Counts lines and columns as libyaml does: LF, CR, CRLF, NEL, LS and PS end a line;
/// every other character moves the column by one.
struct LineCounter {
    private(set) var line = 1
    private(set) var column = 1
    private var afterCR = false

    mutating func add(_ scalar: UInt32) {
        defer { afterCR = scalar == 0x0D }
        if scalar == 0x0A && afterCR { return }  // the LF of a CRLF
        if scalar == 0x0A || scalar == 0x0D || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}
