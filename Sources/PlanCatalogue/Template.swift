/// `{name}` placeholder substitution in message templates.
public enum Template {
    /// Replaces each `{name}` with its value; unknown names are left as written.
    static func fill(_ template: String, with values: [String: String]) -> String {
        // Braces are ASCII, so they are found on the UTF-8 bytes, in the string's own
        // contiguous storage (stepping a String.UTF8View index cost ~20 instructions a
        // byte, the most of wording a diagnostic), and a cut never splits a character.
        var bytes = template
        let filled: String? = bytes.withUTF8 { t in
            guard t.contains(UInt8(ascii: "{")) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(t.count + 64)
            var position = 0
            while let open = t[position...].firstIndex(of: UInt8(ascii: "{")) {
                out.append(contentsOf: t[position..<open])
                guard let close = t[open...].firstIndex(of: UInt8(ascii: "}")) else {
                    position = open
                    break
                }
                if let value = values[String(decoding: t[(open + 1)..<close], as: UTF8.self)] {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: t[open...close])
                }
                position = close + 1
            }
            out.append(contentsOf: t[position...])
            return String(decoding: out, as: UTF8.self)
        }
        return filled ?? template
    }

    /// A message in `language`: `template` filled with `arguments`, their year ranges
    /// written the Japanese way in Japanese. In Japanese, a value given under `name@ja`
    /// (a ``PlaceName``'s Japanese name) fills `{name}`.
    public static func word(_ template: String, with arguments: [String: String], in language: Language) -> String {
        guard language == .ja else { return fill(template, with: arguments) }
        var arguments = arguments
        for (key, value) in arguments where key.utf8.last == UInt8(ascii: "a") && key.hasSuffix("@ja") {
            arguments[String(key.dropLast(3))] = value
        }
        // The scalar test first: it is cheap, and most values have no dash at all.
        for (key, value) in arguments where value.unicodeScalars.contains("\u{2013}") && value.contains("–") {
            arguments[key] = japaneseRanges(value)
        }
        return fill(template, with: arguments)
    }

    /// Year ranges written for both languages as `2020–2022` read `2020〜2022` in Japanese
    /// (the wave dash is how Japanese documents write a range). Only an en dash next to a
    /// digit is changed, so quoted source text (which never uses the en dash) stays verbatim.
    static func japaneseRanges(_ value: String) -> String {
        var out = ""
        let scalars = Array(value.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let nearDigit = (i > 0 && ("0"..."9").contains(scalars[i - 1]))
                || (i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1]))
            out.unicodeScalars.append(u == "\u{2013}" && nearDigit ? "\u{301C}" : u)
        }
        return out
    }

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
