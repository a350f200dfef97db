import PlanRules
/// Japanese for the command-line mistakes that swift-argument-parser reports in English.
/// Its message is kept after the Japanese line (with the usage it prints), so nothing it
/// says is lost; this only puts a sentence a Japanese reader can act on in front of it.
public enum UsageMessages {
    /// The language a command line asks for: `--lang ja|en` (or `--lang=…`) anywhere before
    /// `--`, else the locale of `environment`, as `LintOptions` decides for a run.
    public static func language(arguments: [String], environment: [String: String]) -> Language {
        var options = LintOptions()
        options.environment = environment
        let words = arguments.prefix { $0 != "--" }
        for (i, word) in words.enumerated() {
            let value: String?
            if word == "--lang" { value = i + 1 < words.count ? words[words.startIndex + i + 1] : nil }
            else if word.hasPrefix("--lang=") { value = String(word.dropFirst(7)) }
            else { continue }
            if let value, let language = Language(rawValue: value) { options.language = language }
        }
        return options.language(configured: nil)
    }

    /// `planlint: エラー: …` for the first line of the parser's message (`Error: Unknown
    /// option '--x'` …): a specific sentence for the mistakes people make, else a general one.
    public static func japaneseLead(for message: String) -> String {
        let first = message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        let quoted = quotes(in: text)
        let sentence: String
        if text.hasPrefix("Unknown option"), let name = quoted.first {
            sentence = "オプション「\(name)」はありません。綴りを確かめてください（使えるオプションは --help で見られます）"
        } else if text.hasPrefix("Missing value for"), let name = quoted.first {
            sentence = "オプション「\(name)」の後に値がありません"
        } else if text.hasPrefix("The value"), quoted.count >= 2 {
            sentence = "「\(quoted[0])」は「\(quoted[1])」に指定できる値ではありません（指定できる値は --help で見られます）"
        } else if text.hasPrefix("Unexpected argument"), let name = quoted.first {
            sentence = "「\(name)」はこのコマンドでは使えない引数です"
        } else if text.hasPrefix("Missing expected argument"), let name = quoted.first {
            sentence = "必要な引数「\(name)」がありません"
        } else {
            sentence = "コマンドの指定が正しくありません"
        }
        return Notice.error(text: sentence, .ja)
    }

    /// The texts between single quotes, in order.
    private static func quotes(in text: String) -> [String] {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    /// What `main` says of a path that begins with '-' and would be read as options.
    public static func pathReadsAsOptions(_ path: String, _ language: Language) -> String {
        language == .ja
            ? Notice.error(text: "「\(path)」はオプションとして読まれてしまいます。'-' で始まる名前のファイルは、"
                + "パスの前に -- を書くか（planlint lint -- \(path)）、./\(path) と書きます", .ja)
            : Notice.error(text: "'\(path)' reads as options, not a path; to lint a file whose name begins "
                + "with '-', write -- before the paths (planlint lint -- \(path)) or ./\(path)", .en)
    }
}
