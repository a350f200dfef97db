import PlanModel
import PlanText

/// What two Japanese texts have in common, without a tokenizer: the pairs of adjacent
/// kanji or katakana (character bigrams) of each, width-folded. Particles and okurigana
/// (hiragana), digits and punctuation break the runs, so 知的財産の活用 gives 知的, 的財,
/// 財産 and 活用. Used to suggest the goals a KPI that supports none may serve, and to
/// tell a link whose two texts have nothing in common.
struct ContentWords {
    /// The bigrams, each two scalars packed in one integer (no String per bigram: this runs
    /// on every linked KPI and goal of every plan).
    let bigrams: Set<UInt64>

    init(_ texts: String?...) {
        var out = Set<UInt64>()
        for text in texts.compactMap({ $0 }) {
            var previous: Unicode.Scalar?
            for scalar in Width.fold(text).unicodeScalars {
                guard Self.isContent(scalar) else {
                    previous = nil
                    continue
                }
                if let previous { out.insert(UInt64(previous.value) << 32 | UInt64(scalar.value)) }
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

    /// Words that name intellectual property or its forms.
    static let ipWords = ["知的財産", "知財", "特許", "実用新案", "意匠", "商標", "著作権", "営業秘密", "ノウハウ",
                          "ライセンス", "実施許諾", "出願", "権利化", "ブランド", "品種登録"].map { Array($0.unicodeScalars) }
    /// The UTF-8 bytes of ``ipWords`` by their first byte: only places holding such a byte
    /// are compared.
    private static let ipWordsByLead: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in ipWords {
            var bytes: [UInt8] = []
            for scalar in word { UTF8.encode(scalar) { bytes.append($0) } }
            table[Int(bytes[0])].append(bytes)
        }
        return table
    }()

    /// Whether any of `texts` speaks of intellectual property in one of its words (特許, 商標,
    /// 知的財産 …), which share no characters: 特許流通 and 知的財産の活用 are one subject.
    /// Searched in UTF-8 bytes, which match where the scalars match (a word starts with a lead
    /// byte, so it matches only at a scalar's start): decoding scalars and hashing each one
    /// cost ~19,000 instructions a KPI, a third of `link-unexplained`.
    static func namesIP(_ texts: String?...) -> Bool {
        for text in texts.compactMap({ $0 }) {
            var text = text
            let found = text.withUTF8 { t -> Bool in
                for i in t.indices {
                    let words = ipWordsByLead[Int(t[i])]
                    guard !words.isEmpty else { continue }
                    for word in words where i + word.count <= t.count {
                        var k = 1
                        while k < word.count, t[i + k] == word[k] { k += 1 }
                        if k == word.count { return true }
                    }
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// A CJK ideograph, a katakana letter, the long-vowel mark ー or the repeat mark 々.
    static func isContent(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x30A1...0x30FA).contains(s.value)
            || s == "ー" || s == "々"
    }
}
