import PlanRules

/// JUnit XML (the Ant/Surefire dialect CI servers read, valid against Jenkins' junit-10.xsd):
/// one testsuite per plan file, one testcase per rule that ran on it, and a failure per
/// diagnostic that counts at or above `--fail-on`. Diagnostics that do not fail the run
/// (lower severity, waived, baselined) are listed in the testcase's system-out.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var suites: [String] = []
        var totalTests = 0, totalFailures = 0
        for file in report.files {
            let shown = file.diagnostics.filter { !report.quiet || $0.severity == .error }
            let byRule = Dictionary(grouping: shown, by: \.rule)
            let rules = Set(file.rulesRun).union(byRule.keys).sorted()
            let classname = Self.classname(file.path)
            var cases: [String] = []
            var failures = 0
            for rule in rules {
                let diagnostics = byRule[rule] ?? []
                let failing = diagnostics.filter { $0.isActive && $0.severity >= report.failOn }
                let passing = diagnostics.filter { !($0.isActive && $0.severity >= report.failOn) }
                if !failing.isEmpty { failures += 1 }
                var body = ""
                for d in failing {
                    body += "      <failure type=\"\(d.severity.rawValue)\" message=\"\(Self.escape(d.message))\">"
                        + Self.escape(Self.detail(d), content: true) + "</failure>\n"
                }
                if !passing.isEmpty {
                    body += "      <system-out>" + Self.escape(passing.map { Self.detail($0) }.joined(separator: "\n"), content: true)
                        + "</system-out>\n"
                }
                let open = "    <testcase name=\"\(Self.escape(rule))\" classname=\"\(Self.escape(classname))\" time=\"0\""
                cases.append(body.isEmpty ? open + "/>" : open + ">\n" + body + "    </testcase>")
            }
            totalTests += rules.count
            totalFailures += failures
            var suite = "  <testsuite name=\"\(Self.escape(file.path))\" tests=\"\(rules.count)\" failures=\"\(failures)\""
                + " errors=\"0\" skipped=\"0\" time=\"0\" file=\"\(Self.escape(file.path))\">\n"
            if let code = file.prefecture {
                suite += "    <properties>\n      <property name=\"prefecture\" value=\"\(code)\"/>\n    </properties>\n"
            }
            suite += cases.map { $0 + "\n" }.joined() + "  </testsuite>"
            suites.append(suite)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"planlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" time=\"0\">\n"
        out += suites.map { $0 + "\n" }.joined()
        out += "</testsuites>\n"
        return out
    }

    /// `Plans/08-ibaraki.yaml:5:3: error: message [rule] at /period`, with the state when accepted.
    static func detail(_ d: Diagnostic) -> String {
        var state = ""
        if d.waived { state = " (waived" + (d.waiverReason.map { ": " + $0 } ?? "") + ")" } else if d.baselined {
            state = " (baselined)"
        }
        return "\(d.file):\(d.line):\(d.column): \(d.severity.rawValue)\(state): \(d.message) [\(d.rule)] at \(d.pointer.isEmpty ? "/" : d.pointer)"
    }

    /// The path without its extension: CI servers split class names at dots.
    static func classname(_ path: String) -> String {
        let path = path.withoutDotSlash
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }

    /// Text for XML attributes and content. Characters XML 1.0 cannot carry become U+FFFD;
    /// line breaks and tabs are kept (as character references in attributes).
    static func escape(_ s: String, content: Bool = false) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if content, u == "\n" || u == "\t" {
                out.unicodeScalars.append(u)
                continue
            }
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = u.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) || (0xD800...0xDFFF).contains(v) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
