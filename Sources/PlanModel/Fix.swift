/// Whether a fix may be applied without the author looking at it (Ruff's model): a safe
/// fix keeps what the plan means and only corrects how it is written or states what the
/// plan's own text already says; an unsafe fix changes something the author wrote on
/// purpose and is applied only with `--unsafe-fixes`.
public enum FixSafety: String, Sendable, Hashable, Codable {
    case safe, unsafe
}

/// One replacement in a file: the bytes in `range` become `replacement`.
public struct TextEdit: Sendable, Hashable, Codable {
    /// UTF-8 byte offsets into the file's bytes (a byte-order mark counts), end excluded;
    /// an empty range is an insertion.
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// An insertion of `text` at `offset`.
    public static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: offset..<offset, replacement: text)
    }
}

/// What a finding's fix does to the file: its edits, none overlapping, in file order.
/// The language server maps it to a code action; `planlint lint --fix` applies it.
public struct Fix: Sendable, Hashable, Codable {
    public var edits: [TextEdit]
    public var safety: FixSafety

    public init(edits: [TextEdit], safety: FixSafety) {
        self.edits = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        self.safety = safety
    }

    /// A fix of one edit.
    public init(_ edit: TextEdit, safety: FixSafety) {
        self.init(edits: [edit], safety: safety)
    }

    /// The bytes the edits touch, from the first edit's start to the last one's end.
    public var span: Range<Int> {
        (edits.first?.range.lowerBound ?? 0)..<(edits.map(\.range.upperBound).max() ?? 0)
    }

    /// `bytes` with the edits applied, or nil when an edit lies outside them or two overlap.
    public func applied(to bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for edit in edits {
            guard edit.range.lowerBound >= at, edit.range.upperBound <= bytes.count else { return nil }
            out += bytes[at..<edit.range.lowerBound]
            out += Array(edit.replacement.utf8)
            at = edit.range.upperBound
        }
        out += bytes[at...]
        return out
    }

    /// The fix with each line break in its replacements written as `lineBreak` (a fix is
    /// built with `\n`; a CRLF file gets `\r\n`).
    public func withLineBreak(_ lineBreak: String) -> Fix {
        guard lineBreak != "\n" else { return self }
        var fix = self
        for i in fix.edits.indices where fix.edits[i].replacement.utf8.contains(0x0A) {
            fix.edits[i].replacement = fix.edits[i].replacement.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: lineBreak)
        }
        return fix
    }
}
