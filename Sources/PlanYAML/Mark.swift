/// A position in a source file, as editors and compilers count it.
///
/// `line` and `column` are 1-based; the column counts Unicode scalars (so a line of
/// Japanese text moves the column by one per character, not per byte). `offset` is the
/// 0-based byte offset into the UTF-8 text: the file's own bytes for a UTF-8 file (a
/// byte-order mark counts), the UTF-8 form of a UTF-16 file (read by transcoding it; an
/// encoding error in a UTF-16 file gives the offset in the file).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first position of a file.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.line, a.column, a.offset) < (b.line, b.column, b.offset)
    }

    public var description: String { "\(line):\(column)" }
}

/// The extent of a node or a problem: from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: Mark
    public var end: Mark

    public init(start: Mark, end: Mark) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    public init(at mark: Mark) {
        self.init(start: mark, end: mark)
    }

    public var description: String { "\(start)-\(end)" }
}
