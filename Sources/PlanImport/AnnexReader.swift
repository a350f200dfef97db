import PlanModel
import PlanText

/// Reads the annex text (別添2, the national template as text) into one draft per
/// prefecture: the section splitter and the reading of parts (1) and (2).
///
/// The template: a line with the prefecture's name; "(1) …活動指標（KPI）【period】" and its
/// bullets (one KPI each; lines without a bullet mark continue it, ※ lines after it are its
/// note); "(2) …目標" and its ○ documents with 【periods】, each with <headings> and bullets
/// (the goals). Whatever the words do not say is left out.
public enum AnnexReader {
    /// One section of the source: a prefecture's heading and the lines up to the next one.
    public struct Section: Sendable {
        public var code: Int
        public var name: String
        /// 1-based line number of the heading.
        public var line: Int
        public var lines: [String]
    }

    /// The source's sections, in source order.
    public static func sections(_ text: String) -> [Section] {
        let lines = splitLines(text)
        var starts: [(index: Int, code: Int, name: String)] = []
        for (i, line) in lines.enumerated() {
            let t = trim(line)
            if let code = prefectureCode(heading: t) { starts.append((i, code, t)) }
        }
        return starts.enumerated().map { k, start in
            let end = k + 1 < starts.count ? starts[k + 1].index : lines.count
            return Section(code: start.code, name: start.name, line: start.index + 1,
                           lines: Array(lines[(start.index + 1)..<end]))
        }
    }

    /// The code of a line that is a prefecture heading (北海道, 茨城, 茨城県), or nil.
    static func prefectureCode(heading t: String) -> Int? {
        for (i, name) in Prefectures.names.enumerated() {
            if t == name || t == Prefectures.fullName(of: i + 1) { return i + 1 }
        }
        return nil
    }

    public static func splitLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The drafts of every section, in source order.
    public static func drafts(_ text: String) -> [DraftPlan] {
        sections(text).map(draft)
    }

    // MARK: - One section

    private enum Part { case before, kpis, goalsOnly, visions }

    public static func draft(_ section: Section) -> DraftPlan {
        var plan = DraftPlan(code: section.code, name: section.name, line: section.line)
        var part = Part.before
        var kpiLines: [[String]] = []
        var kpiNotes: [[String]] = []
        var kpiStarts: [Int] = []
        var inNote = false
        var inList = false
        var notes: [String] = []
        var visions: [(title: String, period: DraftPeriod?, periodText: String?, goals: [(heading: String?, lines: [String])])] = []
        var heading: String?
        var goalOpen = false

        let lines = section.lines.map(trim)
        var i = 0
        while i < lines.count {
            let t = lines[i]
            defer { i += 1 }
            if t.isEmpty { continue }
            if isPartHeading(t, 1) {
                if t.contains("活動指標") {
                    part = .kpis
                    if let (inner, p) = bracketPeriod(t) { plan.period = p; plan.periodText = "【\(inner)】" }
                } else {
                    part = .goalsOnly
                }
                continue
            }
            if isPartHeading(t, 2) { part = .visions; continue }
            switch part {
            case .before:
                notes.append(t)
            case .goalsOnly:
                if isHeadingLine(t) { continue }
                notes.append(bulletContent(t) ?? t)
            case .kpis:
                if t.hasPrefix("※") {
                    if kpiLines.isEmpty, t.contains("改定"), let year = firstYear(t) {
                        plan.revision = (year, t)
                    } else if let last = kpiLines.last, last.joined().contains("※") {
                        kpiLines[kpiLines.count - 1].append(t)
                    } else if !kpiLines.isEmpty {
                        kpiNotes[kpiNotes.count - 1].append(t)
                        inNote = true
                    } else {
                        notes.append(t)
                    }
                    continue
                }
                if let content = bulletContent(t) {
                    if let last = kpiLines.last?.last, !inNote, inList || introducesList(last), t.hasPrefix("- ") {
                        kpiLines[kpiLines.count - 1].append(t)
                        inList = true
                    } else {
                        kpiLines.append([content])
                        kpiNotes.append([])
                        kpiStarts.append(section.line + 1 + i)
                        inNote = false
                        inList = false
                    }
                } else if inNote {
                    kpiNotes[kpiNotes.count - 1].append(t)
                } else if kpiLines.isEmpty {
                    notes.append(t)
                } else {
                    kpiLines[kpiLines.count - 1].append(t)
                }
            case .visions:
                if let v = visionStart(lines, at: i, haveVision: !visions.isEmpty) {
                    visions.append((v.title, v.period, v.periodText, []))
                    heading = nil
                    goalOpen = false
                    i += v.consumed - 1
                    continue
                }
                if visions.isEmpty {
                    notes.append(t)
                    continue
                }
                if isHeadingLine(t) {
                    heading = headingText(t)
                    goalOpen = false
                    continue
                }
                let v = visions.count - 1
                if let content = bulletContent(t) {
                    visions[v].goals.append((heading, [content]))
                    goalOpen = true
                } else if goalOpen, !visions[v].goals.isEmpty {
                    visions[v].goals[visions[v].goals.count - 1].lines.append(t)
                } else {
                    visions[v].goals.append((heading, [t]))
                    goalOpen = true
                }
            }
        }

        if !notes.isEmpty { plan.notes = joinLines(notes) }
        var kpiIds = IdMaker()
        for (k, lines) in kpiLines.enumerated() {
            let text = joinLines(lines)
            var targets = TargetReader.targets(in: text)
            let history = TargetReader.history(in: kpiNotes[k])
            if !history.isEmpty, targets.count == 1 { targets[0].history = history }
            let fromMetric = Glossary.id(for: targets.first?.metric ?? "", fallback: "")
            let id = kpiIds.make(fromMetric.isEmpty ? Glossary.id(for: text, fallback: "kpi-\(k + 1)") : fromMetric)
            plan.kpis.append(DraftKPI(id: id, text: text, targets: targets, note: kpiNotes[k], line: kpiStarts[k]))
        }
        var visionIds = IdMaker()
        let romaji = Prefectures.romaji[plan.code - 1]
        for (n, v) in visions.enumerated() {
            let id = visionIds.make(Glossary.visionId(title: v.title, prefecture: romaji, index: n + 1))
            var goalIds = IdMaker()
            let goals = v.goals.enumerated().map { g, goal in
                let text = joinLines(goal.lines)
                let gid = goalIds.make(Glossary.id(for: (goal.heading ?? "") + text, fallback: "g\(g + 1)", words: 2))
                return DraftGoal(id: gid, heading: goal.heading, text: text, targets: TargetReader.targets(in: text))
            }
            plan.visions.append(DraftVision(id: id, title: v.title, period: v.period, periodText: v.periodText, goals: goals))
        }
        Links.propose(&plan)
        return plan
    }

    // MARK: - Line kinds

    /// "(1) 都道府県の…" or "（2）都道府県の…": not a numbered item inside part (2).
    static func isPartHeading(_ t: String, _ n: Int) -> Bool {
        (t.hasPrefix("(\(n))") || t.hasPrefix("（\(n)）")) && t.contains("都道府県")
    }

    /// A whole line in angle brackets: <見出し>, ＜見出し＞, - < 概要 >.
    static func isHeadingLine(_ t: String) -> Bool {
        let s = t.hasPrefix("- ") ? trim(String(t.dropFirst(2))) : t
        return (s.hasPrefix("<") && s.hasSuffix(">")) || (s.hasPrefix("＜") && s.hasSuffix("＞"))
    }

    static func headingText(_ t: String) -> String {
        let s = t.hasPrefix("- ") ? trim(String(t.dropFirst(2))) : t
        return trim(String(s.dropFirst().dropLast()))
    }

    /// The words of a bullet line without its mark ("- ・", "・", "- "), or nil for a line
    /// that is not a bullet.
    static func bulletContent(_ t: String) -> String? {
        var s = Substring(t)
        var marked = false
        if s.hasPrefix("- ") { s = s.dropFirst(2); marked = true }
        s = s.drop { $0 == " " || $0 == "\u{3000}" }
        if s.hasPrefix("・") { s = s.dropFirst(); marked = true }
        guard marked else { return nil }
        return trim(String(s))
    }

    /// A line that announces the list after it (セミナーのテーマは、たとえば以下のような内容とする。).
    static func introducesList(_ line: String) -> Bool {
        line.contains("以下") && (line.hasSuffix("。") || line.hasSuffix("：") || line.hasSuffix(":"))
    }

    /// A vision document at line `i`: "○title【period】", "○title" with "…【period】" on the
    /// next line, or (before any ○) "title【period】"; and how many lines it takes.
    static func visionStart(_ lines: [String], at i: Int, haveVision: Bool)
        -> (title: String, period: DraftPeriod?, periodText: String?, consumed: Int)? {
        let t = lines[i]
        let circled = t.hasPrefix("○")
        let body = circled ? String(t.dropFirst()) : t
        if let (inner, p) = bracketPeriod(body) {
            guard circled || (!haveVision && bulletContent(t) == nil) else { return nil }
            let title = trim(String(body[..<body.firstRange(of: "【\(inner)】")!.lowerBound]))
            return (title, p, "【\(inner)】", 1)
        }
        guard circled, !body.contains("【") else { return nil }
        var j = i + 1
        while j < lines.count, lines[j].isEmpty { j += 1 }
        if j < lines.count, !lines[j].hasPrefix("○"), let (inner, p) = bracketPeriod(lines[j]),
           lines[j].hasSuffix("】") {
            let rest = trim(String(lines[j][..<lines[j].firstRange(of: "【\(inner)】")!.lowerBound]))
            return (trim(body) + rest, p, "【\(inner)】", j - i + 1)
        }
        return haveVision ? nil : (trim(body), nil, nil, 1)
    }

    /// The first 【…】 of a line that reads as a period.
    static func bracketPeriod(_ t: String) -> (String, DraftPeriod)? {
        var rest = Substring(t)
        while let open = rest.firstIndex(of: "【"), let close = rest[open...].firstIndex(of: "】") {
            let inner = String(rest[rest.index(after: open)..<close])
            if let p = period(inner) { return (inner, p) }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// 2020～2022年度, 2020年度, 2022年度時点, 2018年度～, 期限なし, 2019年10月2日～2023年度.
    static func period(_ inner: String) -> DraftPeriod? {
        let s = foldDigits(inner).replacing(" ", with: "")
        if s == "期限なし" { return DraftPeriod(open: true) }
        let sides = s.split(separator: "～", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "~", maxSplits: 1, omittingEmptySubsequences: false) }
            .flatMap { $0.split(separator: "〜", maxSplits: 1, omittingEmptySubsequences: false) }
        func year(_ x: Substring) -> Int? {
            let digits = x.prefix { $0.isASCII && $0.isNumber }
            guard digits.count == 4, let y = Int(digits) else { return nil }
            let after = x.dropFirst(4)
            guard after.isEmpty || after.hasPrefix("年") else { return nil }
            return y
        }
        if sides.count == 1 {
            guard let y = year(sides[0]) else { return nil }
            if s.hasSuffix("時点") { return DraftPeriod(asOf: y) }
            guard s == "\(y)年度" || s == "\(y)年" || s == "\(y)" else { return nil }
            return DraftPeriod(from: y, to: y)
        }
        var p = DraftPeriod()
        if let date = date(sides[0]) { p.fromDate = date } else {
            guard let y = year(sides[0]) else { return nil }
            p.from = y
        }
        if sides[1].isEmpty { p.open = true } else {
            guard let y = year(sides[1]) else { return nil }
            p.to = y
        }
        return p
    }

    /// 2019年10月2日 → "2019-10-02".
    static func date(_ s: Substring) -> String? {
        let parts = s.split(whereSeparator: { "年月日".contains($0) })
        guard s.hasSuffix("日"), parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func firstYear(_ t: String) -> Int? {
        EraYear.years(in: t).first?.year
    }
}

/// Trims spaces (ASCII and ideographic) and tabs at both ends.
func trim(_ s: String) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" }
    guard let start = s.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = s.lastIndex(where: { !isSpace($0) })!
    return String(s[start...end])
}

func foldDigits(_ s: String) -> String {
    String(s.unicodeScalars.map { scalar -> Character in
        if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) }
        return Character(scalar)
    })
}

/// Joins the lines of one bullet. A line the source breaks in the middle of a sentence
/// (a page break: a long line not ending a sentence, followed by one that does not start a
/// new one) is joined with nothing; other line breaks are kept.
func joinLines(_ lines: [String]) -> String {
    var out = ""
    for (k, line) in lines.enumerated() {
        if k > 0 { out += isBrokenLine(lines[k - 1], next: line) ? "" : "\n" }
        out += line
    }
    return out
}

func isBrokenLine(_ line: String, next: String) -> Bool {
    guard line.count >= 30, let last = line.last, !"。」）)".contains(last) else { return false }
    guard let first = next.first else { return false }
    return !"・-※○<＜(（【★◆☞".contains(first)
}

/// Makes ids unique within one list: the second `seminars` is `seminars-2`.
struct IdMaker {
    private var used: Set<String> = []
    mutating func make(_ base: String) -> String {
        var id = base
        var n = 2
        while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
        used.insert(id)
        return id
    }
}
