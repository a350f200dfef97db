import PlanReport
import PlanRules

/// One report of a run: a format, and the file it goes to (nil: standard output). On the
/// command line, `--format FORMAT[:FILE]` (`--format sarif:planlint.sarif`).
public struct ReportTarget: Sendable, Hashable {
    public var format: ReportFormat
    public var output: String?

    public init(format: ReportFormat, output: String? = nil) {
        self.format = format
        self.output = output
    }

    /// `FORMAT` or `FORMAT:FILE` (the file may hold colons; only the first one splits).
    public init?(argument: String) {
        let colon = argument.firstIndex(of: ":")
        guard let format = ReportFormat(rawValue: String(argument[..<(colon ?? argument.endIndex)])) else { return nil }
        self.format = format
        if let colon {
            let file = String(argument[argument.index(after: colon)...])
            guard !file.isEmpty else { return nil }
            output = file
        }
    }

    /// The reports of `--format` values with the separate `--output` files of earlier
    /// releases given to them: the i-th `--output` goes to the i-th `--format` that names
    /// no file. That is what pairing by the order of the command line gave whenever it
    /// cannot be otherwise (one `--output` per such `--format`, or one `--format` in all);
    /// when it could (`--format sarif --output a.sarif --format text`: which one goes to
    /// standard output depends on the order, which a parser of options does not keep),
    /// the run is refused with the spelling that says it.
    public static func pairing(_ formats: [ReportTarget], outputs: [String]) throws -> [ReportTarget] {
        guard !outputs.isEmpty else { return formats.isEmpty ? [ReportTarget(format: .text)] : formats }
        var targets = formats.isEmpty ? [ReportTarget(format: .text)] : formats
        let open = targets.indices.filter { targets[$0].output == nil }
        if outputs.count > open.count {
            throw SetupError(file: "--output",
                ja: open.isEmpty
                    ? "どの --format にもファイル名が付いています（形式:ファイル名）。--output は要りません"
                    : "--output のファイル（\(outputs.count)個）が、ファイル名のない --format（\(open.count)個）より多くなっています",
                en: open.isEmpty
                    ? "every --format already names its file (FORMAT:FILE); leave out --output"
                    : "more --output files (\(outputs.count)) than --format options without a file (\(open.count))")
        }
        if outputs.count < open.count && open.count > 1 {
            throw SetupError(file: "--output",
                ja: "--format が複数あると、--output がどのレポートのファイルかわかりません。"
                    + "それぞれの --format にファイル名を付けます（例: --format sarif:planlint.sarif --format text）",
                en: "with several --format options, --output cannot say which report "
                    + "it belongs to: name each file in its --format, e.g. --format sarif:planlint.sarif --format text")
        }
        for (i, output) in zip(open, outputs) { targets[i].output = output }
        return targets
    }
}
