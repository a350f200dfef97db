/// Turns libyaml's character index (which counts UTF-8 sequences, not bytes, and starts
/// after a byte-order mark) into a byte offset into the input.
///
/// Marks arrive nearly in order, so a cursor that walks forward or back from the last
/// answer makes the conversion linear in the file size overall.
struct ByteOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
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
        while charIndex < index && byteIndex < n {
            byteIndex += 1
            while byteIndex < n && bytes[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
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
    /// where libyaml gives only an offset (invalid UTF-8, a NUL byte).
    func mark(ofByte offset: Int) -> Mark {
        var line = 1, column = 1, i = base
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 && b != 0x0D {
                column += 1
            }
            i += 1
        }
        return Mark(line: line, column: column, offset: offset)
    }
}
