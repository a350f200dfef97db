import PlanImport
import PlanModel
import PlanYAML

/// Lints one plan file at a time: decode, run every enabled check, apply waivers,
/// and word the findings as diagnostics. Pure and thread-safe: files may be linted in
/// parallel with one engine.
public struct Engine: Sendable {
    public let catalogue: Catalogue
    public let configuration: Configuration
    public let language: Language
    public let today: CalendarDate
    public let limits: LoadLimits
    /// The source document the plans are verified against (`planlint verify`); the
    /// `source` rules run only with one.
    public let source: SourceDocument?
    private let enabled: [Enabled]
    /// Per-run constants, worked out once rather than for every file.
    private let knownRules: Set<String>
    private let structureRulesRun: [String]
    private let allRulesRun: [String]
    /// Whether an enabled check reads KPI texts' quantities (then each text is scanned once).
    private let readsQuantities: Bool
    /// Whether an enabled check walks the plan's target lists (then they are built once).
    private let readsTargets: Bool
    /// Whether an enabled check reads the plan's text fields (then they are read once).
    private let readsProse: Bool
    /// Each rule's category, severities and templates in this run (see ``RuleWording``).
    private let wording: [String: RuleWording]

    /// A check with what it needs in this run.
    private struct Enabled: @unchecked Sendable {
        let check: any PlanCheck.Type
        let context: CheckContext
    }

    public init(catalogue: Catalogue, configuration: Configuration = Configuration(), language: Language = .en,
                today: CalendarDate, limits: LoadLimits = .default, source: SourceDocument? = nil,
                only: Set<String>? = nil) {
        self.catalogue = catalogue
        self.configuration = configuration
        self.language = language
        self.today = today
        self.limits = limits
        self.source = source
        enabled = Registry.checks.compactMap { check in
            guard let spec = catalogue[check.id], configuration.severity(of: spec) != nil else { return nil }
            // `only` (verify) narrows the checks; the source checks need a source.
            guard only?.contains(check.id) ?? true, source != nil || !check.readsSource else { return nil }
            let params = Params(defaults: spec, overrides: configuration.params[check.id]?.mapValues(\.value) ?? [:])
            var context = CheckContext(window: configuration.window, params: params)
            context.source = source
            return Enabled(check: check, context: context)
        }
        readsQuantities = enabled.contains { $0.check.readsQuantities }
        readsTargets = enabled.contains { $0.check.readsTargets }
        readsProse = enabled.contains { $0.check.readsProse }
        knownRules = Set(catalogue.rules.keys)
        wording = catalogue.rules.mapValues { RuleWording($0, configuration: configuration, language: language) }
        let structure = (Registry.structureRules + Registry.treeMessages.map { $0.rule }).filter { catalogue[$0].flatMap(configuration.severity(of:)) != nil }
        structureRulesRun = structure.sorted()
        allRulesRun = (structure + enabled.map { $0.check.id } + Registry.waiverRules).sorted()
    }

    /// The rules `planlint verify` runs: the source checks, and text-target-mismatch (every
    /// number of a KPI text is accounted for by the plan).
    public static let verifyRules = Set(SourceChecks.all.map { $0.id } + [TextTargetMismatch.id])

    /// Lints one file's bytes. `path` is used as given in the diagnostics. With `content`,
    /// the result also carries what the decoded plan says (for the HTML report and inventory).
    /// A file in another encoding is converted to UTF-8 first (`PlanFileText`): positions and
    /// fixes then refer to the converted text, which the result carries (`convertedText`).
    public func lint(bytes file: [UInt8], path: String, content: Bool = false) -> FileResult {
        let text = PlanFileText(file)
        if let stop = text.stop {
            return FileResult(path: path, prefecture: nil, rulesRun: structureRulesRun,
                              diagnostics: diagnostic(for: stop, path: path).map { [$0] } ?? [])
        }
        let bytes = text.utf8
        // Loaded here rather than in PlanDecoder.decode(bytes:) so that number-width reads the same tree.
        let document = YAMLLoader.load(bytes, limits: limits)
        let decoded = PlanDecoder.decode(document, maxFindings: limits.maxDiagnostics)
        var findings = decoded.findings
        if wording[NumberWidth.rule].map({ $0.severity(of: "default") != nil }) == true {
            findings += NumberWidth.findings(in: document.root, bytes: bytes)
        }
        if let notice = text.notice { findings.append(notice) } // reported, but the checks still run
        var rulesRun = structureRulesRun
        var reasons: [String?] = Array(repeating: nil, count: findings.count)
        if let plan = decoded.plan, decoded.findings.isEmpty {
            let texts = readsQuantities ? PlanTexts(plan) : nil
            let targets = readsTargets ? PlanTargets(plan) : nil
            let prose = readsProse ? PlanProse(plan, texts: texts) : nil
            for item in enabled {
                var context = item.context
                context.texts = texts
                context.targets = targets
                context.prose = prose
                findings += item.check.check(plan, context)
            }
            rulesRun = allRulesRun
            let outcome = Waivers.apply(plan.waivers, to: findings, today: today, knownRules: knownRules, bytes: bytes,
                                        list: plan.fields["waivers"])
            reasons = outcome.reasons + Array(repeating: nil, count: outcome.findings.count)
            findings += outcome.findings
        }
        let lineBreak = FixLines.lineBreak(of: bytes)
        var diagnostics: [Diagnostic] = []
        let capped = DiagnosticLimit.cap(Array(zip(findings, reasons)), limit: limits.maxDiagnostics, decoded: decoded) {
            finding in wording[finding.rule].map { $0.severity(of: finding.message) != nil } ?? true
        }
        for (finding, reason) in capped.kept {
            guard var d = diagnostic(for: finding, path: path) else { continue }
            d.fix = finding.fix?.withLineBreak(lineBreak)
            if let reason {
                d.waived = true
                d.waiverReason = reason
            }
            diagnostics.append(d)
        }
        if let limit = capped.limitFinding, let d = diagnostic(for: limit, path: path) { diagnostics.append(d) }
        diagnostics.sort(by: Diagnostic.ordered)
        let code = decoded.plan?.prefecture?.code.flatMap { (1...47).contains($0) ? $0 : nil }
        var result = FileResult(path: path, prefecture: code, rulesRun: rulesRun, diagnostics: diagnostics)
        if text.encoding != nil { result.convertedText = bytes }
        if content, let plan = decoded.plan { result.content = PlanContent(plan, window: configuration.window) }
        let offsets = diagnostics.flatMap { $0.fix?.edits.flatMap { [$0.range.lowerBound, $0.range.upperBound] } ?? [] }
        if !offsets.isEmpty { result.fixPositions = FixLines.positions(of: offsets, in: bytes) }
        return result
    }

    /// A diagnostic for a file that could not be read at all (reported under yaml-syntax).
    public func unreadable(path: String, reason: String) -> FileResult {
        let finding = Finding(YAMLSyntax.unreadable(reason), source: Source(pointer: "", range: SourceRange(at: .start)))
        return FileResult(path: path, prefecture: nil, rulesRun: [YAMLSyntax.rule],
                          diagnostics: diagnostic(for: finding, path: path).map { [$0] } ?? [])
    }

    /// A diagnostic for a file larger than the configured limit, which is not read further.
    public func tooLarge(path: String, limit: Int) -> FileResult {
        let finding = Finding(YAMLLimit(.maxBytes, detail: "the file is larger than the limit of \(limit) bytes"),
                              source: Source(pointer: "", range: SourceRange(at: .start)))
        return FileResult(path: path, prefecture: nil, rulesRun: [YAMLLimit.rule],
                          diagnostics: diagnostic(for: finding, path: path).map { [$0] } ?? [])
    }

    private func diagnostic(for finding: Finding, path: String) -> Diagnostic? {
        guard let wording = wording[finding.rule] else {
            // A check reported under an id the catalogue lacks: a programming error the
            // catalogue tests rule out; keep it visible rather than dropping it.
            let r = finding.source.range
            return Diagnostic(file: path, line: r.start.line, column: r.start.column, endLine: r.end.line,
                              endColumn: r.end.column, rule: finding.rule, category: .schema, severity: .error,
                              message: finding.rule, pointer: finding.source.pointer)
        }
        guard let severity = wording.severity(of: finding.message) else { return nil }
        let r = finding.source.range
        var d = Diagnostic(file: path, line: r.start.line, column: r.start.column, endLine: r.end.line,
                           endColumn: r.end.column, rule: finding.rule, category: wording.category, severity: severity,
                           message: wording.message(for: finding), pointer: finding.source.pointer)
        d.help = wording.help
        return d
    }
}
