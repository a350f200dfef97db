import PlanRules

/// Writes the Markdown report file by file. Its top (the verdict, the counts and the table
/// of counts per prefecture, whose columns are the categories found anywhere in the run)
/// is known only at the end, and the accepted diagnostics are listed after every file's
/// section; so the stream holds three sections and places them at the end:
/// 1. one record per table row (one per file, never merged by prefecture): the
///    prefecture, the file, its verdict, its errors, warnings and info, and its counts by
///    category number;
/// 2. each file's section, as it will appear;
/// 3. the rows of the accepted diagnostics;
/// 4. the files without findings, one list item each, named.
/// What it keeps itself is bounded by the rules and categories, not by the files.
struct MarkdownStream: ReportStream {
    let header: ReportHeader
    let t: MarkdownLabels
    var files = 0
    var rows = 0
    /// Categories of counted diagnostics, numbered as first seen (the records use the numbers).
    var categoryNumber: [RuleCategory: Int] = [:]
    var categoryTotals: [Int] = []
    var rulesUsed = Set<String>()
    var anyAccepted = false
    /// Active errors, warnings and info shown in the table.
    var severityTotals = [0, 0, 0]

    var heldSections: Int { 4 }

    init(header: ReportHeader) {
        self.header = header
        t = MarkdownLabels(ja: header.language == .ja)
    }

    func begin() -> ReportText { ReportText(sections: 4) }

    mutating func file(_ file: FileResult) -> ReportText {
        var text = ReportText(sections: 4)
        files += 1
        let shown = header.shown(file)
        let active = shown.filter(\.isActive)
        if !active.isEmpty {
            rows += 1
            text.append(tableRecord(file, active), to: 1)
            var section = "\n### `\(MarkdownReporter.code(file.path))`\n\n"
            section += "| \(t.line) | \(t.severity) | \(t.rule) | \(t.message) |\n|---:|---|---|---|\n"
            for d in active {
                rulesUsed.insert(d.rule)
                section += "| \(d.line):\(d.column) | \(MarkdownReporter.icon(d.severity)) \(d.severity.label(header.language)) | "
                    + "[`\(d.rule)`](#\(d.rule)) | \(MarkdownReporter.cell(d.message)) |\n"
            }
            text.append(section, to: 2)
        } else {
            text.append("- `\(MarkdownReporter.code(file.path))`"
                + (file.prefecture == nil ? "" : " (\(MarkdownReporter.prefectureName(file)))") + "\n", to: 4)
        }
        for d in shown where !d.isActive {
            anyAccepted = true
            rulesUsed.insert(d.rule)
            let state = d.waived ? t.waived + (d.waiverReason.map { ": " + MarkdownReporter.cell($0) } ?? "") : t.baselined
            text.append("| `\(MarkdownReporter.code(d.file))` | \(d.line):\(d.column) | [`\(d.rule)`](#\(d.rule)) | \(state) | "
                + "\(MarkdownReporter.cell(d.message)) |\n", to: 3)
        }
        return text
    }

    func end(_ footer: ReportFooter) -> [ReportPiece] {
        let s = footer.summary
        var top = "## planlint: " + (footer.passed ? "✅ " + t.passed : "❌ " + t.failed) + "\n\n"
        top += t.counts(s, failOn: header.failOn, maxWarnings: header.maxWarnings) + "\n\n"
        var pieces: [ReportPiece]
        if rows == 0 {
            pieces = [.text(top + t.clean(files) + "\n")]
            if files > 0 { pieces += [.text("\n"), .section(4)] }
        } else {
            let categories = RuleCategory.allCases.filter { categoryNumber[$0] != nil }
            // Column c shows the category numbered columns[c] in the records.
            let columns = categories.compactMap { categoryNumber[$0] }
            top += "| \(t.prefecture) | \(t.file) | \(t.verdict) | \(t.errors) | \(t.warnings) | \(t.infos) | "
                + categories.map { $0.shortName(header.language) }.joined(separator: " | ") + " | \(t.total) |\n"
            top += "|---|---|---|---:|---:|---:|" + String(repeating: "---:|", count: categories.count + 1) + "\n"
            let totals = columns.map { categoryTotals[$0] }
            var bottom = "| **\(t.total)** | | | " + severityTotals.map { "**\($0)**" }.joined(separator: " | ") + " | "
                + totals.map { "**\($0)**" }.joined(separator: " | ") + " | **\(totals.reduce(0, +))** |\n"
            pieces = [.text(top), .records(1, { Self.tableRow($0, columns: columns) }), .text(bottom)]
        }
        if files > rows {
            pieces.append(.text("\n" + t.clean(files - rows) + "\n\n"))
            pieces.append(.section(4))
        }
        pieces.append(.section(2))
        if anyAccepted {
            pieces.append(.text("\n<details>\n<summary>\(t.accepted(s))</summary>\n\n"
                + "| \(t.file) | \(t.line) | \(t.rule) | \(t.state) | \(t.message) |\n|---|---:|---|---|---|\n"))
            pieces.append(.section(3))
            pieces.append(.text("\n</details>\n"))
        }
        var tail = ""
        if !footer.staleBaseline.isEmpty {
            tail += "\n> [!NOTE]\n> " + t.stale(footer.staleBaseline.reduce(0) { $0 + $1.count }) + "\n"
        }
        let rules = header.rules.filter { rulesUsed.contains($0.id) }
        if !rules.isEmpty {
            tail += "\n### \(t.rules)\n"
            for r in rules {
                tail += "\n#### \(r.id)\n\n**\(MarkdownReporter.cell(r.title[header.language]))** (\(r.category.shortName(header.language)), "
                    + "\(r.severity.label(header.language)))\n\n\(r.fix[header.language])\n\n`planlint explain \(r.id)`\n"
            }
        }
        pieces.append(.text(tail))
        return pieces
    }

    /// `name<TAB>n:count,n:count` and a line break: the file's row before the columns are
    /// known. The name comes first so that nothing it ends with can join the line break;
    /// its backslashes and line breaks are escaped.
    mutating func tableRecord(_ file: FileResult, _ active: [Diagnostic]) -> String {
        var counts: [Int: Int] = [:]
        for d in active {
            let n: Int
            if let known = categoryNumber[d.category] {
                n = known
            } else {
                n = categoryTotals.count
                categoryNumber[d.category] = n
                categoryTotals.append(0)
            }
            counts[n, default: 0] += 1
            categoryTotals[n] += 1
        }
        var record = ""
        let failing = active.contains { $0.severity >= header.failOn }
        let bySeverity = [Severity.error, .warning, .info].map { s in active.filter { $0.severity == s }.count }
        for i in 0..<3 { severityTotals[i] += bySeverity[i] }
        let cells = MarkdownReporter.prefectureName(file) + " | `\(MarkdownReporter.code(file.path))` | "
            + (failing ? "❌ " + t.failed : "✅ " + t.passed) + " | " + bySeverity.map(MarkdownReporter.count).joined(separator: " | ")
        for u in cells.unicodeScalars {
            switch u {
            case "\\": record += "\\\\"
            case "\n": record += "\\n"
            case "\t": record += "\\t"
            default: record.unicodeScalars.append(u)
            }
        }
        record += "\t" + counts.keys.sorted().map { "\($0):\(counts[$0] ?? 0)" }.joined(separator: ",") + "\n"
        return record
    }

    /// The table row of a record, with a cell for each column.
    static func tableRow(_ record: Substring, columns: [Int]) -> String {
        guard let tab = record.lastIndex(of: "\t") else { return "" }
        var name = ""
        var escaped = false
        for u in record[..<tab].unicodeScalars {
            if escaped {
                name.unicodeScalars.append(u == "n" ? "\n" : u == "t" ? "\t" : u)
                escaped = false
            } else if u == "\\" {
                escaped = true
            } else {
                name.unicodeScalars.append(u)
            }
        }
        var counts: [Int: Int] = [:]
        for pair in record[record.index(after: tab)...].split(separator: ",") {
            let parts = pair.split(separator: ":")
            if parts.count == 2, let n = Int(parts[0]), let count = Int(parts[1]) { counts[n] = count }
        }
        let cells = columns.map { counts[$0] ?? 0 }
        return "| \(name) | " + cells.map(MarkdownReporter.count).joined(separator: " | ")
            + " | **\(cells.reduce(0, +))** |\n"
    }
}
