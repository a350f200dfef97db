import PlanModel
import PlanText

/// `text-latin`: Latin letters where Japanese was meant, or spaced out.
/// - a lowercase word that reads as romaji (three or more letters, every one part of a
///   kana syllable) glued to kana or kanji: the IME was left in Latin mode (おokayama);
/// - single capital letters separated by spaces (K P I, I o T): an abbreviation spaced
///   out, usually by justified layout; a style matter (info).
enum TextLatin: PlanCheck {
    enum Message: RuleMessage {
        case romaji(field: PlaceName, text: String)
        case spaced(field: PlaceName, text: String, expected: String)

        static let rule = "text-latin"
        var key: String {
            switch self {
            case .romaji: "default"
            case .spaced: "spaced"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .romaji(let f, let t): f.arguments("field", with: ["text": t])
            case .spaced(let f, let t, let e): f.arguments("field", with: ["text": t, "expected": e])
            }
        }
        static let everyCase: [Self] = [.romaji(field: "", text: ""), .spaced(field: "", text: "", expected: "")]
    }

    static let readsProse = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for field in context.textFields(in: plan) where mayHaveLatin(field.value) {
            for (message, span) in scan(field.scalars, field: field.name) {
                findings.append(finding(message, at: field.source(of: span), subject: field.subject))
            }
        }
        return findings
    }

    /// Whether `text` has a byte from `A` to `z`: the fields the rule reads. Read from the
    /// string's contiguous UTF-8, since walking `String.UTF8View` byte by byte cost ~30
    /// instructions a byte (nearly all of the rule's time: most texts have no such byte).
    static func mayHaveLatin(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0x41 && $0 <= 0x7A } }
            ?? text.utf8.contains { $0 >= 0x41 && $0 <= 0x7A }
    }

    static func scan(_ s: [Unicode.Scalar], field: @autoclosure () -> PlaceName) -> [(Message, Range<Int>)] {
        var out: [(Message, Range<Int>)] = []
        var i = 0
        while i < s.count {
            guard isLetter(s[i]), i == 0 || !isLetter(s[i - 1]) else { i += 1; continue }
            var end = i
            while end < s.count, isLetter(s[end]) { end += 1 }
            let word = s[i..<end]
            let glued = (i > 0 && isJapanese(s[i - 1])) || (end < s.count && isJapanese(s[end]))
            if glued, word.count >= 3, isRomaji(word) {
                out.append((.romaji(field: field(), text: text(s, max(0, i - 1)..<min(s.count, end + 1))), i..<end))
                i = end
                continue
            }
            if word.count == 1, let last = spacedEnd(s, from: i) {
                let letters = s[i...last].filter(isLetter)
                out.append((.spaced(field: field(), text: text(s, i..<(last + 1)),
                                    expected: String(String.UnicodeScalarView(letters))), i..<(last + 1)))
                i = last + 1
                continue
            }
            i = end
        }
        return out
    }

    /// The last letter of a run `X Y Z` of single letters, the first of them capital, each
    /// followed by one space (U+0020 or U+3000) and a single letter; nil for fewer than two.
    private static func spacedEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard isCapital(s[i]) else { return nil }
        var last = i
        while last + 2 < s.count, s[last + 1] == " " || s[last + 1] == "\u{3000}", isLetter(s[last + 2]),
              last + 3 == s.count || !isLetter(s[last + 3]) {
            last += 2
        }
        return last > i ? last : nil
    }

    /// Whether `word` (lowercase ASCII) splits into kana syllables: consonants then a vowel,
    /// or a syllabic n; at least two vowels (so `web`, `kwh`, `pdf` are not romaji).
    static func isRomaji(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let vowels: Set<Unicode.Scalar> = ["a", "i", "u", "e", "o"]
        var consonants = 0
        var vowelCount = 0
        for c in word {
            guard ("a"..."z").contains(c) else { return false }
            if vowels.contains(c) {
                vowelCount += 1
                consonants = 0
            } else {
                consonants += 1
                if consonants > 2 { return false }
            }
        }
        // A final consonant is romaji only as ん (n).
        return vowelCount >= 2 && (consonants == 0 || (consonants == 1 && word.last == "n"))
    }

    private static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }
    /// A Latin letter, half- or full-width (compared as code points: this runs on every scalar).
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0xFF41 && v <= 0xFF5A) || (v >= 0xFF21 && v <= 0xFF3A)
    }
    private static func isCapital(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0xFF21 && v <= 0xFF3A)
    }
    private static func isJapanese(_ c: Unicode.Scalar) -> Bool {
        (0x3041...0x30FF).contains(c.value) || (0x4E00...0x9FFF).contains(c.value) || c.value == 0x3005
    }
}
