/// `yaml-encoding`: the file is not saved as UTF-8. It was converted from `encoding` and
/// linted (a warning), or it reads as several encodings and nothing decides (an error).
public enum YAMLEncoding: RuleMessage {
    /// Converted from the encoding of this name (`Shift_JIS (CP932)`, `EUC-JP`, `UTF-16LE` ...).
    case found(encoding: String)
    /// Reads as each of these encodings (names joined by " / "), and the evidence does not decide.
    case ambiguous(candidates: String)

    public static let rule = "yaml-encoding"
    public var key: String {
        switch self {
        case .found: "default"
        case .ambiguous: "ambiguous"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .found(let encoding): ["encoding": encoding]
        case .ambiguous(let candidates): ["candidates": candidates]
        }
    }
    public static let everyCase: [Self] = [.found(encoding: ""), .ambiguous(candidates: "")]
}
