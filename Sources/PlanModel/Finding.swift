import PlanYAML

/// Where a finding or a model value is: its JSON Pointer into the plan and its source range.
public struct Source: Sendable, Hashable {
    /// A JSON Pointer (RFC 6901) into the plan, e.g. `/kpis/2/targets/0/basis`; "" is the root.
    public var pointer: String
    public var range: SourceRange

    public init(pointer: String, range: SourceRange) {
        self.pointer = pointer
        self.range = range
    }

    /// The pointer one level down, with `~` and `/` escaped as RFC 6901 requires.
    public func appending(_ token: String) -> String {
        Self.pointer(pointer, token)
    }

    /// The pointer of `token` under `parent`, escaped as RFC 6901 requires.
    static func pointer(_ parent: String, _ token: String) -> String {
        child(of: parent, token.replacingTildesAndSlashes())
    }

    public func appending(_ index: Int) -> String {
        Self.child(of: pointer, String(index))
    }

    /// `parent/token`, built from the UTF-8 bytes in one string of the final size (no
    /// intermediate `parent/`, no per-append checks).
    private static func child(of parent: String, _ token: String) -> String {
        var parent = parent, token = token
        let count = parent.utf8.count + 1 + token.utf8.count
        return parent.withUTF8 { p in
            token.withUTF8 { t in
                String(unsafeUninitializedCapacity: count) { out in
                    _ = out.initialize(from: p)
                    out[p.count] = UInt8(ascii: "/")
                    _ = out[(p.count + 1)...].initialize(from: t)
                    return count
                }
            }
        }
    }
}

extension String {
    fileprivate func replacingTildesAndSlashes() -> String {
        // Checked on the bytes first: most keys have neither (a "~" or "/" Character is
        // always that byte, so skipping on its absence changes nothing).
        guard utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }),
              contains("~") || contains("/") else { return self }
        var out = ""
        for ch in self {
            switch ch {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// One thing a check found, before severity and wording are applied.
///
/// A finding names its rule and which of the rule's message templates describes it, with
/// the values for the template's placeholders. The rule engine turns findings into
/// diagnostics in the user's language; nothing here knows about output formats.
public struct Finding: Sendable, Hashable {
    /// The public rule id, e.g. `schema-unknown-key`.
    public var rule: String
    /// Which message template of the rule applies (most rules have only `default`).
    public var message: String
    /// Values for the template's `{placeholders}`.
    public var arguments: [String: String]
    public var source: Source
    /// The id (KPI, target, vision or goal) the finding is about, for waivers' `at`.
    public var subject: String?
    /// How to correct the plan mechanically, when that is certain enough to offer.
    public var fix: Fix?

    init(rule: String, message: String, arguments: [String: String],
                source: Source, subject: String? = nil) {
        self.rule = rule
        self.message = message
        self.arguments = arguments
        self.source = source
        self.subject = subject
    }
}
