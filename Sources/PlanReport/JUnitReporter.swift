import PlanRules

/// JUnit XML (the Ant/Surefire dialect CI servers read, valid against Jenkins' junit-10.xsd):
/// one testsuite per plan file; in it one testcase per failing diagnostic (at or above
/// `--fail-on`), named `RULE LINE:COLUMN` and holding one failure, and one passing testcase
/// per rule that ran and found nothing failing. So every consumer's failure count is
/// planlint's. Diagnostics that do not fail the run (lower severity, waived, baselined)
/// are listed in the system-out of their rule's first testcase.
public struct JUnitReporter: Reporter {
    public init() {}

    public func stream(_ header: ReportHeader) -> any ReportStream {
        Stream(header: header)
    }

    /// The root element's attributes count every test and failure of the run, so the
    /// test suites are held in section 1 and placed after the root is written at the end.
    struct Stream: ReportStream {
        let header: ReportHeader
        var totalTests = 0
        var totalFailures = 0
        var heldSections: Int { 1 }

        func begin() -> ReportText { ReportText(sections: 1) }

        mutating func file(_ file: FileResult) -> ReportText {
            let byRule = Dictionary(grouping: header.shown(file), by: \.rule)
            let rules = Set(file.rulesRun).union(byRule.keys).sorted()
            let classname = JUnitReporter.escape(JUnitReporter.classname(file.path))
            var cases = ""
            var tests = 0
            var failures = 0
            for rule in rules {
                let diagnostics = byRule[rule] ?? []
                let failing = diagnostics.filter { $0.isActive && $0.severity >= header.failOn }
                let passing = diagnostics.filter { !($0.isActive && $0.severity >= header.failOn) }
                var accepted = ""
                if !passing.isEmpty {
                    accepted = "      <system-out>"
                        + JUnitReporter.escape(passing.map { JUnitReporter.detail($0) }.joined(separator: "\n"), content: true)
                        + "</system-out>\n"
                }
                if failing.isEmpty {
                    let open = "    <testcase name=\"\(JUnitReporter.escape(rule))\" classname=\"\(classname)\" time=\"0\""
                    cases += (accepted.isEmpty ? open + "/>" : open + ">\n" + accepted + "    </testcase>") + "\n"
                    tests += 1
                    continue
                }
                // One test case per failing diagnostic, named by the rule and the position:
                // consumers count test cases (junitparser) or show one failure per case
                // (junit2html), so several failures in one case were under-counted.
                for (n, d) in failing.enumerated() {
                    let name = "\(rule) \(d.line):\(d.column)"
                    cases += "    <testcase name=\"\(JUnitReporter.escape(name))\" classname=\"\(classname)\" time=\"0\">\n"
                        + "      <failure type=\"\(d.severity.rawValue)\" message=\"\(JUnitReporter.escape(d.message))\">"
                        + JUnitReporter.escape(JUnitReporter.detail(d), content: true) + "</failure>\n"
                        + (n == 0 ? accepted : "") + "    </testcase>\n"
                }
                tests += failing.count
                failures += failing.count
            }
            totalTests += tests
            totalFailures += failures
            var suite = "  <testsuite name=\"\(JUnitReporter.escape(file.path))\" tests=\"\(tests)\" failures=\"\(failures)\""
                + " errors=\"0\" skipped=\"0\" time=\"0\" file=\"\(JUnitReporter.escape(file.path))\">\n"
            if let code = file.prefecture {
                suite += "    <properties>\n      <property name=\"prefecture\" value=\"\(code)\"/>\n    </properties>\n"
            }
            var text = ReportText(sections: 1)
            text.append(suite + cases + "  </testsuite>\n", to: 1)
            return text
        }

        func end(_ footer: ReportFooter) -> [ReportPiece] {
            [
                .text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<testsuites name=\"planlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" time=\"0\">\n"),
                .section(1),
                .text("</testsuites>\n"),
            ]
        }
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
