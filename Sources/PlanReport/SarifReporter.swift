import PlanModel
import PlanRules

/// SARIF 2.1.0 (OASIS), as code-scanning services read it: every rule of the run in
/// `tool.driver.rules`, one result per diagnostic with a physical location (a region in
/// Unicode-scalar columns) and a logical one (the JSON pointer), fingerprints that do not
/// depend on line numbers, and waived or baselined diagnostics kept as suppressed results.
public struct SarifReporter: Reporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key; its value hashes file, rule, pointer and occurrence.
    public static let fingerprintKey = "planlint/v1"

    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(reporter: self, header: header)
    }

    /// The log up to `"results": ` first (the rules are known before any file), each result
    /// as its file comes, and the closing brackets at the end. The text is what
    /// `SarifValue.rendered` gives for the whole log: a result sits at depth 4.
    struct Stream: ReportStream {
        let reporter: SarifReporter
        let header: ReportHeader
        let indexByRule: [String: Int]
        /// Occurrences of each file, rule and pointer in the current file (report order
        /// keeps a file's diagnostics together, so earlier files need not be remembered).
        var occurrences: [String: Int] = [:]
        var currentFile: String?
        var anyResult = false
        var heldSections: Int { 0 }

        static let resultIndent = "        "

        init(reporter: SarifReporter, header: ReportHeader) {
            self.reporter = reporter
            self.header = header
            var indexByRule: [String: Int] = [:]
            for (i, rule) in header.rules.enumerated() where indexByRule[rule.id] == nil { indexByRule[rule.id] = i }
            self.indexByRule = indexByRule
        }

        func begin() -> ReportText {
            let driver: SarifValue = .object([
                ("name", .string("planlint")),
                ("version", .string(header.toolVersion)),
                ("semanticVersion", .string(header.toolVersion)),
                ("rules", .array(header.rules.map { reporter.ruleDescriptor($0, header.language) })),
            ])
            let tool: SarifValue = .object([("driver", driver)])
            var text = ReportText()
            text.append("{\n  \"$schema\": \(JSON.string(SarifReporter.schemaURI)),\n  \"version\": \"2.1.0\",\n  \"runs\": [\n"
                + "    {\n      \"tool\": \(tool.rendered(indent: "      ")),\n      \"language\": \(JSON.string(header.language.rawValue)),\n"
                + "      \"columnKind\": \"unicodeCodePoints\",\n"
                + "      \"results\": ")
            return text
        }

        mutating func file(_ file: FileResult) -> ReportText {
            var text = ReportText()
            for d in header.shown(file) {
                if d.file != currentFile {
                    occurrences.removeAll(keepingCapacity: true)
                    currentFile = d.file
                }
                let key = SarifReporter.fingerprintSource(d)
                let n = occurrences[key, default: 0]
                occurrences[key] = n + 1
                let result = reporter.result(d, ruleIndex: indexByRule[d.rule], occurrence: n, language: header.language)
                text.append((anyResult ? ",\n" : "[\n") + Self.resultIndent + result.rendered(indent: Self.resultIndent))
                anyResult = true
            }
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] {
            [.text((anyResult ? "\n      ]" : "[]") + "\n    }\n  ]\n}\n")]
        }
    }

    func ruleDescriptor(_ r: RuleSpec, _ language: Language) -> SarifValue {
        let ja = language == .ja
        let headings = ja ? ("何を確かめるか", "なぜ問題か", "直し方") : ("What it checks", "Why a reviewer cares", "How to fix it")
        // The one-line hint first: a viewer showing only the start of rule.help shows it.
        let hint = r.help.map { [$0[language]] } ?? []
        let helpText = (hint + [r.what[language], r.why[language], r.fix[language]]).joined(separator: "\n\n")
        let helpMarkdown = (r.help.map { "**\($0[language])**\n\n" } ?? "") + "## \(headings.0)\n\(r.what[language])\n\n## \(headings.1)\n\(r.why[language])\n\n"
            + "## \(headings.2)\n\(r.fix[language])\n\n`planlint explain \(r.id)`"
        return .object([
            ("id", .string(r.id)),
            ("name", .string(Self.pascalCase(r.id))),
            ("shortDescription", .object([("text", .string(r.title[language]))])),
            ("fullDescription", .object([("text", .string(r.what[language]))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(r.severity)))])),
            ("properties", .object([("category", .string(r.category.rawValue)), ("tags", .array([.string(r.category.rawValue)]))])),
        ])
    }

    func result(_ d: Diagnostic, ruleIndex: Int?, occurrence: Int, language: Language = .en) -> SarifValue {
        var fields: [(String, SarifValue)] = [("ruleId", .string(d.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields.append(("level", .string(Self.level(d.severity))))
        fields.append(("message", .object([("text", .string(d.message))])))
        let region = Self.region(d)
        let physical: SarifValue = .object([
            ("artifactLocation", .object([("uri", .string(Self.uri(d.file)))])),
            ("region", .object(region.map { ($0.0, .int($0.1)) })),
        ])
        var logical: [(String, SarifValue)] = []
        if let last = d.pointer.split(separator: "/", omittingEmptySubsequences: false).last, !d.pointer.isEmpty {
            logical.append(("name", .string(Self.unescapePointerToken(String(last)))))
        }
        logical.append(("fullyQualifiedName", .string(d.pointer)))
        logical.append(("kind", .string("element")))
        fields.append(("locations", .array([.object([
            ("physicalLocation", physical),
            ("logicalLocations", .array([.object(logical)])),
        ])])))
        fields.append(("partialFingerprints", .object([
            (Self.fingerprintKey, .string(Self.fingerprint(d, occurrence: occurrence))),
        ])))
        if d.waived {
            var s: [(String, SarifValue)] = [("kind", .string("inSource")), ("status", .string("accepted"))]
            if let reason = d.waiverReason { s.append(("justification", .string(reason))) }
            fields.append(("suppressions", .array([.object(s)])))
        } else if d.baselined {
            fields.append(("suppressions", .array([.object([
                ("kind", .string("external")), ("status", .string("accepted")),
                ("justification", .string("recorded in the planlint baseline")),
            ])])))
        }
        if let fix = d.fix { fields.append(("fixes", .array([Self.fix(fix, file: d.file, ja: language == .ja)]))) }
        var properties: [(String, SarifValue)] = [("category", .string(d.category.rawValue))]
        if let fix = d.fix { properties.append(("fixSafety", .string(fix.safety.rawValue))) }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    /// A SARIF `fix` (§3.55): one artifactChange for the file, one replacement per edit,
    /// each deleted region given by byte offset and length (a binary region, §3.30.2: exact
    /// whatever the column kind) and the inserted text.
    static func fix(_ fix: Fix, file: String, ja: Bool = false) -> SarifValue {
        let replacements: [SarifValue] = fix.edits.map { e in
            .object([
                ("deletedRegion", .object([("byteOffset", .int(e.range.lowerBound)), ("byteLength", .int(e.range.count))])),
                ("insertedContent", .object([("text", .string(e.replacement))])),
            ])
        }
        return .object([
            ("description", .object([("text", .string(fix.safety == .safe
                ? (ja ? "安全な修正（planlint lint --fix で適用）" : "safe fix (planlint lint --fix)")
                : (ja ? "注意が必要な修正（planlint lint --unsafe-fixes で適用）" : "unsafe fix (planlint lint --unsafe-fixes)")))])),
            ("artifactChanges", .array([.object([
                ("artifactLocation", .object([("uri", .string(Self.uri(file)))])),
                ("replacements", .array(replacements)),
            ])])),
        ])
    }

    /// SARIF levels: error, warning, note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A region SARIF accepts: 1-based, the end not before the start.
    static func region(_ d: Diagnostic) -> [(String, Int)] {
        let startLine = max(1, d.line), startColumn = max(1, d.column)
        var endLine = max(startLine, d.endLine)
        var endColumn = max(1, d.endColumn)
        if endLine == startLine { endColumn = max(endColumn, startColumn) }
        if d.endLine < 1 { endLine = startLine; endColumn = startColumn }
        return [("startLine", startLine), ("startColumn", startColumn), ("endLine", endLine), ("endColumn", endColumn)]
    }

    /// What identifies a diagnostic apart from where it sits: file, rule and pointer.
    static func fingerprintSource(_ d: Diagnostic) -> String {
        d.file + "\u{0}" + d.rule + "\u{0}" + d.pointer
    }

    /// A fingerprint that survives line shifts and rewording: FNV-1a (64 bits) of file,
    /// rule, pointer and the occurrence among diagnostics with the same three.
    static func fingerprint(_ d: Diagnostic, occurrence: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (fingerprintSource(d) + "\u{0}\(occurrence)").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ":\(occurrence + 1)"
    }

    /// A relative path becomes a relative URI reference (so code scanning resolves it from
    /// the repository root); an absolute one a `file://` URI. Bytes outside the unreserved
    /// set are percent-encoded.
    static func uri(_ path: String) -> String {
        let p = path.withoutDotSlash
        let absolute = p.hasPrefix("/")
        var out = absolute ? "file://" : ""
        for byte in p.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// `period-window` -> `PeriodWindow`.
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func unescapePointerToken(_ token: String) -> String {
        token.replacing("~1", with: "/").replacing("~0", with: "~")
    }
}

/// A JSON value with ordered keys, printed with two-space indentation.
indirect enum SarifValue {
    case string(String)
    case int(Int)
    case array([SarifValue])
    case object([(String, SarifValue)])

    func rendered(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .string(let s): return JSON.string(s)
        case .int(let n): return String(n)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { inner + JSON.string($0.0) + ": " + $0.1.rendered(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }
}
