import PlanRules

/// One row per diagnostic for a spreadsheet: UTF-8 with a byte order mark and CRLF row
/// ends, so that Excel opens Japanese text correctly on a double-click; RFC 4180 quoting;
/// a header row; the columns of the JSON report's diagnostics (docs/ci.md), plus the
/// file's prefecture. No summary row: every row is a diagnostic, so a sheet can sort and
/// filter them. Streams: each file's rows as the file comes.
public struct CSVReporter: Reporter {
    public init() {}

    /// The header row, in column order (documented in docs/ci.md).
    public static let columns = [
        "file", "prefecture", "line", "column", "endLine", "endColumn", "severity", "rule",
        "category", "message", "pointer", "waived", "waiverReason", "baselined",
    ]

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(header: header)
    }

    struct Stream: ReportStream {
        let header: ReportHeader
        var heldSections: Int { 0 }

        func begin() -> ReportText {
            var text = ReportText()
            text.append("\u{FEFF}" + CSVReporter.row(CSVReporter.columns))
            return text
        }

        func file(_ file: FileResult) -> ReportText {
            var text = ReportText()
            let prefecture = file.prefecture.map(String.init) ?? ""
            for d in header.shown(file) {
                text.append(CSVReporter.row([
                    d.file, prefecture, String(d.line), String(d.column), String(d.endLine), String(d.endColumn),
                    d.severity.rawValue, d.rule, d.category.rawValue, d.message, d.pointer,
                    String(d.waived), d.waiverReason ?? "", String(d.baselined),
                ]))
            }
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] { [] }
    }

    /// A text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
    /// number, with an apostrophe in front: Excel, LibreOffice and Google Sheets would run
    /// it as a formula (`=HYPERLINK(…)` in a plan's text or waiver reason) when a reviewer
    /// opens the file, quoted or not. The apostrophe is what these programs themselves use
    /// to mark a cell as text; numbers such as `-5` are left as they are.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
              Double(text) == nil else { return text }
        return "'" + text
    }

    /// One record ending in CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted (and its quotes doubled) when it holds a quote, a comma or a line
    /// break, as RFC 4180 requires; line breaks inside a quoted field are kept as written.
    /// A text a spreadsheet would take for a formula is neutralised first.
    static func field(_ raw: String) -> String {
        let value = neutralised(raw)
        let needsQuotes = value.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var out = "\""
        for u in value.unicodeScalars {
            if u == "\"" { out += "\"" }
            out.unicodeScalars.append(u)
        }
        return out + "\""
    }
}
