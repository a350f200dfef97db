import PlanYAML

/// The outcome of reading one plan file: the plan (when the file held a mapping) and
/// every structural finding (yaml-*, schema-*, duplicate-id, prefecture-code, format-version).
public struct DecodedPlan: Sendable {
    public var plan: Plan?
    public var findings: [Finding]
    /// Findings past `max-diagnostics`, counted but not kept, and where the first was.
    public var suppressed = 0
    public var firstSuppressed: Source?

    public init(plan: Plan?, findings: [Finding]) {
        self.plan = plan
        self.findings = findings
    }
}

/// Turns a YAML node tree into a `Plan`, collecting every schema finding on the way.
public enum PlanDecoder {
    /// The format versions this build reads.
    public static let supportedVersions = [1]
    static let topKeys = ["planlint", "prefecture", "period", "revision", "notes", "kpis", "visions", "waivers"]

    /// Loads and decodes one file's bytes, converted to UTF-8 first when they are in another
    /// encoding (`PlanFileText`); bytes in no encoding, or in two, give that finding only.
    public static func decode(bytes: [UInt8], limits: LoadLimits = .default) -> DecodedPlan {
        let text = PlanFileText(bytes)
        if let stop = text.stop { return DecodedPlan(plan: nil, findings: [stop]) }
        return decode(YAMLLoader.load(text.utf8, limits: limits), maxFindings: limits.maxDiagnostics)
    }

    /// Decodes a loaded document; the loader's issues become findings first.
    /// `maxFindings` caps the findings kept (see `DecodedPlan.suppressed`).
    public static func decode(_ document: YAMLDocument, maxFindings: Int = .max) -> DecodedPlan {
        let context = DecodeContext(maxFindings: maxFindings)
        context.report(document.issues)
        if let range = document.firstSuppressedIssue {
            context.suppress(document.suppressedIssues, at: Source(pointer: "", range: range))
        }
        guard let root = document.root else {
            if document.issues.isEmpty {
                context.report(SchemaRequired.emptyDocument, at: Source(pointer: "", range: SourceRange(at: .start)))
            }
            return result(nil, context)
        }
        context.root = root
        var plan = decodePlan(root, context)
        plan?.lineBreaks = document.lineBreaks
        return result(plan, context)
    }

    private static func result(_ plan: Plan?, _ context: DecodeContext) -> DecodedPlan {
        var decoded = DecodedPlan(plan: plan, findings: context.findings)
        decoded.suppressed = context.suppressed
        decoded.firstSuppressed = context.firstSuppressed
        return decoded
    }

    static func decodePlan(_ root: Node, _ c: DecodeContext) -> Plan? {
        guard let f = c.mapping(root, "", known: topKeys, required: ["prefecture", "kpis", "visions"]) else {
            return nil
        }
        var plan = Plan(source: f.source)
        plan.fields = f.sources
        decodeVersion(f, into: &plan, c)
        if let node = f["prefecture"] { plan.prefecture = decodePrefecture(node, f.pointer(of: "prefecture"), c) }
        if let node = f["period"] { plan.period = PeriodDecoder.decode(node, f.pointer(of: "period"), c, allowAsOf: true) }
        if let node = f["revision"], let r = c.mapping(node, f.pointer(of: "revision"), known: ["from", "note"], required: ["from"]) {
            plan.revision = Revision(from: r["from"].flatMap { c.year($0, "/revision/from") },
                                     note: r["note"].flatMap { c.text($0, "/revision/note") }, source: r.source)
        }
        if let node = f["notes"] { plan.notes = c.text(node, "/notes") }
        if let node = f["kpis"], let items = c.list(node, f.pointer(of: "kpis")) {
            plan.kpis = items.compactMap { KPIDecoder.decodeKPI($0, $1, c) }
            DuplicateIDs.check(plan.kpis.map { ($0.id, $0.fields.of("id", or: $0.source)) }, kind: .kpi, c)
        }
        if let node = f["visions"], let items = c.list(node, f.pointer(of: "visions")) {
            plan.visions = items.compactMap { KPIDecoder.decodeVision($0, $1, c) }
            DuplicateIDs.check(plan.visions.map { ($0.id, $0.fields.of("id", or: $0.source)) }, kind: .vision, c)
        }
        if let node = f["waivers"], let items = c.list(node, f.pointer(of: "waivers")) {
            plan.waivers = items.compactMap { decodeWaiver($0, $1, c) }
        }
        return plan
    }

    static func decodeVersion(_ f: Fields, into plan: inout Plan, _ c: DecodeContext) {
        let supported = supportedVersions.map(String.init).joined(separator: ", ")
        guard let node = f["planlint"] else {
            c.report(FormatVersion.missing(supported: supported), at: f.source)
            return
        }
        let version = node.scalar.flatMap {
            $0.style == .plain && $0.withUTF8(DecodeContext.isWholeNumber) ? Int($0.value) : nil
        }
        plan.formatVersion = version
        if version == nil || !supportedVersions.contains(version ?? 0) {
            c.report(FormatVersion.unsupported(found: DecodeContext.shown(node), supported: supported),
                     at: DecodeContext.source(node, "/planlint"))
        }
    }

    static func decodePrefecture(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Prefecture? {
        guard let f = c.mapping(node, pointer, known: ["code", "name"], required: ["code", "name"]) else { return nil }
        let code = f["code"].flatMap { c.integer($0, pointer + "/code") }
        let name = f["name"].flatMap { c.text($0, pointer + "/name") }
        let prefecture = Prefecture(code: code, name: name, source: f.source)
        if let code {
            if let expected = Prefectures.fullName(of: code) {
                if let name, !Prefectures.matches(name, code: code) {
                    c.report(PrefectureCode.nameMismatch(code: code, name: name, expected: expected,
                                                         other: Prefectures.code(of: name)),
                             at: f.sources.of("name", or: f.source))
                }
            } else {
                c.report(PrefectureCode.outOfRange(code: code), at: f.sources.of("code", or: f.source))
            }
        }
        return prefecture
    }

    static func decodeWaiver(_ node: Node, _ pointer: String, _ c: DecodeContext) -> Waiver? {
        guard let f = c.mapping(node, pointer, known: ["rule", "at", "reason", "until"], required: ["rule", "reason"])
        else { return nil }
        guard let rule = f["rule"].flatMap({ c.text($0, pointer + "/rule") }),
              let reason = f["reason"].flatMap({ c.text($0, pointer + "/reason") }) else { return nil }
        if reason.trimmingWhitespace().isEmpty {
            c.report(SchemaRequired.emptyReason(field: "reason", in: c.place(pointer)), at: f.sources.of("reason", or: f.source))
            return nil
        }
        let at = f["at"].flatMap { c.text($0, pointer + "/at") }
        let until = f["until"].flatMap { c.date($0, pointer + "/until") }
        return Waiver(rule: rule, at: at, reason: reason, until: until, source: f.source)
    }
}

/// Reports repeated ids among siblings (`duplicate-id`), pointing at the later one.
enum DuplicateIDs {
    static func check(_ ids: [(String, Source)], kind: DuplicateID.Kind, _ c: DecodeContext) {
        var seen: [String: Source] = [:]
        for (id, source) in ids {
            if let first = seen[id] {
                c.report(DuplicateID(kind, id: id, line: first.range.start.line), at: source, subject: id)
            } else {
                seen[id] = source
            }
        }
    }
}

/// Turns loader issues into findings under the public yaml-* rule ids.
enum YAMLFindings {
    static func report(_ issue: YAMLIssue, in c: DecodeContext) {
        let at = Source(pointer: "", range: issue.range)
        switch issue.kind {
        case .syntax:
            if let mistake = issue.mistake {
                c.report(YAMLSyntax.mistake(mistake), at: at)
                break
            }
            var problem = issue.message
            if let context = issue.context { problem = context + ": " + problem }
            c.report(YAMLSyntax.problem(YAMLSyntax.Problem(libyaml: issue.message), problem), at: at)
        case .multipleDocuments:
            c.report(YAMLSyntax.multipleDocuments, at: at)
        case .duplicateKey:
            c.report(YAMLDuplicateKey(name: issue.subject ?? "", line: issue.related?.line ?? 0,
                                      column: issue.related?.column ?? 0), at: at)
        case .limit:
            c.report(YAMLLimit(issue.subject.flatMap(YAMLLimit.Limit.init(rawValue:)), detail: issue.message), at: at)
        }
    }
}
