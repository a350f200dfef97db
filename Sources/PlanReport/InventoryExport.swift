import PlanModel
import PlanRules

/// `planlint inventory`: every KPI target of the linted plans as one row, for a reviewer's
/// spreadsheet. The same columns in CSV and JSON (`columns`). CSV is UTF-8 with a byte
/// order mark and CRLF line ends (so that Excel opens Japanese by double-click), quoted as
/// RFC 4180 says; JSON is an array of objects, a missing value `null`. A KPI without
/// targets is one row with the target columns empty. Pure: it returns text for the
/// beginning, each file and the end, and the caller writes it.
public struct InventoryExport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    public let format: Format
    private var rows = 0

    public init(format: Format) {
        self.format = format
    }

    public static let columns = [
        "file", "prefecture_code", "prefecture_name", "kpi_id", "kpi_text", "target_id", "metric", "value", "unit",
        "basis", "comparator", "year", "baseline_year", "baseline_value", "supports",
    ]

    /// One cell: text, a number, or nothing.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case none
    }

    /// The rows of one file, in the order of `columns` (none when the plan did not decode).
    public static func rows(_ file: FileResult) -> [[Cell]] {
        guard let c = file.content else { return [] }
        func text(_ s: String?) -> Cell { s.map(Cell.text) ?? .none }
        func number(_ v: Double?) -> Cell { v.map(Cell.number) ?? .none }
        func year(_ y: Int?) -> Cell { y.map { .number(Double($0)) } ?? .none }
        let name = c.prefectureCode.flatMap { Prefectures.fullName(of: $0) } ?? c.prefectureName
        var out: [[Cell]] = []
        for k in c.kpis {
            let head: [Cell] = [.text(file.path), year(c.prefectureCode), text(name), .text(k.id), .text(k.text)]
            let supports = Cell.text(k.supports.joined(separator: " "))
            if k.targets.isEmpty {
                out.append(head + Array(repeating: .none, count: 9) + [supports])
            }
            for t in k.targets {
                out.append(head + [text(t.id), text(t.metric), number(t.value), text(t.unit), text(t.basis), .text(t.comparator),
                                   year(t.year), year(t.baselineYear), number(t.baselineValue), supports])
            }
        }
        return out
    }

    public func begin() -> String {
        switch format {
        case .csv: return "\u{FEFF}" + Self.columns.joined(separator: ",") + "\r\n"
        case .json: return "["
        }
    }

    public mutating func file(_ file: FileResult) -> String {
        var out = ""
        for row in Self.rows(file) {
            switch format {
            case .csv:
                out += row.map(Self.csvField).joined(separator: ",") + "\r\n"
            case .json:
                out += (rows == 0 ? "\n  {" : ",\n  {") + zip(Self.columns, row).map { name, cell in
                    "\(JSON.string(name)): " + Self.jsonValue(cell)
                }.joined(separator: ", ") + "}"
            }
            rows += 1
        }
        return out
    }

    public func end() -> String {
        switch format {
        case .csv: return ""
        case .json: return rows == 0 ? "]\n" : "\n]\n"
        }
    }

    /// RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
    /// A text a spreadsheet would run as a formula gets an apostrophe in front
    /// (`CSVReporter.neutralised`); the JSON keeps the text as written.
    public static func csvField(_ cell: Cell) -> String {
        switch cell {
        case .none: return ""
        case .number(let v): return HTMLReporter.number(v)
        case .text(let raw):
            let s = CSVReporter.neutralised(raw)
            let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            return needsQuotes ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
    }

    public static func jsonValue(_ cell: Cell) -> String {
        switch cell {
        case .none: return "null"
        case .number(let v): return v.isFinite ? HTMLReporter.number(v) : "null"
        case .text(let s): return JSON.string(s)
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
