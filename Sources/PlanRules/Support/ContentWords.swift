import PlanModel
import PlanText

/// What two Japanese texts have in common, without a tokenizer: the pairs of adjacent
/// kanji or katakana (character bigrams) of each, width-folded. Particles and okurigana
/// (hiragana), digits and punctuation break the runs, so 知的財産の活用 gives 知的, 的財,
/// 財産 and 活用. Used to suggest the goals a KPI that supports none may serve.
struct ContentWords {
    let bigrams: Set<String>

    init(_ texts: String?...) {
        var out = Set<String>()
        for text in texts.compactMap({ $0 }) {
            var previous: Unicode.Scalar?
            for scalar in Width.fold(text).unicodeScalars {
                guard Self.isContent(scalar) else {
                    previous = nil
                    continue
                }
                if let previous { out.insert(String(String.UnicodeScalarView([previous, scalar]))) }
                previous = scalar
            }
        }
        bigrams = out
    }

    /// How many bigrams the two share.
    func shared(with other: ContentWords) -> Int {
        bigrams.count < other.bigrams.count ? bigrams.filter(other.bigrams.contains).count
            : other.bigrams.filter(bigrams.contains).count
    }

    /// A CJK ideograph, a katakana letter, the long-vowel mark ー or the repeat mark 々.
    static func isContent(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x30A1...0x30FA).contains(s.value)
            || s == "ー" || s == "々"
    }
}
