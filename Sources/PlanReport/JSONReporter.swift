import PlanModel
import PlanRules

/// The JSON report of cli.md: tool, files, diagnostics and summary. Keys may be added,
/// never removed. Written by hand so that key order is stable and the output diffable.
public struct JSONReporter: Reporter {
    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(header: header)
    }

    /// The file list streams; the diagnostics, which the format lists after all files,
    /// are held in section 1 until the end.
    struct Stream: ReportStream {
        let header: ReportHeader
        var anyFile = false
        var anyDiagnostic = false
        var heldSections: Int { 1 }

        func begin() -> ReportText {
            var text = ReportText(sections: 1)
            text.append("{\n  \"tool\": {\"name\": \"planlint\", \"version\": \(JSON.string(header.toolVersion))},\n  \"files\": [\n")
            return text
        }

        mutating func file(_ file: FileResult) -> ReportText {
            var text = ReportText(sections: 1)
            text.append((anyFile ? ",\n" : "")
                + "    {\"path\": \(JSON.string(file.path)), \"prefecture\": \(file.prefecture.map(String.init) ?? "null")}")
            anyFile = true
            for d in header.shown(file) {
                text.append((anyDiagnostic ? ",\n" : "") + Self.diagnostic(d, positions: file.fixPositions), to: 1)
                anyDiagnostic = true
            }
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] {
            let s = footer.summary
            return [
                .text((anyFile ? "\n" : "") + "  ],\n  \"diagnostics\": [\n"),
                .section(1),
                .text((anyDiagnostic ? "\n" : "") + "  ],\n"
                    + "  \"summary\": {\"files\": \(s.files), \"error\": \(s.error), \"warning\": \(s.warning), \"info\": \(s.info), "
                    + "\"waived\": \(s.waived), \"baselined\": \(s.baselined), \"passed\": \(footer.passed)}\n}\n"),
            ]
        }

        static func diagnostic(_ d: Diagnostic, positions: [Int: FixPosition] = [:]) -> String {
            var fields = [
                "\"file\": \(JSON.string(d.file))", "\"line\": \(d.line)", "\"column\": \(d.column)",
                "\"endLine\": \(d.endLine)", "\"endColumn\": \(d.endColumn)", "\"rule\": \(JSON.string(d.rule))",
                "\"category\": \(JSON.string(d.category.rawValue))", "\"severity\": \(JSON.string(d.severity.rawValue))",
                "\"message\": \(JSON.string(d.message))", "\"pointer\": \(JSON.string(d.pointer))",
                "\"waived\": \(d.waived)",
            ]
            if let reason = d.waiverReason { fields.append("\"waiverReason\": \(JSON.string(reason))") }
            if let help = d.help { fields.append("\"help\": \(JSON.string(help))") }
            if d.baselined { fields.append("\"baselined\": true") }
            if let fix = d.fix { fields.append("\"fix\": " + Self.fix(fix, positions: positions)) }
            return "    {" + fields.joined(separator: ", ") + "}"
        }

        /// A fix: its safety and its edits, each by byte offset and length into the file
        /// and by line and column (1-based; columns in Unicode scalars, as diagnostics').
        static func fix(_ fix: Fix, positions: [Int: FixPosition]) -> String {
            let edits = fix.edits.map { e in
                var fields = ["\"byteOffset\": \(e.range.lowerBound)", "\"byteLength\": \(e.range.count)"]
                if let start = positions[e.range.lowerBound], let end = positions[e.range.upperBound] {
                    fields += ["\"line\": \(start.line)", "\"column\": \(start.column)",
                               "\"endLine\": \(end.line)", "\"endColumn\": \(end.column)"]
                }
                fields.append("\"replacement\": \(JSON.string(e.replacement))")
                return "{" + fields.joined(separator: ", ") + "}"
            }
            return "{\"safety\": \(JSON.string(fix.safety.rawValue)), \"edits\": [" + edits.joined(separator: ", ") + "]}"
        }
    }
}
