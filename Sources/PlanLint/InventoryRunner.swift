import PlanReport
import PlanRules

/// Runs `planlint inventory`: lints the files as `lint` does (the same discovery,
/// configuration and engines) but writes every KPI target of the plans that decode as
/// CSV or JSON rows (`InventoryExport`), a chunk at a time, to standard output or whole
/// to `--output` (never over an input). Diagnostics are not shown; a plan that does not
/// decode has no rows, and a note on standard error says so.
public enum InventoryRunner {
    /// Returns the exit status: 0 written, 2 the run could not be done.
    public static func run(_ options: LintOptions, format: InventoryExport.Format, output: String?,
                           standardOutput: any ReportSink, standardError: any ReportSink) -> Int32 {
        let messages = MessageLines(sink: standardError)
        do {
            var queue = try LintQueue.prepare(options)
            queue.content = true
            let outputs = try OutputSafety.check(outputs: output.map { [$0] } ?? [],
                                                 inputs: LintRunner.inputs(queue, baselines: nil, options: options),
                                                 what: OutputSafety.inventory)
            let file = try outputs.first.map { try AtomicFile($0) }
            let sink: any ReportSink = file?.writer ?? standardOutput
            var export = InventoryExport(format: format)
            var undecoded: [String] = []
            try sink.write(export.begin())
            try queue.lint(chunkSize: LintQueue.chunkSize(jobs: options.jobs), jobs: options.jobs, excerpts: false) { chunk, _ in
                for result in chunk {
                    if result.content == nil { undecoded.append(result.path) }
                    let text = export.file(result)
                    if !text.isEmpty { try sink.write(text) }
                }
            }
            try sink.write(export.end())
            try file?.commit()
            try standardOutput.flush()
            let ja = options.language(configured: nil) == .ja
            messages.write(queue.notes + undecoded.prefix(10).map {
                ja ? "planlint: 注記: \($0): 計画を読み取れないため一覧に含めていません（planlint lint で確かめてください）"
                    : "planlint: note: \($0): not in the inventory, the plan could not be read (see planlint lint)"
            })
            return 0
        } catch let failure as WriteFailure where failure.quiet {
            return 2
        } catch {
            messages.write([Notice.error(error, options.language(configured: nil))])
            return 2
        }
    }
}
