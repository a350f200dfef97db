import PlanImport

/// Runs `planlint verify --source SOURCE [PLANS…]`: the plans are linted with the source
/// checks (`source-text`, `source-kpi`, `source-number`) and `text-target-mismatch` only,
/// against the source document read through `SourceText`, with the usual reports and
/// exit codes (0 nothing fails, 1 failing diagnostics, 2 the run could not be done).
public enum VerifyRunner {
    public static func run(_ options: LintOptions, source: String, standardOutput: any ReportSink,
                           standardError: any ReportSink) -> Int32 {
        let ja = options.language(configured: nil) == .ja
        let text: String
        do {
            text = try ImportRunner.readSource(source, japanese: ja)
        } catch {
            MessageLines(sink: standardError).write([Notice.error(error, ja ? .ja : .en)])
            return 2
        }
        let document = SourceDocument(text: text, path: source)
        if document.sections.isEmpty {
            MessageLines(sink: standardError).write([ja
                ? Notice.error(text: "\(source): 都道府県の見出し（北海道、青森 …）が見つかりません", .ja)
                : Notice.error(text: "\(source): no prefecture heading (北海道, 青森 …) found: is this the annex (別添2) text?", .en)])
            return 2
        }
        var options = options
        options.verifySource = (document, source)
        return LintRunner.run(options, standardOutput: standardOutput, standardError: standardError)
    }
}
