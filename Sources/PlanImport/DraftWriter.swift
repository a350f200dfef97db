/// Writes a draft as a plan file in the format of Plans/ (docs/plan-format.md): deterministic
/// (the same draft gives the same bytes), texts verbatim in block scalars, and every value
/// that was inferred rather than read marked by a comment in the user's language.
public enum DraftWriter {
    public static func yaml(_ plan: DraftPlan, source: String, japanese: Bool) -> String {
        var w = Writer(japanese: japanese)
        w.line(japanese ? "# \(plan.name): 「\(source)」から planlint import で取り込んだ下書きです。# の付いた値は推定または提案です。確認してください。"
                        : "# \(plan.name): a draft imported by planlint import from \(source). Values marked with # are inferred or proposed: review them.")
        w.line("planlint: 1")
        w.line("prefecture:")
        w.line("  code: \(plan.code)")
        w.line("  name: \(scalar(plan.name))")
        if let p = plan.period {
            w.line("period:" + comment(plan.periodText ?? ""))
            if let a = p.asOf { w.line("  as_of: \(a)") }
            if let f = p.fromDate { w.line("  from: \"\(f)\"") } else if let f = p.from { w.line("  from: \(f)") }
            if p.open { w.line("  to: open") } else if let t = p.to { w.line("  to: \(t)") }
        } else {
            w.line(japanese ? "# period: (1) の見出しに【期間】がないため省略（period-missing が報告します）"
                            : "# period: left out, the (1) heading gives no 【period】 (period-missing reports it)")
        }
        if let r = plan.revision {
            w.line("revision:")
            w.line("  from: \(r.from)" + w.inferred(r.note))
            w.line("  note: \(scalar(r.note))")
        }
        if let notes = plan.notes { w.text("notes", notes, indent: 0) }
        if plan.kpis.isEmpty { w.line("kpis: []") } else {
            w.line("kpis:")
            for k in plan.kpis {
                w.line("  - id: \(k.id)")
                w.text("text", k.text, indent: 4)
                if !k.note.isEmpty {
                    w.line(japanese ? "    # 原文ではこの項目の後に注記があります（KPIの本文ではありません）:"
                                    : "    # The source follows this bullet with a note (not part of the KPI's words):")
                    for n in k.note { w.line("    #   " + n) }
                }
                w.targets(k.targets, indent: 4)
                w.supports(k.supports, indent: 4)
            }
        }
        if plan.visions.isEmpty { w.line("visions: []") } else {
            w.line("visions:")
            for v in plan.visions {
                w.line("  - id: \(v.id)")
                w.line("    title: \(scalar(v.title))")
                if let p = v.period {
                    var parts: [String] = []
                    if let f = p.fromDate { parts.append("from: \"\(f)\"") } else if let f = p.from { parts.append("from: \(f)") }
                    if p.open { parts.append("to: open") } else if let t = p.to { parts.append("to: \(t)") }
                    w.line("    period: {\(parts.joined(separator: ", "))}" + comment(v.periodText ?? ""))
                }
                if v.goals.isEmpty { w.line("    goals: []"); continue }
                w.line("    goals:")
                for g in v.goals {
                    w.line("      - id: \(g.id)")
                    if let h = g.heading { w.line("        heading: \(scalar(h))") }
                    w.text("text", g.text, indent: 8)
                    if !g.targets.isEmpty { w.targets(g.targets, indent: 8) }
                }
            }
        }
        return w.out
    }

    struct Writer {
        let japanese: Bool
        var out = ""

        mutating func line(_ s: String) { out += s + "\n" }

        func inferred(_ words: String) -> String {
            let w = oneLine(words)
            return japanese ? "  # 本文「\(w)」から推定" : "  # inferred from 「\(w)」"
        }

        mutating func text(_ key: String, _ value: String, indent: Int) {
            let pad = String(repeating: " ", count: indent)
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
            line(pad + key + ": " + (lines.count > 1 ? "|-" : ">-"))
            for l in lines { line(pad + "  " + l) }
        }

        mutating func targets(_ targets: [DraftTarget], indent: Int) {
            let pad = String(repeating: " ", count: indent)
            if targets.isEmpty { line(pad + "targets: []"); return }
            line(pad + "targets:")
            for t in targets {
                let metricNote = japanese ? "  # 指標名は「\(oneLine(t.words))」の前の語句から推定"
                                          : "  # metric: the words before 「\(oneLine(t.words))」"
                if t.metric.isEmpty {
                    line(pad + "  - value: \(number(t.value))")
                } else {
                    line(pad + "  - metric: \(scalar(t.metric))" + metricNote)
                    line(pad + "    value: \(number(t.value))")
                }
                line(pad + "    unit: \(scalar(t.unit))")
                if let b = t.basis { line(pad + "    basis: \(b)" + inferred(t.words)) }
                if let c = t.comparator { line(pad + "    comparator: \(c)" + inferred(t.words)) }
                if let y = t.year { line(pad + "    year: \(y)" + inferred(t.words)) }
                if let p = t.per { line(pad + "    per: \(p)" + inferred(t.words)) }
                if let p = t.perYear { line(pad + "    per_year: \(number(p))" + inferred(t.words)) }
                if let b = t.baseline {
                    var parts: [String] = []
                    if let v = b.value { parts.append("value: \(number(v))") }
                    if let y = b.year { parts.append("year: \(y)") }
                    if let f = b.from, let t = b.to { parts += ["from: \(f)", "to: \(t)"] }
                    if b.mean { parts.append("aggregate: mean") }
                    line(pad + "    baseline: {\(parts.joined(separator: ", "))}" + inferred(t.words))
                }
                if !t.history.isEmpty {
                    line(pad + "    history:" + (japanese ? "  # 注記の年と数値から" : "  # from the note's years and values"))
                    for h in t.history { line(pad + "      - {year: \(h.year), value: \(number(h.value))}") }
                }
            }
        }

        mutating func supports(_ links: [DraftLink], indent: Int) {
            let pad = String(repeating: " ", count: indent)
            let refs = links.map(\.reference).joined(separator: ", ")
            guard !links.isEmpty else { line(pad + "supports: []"); return }
            let why: String
            if let c = links.first?.citation {
                why = japanese ? "  # 提案: 本文の引用「\(oneLine(c))」から" : "  # proposed: the text quotes 「\(oneLine(c))」"
            } else if let d = links.first?.document {
                why = japanese ? "  # 提案: 本文が挙げる「\(oneLine(d))」の目標のうち内容の重なりから（確認してください）"
                               : "  # proposed: the text names 「\(oneLine(d))」; its goal with the most overlapping content (review)"
            } else {
                why = japanese ? "  # 提案: 内容の重なりから（確認してください）" : "  # proposed: from overlapping content (review)"
            }
            line(pad + "supports: [\(refs)]" + why)
        }
    }

    static func comment(_ s: String) -> String { s.isEmpty ? "" : "  # " + oneLine(s) }

    static func oneLine(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(60)) + "…" : flat
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    /// A plain scalar when YAML reads it back as the same text, a double-quoted one otherwise.
    static func scalar(_ s: String) -> String {
        let special: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let lower = s.lowercased()
        let plain = !s.isEmpty && !special.contains(s.first!) && s.first != " " && s.last != " "
            && !s.contains(": ") && !s.contains(" #") && !s.hasSuffix(":")
            && !s.contains(where: { $0.isNewline || $0 == "\t" || ($0.unicodeScalars.first!.value < 0x20) })
            && !["~", "null", "true", "false", "yes", "no", "on", "off"].contains(lower)
            && !(s.first!.isNumber && s.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }))
        if plain { return s }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
