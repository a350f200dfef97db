import PlanRules

/// The lines planlint writes to standard error, led in the run's language:
/// `planlint: エラー: …` or `planlint: error: …`, `planlint: 注記: …` or `planlint: note: …`.
public enum Notice {
    /// A setup problem (exit 2): a `SetupError` in `language`, any other error as it describes itself.
    public static func error(_ error: any Error, _ language: Language) -> String {
        let text = (error as? SetupError)?.text(language)
            ?? (language == .ja ? (error as? WriteFailure)?.japanese : nil) ?? "\(error)"
        return self.error(text: text, language)
    }

    /// `planlint: エラー: text` / `planlint: error: text`.
    public static func error(text: String, _ language: Language) -> String {
        (language == .ja ? "planlint: エラー: " : "planlint: error: ") + text
    }

    /// `planlint: 注記: text` / `planlint: note: text`: something the user should know that
    /// does not change the verdict.
    public static func note(_ text: String, _ language: Language) -> String {
        (language == .ja ? "planlint: 注記: " : "planlint: note: ") + text
    }
}
