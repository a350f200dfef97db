/// A pattern of `include:`/`exclude:` in planlint.yaml, matched against a path relative
/// to the configuration file's folder, the way `.gitignore` patterns are:
///
/// - `*` matches within one name, `?` one character, `[abc]`/`[a-z]`/`[!abc]` one of a set;
///   `**` as a whole name matches any number of folders (also none).
/// - A pattern without a `/` (other than a trailing one) matches a name at any depth:
///   `archive` is every file or folder called `archive`, `*.draft.yaml` every such file.
/// - A pattern with a `/` is anchored at the configuration's folder: `Plans/*.yaml`,
///   `old/**/*.yaml`; a leading `./` or `/` is dropped.
/// - A trailing `/` matches folders only. A pattern that matches a folder matches
///   everything in it.
struct PathGlob: Sendable, Equatable {
    let pattern: String
    private let parts: [Substring]
    private let anchored: Bool
    private let folderOnly: Bool

    init(_ pattern: String) {
        self.pattern = pattern
        var text = Substring(pattern)
        var rooted = false
        if text.hasPrefix("./") {
            text = text.dropFirst(2)
            rooted = true
        }
        folderOnly = text.hasSuffix("/")
        while text.hasSuffix("/") { text = text.dropLast() }
        anchored = rooted || text.contains("/")
        while text.hasPrefix("/") { text = text.dropFirst() }
        parts = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether the pattern matches a file at `components` (relative to the configuration's
    /// folder, the file's name last) or one of the folders it is in.
    func matches(_ components: [Substring]) -> Bool {
        guard !parts.isEmpty, !components.isEmpty else { return false }
        // Folders on the way are components[0..<k] for k < count; the file itself is all of them.
        let lastK = folderOnly ? components.count - 1 : components.count
        guard lastK >= 1 else { return false }
        if anchored {
            for k in 1...lastK where Self.match(parts[...], components[0..<k]) { return true }
            return false
        }
        guard parts.count == 1 else { return false }
        for i in 0..<lastK where Self.matchName(parts[0], components[i]) { return true }
        return false
    }

    /// Pattern parts against path components, `**` spanning any number of them.
    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let name = path.first, matchName(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// One name against one pattern part (`*`, `?`, `[set]`), by Unicode scalars.
    static func matchName(_ pattern: Substring, _ name: Substring) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        // Iterative wildcard matching with one backtrack point for the last `*`.
        var pi = 0, ni = 0
        var star = -1, starName = 0
        while ni < n.count {
            if pi < p.count {
                switch p[pi] {
                case "*":
                    star = pi
                    starName = ni
                    pi += 1
                    continue
                case "?":
                    pi += 1
                    ni += 1
                    continue
                case "[":
                    if let (matched, next) = matchSet(p, pi, n[ni]) {
                        if matched {
                            pi = next
                            ni += 1
                            continue
                        }
                    } else if n[ni] == "[" {
                        pi += 1
                        ni += 1
                        continue
                    }
                default:
                    if p[pi] == n[ni] {
                        pi += 1
                        ni += 1
                        continue
                    }
                }
            }
            guard star >= 0 else { return false }
            pi = star + 1
            starName += 1
            ni = starName
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// A `[...]` set at `start`: whether `c` is in it and the index after `]`, or nil when
    /// the `[` does not open a set (no closing `]`), in which case it is a plain `[`.
    private static func matchSet(_ p: [Unicode.Scalar], _ start: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        var i = start + 1
        let negated = i < p.count && (p[i] == "!" || p[i] == "^")
        if negated { i += 1 }
        var matched = false
        var first = true
        while i < p.count {
            if p[i] == "]" && !first { return (matched != negated, i + 1) }
            first = false
            if i + 2 < p.count && p[i + 1] == "-" && p[i + 2] != "]" {
                if p[i].value <= c.value && c.value <= p[i + 2].value { matched = true }
                i += 3
            } else {
                if p[i] == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}
