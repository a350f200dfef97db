/// Swift string literals that hold a text unchanged, for the generated catalogue source.
enum StringLiteral {
    /// A literal for `text`: raw (`#"…"#`, or a multi-line raw literal for text with line
    /// breaks or tabs) when it holds only printable characters, line feeds and tabs, so the
    /// generated file reads like the rule file; an escaped literal otherwise.
    static func of(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy(isRawSafe) else { return escaped(text) }
        let hashes = hashCount(for: text)
        // A one-line literal may hold no tab (the lexer rejects it there, not in a multi-line
        // one) and may not start with a quote (`#""…` would open a multi-line literal).
        if !text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" }), !text.hasPrefix("\"") {
            return "\(hashes)\"\(text)\"\(hashes)"
        }
        // The closing delimiter at column 0: no indentation is stripped, and the line
        // break before it is not part of the text.
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    /// Enough `#` that neither a closing delimiter (`"#…`) nor an escape (`\#…`) occurs in the text.
    private static func hashCount(for text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }

    /// Characters written as themselves in a raw literal: no control characters other than
    /// line feed and tab (a carriage return would be read as a line break), and none that
    /// editors or the lexer treat specially (line and paragraph separators, byte-order
    /// mark, bidirectional controls).
    private static func isRawSafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x09: return true
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }

    /// A plain literal with every special character escaped.
    private static func escaped(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isRawSafe(u) {
                    out.unicodeScalars.append(u)
                } else {
                    out += "\\u{" + String(u.value, radix: 16) + "}"
                }
            }
        }
        return out + "\""
    }
}
