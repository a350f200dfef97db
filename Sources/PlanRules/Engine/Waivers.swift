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

    /// `bytes` are the plan's, for the fix that deletes an unused waiver (none without them).
    static func apply(_ waivers: [Waiver], to findings: [Finding], today: CalendarDate, knownRules: Set<String>,
                      bytes: [UInt8] = [], list: Source? = nil) -> Outcome {
        var reasons = [String?](repeating: nil, count: findings.count)
        guard !waivers.isEmpty else { return Outcome(reasons: reasons, findings: []) }
        var extra: [Finding] = []
        let findingIndex = FindingIndex(findings, rules: Set(waivers.map(\.rule)))
        var applied = Set<[String?]>()  // (rule, at) of waivers already applied
        for (index, waiver) in waivers.enumerated() {
            let pointer = "/waivers/\(index)"
            let source = Source(pointer: pointer, range: waiver.source.range)
            if !knownRules.contains(waiver.rule) {
                let near = Suggest.closest(to: waiver.rule, in: Array(knownRules))
                extra.append(Finding(WaiverUnused.unknownRule(rule: waiver.rule, suggestion: near), source: source))
                continue
            }
            if let until = waiver.until, until < today {
                extra.append(Finding(WaiverExpired(rule: waiver.rule, until: until), source: source))
                continue
            }
            // Only the findings the waiver can match are visited, and a repeated (rule, at)
            // only once: thousands of waivers and findings stay linear, not quadratic.
            let matched = findingIndex.matches(rule: waiver.rule, at: waiver.at)
            if applied.insert([waiver.rule, waiver.at]).inserted {
                for i in matched where reasons[i] == nil { reasons[i] = waiver.reason }
            }
            if matched.isEmpty {
                var finding = Finding(WaiverUnused.unmatched(rule: waiver.rule, at: waiver.at), source: source)
                // Deleting a waiver that accepts nothing never hides a diagnostic: safe.
                finding.fix = FixLines.deleteItem(at: waiver.source.range.start.offset, in: bytes).map { Fix($0, safety: .safe) }
                extra.append(finding)
            }
        }
        // When no waiver is used, each one's fix deletes the whole `waivers:` entry instead,
        // so that no empty key is left (the fixes are equal, so one pass applies one).
        let unused = extra.filter { $0.rule == WaiverUnused.rule && $0.fix != nil }
        if unused.count == waivers.count, let list, let all = FixLines.deleteKey("waivers", listAt: list.range.start.offset,
                                                                                      through: unused.compactMap(\.fix), in: bytes) {
            for i in extra.indices where extra[i].rule == WaiverUnused.rule && extra[i].fix != nil {
                extra[i].fix = Fix(all, safety: .safe)
            }
        }
        return Outcome(reasons: reasons, findings: extra)
    }

    /// The findings' indices by rule, and within a rule by every `at` that matches them:
    /// the whole subject, each leading run of its `/`-separated ids and each trailing run.
    /// Only the findings of `rules` (those some waiver names) are indexed.
    struct FindingIndex {
        private var byRule: [String: [Int]] = [:]
        private var byAt: [String: [String: [Int]]] = [:]

        init(_ findings: [Finding], rules: Set<String>) {
            for (i, finding) in findings.enumerated() where rules.contains(finding.rule) {
                byRule[finding.rule, default: []].append(i)
                guard let subject = finding.subject else { continue }
                let ids = subject.split(separator: "/", omittingEmptySubsequences: false)
                var keys: Set<String> = [subject]
                for k in 1..<max(1, ids.count) {
                    keys.insert(ids[..<k].joined(separator: "/"))
                    keys.insert(ids[k...].joined(separator: "/"))
                }
                for key in keys { byAt[finding.rule, default: [:]][key, default: []].append(i) }
            }
        }

        /// The indices, in order, of the findings of `rule` that a waiver at `at` matches
        /// (the same as filtering with `Waivers.matches`).
        func matches(rule: String, at: String?) -> [Int] {
            guard let at else { return byRule[rule] ?? [] }
            return byAt[rule]?[at] ?? []
        }
    }

    static func matches(_ at: String?, _ subject: String?) -> Bool {
        guard let at else { return true }
        guard let subject else { return false }
        return subject == at || subject.hasPrefix(at + "/") || subject.hasSuffix("/" + at)
    }
}
