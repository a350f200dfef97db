/// How a baseline names files: relative to the baseline file's folder, with `.` and `..`
/// resolved by hand (not through links), so that a run from another folder, or with
/// `./Plans` instead of `Plans`, still matches.
public enum BaselinePath {
    /// `path` (relative to `cwd`, or absolute) as seen from the folder `base` (absolute).
    public static func key(_ path: String, cwd: String, base: String) -> String {
        let target = components(path.hasPrefix("/") ? path : cwd + "/" + path)
        let from = components(base)
        var common = 0
        while common < min(target.count, from.count) && target[common] == from[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let parts = up + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The components of an absolute path with `.`, `..` and empty parts resolved.
    static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !out.isEmpty { out.removeLast() }
                continue
            }
            out.append(String(part))
        }
        return out
    }
}
