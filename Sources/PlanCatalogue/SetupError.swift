/// A problem in a rule file or a configuration file: the run cannot go on (exit 2).
public struct SetupError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The problem in English (or already in the run's language, when the thrower knew it).
    public var message: String
    /// The problem in Japanese, when the thrower gave both; `text(.ja)` uses it.
    public var japanese: String?

    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A problem said in both languages; the run's language picks one when it is printed.
    public init(file: String, line: Int = 0, column: Int = 0, ja: String, en: String) {
        self.init(file: file, line: line, column: column, message: en)
        japanese = ja
    }

    public var description: String { text(.en) }

    /// `file:line:column: problem` (or `file: problem`) in `language`.
    public func text(_ language: Language) -> String {
        let said = language == .ja ? japanese ?? message : message
        return line > 0 ? "\(file):\(line):\(column): \(said)" : "\(file): \(said)"
    }
}
