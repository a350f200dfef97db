import PlanModel
import PlanYAML

/// Reading a file's lines for fixes that add or remove whole lines.
enum FixLines {
    /// The file's line break: `\r\n` when its first line break is CRLF, else `\n`.
    static func lineBreak(of bytes: [UInt8]) -> String {
        guard let lf = bytes.firstIndex(of: 0x0A) else { return "\n" }
        return lf > 0 && bytes[lf - 1] == 0x0D ? "\r\n" : "\n"
    }

    /// The offset where the line holding `offset` starts.
    static func lineStart(_ offset: Int, in bytes: [UInt8]) -> Int {
        var i = min(offset, bytes.count)
        while i > 0 && bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The offset just past the line break that ends the line holding `offset` (the end of
    /// the file when the line has none).
    static func lineEnd(_ offset: Int, in bytes: [UInt8]) -> Int {
        var i = offset
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return min(i + 1, bytes.count)
    }

    /// The edit that deletes the block sequence item whose node starts at `start`, lines
    /// included: from the start of the `- ` line through the last line indented deeper
    /// than the dash (blank lines and comments at the dash's indentation or less, which
    /// belong to what follows, are kept). Nil when the item is not alone on its lines
    /// (a flow sequence, or text before the dash).
    static func deleteItem(at start: Int, in bytes: [UInt8]) -> TextEdit? {
        let first = lineStart(start, in: bytes)
        var i = first
        while i < start && bytes[i] == 0x20 { i += 1 }
        guard i < start, bytes[i] == UInt8(ascii: "-") else { return nil }
        let dash = i - first
        var j = i + 1
        while j < start && bytes[j] == 0x20 { j += 1 }
        guard j == start else { return nil }
        var end = lineEnd(start, in: bytes)
        var cursor = end
        while cursor < bytes.count {
            let next = lineEnd(cursor, in: bytes)
            var k = cursor
            while k < next && bytes[k] == 0x20 { k += 1 }
            let blank = k >= next || bytes[k] == 0x0A || bytes[k] == 0x0D
            if !blank {
                guard k - cursor > dash else { break }
                end = next
            }
            cursor = next
        }
        return TextEdit(range: first..<end, replacement: "")
    }
}

/// A line and column (1-based, the column in Unicode scalars as diagnostics count it).
public struct FixPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

extension FixLines {
    /// The positions of byte `offsets` in `bytes`, read in one pass (a byte-order mark takes
    /// no column). The offsets are sorted first and met in order (a set lookup at every
    /// byte of every file with a fix cost ~45 instructions a byte, 4% of a lint).
    static func positions(of offsets: [Int], in bytes: [UInt8]) -> [Int: FixPosition] {
        let wanted = Set(offsets).sorted()
        guard let last = wanted.last else { return [:] }
        var out: [Int: FixPosition] = [:]
        var line = 1, column = 1
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var next = wanted.firstIndex { $0 >= 0 } ?? wanted.count
        guard last >= 0 else { return [:] }
        for i in 0...min(last, bytes.count) {
            if next < wanted.count, wanted[next] == i {
                out[i] = FixPosition(line: line, column: column)
                next += 1
            }
            guard i < bytes.count, i >= bom else { continue }
            let b = bytes[i]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 && b != 0x0D { column += 1 }
        }
        return out
    }
}

extension FixLines {
    /// The edit that deletes a top-level `key:` whose block sequence starts at `listAt`,
    /// from the key's line through the end of the last of `items`' deletions. Nil unless the
    /// key is written `key:` at the start of a line before the list, with only blank lines
    /// and comments between.
    static func deleteKey(_ key: String, listAt: Int, through items: [Fix], in bytes: [UInt8]) -> TextEdit? {
        guard let end = items.map(\.span.upperBound).max() else { return nil }
        var line = lineStart(listAt, in: bytes)
        let word = Array((key + ":").utf8)
        while line > 0 {
            let previous = lineStart(line - 1, in: bytes)
            let text = bytes[previous..<line]
            if text.starts(with: word) { return TextEdit(range: previous..<end, replacement: "") }
            let content = text.drop { $0 == 0x20 }
            guard content.first == UInt8(ascii: "#") || content.allSatisfy({ $0 == 0x0A || $0 == 0x0D }) else { return nil }
            line = previous
        }
        return nil
    }
}
