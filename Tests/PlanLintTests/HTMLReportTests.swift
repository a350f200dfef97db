import Foundation
@testable import PlanLint
import PlanReport
import PlanRules
import PlanTestSupport
import Testing

/// Headless Chromium with Debian's chromedriver, and Selenium and html5lib from PyPI (.ci/run
/// installs them). Missing locally: the browser test is skipped; on CI (CI=true) it runs and fails.
enum BrowserTools {
    static let present: Bool = ConsumerTools.find("chromium") != nil && ConsumerTools.find("chromedriver") != nil
        && ConsumerTools.find("python3").map { _ in
            (try? ConsumerTools.run("python3", ["-c", "import selenium, html5lib"]).status) == 0
        } ?? false
    static var checkable: Bool { ConsumerTools.isCI || present }
}

@Suite("HTML report and inventory, end to end")
struct HTMLReportTests {
    @Test("the HTML report of all 47 plans, read in headless Chromium, agrees with the JSON report and the inventory",
          .enabled(if: BrowserTools.checkable), .timeLimit(.minutes(10)))
    func allPlansInABrowser() throws {
        let folder = try TemporaryFolder()
        let html = folder.path + "/report.html", json = folder.path + "/lint.json", inventory = folder.path + "/inventory.json"
        let plans = repositoryRoot + "/Plans"
        #expect(lint([plans]) { $0.format = .html; $0.output = html; $0.language = nil }.status == 1)
        #expect(lint([plans]) { $0.format = .json; $0.output = json }.status == 1)
        var options = LintOptions()
        options.paths = [plans]
        let written = RunOutcome.collect { out, err in
            InventoryRunner.run(options, format: .json, output: inventory, standardOutput: out, standardError: err)
        }
        #expect(written.status == 0, "\(written.stderr)")
        let result = try ConsumerTools.run("python3", [repositoryRoot + "/Tests/Browser/check_html_report.py", html, json,
                                                       inventory, folder.path + "/screenshot.png", "2020", "2022"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked 47 files"), "\(result.output)")
    }

    @Test("one plan section per file; the other formats get no plan content")
    func contentOnlyForHTML() throws {
        let out = lint([repositoryRoot + "/Plans"]) { $0.format = .html; $0.language = .en }
        #expect(out.status == 1)
        #expect(out.stdout.components(separatedBy: "<article class=\"plan\"").count - 1 == 47)
        #expect(out.stdout.components(separatedBy: "<svg class=\"timeline\"").count - 1 == 47)
        var options = LintOptions()
        options.paths = [repositoryRoot + "/Plans/08-ibaraki.yaml"]
        var queue = try LintQueue.prepare(options)
        #expect(queue.lintAll(jobs: 1).allSatisfy { $0.content == nil })
        queue.content = true
        let content = try #require(queue.lintAll(jobs: 1).first?.content)
        #expect(content.prefectureCode == 8 && content.period == 2020...2021 && content.windowGap == [2022])
        #expect(content.kpis.map(\.id) == ["business-plan-seminars", "tech-transfer"])
    }

    @Test("HTML is Japanese when nothing chooses a language; a locale, --lang or the configuration still decide")
    func languageOfTheHTMLReport() {
        let plan = repositoryRoot + "/Plans/08-ibaraki.yaml"
        #expect(lint([plan]) { $0.format = .html; $0.language = nil; $0.environment = [:] }.stdout.contains("<html lang=\"ja\">"))
        #expect(lint([plan]) { $0.format = .html; $0.language = nil; $0.environment = ["LANG": "C.UTF-8"] }.stdout.contains("<html lang=\"ja\">"))
        #expect(lint([plan]) { $0.format = .html; $0.language = nil; $0.environment = ["LANG": "en_US.UTF-8"] }.stdout.contains("<html lang=\"en\">"))
        #expect(lint([plan]) { $0.format = .html; $0.language = .en }.stdout.contains("<html lang=\"en\">"))
        // Other formats keep English as the fallback.
        #expect(lint([plan]) { $0.format = .text; $0.language = nil; $0.environment = [:] }.stdout.contains("the KPI period (FY2020–2021) does not cover"))
    }

    @Test("the inventory as CSV: BOM, CRLF, RFC 4180, the same rows and columns as the JSON")
    func inventoryCSVAndJSON() throws {
        let folder = try TemporaryFolder()
        var options = LintOptions()
        options.paths = [repositoryRoot + "/Plans"]
        let csv = folder.path + "/inventory.csv", json = folder.path + "/inventory.json"
        for (format, path) in [(InventoryExport.Format.csv, csv), (.json, json)] {
            let outcome = RunOutcome.collect { out, err in
                InventoryRunner.run(options, format: format, output: path, standardOutput: out, standardError: err)
            }
            #expect(outcome.status == 0 && outcome.stdout.isEmpty, "\(outcome.stderr)")
        }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csv)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(InventoryExport.columns.joined(separator: ",") + "\r\n"))
        // Every line break is CRLF except inside quoted fields (KPI texts may span lines).
        #expect(text.hasSuffix("\r\n"))
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
            data = json.load(open(sys.argv[2], encoding="utf-8"))
            def show(v):
                if v is None: return ""
                if isinstance(v, float) and v.is_integer(): return str(int(v))
                return str(v)
            want = [{k: show(v) for k, v in r.items()} for r in data]
            assert list(rows[0].keys()) == list(data[0].keys()), (list(rows[0].keys()), list(data[0].keys()))
            assert rows == want, next((a, b) for a, b in zip(rows, want) if a != b) if len(rows) == len(want) else (len(rows), len(want))
            print(len(rows))
            """
        if ConsumerTools.pythonCheckable {
            let result = try ConsumerTools.run("python3", ["-c", script, csv, json])
            #expect(result.status == 0, "\(result.output)")
            #expect(Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 100, "\(result.output)")
        }
    }

    @Test("the inventory quotes fields as RFC 4180 says and refuses to write over a plan")
    func inventoryQuotingAndSafety() throws {
        #expect(InventoryExport.csvField(.text("a,b")) == "\"a,b\"")
        #expect(InventoryExport.csvField(.text("say \"x\"")) == "\"say \"\"x\"\"\"")
        #expect(InventoryExport.csvField(.text("two\nlines")) == "\"two\nlines\"")
        #expect(InventoryExport.csvField(.text("=1+1")) == "'=1+1", "a formula is neutralised")
        #expect(InventoryExport.csvField(.number(10)) == "10" && InventoryExport.csvField(.number(2.5)) == "2.5")
        #expect(InventoryExport.csvField(.none) == "")
        var options = LintOptions()
        options.paths = [repositoryRoot + "/Plans/08-ibaraki.yaml"]
        let outcome = RunOutcome.collect { out, err in
            InventoryRunner.run(options, format: .csv, output: repositoryRoot + "/Plans/08-ibaraki.yaml",
                                standardOutput: out, standardError: err)
        }
        #expect(outcome.status == 2 && outcome.stdout.isEmpty)
        let empty = RunOutcome.collect { out, err in
            InventoryRunner.run(options, format: .json, output: nil, standardOutput: out, standardError: err)
        }
        #expect(empty.stdout.hasPrefix("[\n  {\"file\": "))
    }
}
