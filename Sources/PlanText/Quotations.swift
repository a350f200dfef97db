/// Finds the quotations in a text (「…」 and 『…』) and the citation after each.
///
/// Only outermost quotations are returned; a quote nested inside another, of
/// either kind, is part of the outer one. Brackets are paired like parentheses
/// of two kinds: a closing bracket closes the nearest open bracket of its kind
/// (any open brackets of the other kind inside are unclosed), and a closing
/// bracket with no open bracket of its kind is ignored.
///
/// An opening bracket that is never closed is dropped, not run to the end of the
/// text: its extent cannot be known, and guessing it would compare the rest of
/// the text as a quote. Complete quotes inside it are then outermost and kept.
///
/// When quotes are listed before one citation (「A」、「B」としている), each of them
/// takes that citation. Half-width ｢｣ count as 「」. Linear in the text's length.
public enum Quotations {
    private static let separators: [Word] = [
        "、", ",", "・", "及び", "および", "並びに", "ならびに", "又は", "または", "や", "と",
    ].map(Word.init)
    private static let citations: [(Word, Citation)] = Citation.allCases.map { (Word($0.rawValue), $0) }

    /// The outermost quotations in `s`, in order.
    public static func extract(_ s: String) -> [Quote] {
        guard mayOpenQuote(s) else { return [] }
        let text = FoldedText(s)
        let pairs = outermostPairs(in: text)
        var result: [Quote] = []
        result.reserveCapacity(pairs.count)
        var nextCitation: Citation?
        for index in pairs.indices.reversed() {
            let (open, close) = pairs[index]
            var citation = citation(after: close, in: text)
            if citation == nil, index + 1 < pairs.count, listed(close, before: pairs[index + 1].open, in: text) {
                citation = nextCitation
            }
            nextCitation = citation
            let range = text.originalRange((open + 1)..<close)
            result.append(Quote(text: text.originalText(range), range: range, citation: citation))
        }
        return result.reversed()
    }

    /// Whether `s` holds an opening bracket (「, 『, or ｢, which folds to 「): without one there
    /// is no quotation, and the text need not be folded. Looks at UTF-8 bytes only.
    static func mayOpenQuote(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable(mayOpenQuote) ?? mayOpenQuote(Array(s.utf8))
    }

    private static func mayOpenQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The last byte of each bracket, then the two before it: 「 E3 80 8C, 『 E3 80 8E, ｢ EF BD A2.
        var i = 2
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x8C || byte == 0x8E {
                if bytes[i - 2] == 0xE3, bytes[i - 1] == 0x80 { return true }
            } else if byte == 0xA2, bytes[i - 2] == 0xEF, bytes[i - 1] == 0xBD {
                return true
            }
            i += 1
        }
        return false
    }

    private static func mayOpenQuote(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(mayOpenQuote)
    }

    /// Pairs of bracket offsets (folded) that are not inside another pair.
    private static func outermostPairs(in text: FoldedText) -> [(open: Int, close: Int)] {
        var stack: [(offset: Int, double: Bool)] = []
        var openCount = (single: 0, double: 0)
        var outermost: [(open: Int, close: Int)] = []
        for (offset, scalar) in text.scalars.enumerated() {
            switch scalar {
            case "「", "『":
                let double = scalar == "『"
                stack.append((offset, double))
                if double { openCount.double += 1 } else { openCount.single += 1 }
            case "」", "』":
                let double = scalar == "』"
                guard (double ? openCount.double : openCount.single) > 0 else { continue }
                // Pop down to the nearest open bracket of this kind; each bracket is
                // popped once, so this is linear overall.
                while let top = stack.popLast() {
                    if top.double { openCount.double -= 1 } else { openCount.single -= 1 }
                    if top.double == double {
                        // Pairs closed earlier that started after this opener are inside it.
                        while let last = outermost.last, last.open > top.offset { outermost.removeLast() }
                        outermost.append((top.offset, offset))
                        break
                    }
                }
            default:
                continue
            }
        }
        return outermost
    }

    /// The citation phrase after the closing bracket at `close`, past any whitespace.
    private static func citation(after close: Int, in text: FoldedText) -> Citation? {
        let start = text.skippingWhitespace(from: close + 1)
        return citations.first { text.matches($0.0, at: start) }?.1
    }

    /// Whether only whitespace and one list separator (、, ・, 及び, や, と …) lie
    /// between the closing bracket at `close` and the opening bracket at `open`.
    private static func listed(_ close: Int, before open: Int, in text: FoldedText) -> Bool {
        var k = text.skippingWhitespace(from: close + 1)
        if k == open { return true }
        guard let separator = text.firstMatch(of: separators, at: k) else { return false }
        k = text.skippingWhitespace(from: k + separator.count)
        return k == open
    }
}
