import PlanModel

/// Applies a plan's waivers to its findings.
///
/// A waiver matches a finding of its rule at its `at` id: the finding's subject is that
/// id, or lies inside it (`seminars` covers `seminars/events`), or ends with it (a target
/// id). A waiver without `at` covers the whole plan. An expired waiver waives nothing and
/// is reported (`waiver-expired`); one that matches nothing is reported (`waiver-unused`).
enum Waivers {
    struct Outcome {
        /// For each finding, the reason of the waiver that accepts it, if any.
        var reasons: [String?]
        /// waiver-expired and waiver-unused findings.
        var findings: [Finding]
    }

    static func apply(_ waivers: [Waiver], to findings: [Finding], today: CalendarDate, knownRules: Set<String>) -> Outcome {
        var reasons = [String?](repeating: nil, count: findings.count)
        var extra: [Finding] = []
        for (index, waiver) in waivers.enumerated() {
            let pointer = "/waivers/\(index)"
            let source = Source(pointer: pointer, range: waiver.source.range)
            if !knownRules.contains(waiver.rule) {
                var args = ["rule": waiver.rule]
                let near = Suggest.closest(to: waiver.rule, in: Array(knownRules))
                if let near { args["suggestion"] = near }
                extra.append(Finding(rule: "waiver-unused", message: near == nil ? "unknown-rule-no-suggestion" : "unknown-rule",
                                     arguments: args, source: source))
                continue
            }
            if let until = waiver.until, until < today {
                extra.append(Finding(rule: "waiver-expired", arguments: ["rule": waiver.rule, "until": until.description],
                                     source: source))
                continue
            }
            var used = false
            for (i, finding) in findings.enumerated() where finding.rule == waiver.rule && matches(waiver.at, finding.subject) {
                if reasons[i] == nil { reasons[i] = waiver.reason }
                used = true
            }
            if !used {
                extra.append(Finding(rule: "waiver-unused", arguments: ["rule": waiver.rule, "at": waiver.at ?? "*"],
                                     source: source))
            }
        }
        return Outcome(reasons: reasons, findings: extra)
    }

    static func matches(_ at: String?, _ subject: String?) -> Bool {
        guard let at else { return true }
        guard let subject else { return false }
        return subject == at || subject.hasPrefix(at + "/") || subject.hasSuffix("/" + at)
    }
}
