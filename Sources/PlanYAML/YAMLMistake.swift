/// A typing mistake that makes libyaml reject a file, recognised from the source text
/// around libyaml's error mark, with where the culprit character itself is.
///
/// libyaml reports where its reading failed, which is often the line after the mistake
/// (a `value：1000` is found out only when the next line does not continue it), and says
/// so in its own English terms. People who write plans on an office PC make a handful of
/// mistakes over and over; for those the loader names the mistake and the culprit.
public struct YAMLMistake: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A tab in the indentation.
        case tab
        /// A full-width space (U+3000) in the indentation or after a key's colon.
        case fullWidthSpace = "full-width-space"
        /// A full-width colon (U+FF1A) after a key: `value：1000`.
        case fullWidthColon = "full-width-colon"
        /// No space after a key's colon: `value:1000`.
        case missingSpace = "missing-space"
    }

    public var kind: Kind
    /// The key before the colon (empty for indentation).
    public var key: String
    /// The value after it, as written (empty for indentation).
    public var value: String

    public init(kind: Kind, key: String = "", value: String = "") {
        (self.kind, self.key, self.value) = (kind, key, value)
    }

    /// The mistake at the start of one line or key text (`line` without its line break),
    /// and the index (in Unicode scalars) of its culprit; nil when the text shows none.
    ///
    /// The text is read as YAML's block lines are: indentation, then `- ` entries, then a
    /// key. A tab or full-width space in the indentation, and after a word-like key a
    /// full-width colon, a colon followed by a full-width space, or a colon followed by
    /// anything but a space (`value:1000`; not `http://`), are mistakes.
    public static func find(inLine line: Substring.UnicodeScalarView) -> (YAMLMistake, culprit: Int)? {
        let scalars = Array(line)
        var i = 0
        // Indentation and sequence entries.
        while i < scalars.count {
            switch scalars[i] {
            case "\t":
                // A line of blanks only may hold tabs.
                return scalars[i...].allSatisfy({ $0 == " " || $0 == "\t" }) ? nil : (YAMLMistake(kind: .tab), i)
            case "\u{3000}": return (YAMLMistake(kind: .fullWidthSpace), i)
            case " ": i += 1
            case "-" where i + 1 < scalars.count && (scalars[i + 1] == " " || scalars[i + 1] == "\u{3000}"):
                i += 1
            default:
                return keyMistake(scalars, from: i)
            }
        }
        return nil
    }

    private static func keyMistake(_ s: [Unicode.Scalar], from start: Int) -> (YAMLMistake, culprit: Int)? {
        var i = start
        guard i < s.count, isKeyStart(s[i]) else { return nil }
        while i < s.count, isKeyStart(s[i]) || ("0"..."9").contains(s[i]) || s[i] == "-" { i += 1 }
        guard i < s.count else { return nil }
        let key = String(String.UnicodeScalarView(s[start..<i]))
        let colon = i
        func value(after j: Int) -> String {
            var j = j
            while j < s.count, s[j] == " " || s[j] == "\u{3000}" || s[j] == "\t" { j += 1 }
            var end = j
            // Up to a comment (` #`), without trailing blanks.
            while end < s.count, !(s[end] == "#" && end > j && (s[end - 1] == " " || s[end - 1] == "\t")) { end += 1 }
            while end > j, s[end - 1] == " " || s[end - 1] == "\t" || s[end - 1] == "\u{3000}" { end -= 1 }
            return String(String.UnicodeScalarView(s[j..<end]))
        }
        switch s[colon] {
        case "\u{FF1A}":
            return (YAMLMistake(kind: .fullWidthColon, key: key, value: value(after: colon + 1)), colon)
        case ":":
            guard colon + 1 < s.count else { return nil }
            let next = s[colon + 1]
            if next == "\u{3000}" {
                return (YAMLMistake(kind: .fullWidthSpace, key: key, value: value(after: colon + 1)), colon + 1)
            }
            if next == " " || next == "\t" || next == "\r" || next == "\n" || next == ":" { return nil }
            if next == "/", colon + 2 < s.count, s[colon + 2] == "/" { return nil }
            return (YAMLMistake(kind: .missingSpace, key: key, value: value(after: colon + 1)), colon)
        default:
            return nil
        }
    }

    private static func isKeyStart(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_"
    }
}

/// Finds the mistake behind a libyaml syntax error in the UTF-8 text: in the tab at the
/// error mark, or in the error's line and the lines just before it (libyaml's context
/// mark's line among them when it is close), the last one first.
enum MistakeFinder {
    /// How many lines before the error line are searched.
    static let linesBefore = 2
    /// How far back libyaml's context mark may lead the search.
    static let contextLines = 6

    static func find(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, context: Int?,
                     offsets: ByteOffsets) -> (YAMLMistake, Mark)? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        if offset < bytes.count, bytes[offset] == 0x09 {
            let lineStart = start(ofLineAt: offset, in: bytes)
            // A tab in a line's leading blanks is indentation.
            if (lineStart..<offset).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                return (YAMLMistake(kind: .tab), offsets.mark(ofByte: offset))
            }
        }
        var lineStarts = [start(ofLineAt: offset, in: bytes)]
        var limit = linesBefore
        if let context, context >= 0, context < lineStarts[0] {
            let contextLine = start(ofLineAt: context, in: bytes)
            var n = 0, p = lineStarts[0]
            while p > contextLine && n <= contextLines { p = start(ofLineAt: p - 1, in: bytes); n += 1 }
            if p == contextLine { limit = max(limit, n) }
        }
        while lineStarts.count <= limit, let first = lineStarts.last, first > 0 {
            lineStarts.append(start(ofLineAt: first - 1, in: bytes))
        }
        for lineStart in lineStarts {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
            guard let (mistake, culprit) = YAMLMistake.find(inLine: text[...].unicodeScalars) else { continue }
            let byte = lineStart + text.unicodeScalars.prefix(culprit).reduce(0) { $0 + UTF8.width($1) }
            return (mistake, offsets.mark(ofByte: byte))
        }
        return nil
    }

    /// The byte offset where the line holding `offset` starts (after LF or CR).
    private static func start(ofLineAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != 0x0A, bytes[i - 1] != 0x0D { i -= 1 }
        if i == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return 3 }
        return i
    }
}
