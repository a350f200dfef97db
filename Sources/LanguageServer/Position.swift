/// How `Position.character` counts (LSP 3.17 `PositionEncodingKind`). UTF-16 code units
/// are the default and the only kind every client supports.
public enum PositionEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The server's choice among what the client offers: UTF-8 (what the server stores,
    /// no conversion), then UTF-32, else the default UTF-16.
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        let offered = offered ?? []
        if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
        if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
        return .utf16
    }

    /// The units of one Unicode scalar of `bytes` UTF-8 bytes.
    @inline(__always)
    func units(scalarBytes bytes: Int) -> Int {
        switch self {
        case .utf8: return bytes
        case .utf16: return bytes == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}

/// A zero-based line and character offset in the negotiated encoding.
public struct Position: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: Position, b: Position) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }
}

/// An LSP range (named so as not to shadow `Swift.Range`).
public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public func contains(_ p: Position) -> Bool { start <= p && p <= end }
}

/// The lines of a UTF-8 text, for exact conversion between byte offsets and LSP positions
/// in any of the three encodings. Lines end at `\n`, `\r\n` or `\r`, as LSP says (not at
/// NEL, LS or PS, which LSP leaves inside a line).
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// The byte offset at which each line starts.
    public let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10 {
                starts.append(i + 1)
            } else if bytes[i] == 13 {
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    public init(_ text: String) { self.init(Array(text.utf8)) }

    public var lineCount: Int { lineStarts.count }

    /// Where line `line`'s content ends (before its line break).
    public func lineEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        var end = lineStarts[line + 1]
        if end > lineStarts[line] && bytes[end - 1] == 10 { end -= 1 }
        if end > lineStarts[line] && bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// The length of the UTF-8 sequence that `lead` starts (1 for a stray byte).
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    /// The line holding byte `offset` (clamped to the text).
    public func line(ofByte offset: Int) -> Int {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The position of byte `offset`; an offset inside a character or a line break counts
    /// as the start of that character or the end of the line.
    public func position(ofByte offset: Int, _ encoding: PositionEncoding) -> Position {
        let offset = min(max(0, offset), bytes.count)
        let line = line(ofByte: offset)
        let end = min(offset, lineEnd(line))
        var i = lineStarts[line], units = 0
        while i < end {
            let n = Self.sequenceLength(bytes[i])
            if i + n > end { break }
            units += encoding.units(scalarBytes: n)
            i += n
        }
        return Position(line: line, character: units)
    }

    /// The byte offset of `position`. A line past the end is the end of the text; a
    /// character past the end of its line is the line's end (LSP: "defaults back to the
    /// line length"); a character inside a scalar (half a surrogate pair, a byte inside a
    /// UTF-8 sequence) is the start of that scalar.
    public func offset(of position: Position, _ encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var i = lineStarts[position.line], units = 0
        while i < end && units < position.character {
            let n = min(Self.sequenceLength(bytes[i]), end - i)
            let u = encoding.units(scalarBytes: n)
            if units + u > position.character { break }
            units += u
            i += n
        }
        return i
    }

    /// The LSP range of a byte range.
    public func range(ofBytes range: Range<Int>, _ encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(ofByte: range.lowerBound, encoding), end: position(ofByte: range.upperBound, encoding))
    }

    /// The byte range of an LSP range (its ends ordered).
    public func byteRange(of range: LSPRange, _ encoding: PositionEncoding) -> Range<Int> {
        let a = offset(of: range.start, encoding), b = offset(of: range.end, encoding)
        return min(a, b)..<max(a, b)
    }
}
