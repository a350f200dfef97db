import Foundation
import PlanTestSupport
import Testing
@testable import PlanLint

/// Issue #12 item 14: which files are plans. The pre-commit hook passes every staged YAML
/// file; `.gitlab-ci.yml` (which docs/ci.md tells users to add) and `.yamllint.yaml` were
/// linted as plans and blocked every commit.
@Suite("include, exclude and the pre-commit hook")
struct PreCommitTests {
    @Test("globs: names at any depth, anchored paths, ** and folders", arguments: [
        ("*.yaml", "Plans/08.yaml", true), ("*.yaml", "08.yml", false), ("Plans/", "Plans/08.yaml", true),
        ("Plans/", "Plans", false), ("Plans/", "a/Plans/b/08.yaml", true), ("Plans/*.yaml", "a/Plans/08.yaml", false),
        ("Plans/*.yaml", "Plans/08.yaml", true), ("Plans/*.yaml", "Plans/old/08.yaml", false),
        ("Plans/**/*.yaml", "Plans/old/x/08.yaml", true), ("Plans/**/*.yaml", "Plans/08.yaml", true),
        ("**/drafts", "x/y/drafts/08.yaml", true), ("old", "Plans/old/08.yaml", true), ("./old", "Plans/old/08.yaml", false),
        ("0[0-9]-*.y*ml", "Plans/08-ibaraki.yml", true), ("[!0]*.yaml", "Plans/08.yaml", false), ("*draft*", "a/x-draft.yaml", true),
    ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path.split(separator: "/")) == expected)
    }

    /// A plan repository: plans, CI and tool configuration in YAML, a file that is no plan.
    static func repository() throws -> TemporaryFolder {
        let repo = try TemporaryFolder()
        try repo.write("Plans/08-ibaraki.yaml", cleanPlan)
        try repo.write(".gitlab-ci.yml", "planlint:\n  image: swift:6.1\n  script:\n    - planlint lint Plans --format junit --output planlint.xml\n")
        try repo.write(".yamllint.yaml", "extends: default\nrules:\n  line-length: disable\n")
        try repo.write(".github/workflows/planlint.yml", "name: planlint\non: [pull_request]\n")
        try repo.write("mkdocs.yml", "site_name: plans\n")
        return repo
    }

    @Test("--force-exclude: named files outside Plans/, hidden ones and planlint.yaml are left out; without it they are linted")
    func forceExclude() throws {
        let repo = try Self.repository()
        let named = ["Plans/08-ibaraki.yaml", ".gitlab-ci.yml", ".yamllint.yaml", ".github/workflows/planlint.yml", "mkdocs.yml"]
            .map { repo.path + "/" + $0 }
        let forced = lint(named) { $0.forceExclude = true }
        #expect(forced.status == 0, "\(forced.stdout)")
        #expect(forced.stdout.contains("1 file:"))
        // Without it every named file is linted (the workflow is left out: a planlint.yml
        // would be the configuration of its own folder).
        let plain = lint(named.filter { !$0.hasSuffix("planlint.yml") })
        #expect(plain.status == 1, "\(plain.stderr)")
        #expect(plain.stdout.contains("4 files:"))
        // Only non-plans named: nothing to lint, and that passes (a commit of .gitlab-ci.yml alone).
        let none = lint(Array(named.dropFirst())) { $0.forceExclude = true }
        #expect(none.status == 0)
        #expect(none.stderr.joined().contains("4 YAML files were left out"))
    }

    @Test("include: and exclude: of planlint.yaml choose plans in folders and, with --force-exclude, named files")
    func configuredGlobs() throws {
        let repo = try Self.repository()
        try repo.write("planlint.yaml", "include: [\"prefectures/**\"]\nexclude: [drafts/, \"*.old.yaml\"]\n")
        try repo.write("prefectures/08.yaml", cleanPlan)
        try repo.write("prefectures/09.old.yaml", "not: a plan\n")
        try repo.write("prefectures/drafts/10.yaml", "not: a plan\n")
        try repo.write("prefectures/Upper.YML", cleanPlan)
        let walked = lint([repo.path]) { $0.format = .json }
        #expect(walked.status == 0, "\(walked.stdout)")
        #expect(walked.stdout.contains("prefectures/08.yaml"))
        #expect(walked.stdout.contains("prefectures/Upper.YML"))
        #expect(walked.stdout.components(separatedBy: "\"path\"").count - 1 == 2)
        let named = ["prefectures/08.yaml", "prefectures/09.old.yaml", "prefectures/drafts/10.yaml", "Plans/08-ibaraki.yaml"]
            .map { repo.path + "/" + $0 }
        let forced = lint(named) { $0.forceExclude = true; $0.format = .json }
        #expect(forced.status == 0)
        #expect(forced.stdout.components(separatedBy: "\"path\"").count - 1 == 1)
        #expect(lint(named).status == 1)
        let bad = try repo.write("bad.yaml", "include: prefectures\n")
        let error = lint([repo.path]) { $0.configPath = bad }
        #expect(error.status == 2)
        #expect(error.stderr.joined().contains("/include: expected"))
    }

    @Test("every hook of .pre-commit-hooks.yaml passes --force-exclude and every YAML name")
    func hooksFile() throws {
        let text = try String(contentsOfFile: repositoryRoot + "/.pre-commit-hooks.yaml", encoding: .utf8)
        let entries = text.split(separator: "\n").filter { $0.hasPrefix("  entry:") }
        #expect(entries.count == 3)
        #expect(entries.allSatisfy { $0.hasPrefix("  entry: planlint lint --force-exclude") })
        let files = text.split(separator: "\n").filter { $0.hasPrefix("  files:") }
        #expect(files.count == 3 && files.allSatisfy { $0 == #"  files: \.(ya?ml|YA?ML)$"# })
    }

    /// The real pre-commit (`pre-commit try-repo`) on a plan repository, with the hook that
    /// runs the planlint already built (the swift hooks only add `swift build`).
    static let hasPreCommit = (try? ConsumerTools.run("python3", ["-c", "import pre_commit"]).status) == 0

    @Test(.enabled(if: ConsumerTools.isCI || (hasPreCommit && ConsumerTools.find("git") != nil)))
    func preCommitTryRepo() throws {
        let binary = try #require(Binary.path, "planlint is not built")
        let repo = try Self.repository()
        let home = try TemporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = home.path
        environment["LANG"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        func git(_ arguments: String...) throws {
            let result = try ConsumerTools.run("git", arguments, in: repo.path, environment: environment)
            #expect(result.status == 0, "git \(arguments): \(result.output)")
        }
        try git("init", "-q")
        try git("add", "-A")
        let tryRepo = ["-m", "pre_commit", "try-repo", repositoryRoot, "planlint-system", "--all-files"]
        let clean = try ConsumerTools.run("python3", tryRepo, in: repo.path, environment: environment)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("Passed"), "\(clean.output)")
        try repo.write("Plans/09-ibaraki.yaml", cleanPlan.replacingOccurrences(of: "value: 6", with: "value: \"6\""))
        try git("add", "-A")
        let failing = try ConsumerTools.run("python3", tryRepo, in: repo.path, environment: environment)
        #expect(failing.status == 1, "\(failing.output)")
        #expect(failing.output.contains("Plans/09-ibaraki.yaml:8:"), "\(failing.output)")
        #expect(!failing.output.contains("gitlab-ci") && !failing.output.contains("yamllint") && !failing.output.contains("mkdocs"),
                "\(failing.output)")
    }
}
