/// A text after width folding, with a map back to the original.
///
/// All readers in this module work on the folded scalars and report ranges in
/// Unicode-scalar offsets of the original string, which this type translates.
/// Folding only ever maps one or two original scalars to one folded scalar, so
/// `offsets` is strictly increasing.
struct FoldedText {
    /// The original string's scalars.
    let original: [Unicode.Scalar]
    /// The folded scalars.
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the original offset where folded scalar `i` starts;
    /// `offsets[scalars.count] == original.count`.
    let offsets: [Int]

    init(_ s: String) {
        let original = Array(s.unicodeScalars)
        self.original = original
        guard original.contains(where: Width.changes) else {
            // Nothing folds (most plan text): the folded text is the original, offset for offset.
            scalars = original
            offsets = Array(0...original.count)
            return
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(original.count)
        offsets.reserveCapacity(original.count + 1)
        var i = 0
        while i < original.count {
            let (scalar, consumed) = Width.foldScalar(original, at: i)
            scalars.append(scalar)
            offsets.append(i)
            i += consumed
        }
        offsets.append(original.count)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// A folded text with no original of its own (ranges map to themselves).
    init(scalars: [Unicode.Scalar]) {
        self.original = scalars
        self.scalars = scalars
        self.offsets = Array(0...scalars.count)
    }

    var count: Int { scalars.count }

    /// The scalar at `i`, or nil outside the text.
    subscript(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    /// The original range covered by the folded range `r` (clamped to the text).
    func originalRange(_ r: Range<Int>) -> Range<Int> {
        let lower = offsets[min(max(r.lowerBound, 0), scalars.count)]
        let upper = offsets[min(max(r.upperBound, 0), scalars.count)]
        return lower..<max(lower, upper)
    }

    /// The original text of an original-offset range (clamped to the text).
    func originalText(_ r: Range<Int>) -> String {
        let lower = min(max(r.lowerBound, 0), original.count)
        let upper = min(max(r.upperBound, lower), original.count)
        var utf8: [UInt8] = []
        utf8.reserveCapacity((upper - lower) * 3)
        for scalar in original[lower..<upper] {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
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
