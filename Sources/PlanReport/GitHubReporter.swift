import PlanRules

/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per
/// diagnostic that counts (waived and baselined ones make no annotation), escaped as the
/// runner requires, then the summary line as plain log text.
public struct GitHubReporter: Reporter {
    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(header: header)
    }

    /// Commands as each file comes; the summary line at the end.
    struct Stream: ReportStream {
        let header: ReportHeader
        var heldSections: Int { 0 }

        func begin() -> ReportText { ReportText() }

        func file(_ file: FileResult) -> ReportText {
            var text = ReportText()
            for d in header.shown(file) where d.isActive {
                text.append(GitHubReporter.command(d) + "\n")
            }
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] {
            [.text(TextReporter().summaryLine(footer, ja: header.language == .ja, maxWarnings: header.maxWarnings) + "\n")]
        }
    }

    /// `::error file=F,line=L,col=C,endColumn=E,title=RULE::message`. The columns are given
    /// only for a one-line range (the runner ignores them otherwise); a range that ends at
    /// the start of a line ends on the line before.
    static func command(_ d: Diagnostic) -> String {
        let name: String
        switch d.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        let line = max(1, d.line)
        var endLine = max(line, d.endLine)
        var endColumn: Int? = d.endColumn
        if endLine > line && d.endColumn <= 1 {
            endLine -= 1
            endColumn = nil
        }
        var params = [("file", d.file.withoutDotSlash), ("line", String(line))]
        if endLine == line {
            params.append(("col", String(max(1, d.column))))
            if let endColumn, endColumn > d.column { params.append(("endColumn", String(endColumn))) }
        } else {
            params.append(("endLine", String(endLine)))
        }
        params.append(("title", d.rule))
        let rendered = params.map { $0.0 + "=" + escapeProperty($0.1) }.joined(separator: ",")
        return "::\(name) \(rendered)::\(escapeData(d.message))"
    }

    /// The message after `::`: `%`, CR and LF (percent first).
    static func escapeData(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A property value: as the message, and also `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for u in escapeData(s).unicodeScalars {
            switch u {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

extension String {
    /// The path without leading `./` (as given on the command line), so that services
    /// match it against repository paths.
    var withoutDotSlash: String {
        var p = Substring(self)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }
}
