import LanguageServer

/// Where the cursor is in a plan's text, read from the text itself (indentation, `- `,
/// `key:`, flow brackets) rather than from the YAML tree, so that completion works on
/// the half-typed line of a document that does not parse.
struct CursorContext: Equatable {
    /// The keys of the mappings around the cursor, outermost first (list items left out):
    /// `["kpis", "targets"]` inside a target.
    var parents: [String]
    /// The key whose value the cursor is in (`basis: an|`, `supports: [a/b, |`, or a
    /// `- |` item of a block list under `supports:`); nil when the cursor is where a key goes.
    var valueOf: String?
    /// The word under or before the cursor (byte range in the text), what a completion replaces.
    var word: Range<Int>
    /// The key under the cursor (for hover), with its byte range.
    var key: (name: String, range: Range<Int>)?

    static func == (a: CursorContext, b: CursorContext) -> Bool {
        a.parents == b.parents && a.valueOf == b.valueOf && a.word == b.word && a.key?.name == b.key?.name
    }

    var section: PlanSection? { PlanSection.at(parents) }

    static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }

    static func isWordByte(_ b: UInt8) -> Bool { isKeyByte(b) || b == 0x2F }

    /// A line's layout: indentation of its content after any `- ` markers, where that
    /// content starts, whether it is a list item, and its leading key if it has one.
    struct Line {
        var contentIndent: Int
        var contentStart: Int
        var isItem: Bool
        var key: String?
        var blank: Bool

        init(_ bytes: [UInt8], _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound && bytes[i] == 0x20 { i += 1 }
            var item = false
            while i + 1 <= range.upperBound, i < range.upperBound, bytes[i] == 0x2D,
                  i + 1 == range.upperBound || bytes[i + 1] == 0x20 {
                item = true
                i += 1
                while i < range.upperBound && bytes[i] == 0x20 { i += 1 }
            }
            contentStart = i
            contentIndent = i - range.lowerBound
            isItem = item
            blank = i >= range.upperBound || bytes[i] == 0x23
            var j = i
            while j < range.upperBound && Self.isKey(bytes[j]) { j += 1 }
            var k = j
            while k < range.upperBound && bytes[k] == 0x20 { k += 1 }
            if j > i && k < range.upperBound && bytes[k] == 0x3A && (k + 1 == range.upperBound || bytes[k + 1] == 0x20) {
                key = String(decoding: bytes[i..<j], as: UTF8.self)
            } else {
                key = nil
            }
        }

        static func isKey(_ b: UInt8) -> Bool { CursorContext.isKeyByte(b) }
    }

    init(_ index: LineIndex, offset: Int) {
        let bytes = index.bytes
        let lineNumber = index.line(ofByte: offset)
        let lineRange = index.lineStarts[lineNumber]..<index.lineEnd(lineNumber)
        let cursor = min(max(offset, lineRange.lowerBound), lineRange.upperBound)
        let line = Line(bytes, lineRange)

        // The block keys above: each line less indented than the one below it that has a key.
        var parents: [String] = []
        var indent = line.blank && cursor - lineRange.lowerBound < line.contentIndent ? cursor - lineRange.lowerBound : line.contentIndent
        var n = lineNumber - 1
        while n >= 0 && indent > 0 {
            let above = Line(bytes, index.lineStarts[n]..<index.lineEnd(n))
            if !above.blank {
                if above.contentIndent < indent {
                    if let key = above.key, Self.opensBlock(bytes, index.lineStarts[n]..<index.lineEnd(n), key: key) {
                        parents.insert(key, at: 0)
                    }
                    indent = above.contentIndent
                    // A `- key:` item line: its dash is less indented still.
                    if above.isItem {
                        var dash = index.lineStarts[n]
                        while bytes[dash] == 0x20 { dash += 1 }
                        indent = min(indent, dash - index.lineStarts[n] + 1)
                    }
                }
            }
            n -= 1
        }

        // The word at the cursor.
        var ws = cursor, we = cursor
        while ws > lineRange.lowerBound && Self.isWordByte(bytes[ws - 1]) { ws -= 1 }
        while we < lineRange.upperBound && Self.isWordByte(bytes[we]) { we += 1 }
        word = ws..<cursor

        // Within the line: flow brackets and `key:` before the cursor.
        var stack: [(open: UInt8, key: String?)] = []
        var segmentStart = line.contentStart
        var lastKey: String? = nil   // the key of the current segment, once its ':' is seen
        var quote: UInt8? = nil
        var i = line.contentStart
        while i < cursor {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x23 && (i == line.contentStart || bytes[i - 1] == 0x20) {
                break // a comment
            } else if b == 0x7B || b == 0x5B { // { [
                stack.append((b, lastKey))
                segmentStart = i + 1
                lastKey = nil
            } else if b == 0x7D || b == 0x5D {
                if !stack.isEmpty { stack.removeLast() }
                lastKey = nil
            } else if b == 0x2C { // ,
                segmentStart = i + 1
                lastKey = nil
            } else if b == 0x3A && (i + 1 == lineRange.upperBound || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x7B || bytes[i + 1] == 0x5B) {
                var s = segmentStart
                while s < i && bytes[s] == 0x20 { s += 1 }
                var e = i
                while e > s && bytes[e - 1] == 0x20 { e -= 1 }
                if e > s && bytes[s..<e].allSatisfy(Self.isKeyByte) { lastKey = String(decoding: bytes[s..<e], as: UTF8.self) }
            }
            i += 1
        }
        // Flow collections opened on this line after `key:` are parents too (all but an
        // innermost `[`, whose key is the one whose value is being written).
        for (n, frame) in stack.enumerated() where frame.open == 0x7B || n < stack.count - 1 {
            if let key = frame.key { parents.append(key) }
        }
        if let innermost = stack.last, innermost.open == 0x5B {
            valueOf = innermost.key
        } else if let lastKey {
            valueOf = lastKey
        } else if stack.isEmpty && line.isItem && line.key == nil && cursor >= line.contentStart,
                  let list = parents.last, Self.scalarLists.contains(list) {
            // `- ` item of a block list of scalars: `supports:` then `  - ibaraki-plan/|`.
            valueOf = list
            parents.removeLast()
        } else {
            valueOf = nil
        }
        self.parents = parents

        // The key under the cursor: a key word followed by `:`.
        if we > ws {
            var k = we
            while k < lineRange.upperBound && bytes[k] == 0x20 { k += 1 }
            if k < lineRange.upperBound && bytes[k] == 0x3A, bytes[ws..<we].allSatisfy(Self.isKeyByte) {
                key = (String(decoding: bytes[ws..<we], as: UTF8.self), ws..<we)
            }
        }
    }

    /// Lists whose items are scalars (references), not mappings.
    static let scalarLists: Set<String> = ["supports", "within"]

    /// Whether `key:` on this line opens a block below it (nothing after the colon but a
    /// comment), rather than holding its value on the line.
    static func opensBlock(_ bytes: [UInt8], _ range: Range<Int>, key: String) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound && bytes[i] != 0x3A { i += 1 }
        i += 1
        while i < range.upperBound && bytes[i] == 0x20 { i += 1 }
        return i >= range.upperBound || bytes[i] == 0x23
    }
}
