import PlanRules

/// Compiler-style text: `file:line:col: severity: message [rule]` (the severity in the report's
/// language: `エラー`/`警告`/`情報` under Japanese), optionally with the
/// source line and a caret under the column, and a summary line at the end.
public struct TextReporter: Reporter {
    /// Show the source line and a caret under each diagnostic (on a terminal).
    public var excerpts: Bool
    /// Use ANSI colours.
    public var color: Bool

    public init(excerpts: Bool = false, color: Bool = false) {
        self.excerpts = excerpts
        self.color = color
    }

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(reporter: self, header: header)
    }

    /// Lines as each file comes; the summary line at the end.
    struct Stream: ReportStream {
        let reporter: TextReporter
        let header: ReportHeader
        var heldSections: Int { 0 }

        func begin() -> ReportText { ReportText() }

        func file(_ file: FileResult) -> ReportText {
            var text = ReportText()
            text.append(reporter.lines(file, header))
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] {
            [.text(reporter.summaryLine(footer, ja: header.language == .ja, maxWarnings: header.maxWarnings) + "\n")]
        }
    }

    /// One line per shown diagnostic of a file, each with its excerpt when shown.
    /// The line is assembled as UTF-8 bytes and made a String once: interpolating and
    /// appending a dozen pieces per line was most of the report's cost.
    func lines(_ file: FileResult, _ header: ReportHeader) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(file.diagnostics.count * 200)
        let ja = header.language == .ja
        for d in file.diagnostics where !header.quiet || d.severity == .error {
            Self.appendOneLine(d.file, to: &out)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: String(d.line).utf8)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: String(d.column).utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: paint(label(d, ja: ja), d.severity).utf8)
            out.append(contentsOf: ": ".utf8)
            // Ruff's marker: `planlint lint --fix` fixes this one (unsafe fixes are counted in the summary).
            if d.fix?.safety == .safe && d.isActive { out.append(contentsOf: "[*] ".utf8) }
            Self.appendOneLine(d.message, to: &out)
            out.append(contentsOf: " [".utf8)
            out.append(contentsOf: d.rule.utf8)
            out.append(contentsOf: "]\n".utf8)
            if excerpts, let line = file.excerpts[d.line] {
                out.append(contentsOf: excerpt(line, d).utf8)
            }
            if let help = d.help {
                out.append(contentsOf: (ja ? "  = ヒント: " : "  = help: ").utf8)
                Self.appendOneLine(help, to: &out)
                out.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` with each line break in it (LF, CR, CRLF, NEL, LS, PS) written as
    /// `\n`, so that a message quoting a multi-line value (a `|-` metric) or an odd file
    /// name keeps one diagnostic to a line.
    static func appendOneLine(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Copies runs of bytes between line breaks; a break is 0x0A, 0x0D, C2 85 (NEL) or
            // E2 80 A8/A9 (LS, PS), and LF right after CR belongs to it (one `\n` for CRLF).
            // Bytes, not scalars: building a String for each scalar cost ~3% of a lint.
            var start = 0, i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let length: Int
                if b == 0x0A {
                    length = 1
                    if i > 0, bytes[i - 1] == 0x0D {  // already written with the CR (start == i)
                        i += 1
                        start = i
                        continue
                    }
                } else if b == 0x0D {
                    length = 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
                    length = 2
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    length = 3
                } else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(contentsOf: "\\n".utf8)
                i += length
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
        }
    }

    private func label(_ d: Diagnostic, ja: Bool) -> String {
        let base = d.severity.label(ja ? .ja : .en)
        if d.waived { return base + (ja ? "（免除）" : " (waived)") }
        if d.baselined { return base + (ja ? "（ベースライン）" : " (baselined)") }
        return base
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard color else { return text }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    /// `   5 | source line` and `     |   ^~~~` under it. The caret is placed by display
    /// width, so it lines up under Japanese (full-width) text in a terminal.
    private func excerpt(_ line: String, _ d: Diagnostic) -> String {
        let number = String(d.line)
        let gutter = String(repeating: " ", count: number.count)
        let scalars = Array(line.unicodeScalars)
        let before = scalars.prefix(max(0, d.column - 1))
        // Keep tabs as tabs and give wide characters two columns, so the caret lines up.
        var pad = before.map { $0 == "\t" ? "\t" : Self.isWide($0) ? "  " : " " }.joined()
        pad += String(repeating: " ", count: max(0, d.column - 1 - before.count))
        var marker = "^"
        if d.endLine == d.line, d.endColumn > d.column + 1 {
            let span = scalars.dropFirst(d.column - 1).prefix(d.endColumn - d.column)
            let width = span.reduce(0) { $0 + (Self.isWide($1) ? 2 : 1) }
            if width > 1 { marker += String(repeating: "~", count: width - 1) }
        }
        return " \(number) | \(line)\n \(gutter) | \(pad)\(paint(marker, d.severity))\n"
    }

    /// East Asian wide and full-width characters take two terminal columns.
    static func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The closing line: counts and the verdict.
    public func summaryLine(_ report: LintReport, ja: Bool) -> String {
        summaryLine(report.footer, ja: ja, maxWarnings: report.header.maxWarnings)
    }

    /// The closing line of a streamed report; when the warnings are more than
    /// `maxWarnings`, the verdict says that this is why (or one reason why) it failed.
    public func summaryLine(_ footer: ReportFooter, ja: Bool, maxWarnings: Int? = nil) -> String {
        let s = footer.summary
        var extra: [String] = []
        let over = maxWarnings.flatMap { s.warning > $0 ? $0 : nil }
        if ja {
            if s.waived > 0 { extra.append("免除\(s.waived)件") }
            if s.baselined > 0 { extra.append("ベースライン\(s.baselined)件") }
            let tail = extra.isEmpty ? "" : "（" + extra.joined(separator: "、") + "）"
            var verdict = footer.passed ? "合格" : "不合格"
            if let over { verdict += "（警告が --max-warnings の\(over)件を超えています）" }
            return "\(s.files)ファイル: エラー\(s.error)件、警告\(s.warning)件、情報\(s.info)件\(tail) — \(verdict)"
        }
        if s.waived > 0 { extra.append("\(s.waived) waived") }
        if s.baselined > 0 { extra.append("\(s.baselined) baselined") }
        let tail = extra.isEmpty ? "" : " (" + extra.joined(separator: ", ") + ")"
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var verdict = footer.passed ? "passed" : "failed"
        if let over { verdict += " (more warnings than --max-warnings \(over))" }
        return "\(n(s.files, "file")): \(n(s.error, "error")), \(n(s.warning, "warning")), \(s.info) info\(tail) — \(verdict)"
    }
}
