/// UTF-16 input, recognised by its byte-order mark, read by turning it into UTF-8 first.
///
/// libyaml could decode UTF-16 itself, but every position downstream (the marks' byte
/// offsets, and the checks that find a word inside a scalar from them) is reckoned in
/// UTF-8. Transcoding first keeps them all right; lines and columns do not change.
/// Invalid UTF-16 is reported here, at its byte offset in the file.
enum UTF16Input {
    /// The UTF-8 text of `bytes` when they start with a UTF-16 byte-order mark, or the
    /// issue that stops it; nil when the input is not UTF-16.
    static func transcode(_ bytes: [UInt8]) -> Result<[UInt8], YAMLIssue>? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        func unit(_ i: Int) -> UInt32 {
            let (a, b) = (UInt32(bytes[i]), UInt32(bytes[i + 1]))
            return littleEndian ? a | b << 8 : a << 8 | b
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count * 3 / 2)
        var lines = LineCounter()
        var i = 2
        while i < bytes.count {
            func failure(_ problem: String) -> Result<[UInt8], YAMLIssue> {
                let at = Mark(line: lines.line, column: lines.column, offset: i)
                return .failure(YAMLIssue(kind: .syntax, message: problem + " (at byte offset \(i))",
                                          range: SourceRange(at: at)))
            }
            guard i + 1 < bytes.count else { return failure("incomplete UTF-16 character") }
            var scalar = unit(i)
            var width = 2
            if (0xDC00...0xDFFF).contains(scalar) {
                return failure("unexpected low surrogate area: invalid UTF-16")
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard i + 3 < bytes.count else { return failure("incomplete UTF-16 surrogate pair") }
                let low = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    return failure("expected low surrogate area: invalid UTF-16")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                width = 4
            }
            if let s = Unicode.Scalar(scalar) { utf8 += Array(String(s).utf8) }
            lines.add(scalar)
            i += width
        }
        return .success(utf8)
    }

    /// The byte offset in the UTF-16 file of byte `offset` of its UTF-8 text (for the
    /// encoding errors libyaml finds after transcoding, such as control characters).
    static func fileOffset(ofUTF8 offset: Int, in utf8: [UInt8]) -> Int {
        var fileOffset = 2
        var i = 0
        while i < min(offset, utf8.count) {
            let lead = utf8[i]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            fileOffset += width == 4 ? 4 : 2
            i += width
        }
        return fileOffset
    }
}
