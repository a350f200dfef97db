import PlanReport
import PlanRules

/// One pair of plan files and what changed between them.
public struct FileDiff: Sendable {
    /// The old and new paths (nil on the side where the file does not exist).
    public var old: String?
    public var new: String?
    public var prefecture: Int?
    public var changes: [PlanChange]

    public init(old: String?, new: String?, prefecture: Int?, changes: [PlanChange]) {
        self.old = old
        self.new = new
        self.prefecture = prefecture
        self.changes = changes
    }

    public var path: String { new ?? old ?? "" }
    /// The changes to the plan's content, apart from its diagnostics.
    public var contentChanges: [PlanChange] { changes.filter { $0.kind != .diagnosticFixed && $0.kind != .diagnosticNew } }
}

/// `planlint diff`'s report: text, Markdown or JSON, in the user's language. Pure.
public enum DiffReport {
    public enum Format: String, Sendable, CaseIterable { case text, markdown, json, html }

    public static func render(_ diffs: [FileDiff], format: Format, language: Language) -> String {
        switch format {
        case .text: text(diffs, language)
        case .markdown: markdown(diffs, language)
        case .json: json(diffs, language)
        case .html: html(diffs, language)
        }
    }

    static func counts(_ diffs: [FileDiff]) -> (files: Int, changes: Int, weakenings: Int, fixed: Int, new: Int) {
        let all = diffs.flatMap(\.changes)
        return (diffs.filter { !$0.changes.isEmpty }.count, all.filter { $0.kind != .diagnosticFixed && $0.kind != .diagnosticNew }.count,
                all.filter(\.weakening).count, all.filter { $0.kind == .diagnosticFixed }.count,
                all.filter { $0.kind == .diagnosticNew }.count)
    }

    static func summary(_ diffs: [FileDiff], _ language: Language) -> String {
        let c = counts(diffs)
        if c.files == 0 { return language == .ja ? "変更はありません" : "no changes" }
        return language == .ja
            ? "\(c.files)ファイルに変更：内容の変更\(c.changes)件（うち弱める変更\(c.weakenings)件）、直った指摘\(c.fixed)件、新しい指摘\(c.new)件"
            : "\(c.files) file\(c.files == 1 ? "" : "s") changed: \(c.changes) change\(c.changes == 1 ? "" : "s") to the plans "
                + "(\(c.weakenings) weakening), \(c.fixed) diagnostic\(c.fixed == 1 ? "" : "s") fixed, \(c.new) new"
    }

    static func marker(_ c: PlanChange, _ language: Language) -> String {
        if c.weakening { return language == .ja ? "弱める" : "weakens" }
        switch c.kind {
        case .diagnosticFixed: return language == .ja ? "直った指摘" : "fixed"
        case .diagnosticNew: return language == .ja ? "新しい指摘" : "new finding"
        default: return language == .ja ? "変更" : "change"
        }
    }

    static func text(_ diffs: [FileDiff], _ language: Language) -> String {
        var out = ""
        for d in diffs where !d.changes.isEmpty {
            out += (d.old != nil && d.new != nil && d.old != d.new ? "\(d.old!) → \(d.new!)" : d.path) + "\n"
            for c in d.changes {
                let place = c.line.map { "\($0): " } ?? ""
                out += "  \(place)\(marker(c, language)): \(c.sentence(language)) [\(c.kind.rawValue)]\n"
            }
        }
        return out + summary(diffs, language) + "\n"
    }

    static func markdown(_ diffs: [FileDiff], _ language: Language) -> String {
        let ja = language == .ja
        var out = ja ? "## planlint diff：計画の変更\n\n" : "## planlint diff: what the revision changed\n\n"
        out += summary(diffs, language) + "\n"
        for d in diffs where !d.changes.isEmpty {
            out += "\n### `\(d.path)`\n\n| " + (ja ? "行 | 種類 | 変更" : "Line | Kind | Change") + " |\n|---:|---|---|\n"
            for c in d.changes {
                let cell = c.sentence(language).split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
                    .split(whereSeparator: \.isNewline).joined(separator: " ")
                out += "| \(c.line.map(String.init) ?? "") | \(c.weakening ? "⚠️ " : "")\(marker(c, language)) | \(cell) |\n"
            }
        }
        return out
    }

    /// `{"files": [{"old", "new", "prefecture", "changes": [{"kind", "subject", "old", "new",
    /// "weakening", "line", "message"}]}], "summary": {...}}` (docs/ci.md).
    static func json(_ diffs: [FileDiff], _ language: Language) -> String {
        func opt(_ s: String?) -> String { s.map(JSON.string) ?? "null" }
        let files = diffs.map { d in
            let changes = d.changes.map { c in
                "      {\"kind\": \(JSON.string(c.kind.rawValue)), \"subject\": \(JSON.string(c.subject)), \"old\": \(opt(c.old)), "
                    + "\"new\": \(opt(c.new)), \"weakening\": \(c.weakening), \"line\": \(c.line.map(String.init) ?? "null"), "
                    + "\"message\": \(JSON.string(c.sentence(language)))}"
            }
            return "    {\"old\": \(opt(d.old)), \"new\": \(opt(d.new)), \"prefecture\": \(d.prefecture.map(String.init) ?? "null"), "
                + "\"changes\": [" + (changes.isEmpty ? "" : "\n" + changes.joined(separator: ",\n") + "\n    ") + "]}"
        }
        let c = counts(diffs)
        return "{\n  \"files\": [" + (files.isEmpty ? "" : "\n" + files.joined(separator: ",\n") + "\n  ") + "],\n"
            + "  \"summary\": {\"filesChanged\": \(c.files), \"changes\": \(c.changes), \"weakenings\": \(c.weakenings), "
            + "\"diagnosticsFixed\": \(c.fixed), \"diagnosticsNew\": \(c.new)}\n}\n"
    }

    /// One self-contained page (inline CSS, no scripts, nothing fetched) for a memo: the
    /// summary, then a table per file; weakenings marked in words and colour.
    static func html(_ diffs: [FileDiff], _ language: Language) -> String {
        let ja = language == .ja
        // The report's escaper: it also keeps control characters from a plan out of the markup.
        func e(_ s: String) -> String { HTMLReporter.escape(s) }
        let title = ja ? "planlint diff：計画の変更" : "planlint diff: what the revision changed"
        var out = "<!DOCTYPE html>\n<html lang=\"\(ja ? "ja" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(title))</title>\n"
            + "<style>body{font-family:sans-serif;margin:2em;line-height:1.5}table{border-collapse:collapse;margin:1em 0}"
            + "th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}"
            + ".weakens{color:#a00;font-weight:bold}.fixed{color:#060}</style>\n</head>\n<body>\n"
            + "<h1>\(e(title))</h1>\n<p>\(e(summary(diffs, language)))</p>\n"
        for d in diffs where !d.changes.isEmpty {
            out += "<table>\n<caption>\(e(d.path))</caption>\n<thead><tr><th scope=\"col\">\(ja ? "行" : "Line")</th>"
                + "<th scope=\"col\">\(ja ? "種類" : "Kind")</th><th scope=\"col\">\(ja ? "変更" : "Change")</th></tr></thead>\n<tbody>\n"
            for c in d.changes {
                let cls = c.weakening ? " class=\"weakens\"" : c.kind == .diagnosticFixed ? " class=\"fixed\"" : ""
                out += "<tr><td>\(c.line.map(String.init) ?? "")</td><td\(cls)>\(e(marker(c, language)))</td>"
                    + "<td>\(e(c.sentence(language)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
