import PlanYAML

/// Where a stretch of a text scalar's value lies in the file, worked out from the scalar's
/// source range alone (the model keeps no source text), so a diagnostic can point inside
/// a long KPI text.
///
/// Exact for the layouts the plans use: a one-line plain or quoted scalar without escapes;
/// a block scalar (`>-`, `|-`, `>`, `|`, `|+`) whose value is one line, or a literal whose
/// lines each hold text, optionally followed by empty lines. For a block scalar the content
/// starts on the line after the indicator, and its indentation is what remains of the
/// range's bytes once the indicator line and the text are accounted for; this assumes no
/// comment and no indentation digit after the indicator. Anything else (a wrapped folded
/// text, escapes, empty lines inside) gives nil, and the caller points at the whole value.
///
/// Line breaks count as the file wrote them (`breaks`: CRLF and NEL are two bytes, LS and
/// PS three), so a position is the same whatever the line breaks. libyaml gives a block
/// scalar's LF, CR, CRLF and NEL breaks as LF but keeps LS and PS, so all of them end a
/// value line here.
struct ScalarLayout {
    private let lines: [Line]
    /// The UTF-8 offset of each of the value's scalars, and of its end: a position costs a
    /// binary search, however long the text and however many quotes it holds (working it
    /// out from the start of the text for each quote made `quote-not-found` quadratic).
    private let utf8Offsets: [Int]

    /// The layout of a scalar's value, or nil when it cannot be known. `minimumIndent` is
    /// the least indentation block content may have (the 1-based column of the mapping
    /// that holds the scalar).
    init?(_ value: String, range: SourceRange, minimumIndent: Int, breaks: LineBreaks = LineBreaks()) {
        self.init(scalars: Array(value.unicodeScalars), range: range, minimumIndent: minimumIndent, breaks: breaks)
    }

    /// The layout of a scalar's value given as its Unicode scalars (`Array(value.unicodeScalars)`).
    init?(scalars: [Unicode.Scalar], range: SourceRange, minimumIndent: Int, breaks: LineBreaks = LineBreaks()) {
        guard let lines = range.start.line == range.end.line
            ? Self.flowLines(scalars, range: range)
            : Self.blockLines(scalars, range: range, minimumIndent: minimumIndent, breaks: breaks) else { return nil }
        self.lines = lines
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, scalar) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(scalar) }
        utf8Offsets = offsets
    }

    /// The source range of the value's Unicode-scalar offsets `span`, or nil when the layout
    /// cannot be known.
    static func locate(_ span: Range<Int>, in value: String, range: SourceRange, minimumIndent: Int,
                       breaks: LineBreaks = LineBreaks()) -> SourceRange? {
        ScalarLayout(value, range: range, minimumIndent: minimumIndent, breaks: breaks)?.locate(span)
    }

    /// The source range of the value's Unicode-scalar offsets `span`, or nil when it is
    /// outside the value.
    func locate(_ span: Range<Int>) -> SourceRange? {
        guard span.lowerBound >= 0, span.lowerBound <= span.upperBound, span.upperBound < utf8Offsets.count,
              let start = mark(at: span.lowerBound), let end = mark(at: span.upperBound) else { return nil }
        return SourceRange(start: start, end: end)
    }

    /// One source line of the value: the scalars it holds (from value offset `first`), and
    /// where its first scalar is.
    private struct Line {
        var first: Int
        var scalars: ArraySlice<Unicode.Scalar>
        var at: Mark
    }

    /// A scalar on one line: plain (its range is exactly its bytes) or quoted (two more).
    private static func flowLines(_ scalars: [Unicode.Scalar], range: SourceRange) -> [Line]? {
        guard !scalars.contains(where: isBreak) else { return nil }
        let extra = range.end.offset - range.start.offset - utf8Count(scalars[...])
        guard extra == 0 || extra == 2 else { return nil }
        let shift = extra / 2
        let at = Mark(line: range.start.line, column: range.start.column + shift, offset: range.start.offset + shift)
        return [Line(first: 0, scalars: scalars[...], at: at)]
    }

    /// A block scalar: its indicator line, then one source line per value line at a common
    /// indentation, then empty lines up to the range's end (which libyaml puts at column 1
    /// of the line after the last one it read).
    private static func blockLines(_ scalars: [Unicode.Scalar], range: SourceRange, minimumIndent: Int,
                                   breaks: LineBreaks) -> [Line]? {
        let start = range.start, end = range.end
        guard end.column == 1, end.line >= start.line + 2 else { return nil }
        var body = scalars[...]
        var trailingBreaks = 0
        while let last = body.last, isBreak(last) {
            body.removeLast()
            trailingBreaks += 1
        }
        let pieces = body.split(omittingEmptySubsequences: false, whereSeparator: isBreak)
        let sourceLines = end.line - start.line - 1
        let emptyLines = sourceLines - pieces.count
        // Empty value lines, or extra source lines that may be folds or inner empty lines.
        guard !pieces.contains(where: \.isEmpty), emptyLines >= 0 else { return nil }
        if emptyLines > 0, pieces.count > 1 || body.contains(" ") { return nil }
        // The indicator line's bytes with its line break: `>-` strips, `>` clips, `>+` keeps.
        var header = breaks.width(after: start.line)
        switch trailingBreaks {
        case 0: header += 2
        case 1: header += 1
        default:
            guard trailingBreaks == 1 + emptyLines else { return nil }
            header += 2
        }
        let text = pieces.reduce(0) { $0 + utf8Count($1) }
        // Every source line of the value ends with a break, of the width the file gave it.
        let lineBreaks = (start.line + 1..<end.line).reduce(0) { $0 + breaks.width(after: $1) }
        let indentation = end.offset - start.offset - header - text - lineBreaks
        guard indentation >= 0, indentation % pieces.count == 0 else { return nil }
        let indent = indentation / pieces.count
        guard indent >= minimumIndent else { return nil }
        var lines: [Line] = []
        var offset = start.offset + header
        for (index, piece) in pieces.enumerated() {
            let at = Mark(line: start.line + 1 + index, column: 1 + indent, offset: offset + indent)
            lines.append(Line(first: piece.startIndex, scalars: piece, at: at))
            offset += indent + utf8Count(piece) + breaks.width(after: start.line + 1 + index)
        }
        return lines
    }

    /// The position of value offset `i`: on the line that holds it, or at the end of the
    /// line just before it (a line break or the end of the value).
    private func mark(at i: Int) -> Mark? {
        // The last line whose first scalar is at or before `i`.
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].first <= i { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let line = lines[low - 1]
        let end = min(i, line.scalars.endIndex)
        return Mark(line: line.at.line, column: line.at.column + (end - line.first),
                    offset: line.at.offset + utf8Offsets[end] - utf8Offsets[line.first])
    }

    /// A line break in a value: LF (how libyaml gives LF, CR, CRLF and NEL), LS or PS.
    private static func isBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\u{2028}" || s == "\u{2029}"
    }

    private static func utf8Count(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        s.reduce(0) { $0 + UTF8.width($1) }
    }
}
