import PlanYAML

/// Reads the plan's elements: KPIs, targets, visions and goals.
enum KPIDecoder {
    static let kpiKeys = ["id", "text", "targets", "supports"]
    static let visionKeys = ["id", "title", "period", "goals"]
    static let goalKeys = ["id", "heading", "text", "targets"]

    static func decodeKPI(_ node: Node, _ pointer: String, _ c: DecodeContext) -> KPI? {
        guard let f = c.mapping(node, pointer, known: kpiKeys, required: ["id", "text", "targets", "supports"]),
              let id = f["id"].flatMap({ c.id($0, pointer + "/id") })
        else { return nil }
        var kpi = KPI(id: id, text: f["text"].flatMap { c.text($0, pointer + "/text") } ?? "", source: f.source)
        kpi.fields = f.sources
        if let n = f["targets"] { kpi.targets = TargetDecoder.decodeList(n, f.pointer(of: "targets"), c, owner: id) }
        if let n = f["supports"] { kpi.supports = references(n, f.pointer(of: "supports"), c) }
        return kpi
    }

    static func decodeVision(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Vision? {
        guard let f = c.mapping(node, pointer, known: visionKeys, required: ["id", "title", "goals"]),
              let id = f["id"].flatMap({ c.id($0, pointer + "/id") })
        else { return nil }
        var vision = Vision(id: id, title: f["title"].flatMap { c.text($0, pointer + "/title") } ?? "", source: f.source)
        vision.fields = f.sources
        if let n = f["period"] { vision.period = PeriodDecoder.decode(n, f.pointer(of: "period"), c, allowAsOf: false) }
        if let n = f["goals"], let items = c.list(n, f.pointer(of: "goals")) {
            vision.goals = items.compactMap { decodeGoal($0, $1, c) }
            DuplicateIDs.check(vision.goals.map { ($0.id, $0.fields.of("id", or: $0.source)) }, kind: .goal, c)
        }
        return vision
    }

    static func decodeGoal(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Goal? {
        guard let f = c.mapping(node, pointer, known: goalKeys, required: ["id", "text"]),
              let id = f["id"].flatMap({ c.id($0, pointer + "/id") })
        else { return nil }
        var goal = Goal(id: id, text: f["text"].flatMap { c.text($0, pointer + "/text") } ?? "", source: f.source)
        goal.fields = f.sources
        goal.heading = f["heading"].flatMap { c.text($0, pointer + "/heading") }
        if let n = f["targets"] { goal.targets = TargetDecoder.decodeList(n, f.pointer(of: "targets"), c, owner: id) }
        return goal
    }

    /// A list of `A/B` references (a single string is accepted as a list of one).
    static func references(_ node: Node, _ pointer: String, _ c: DecodeContext) -> [Reference] {
        if let s = node.scalar, !DecodeContext.isNull(s) {
            return [Reference(s.value, source: DecodeContext.source(node, pointer))]
        }
        guard let items = c.list(node, pointer) else { return [] }
        return items.compactMap { item, p in
            c.text(item, p).map { Reference($0, source: DecodeContext.source(item, p)) }
        }
    }
}

/// Reads targets (of KPIs and of goals), baselines, history and parts.
enum TargetDecoder {
    static let keys = ["id", "metric", "value", "unit", "basis", "comparator", "year", "over", "per_year", "per",
                       "baseline", "history", "parts", "within", "deliverable"]

    static func decodeList(_ node: Node, _ pointer: String, _ c: DecodeContext, owner: String) -> [Target] {
        guard let items = c.list(node, pointer) else { return [] }
        let targets = items.compactMap { decode($0, $1, c) }
        let ids = targets.compactMap { t in t.id.map { ($0, t.fields.of("id", or: t.source)) } }
        DuplicateIDs.check(ids, kind: .target, c)
        return targets
    }

    static func decode(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Target? {
        guard let f = c.mapping(node, pointer, known: keys) else { return nil }
        var t = Target(source: f.source)
        t.fields = f.sources
        t.id = f["id"].flatMap { c.id($0, pointer + "/id") }
        t.metric = f["metric"].flatMap { c.text($0, pointer + "/metric") }
        t.value = f["value"].flatMap { c.number($0, pointer + "/value") }
        t.unit = f["unit"].flatMap { c.text($0, pointer + "/unit") }
        t.basis = f["basis"].flatMap { c.choice($0, pointer + "/basis", as: Basis.self, synonyms: Basis.synonyms) }
        t.comparator = f["comparator"].flatMap { c.choice($0, pointer + "/comparator", as: Comparator.self, synonyms: Comparator.synonyms) } ?? .exactly
        t.year = f["year"].flatMap { c.year($0, pointer + "/year") }
        t.over = f["over"].flatMap { PeriodDecoder.decode($0, f.pointer(of: "over"), c, allowAsOf: false) }
        t.perYear = f["per_year"].flatMap { c.number($0, pointer + "/per_year") }
        if let n = f["per"] {
            if let s = n.scalar, s.hasValue("year") { t.per = "year" } else {
                c.reportNotAllowed(n, pointer + "/per", allowed: ["year"])
            }
        }
        t.baseline = f["baseline"].flatMap { decodeBaseline($0, f.pointer(of: "baseline"), c) }
        if let n = f["history"], let items = c.list(n, f.pointer(of: "history")) {
            t.history = items.compactMap { decodeObservation($0, $1, c) }
        }
        if let n = f["parts"] { t.parts = decodeParts(n, f.pointer(of: "parts"), c) }
        if let n = f["within"] { t.within = KPIDecoder.references(n, f.pointer(of: "within"), c) }
        t.deliverable = f["deliverable"].flatMap { c.text($0, pointer + "/deliverable") }
        return t
    }

    static func decodeBaseline(_ node: Node, _ pointer: String, _ c: DecodeContext) -> TargetBaseline? {
        guard let f = c.mapping(node, pointer, known: ["value", "year", "from", "to", "aggregate", "parts"]) else {
            return nil
        }
        var b = TargetBaseline(source: f.source)
        b.fields = f.sources
        b.value = f["value"].flatMap { c.number($0, pointer + "/value") }
        b.year = f["year"].flatMap { c.year($0, pointer + "/year") }
        b.from = f["from"].flatMap { c.year($0, pointer + "/from") }
        b.to = f["to"].flatMap { c.year($0, pointer + "/to") }
        if let n = f["aggregate"] {
            if n.scalar?.hasValue("mean") == true { b.aggregate = "mean" } else {
                c.reportNotAllowed(n, pointer + "/aggregate", allowed: ["mean"])
            }
        }
        if let n = f["parts"] { b.parts = decodeParts(n, f.pointer(of: "parts"), c) }
        return b
    }

    static func decodeObservation(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Observation? {
        guard let f = c.mapping(node, pointer, known: ["year", "value"], required: ["year", "value"]),
              let year = f["year"].flatMap({ c.year($0, pointer + "/year") }),
              let value = f["value"].flatMap({ c.number($0, pointer + "/value") })
        else { return nil }
        return Observation(year: year, value: value, source: f.source)
    }

    static func decodeParts(_ node: Node, _ pointer: String, _ c: DecodeContext) -> [Part] {
        guard let items = c.list(node, pointer) else { return [] }
        return items.compactMap { item, p in
            guard let f = c.mapping(item, p, known: ["metric", "value"], required: ["value"]) else { return nil }
            return Part(metric: f["metric"].flatMap { c.text($0, p + "/metric") },
                        value: f["value"].flatMap { c.number($0, p + "/value") }, source: f.source)
        }
    }
}
