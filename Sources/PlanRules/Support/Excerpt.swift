/// The start of a text on one line, as a message quotes it: its lines joined with
/// `separator`, cut after `limit` characters with "…".
enum Excerpt {
    static func line(_ text: String, separator: String, limit: Int) -> String {
        if let short = simple(text, limit: limit) { return short }
        let line = text.split(whereSeparator: \.isNewline).joined(separator: separator)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    /// The excerpt read from scalars alone, when the first `limit + 1` are each a character of
    /// their own (kanji, kana, printable ASCII …, with no line break), as most plan text
    /// is; nil otherwise. Then the first line is at least that long, the characters are the
    /// scalars, and no grapheme breaking is needed to count or cut them.
    static func simple(_ text: String, limit: Int) -> String? {
        var seen = 0
        var cut = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            guard standsAlone(text.unicodeScalars[index]) else { return nil }
            seen += 1
            if seen == limit { cut = text.unicodeScalars.index(after: index) }
            if seen > limit { return String(text.unicodeScalars[..<cut]) + "…" }
        }
        return text   // `limit` characters or fewer, on one line
    }

    /// Scalars between which Unicode always breaks graphemes (none extends, joins, prepends
    /// or is a control or a line break): printable ASCII, CJK punctuation and brackets, kana,
    /// the katakana middle dot (・, common in goal headings) and the prolonged sound mark, CJK
    /// ideographs and full-width ASCII.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3001...0x3002, 0x3008...0x3011, 0x3041...0x3096, 0x30A1...0x30FC,
             0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }
}
