import Foundation
import PlanDiff
@testable import PlanLint
import PlanRules
import Testing

/// `planlint diff` on real plans from Plans/ with planted changes: each change is named,
/// identical folders have none, and --fail-on-weakening fails only on a weakening.
@Suite("planlint diff")
struct DiffTests {
    /// Copies of Plans/ as `old` and `new` in a temporary folder; `plant` edits the new copy.
    func folders(_ plant: [(file: String, from: String, to: String)]) throws -> (TemporaryFolder, String, String) {
        let folder = try TemporaryFolder()
        let old = folder.path + "/old", new = folder.path + "/new"
        for side in [old, new] {
            try FileManager.default.createDirectory(atPath: side, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Plans") where name.hasSuffix(".yaml") {
                try FileManager.default.copyItem(atPath: repositoryRoot + "/Plans/" + name, toPath: side + "/" + name)
            }
        }
        for p in plant {
            let path = new + "/" + p.file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(p.from), "\(p.file) has no \(p.from)")
            // The first occurrence only: one planted change.
            guard let range = text.range(of: p.from) else { continue }
            try text.replacingCharacters(in: range, with: p.to).write(toFile: path, atomically: true, encoding: .utf8)
        }
        return (folder, old, new)
    }

    func diff(_ old: String, _ new: String, format: DiffReport.Format = .json, failOnWeakening: Bool = false,
              git: String? = nil) -> RunOutcome {
        var options = DiffOptions(old: old, new: new)
        options.format = format
        options.failOnWeakening = failOnWeakening
        options.gitRevision = git
        options.lint.language = .en
        return RunOutcome.collect { DiffRunner.run(options, standardOutput: $0, standardError: $1) }
    }

    /// The (kind, subject, old, new) of every content change in a JSON diff.
    func changes(_ json: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (root["files"] as? [[String: Any]] ?? []).flatMap { $0["changes"] as? [[String: Any]] ?? [] }
    }

    @Test("two identical folders: no changes, exit 0, in every format")
    func identical() throws {
        let (keep, old, new) = try folders([])
        defer { withExtendedLifetime(keep) {} }
        for format in DiffReport.Format.allCases {
            let run = diff(old, new, format: format, failOnWeakening: true)
            #expect(run.status == 0, "\(run.stderr)")
            if format == .json { #expect(try changes(run.stdout).isEmpty) } else { #expect(run.stdout.contains("no changes")) }
            if format == .html { #expect(run.stdout.hasPrefix("<!DOCTYPE html>") && !run.stdout.contains("<script")) }
        }
    }

    @Test("each planted change is named, with both values, and weakenings fail the run when asked",
          arguments: [
            // (file, from, to, kind, subject, old, new, weakening)
            ("08-ibaraki.yaml", "        value: 10\n", "        value: 8\n", "target-lowered", "business-plan-seminars/#1", "10回", "8回", true),
            ("08-ibaraki.yaml", "        value: 10\n", "        value: 12\n", "target-raised", "business-plan-seminars/#1", "10回", "12回", false),
            ("04-miyagi.yaml", "  from: 2020\n  to: 2022\nrevision", "  from: 2020\n  to: 2021\nrevision", "period-shortened", "",
             "2020〜2022年度", "2020〜2021年度", true),
            ("08-ibaraki.yaml", "supports: [ibaraki-plan/new-tech]", "supports: []", "link-removed", "business-plan-seminars",
             "ibaraki-plan/new-tech", nil, true),
          ] as [(String, String, String, String, String, String?, String?, Bool)])
    func planted(_ c: (String, String, String, String, String, String?, String?, Bool)) throws {
        let (keep, old, new) = try folders([(c.0, c.1, c.2)])
        defer { withExtendedLifetime(keep) {} }
        let run = diff(old, new)
        let found = try changes(run.stdout).filter { $0["kind"] as? String == c.3 }
        #expect(found.count == 1, "\(run.stdout)")
        #expect(found.first?["subject"] as? String == c.4)
        #expect(found.first?["old"] as? String == c.5)
        #expect(found.first?["new"] as? String == c.6)
        #expect(found.first?["weakening"] as? Bool == c.7)
        #expect(diff(old, new, failOnWeakening: true).status == (c.7 ? 1 : 0))
        #expect(diff(old, new, format: .text).stdout.contains("[\(c.3)]"))
        let html = diff(old, new, format: .html).stdout
        #expect(html.contains("<caption>") && html.contains(c.7 ? "class=\"weakens\"" : "<td>"), "\(html)")
    }

    @Test("a KPI removed, a KPI renamed (same text), a vision replaced")
    func structure() throws {
        let ibaraki = try String(contentsOfFile: repositoryRoot + "/Plans/08-ibaraki.yaml", encoding: .utf8)
        let firstKPI = try #require(ibaraki.range(of: "  - id: business-plan-seminars"))
        let secondKPI = try #require(ibaraki.range(of: "\n  - id: ", range: firstKPI.upperBound..<ibaraki.endIndex))
        let removed = String(ibaraki[firstKPI.lowerBound...secondKPI.lowerBound])
        let (keep, old, new) = try folders([("08-ibaraki.yaml", removed, ""),
                                         ("02-aomori.yaml", "  - id: regional-brand-seminars", "  - id: renamed-seminars"),
                                         ("09-tochigi.yaml", "  - id: practitioner-training", "  - id: renamed-training")])
        defer { withExtendedLifetime(keep) {} }
        let all = try changes(diff(old, new).stdout)
        #expect(all.contains { $0["kind"] as? String == "kpi-removed" && $0["subject"] as? String == "business-plan-seminars"
                                && $0["weakening"] as? Bool == true })
        let renamed = all.filter { $0["kind"] as? String == "kpi-renamed" }
        #expect(renamed.count == 2)
        #expect(renamed.allSatisfy { ($0["new"] as? String)?.hasPrefix("renamed-") == true })
        #expect(!all.contains { $0["kind"] as? String == "kpi-added" }, "a renamed KPI is not removed and added")

        // A vision replaced: a new id and title for the same goals.
        let (keep2, old2, new2) = try folders([("08-ibaraki.yaml", "  - id: ibaraki-plan\n    title: 茨城県総合計画「新しい茨城への挑戦」",
                                            "  - id: ibaraki-plan-2022\n    title: 茨城県総合計画「第2次 新しい茨城への挑戦」")])
        defer { withExtendedLifetime(keep2) {} }
        let replaced = try changes(diff(old2, new2).stdout)
        #expect(replaced.contains { $0["kind"] as? String == "vision-removed" && $0["subject"] as? String == "ibaraki-plan" })
        #expect(replaced.contains { $0["kind"] as? String == "vision-added" && $0["subject"] as? String == "ibaraki-plan-2022" })
        // The links now point at nothing: the new diagnostics say so.
        #expect(replaced.contains { $0["kind"] as? String == "diagnostic-new" && ($0["new"] as? String)?.contains("link-unresolved") == true })
    }

    @Test("the HTML page escapes as the HTML report does: markup and control characters in a name")
    func htmlEscapesLikeTheReport() throws {
        let (keep, old, new) = try folders([("08-ibaraki.yaml", "  to: 2021", "  to: 2022")])
        defer { withExtendedLifetime(keep) {} }
        let odd = new + "/n<&\u{7}'.yaml"
        try FileManager.default.moveItem(atPath: new + "/08-ibaraki.yaml", toPath: odd)
        let html = diff(old + "/08-ibaraki.yaml", odd, format: .html).stdout
        #expect(html.contains("n&lt;&amp;\u{FFFD}&#39;.yaml"), "\(html)")
        #expect(!html.unicodeScalars.contains("\u{7}"))
    }

    @Test("diagnostics fixed and new between two files")
    func diagnostics() throws {
        let (keep, old, new) = try folders([("08-ibaraki.yaml", "  to: 2021", "  to: 2022")])
        defer { withExtendedLifetime(keep) {} }
        let all = try changes(diff(old + "/08-ibaraki.yaml", new + "/08-ibaraki.yaml").stdout)
        #expect(all.contains { $0["kind"] as? String == "period-extended" && $0["weakening"] as? Bool == false })
        #expect(all.contains { $0["kind"] as? String == "diagnostic-fixed" && ($0["old"] as? String)?.hasPrefix("[period-window]") == true })
    }

    @Test("--git REV compares the work tree with a revision; a missing path or revision is exit 2")
    func git() throws {
        let folder = try TemporaryFolder()
        let plans = folder.path + "/Plans"
        try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Plans/08-ibaraki.yaml", toPath: plans + "/08-ibaraki.yaml")
        func git(_ args: [String]) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", folder.path, "-c", "user.name=t", "-c", "user.email=t@example.com"] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            #expect(p.terminationStatus == 0, "git \(args)")
        }
        try git(["init", "-q"]); try git(["add", "."]); try git(["commit", "-qm", "first"])
        let path = plans + "/08-ibaraki.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "        value: 10\n", with: "        value: 8\n").write(toFile: path, atomically: true, encoding: .utf8)
        let run = diff(plans, "", failOnWeakening: true, git: "HEAD")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try changes(run.stdout).contains { $0["kind"] as? String == "target-lowered" })
        #expect(diff(plans, "", git: "no-such-revision").status == 2)
        #expect(diff(folder.path + "/missing", folder.path + "/missing2").status == 2)
    }
}
