/// The 47 prefectures in JIS X 0401 order (code 1 is 北海道, 47 is 沖縄).
public enum Prefectures {
    /// Names without the suffix 都/府/県 (北海道 keeps 道, as it is always written).
    public static let names: [String] = [
        "北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬",
        "埼玉", "千葉", "東京", "神奈川", "新潟", "富山", "石川", "福井", "山梨", "長野",
        "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山",
        "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡",
        "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
    ]

    /// The short name of a code, or nil outside 1...47.
    public static func name(of code: Int) -> String? {
        (1...47).contains(code) ? names[code - 1] : nil
    }

    /// The full official name (茨城県, 東京都, 大阪府, 北海道).
    public static func fullName(of code: Int) -> String? {
        guard let short = name(of: code) else { return nil }
        switch code {
        case 1: return short
        case 13: return short + "都"
        case 26, 27: return short + "府"
        default: return short + "県"
        }
    }

    /// Whether `name` (with or without its suffix) is the prefecture of `code`.
    public static func matches(_ name: String, code: Int) -> Bool {
        guard let short = self.name(of: code), let full = fullName(of: code) else { return false }
        return name == short || name == full
    }

    /// The code whose prefecture `name` is (with or without suffix), if any.
    public static func code(of name: String) -> Int? {
        (1...47).first { matches(name, code: $0) }
    }

    /// The romaji of each prefecture, in JIS X 0401 order, as the files in Plans/ are named.
    public static let romaji: [String] = [
        "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi", "gunma",
        "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui", "yamanashi", "nagano",
        "gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo", "nara", "wakayama",
        "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima", "kagawa", "ehime", "kochi", "fukuoka",
        "saga", "nagasaki", "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa",
    ]

    /// The file name of a prefecture's plan: `NN-romaji.yaml` (`08-ibaraki.yaml`).
    public static func fileName(of code: Int) -> String {
        (code < 10 ? "0" : "") + "\(code)-\(romaji[code - 1]).yaml"
    }

    /// The code of a prefecture as a person names it on the command line: a code (`38`,
    /// `08`), a name with or without its suffix (愛媛, 愛媛県, 東京都) or its romaji (`ehime`,
    /// `Ehime`, `ehime-ken`); half- and full-width spaces around it are ignored.
    public static func code(ofArgument text: String) -> Int? {
        var t = Substring(text)
        while let f = t.first, f == " " || f == "\u{3000}" { t.removeFirst() }
        while let l = t.last, l == " " || l == "\u{3000}" { t.removeLast() }
        if !t.isEmpty, t.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), t.utf8.count <= 2, let n = Int(t) {
            return (1...47).contains(n) ? n : nil
        }
        if let code = code(of: String(t)) { return code }
        var word = t.lowercased()
        for suffix in ["-ken", "-fu", "-to", " ken", " prefecture"] where word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
        }
        return romaji.firstIndex(of: word).map { $0 + 1 }
    }
}
