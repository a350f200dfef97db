/// JSON text helpers shared by the baseline file and the JSON and SARIF reporters, which
/// write JSON by hand so that key order is stable and the output diffs well.
public enum JSON {
    /// A JSON string literal, escaping quotes, backslashes and control characters (and the
    /// separators and BOM that some JSON readers mishandle). Non-ASCII text such as
    /// Japanese is written as is, in UTF-8.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 || u.value == 0xFEFF {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
