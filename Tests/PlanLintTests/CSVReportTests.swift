import Foundation
import PlanReport
import PlanRules
import PlanTestSupport
import Testing
@testable import PlanLint

/// The CSV report on the shipped plans, read back by Python's csv module: the same
/// diagnostics as the JSON report, field by field.
@Suite struct CSVReportTests {
    /// The JSON report's diagnostics as CSV rows would hold them.
    static func jsonRows(_ json: String) throws -> [[String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        var prefecture: [String: String] = [:]
        for f in files {
            prefecture[f["path"] as? String ?? ""] = (f["prefecture"] as? Int).map(String.init) ?? ""
        }
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        return diagnostics.map { d in
            let file = d["file"] as? String ?? "?"
            // Numbers and strings read by key: JSONSerialization's numbers also cast to Bool.
            func text(_ key: String) -> String { d[key] as? String ?? "" }
            func number(_ key: String) -> String { (d[key] as? Int).map(String.init) ?? "?" }
            return [file, prefecture[file] ?? "?", number("line"), number("column"), number("endLine"), number("endColumn"),
                    text("severity"), text("rule"), text("category"), text("message"), text("pointer"),
                    String(d["waived"] as? Bool ?? false), text("waiverReason"), String(d["baselined"] as? Bool ?? false)]
        }
    }

    @Test(.enabled(if: ConsumerTools.csvCheckable), arguments: [Language.ja, .en])
    func rowsEqualTheJSONDiagnosticsOnPlans(_ language: Language) throws {
        let json = lint(["Plans"]) { $0.format = .json; $0.language = language }
        let csv = lint(["Plans"]) { $0.format = .csv; $0.language = language }
        #expect(csv.status == json.status)
        let expected = try Self.jsonRows(json.stdout)
        #expect(expected.count > 50)
        let parsed = try ConsumerTools.csvRows(csv.stdout)
        #expect(parsed.bom)
        #expect(parsed.rows.first == CSVReporter.columns)
        let rows = Array(parsed.rows.dropFirst())
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) where row != want {
            Issue.record("CSV row \(row) differs from JSON \(want)")
            break
        }
        // Every record ends in CRLF; line breaks inside messages are quoted.
        #expect(csv.stdout.hasSuffix("\r\n"))
        #expect(csv.stdout.replacingOccurrences(of: "\r\n", with: "").filter { $0 == "\r" }.isEmpty)
    }

    @Test(.enabled(if: (Binary.path != nil && ConsumerTools.csvCheckable) || ConsumerTools.isCI))
    func csvToAFileLikeTheOtherFormats() throws {
        let folder = try TemporaryFolder()
        try folder.write("planlint.yaml", "window: {from: 2020, to: 2022}\n")
        try folder.write("Plans/08-ibaraki.yaml", cleanPlan
            .replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: {from: 2020, to: 2021}"))
        let run = try Binary.run(["lint", "--format", "csv:findings.csv", "--format", "text", "Plans"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.out.contains("Plans/08-ibaraki.yaml:3:26: error: "))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/findings.csv"))
        let parsed = try ConsumerTools.csvRows(String(decoding: data, as: UTF8.self))
        #expect(parsed.bom)
        #expect(parsed.rows.count == 2)
        #expect(parsed.rows.last?.prefix(4) == ["Plans/08-ibaraki.yaml", "8", "3", "26"])
        #expect(parsed.rows.last?[7] == "period-window")
    }
}
