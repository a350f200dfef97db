/// A text after width folding, with a map back to the original.
///
/// All readers in this module work on the folded scalars and report ranges in
/// Unicode-scalar offsets of the original string, which this type translates.
/// Folding only ever maps one or two original scalars to one folded scalar, so
/// the map is strictly increasing; it is the identity unless some pair composed
/// (a kana and a voicing mark), and is then kept as a table.
struct FoldedText {
    /// The original string's scalars.
    let original: [Unicode.Scalar]
    /// The folded scalars.
    let scalars: [Unicode.Scalar]
    /// `offsetTable[i]` is the original offset where folded scalar `i` starts, and
    /// `offsetTable[scalars.count] == original.count`; nil when that is `i` itself.
    private let offsetTable: [Int]?

    init(_ s: String) {
        self.init(original: Scalars.of(s))
    }

    /// The folded text of `original`, the scalars of a string.
    init(original: [Unicode.Scalar]) {
        self.original = original
        guard let changed = original.firstIndex(where: Width.changes) else {
            // Nothing folds (most plan text): the folded text is the original, offset for offset.
            scalars = original
            offsetTable = nil
            return
        }
        // A voicing mark composes with the scalar before it, so folding starts there.
        let start = max(changed - 1, 0)
        var offsets: [Int]?
        scalars = original.withUnsafeBufferPointer { input in
            [Unicode.Scalar](unsafeUninitializedCapacity: input.count) { output, count in
                var i = 0
                while i < start {
                    output.initializeElement(at: i, to: input[i])
                    i += 1
                }
                var n = start
                while i < input.count {
                    var (scalar, consumed) = (input[i], 1)
                    let next = i + 1 < input.count ? input[i + 1] : nil
                    // Most scalars neither fold nor take a voicing mark: they are kept as they are.
                    if Width.changes(scalar) || (next.map(Width.isVoicingMark) ?? false) {
                        (scalar, consumed) = Width.foldScalar(scalar, next: next)
                    }
                    output.initializeElement(at: n, to: scalar)
                    if consumed != 1 || offsets != nil {
                        if offsets == nil { offsets = Array(0..<n) }
                        offsets?.append(i)
                    }
                    n += 1
                    i += consumed
                }
                count = n
            }
        }
        offsets?.append(original.count)
        offsetTable = offsets
    }

    /// A folded text with no original of its own (ranges map to themselves).
    init(scalars: [Unicode.Scalar]) {
        self.original = scalars
        self.scalars = scalars
        self.offsetTable = nil
    }

    var count: Int { scalars.count }

    /// The scalar at `i`, or nil outside the text.
    subscript(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    /// The original offset where folded scalar `i` starts (`0...count`).
    func offset(_ i: Int) -> Int {
        offsetTable?[i] ?? i
    }

    /// The original range covered by the folded range `r` (clamped to the text).
    func originalRange(_ r: Range<Int>) -> Range<Int> {
        let lower = offset(min(max(r.lowerBound, 0), scalars.count))
        let upper = offset(min(max(r.upperBound, 0), scalars.count))
        return lower..<max(lower, upper)
    }

    /// The original text of an original-offset range (clamped to the text).
    func originalText(_ r: Range<Int>) -> String {
        let lower = min(max(r.lowerBound, 0), original.count)
        let upper = min(max(r.upperBound, lower), original.count)
        let slice = original[lower..<upper]
        var length = 0
        for scalar in slice { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { utf8 in
            var n = 0
            for scalar in slice {
                UTF8.encode(scalar) { byte in
                    utf8[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// Whether `word` occurs at folded offset `i`.
    func matches(_ word: Word, at i: Int) -> Bool {
        guard i >= 0, i + word.count <= scalars.count else { return false }
        var k = 0
        while k < word.count {
            if scalars[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` ends exactly at folded offset `end` (exclusive).
    func matches(_ word: Word, endingAt end: Int) -> Bool {
        matches(word, at: end - word.count)
    }

    /// The first of `words` that occurs at `i`, trying them in the given order.
    func firstMatch(of words: [Word], at i: Int) -> Word? {
        words.first { matches($0, at: i) }
    }

    /// Index of the first scalar at or after `i` that is not an inline space.
    func skippingSpaces(from i: Int) -> Int {
        var j = i
        while let s = self[j], s.isInlineSpace { j += 1 }
        return j
    }

    /// Index just after the last scalar before `end` that is not an inline space.
    func skippingSpaces(backFrom end: Int) -> Int {
        var j = end
        while let s = self[j - 1], s.isInlineSpace { j -= 1 }
        return j
    }

    /// Index of the first scalar at or after `i` that is not whitespace of any kind.
    func skippingWhitespace(from i: Int) -> Int {
        var j = i
        while let s = self[j], s.properties.isWhitespace { j += 1 }
        return j
    }
}

/// A word as a sequence of (already folded) scalars, for cheap matching.
typealias Word = [Unicode.Scalar]

extension Word {
    /// Makes a word from a string literal.
    init(_ s: String) { self = Array(s.unicodeScalars) }
}

extension Unicode.Scalar {
    /// An ASCII digit 0–9 (full-width digits are folded to these first).
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// An ASCII letter A–Z or a–z.
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// The value of an ASCII digit.
    var digitValue: Int { Int(value) - 0x30 }

    /// A space or tab inside a line (after folding, U+3000 is already " ").
    var isInlineSpace: Bool { value == 0x20 || value == 0x09 }
}
