import PlanRules

/// The JSON report of cli.md: tool, files, diagnostics and summary. Keys may be added,
/// never removed. Written by hand so that key order is stable and the output diffable.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = "{\n"
        out += "  \"tool\": {\"name\": \"planlint\", \"version\": \(JSON.string(report.toolVersion))},\n"
        let files = report.files.map { f in
            "    {\"path\": \(JSON.string(f.path)), \"prefecture\": \(f.prefecture.map(String.init) ?? "null")}"
        }
        out += "  \"files\": [\n" + files.joined(separator: ",\n") + (files.isEmpty ? "" : "\n") + "  ],\n"
        let diagnostics = report.diagnostics.map { d in
            var fields = [
                "\"file\": \(JSON.string(d.file))", "\"line\": \(d.line)", "\"column\": \(d.column)",
                "\"endLine\": \(d.endLine)", "\"endColumn\": \(d.endColumn)", "\"rule\": \(JSON.string(d.rule))",
                "\"category\": \(JSON.string(d.category))", "\"severity\": \(JSON.string(d.severity.rawValue))",
                "\"message\": \(JSON.string(d.message))", "\"pointer\": \(JSON.string(d.pointer))",
                "\"waived\": \(d.waived)",
            ]
            if let reason = d.waiverReason { fields.append("\"waiverReason\": \(JSON.string(reason))") }
            if d.baselined { fields.append("\"baselined\": true") }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        out += "  \"diagnostics\": [\n" + diagnostics.joined(separator: ",\n") + (diagnostics.isEmpty ? "" : "\n") + "  ],\n"
        let s = report.summary
        out += "  \"summary\": {\"files\": \(s.files), \"error\": \(s.error), \"warning\": \(s.warning), \"info\": \(s.info), "
        out += "\"waived\": \(s.waived), \"baselined\": \(s.baselined), \"passed\": \(report.passed)}\n"
        out += "}\n"
        return out
    }
}
