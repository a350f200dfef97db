/// The words a person reads for a severity and a category, in either language. Machine
/// outputs (JSON, SARIF, JUnit's `type`, GitHub annotations, CSV) keep the raw values.
extension Severity {
    /// `エラー`/`警告`/`情報` or `error`/`warning`/`info`.
    public func label(_ language: Language) -> String {
        switch self {
        case .error: language == .ja ? "エラー" : "error"
        case .warning: language == .ja ? "警告" : "warning"
        case .info: language == .ja ? "情報" : "info"
        }
    }
}

extension RuleCategory {
    /// A heading for the category: its name in words with the key after it in Japanese
    /// (`期間（period）`), so that a reader can find the key used in configuration.
    public func title(_ language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .schema: return ja ? "書式（schema）" : "Format (schema)"
        case .measurability: return ja ? "測れるか（measurability）" : "Measurability"
        case .period: return ja ? "期間（period）" : "Periods (period)"
        case .alignment: return ja ? "ビジョンとの対応（alignment）" : "Alignment with the visions (alignment)"
        case .consistency: return ja ? "数値の整合（consistency）" : "Consistency of the numbers (consistency)"
        case .text: return ja ? "文章（text）" : "Text"
        case .source: return ja ? "原文との照合（source）" : "Agreement with the source (source)"
        case .waiver: return ja ? "例外（waiver）" : "Waivers (waiver)"
        }
    }

    /// A short name for a table column: `期間` / `period`.
    public func shortName(_ language: Language) -> String {
        guard language == .ja else { return rawValue }
        switch self {
        case .schema: return "書式"
        case .measurability: return "測定可能性"
        case .period: return "期間"
        case .alignment: return "ビジョン対応"
        case .consistency: return "数値の整合"
        case .text: return "文章"
        case .source: return "原文照合"
        case .waiver: return "例外"
        }
    }
}
