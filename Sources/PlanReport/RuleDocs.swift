import PlanRules

/// `planlint rules` and `planlint explain`: the catalogue, rendered for people and tools.
public enum RuleDocs {
    /// One line per rule: id, category, default severity, title (the category and severity
    /// in the chosen language, padded by display width so the columns line up in a terminal).
    public static func list(_ rules: [RuleSpec], language: Language) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let categoryWidth = rules.map { displayWidth($0.category.shortName(language)) }.max() ?? 0
        let severityWidth = Severity.allCases.map { displayWidth($0.label(language)) }.max() ?? 0
        return rules.map { r in
            r.id.padding(idWidth) + "  " + padded(r.category.shortName(language), categoryWidth) + "  "
                + padded(r.severity.label(language), severityWidth) + "  " + r.title[language]
        }.joined(separator: "\n") + "\n"
    }

    /// Terminal columns of `text`: two for a wide (full-width) character.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (TextReporter.isWide($1) ? 2 : 1) }
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }

    /// `{"rules": [{"id", "category", "severity", "title"}, …]}`.
    public static func listJSON(_ rules: [RuleSpec], language: Language) -> String {
        let items = rules.map { r in
            "    {\"id\": \(JSON.string(r.id)), \"category\": \(JSON.string(r.category.rawValue)), "
                + "\"severity\": \(JSON.string(r.severity.rawValue)), \"title\": \(JSON.string(r.title[language]))}"
        }
        return "{\n  \"rules\": [\n" + items.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// A rule's explanation: what, why, how to fix, parameters with defaults, and examples.
    /// `reported` gives, for each failing example (in order), the diagnostics it produces,
    /// so the reader sees the message exactly as planlint prints it.
    public static func explain(_ r: RuleSpec, language: Language, reported: [[Diagnostic]] = []) -> String {
        let ja = language == .ja
        var out = "\(r.id) — \(r.title[language])\n"
        out += (ja ? "分類: " : "Category: ") + r.category.title(language) + "    " + (ja ? "既定の重大度: " : "Default severity: ")
            + r.severity.label(language) + "\n\n"
        out += section(ja ? "何を確かめるか" : "What it checks", r.what[language])
        out += section(ja ? "なぜ問題か" : "Why a reviewer cares", r.why[language])
        out += section(ja ? "直し方" : "How to fix it", r.fix[language])
        if !r.params.isEmpty {
            out += (ja ? "## パラメータ（planlint.yaml の rules." : "## Parameters (planlint.yaml rules.") + r.id + ".params)\n"
            for p in r.params.values.sorted(by: { $0.name < $1.name }) {
                out += "- \(p.name) (\(ja ? "既定" : "default"): \(show(p.defaultValue))): \(p.description[language])\n"
            }
            out += "\n"
        }
        let sections: [(String, [RuleExample], [[Diagnostic]])] = [
            (ja ? "違反しない例" : "Passing examples", r.passExamples, []),
            (ja ? "違反する例" : "Failing examples", r.failExamples, reported),
        ]
        for (title, examples, diagnostics) in sections where !examples.isEmpty {
            out += "## \(title)\n"
            for (index, e) in examples.enumerated() {
                out += "\n### \(e.title[language])" + (e.line.map { ja ? "（\($0)行目）" : " (line \($0))" } ?? "") + "\n"
                if let config = e.config { out += "planlint.yaml:\n" + indent(config) }
                if let source = e.source { out += (ja ? "原文（planlint verify --source）:\n" : "source (planlint verify --source):\n") + indent(source) + (ja ? "計画:\n" : "plan:\n") }
                if let encoding = e.encoding { out += (ja ? "文字コード: " : "encoding: ") + encoding + "\n" }
                out += indent(e.plan)
                if index < diagnostics.count {
                    for d in diagnostics[index] {
                        out += "  → \(d.line):\(d.column): \(d.severity.label(language)): \(d.message)\n"
                    }
                }
            }
            out += "\n"
        }
        return out
    }

    private static func section(_ title: String, _ body: String) -> String {
        "## \(title)\n\(body)\n\n"
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + (text.hasSuffix("\n") ? "" : "\n")
    }

    private static func show(_ node: PlanYAMLNode) -> String {
        switch node.kind {
        case .scalar(let s): return s.value
        case .sequence(let items): return "[" + items.map(show).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "{" + pairs.map { show($0.key) + ": " + show($0.value) }.joined(separator: ", ") + "}"
        }
    }
}

import PlanYAML
typealias PlanYAMLNode = Node

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
