/// A quotation in 「」 or 『』 in a text, and how the text cites it.
///
/// `text` is the quoted words without the outer brackets, exactly as written
/// (nested quotes, spaces and a final 。 included); `range` is where those words
/// are, in Unicode-scalar offsets of the scanned string.
public struct Quote: Sendable, Hashable {
    /// The quoted words, without the outer brackets.
    public let text: String
    /// Where the quoted words are (the brackets themselves are just outside).
    public let range: Range<Int>
    /// The citation phrase right after the closing bracket, if any.
    public let citation: Citation?

    public init(text: String, range: Range<Int>, citation: Citation?) {
        self.text = text
        self.range = range
        self.citation = citation
    }
}

/// A phrase that, right after a closing bracket, says the quote cites a plan's
/// own words: 「…」としている, 「…」を掲げている, 「…」とある, 「…」を挙げている.
///
/// Only these four are read: they are the forms the seed's KPI texts use (the
/// plain and continuative forms 「…」を掲げる and 「…」を掲げ、 appear only once, in a
/// goal text, so they are not citations here). Longer forms that start with one
/// of these (としていることから) count.
public enum Citation: String, Sendable, Hashable, CaseIterable {
    /// 「…」としている: the plan states it as its position.
    case toShiteiru = "としている"
    /// 「…」を掲げている: the plan holds it up as a goal or measure.
    case woKakagete = "を掲げている"
    /// 「…」とある: the plan's text reads so.
    case toAru = "とある"
    /// 「…」を挙げている: the plan lists it.
    case woAgete = "を挙げている"
}
