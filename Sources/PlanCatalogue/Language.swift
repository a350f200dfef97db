/// The language of messages and explanations.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case ja, en

    /// The language a `LANG`/`LC_ALL`-style locale asks for: Japanese when it starts with `ja`.
    public static func fromLocale(_ locale: String?) -> Language {
        (locale ?? "").lowercased().hasPrefix("ja") ? .ja : .en
    }
}

/// A text given in both languages.
public struct LocalizedText: Sendable, Hashable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .ja ? ja : en
    }
}
