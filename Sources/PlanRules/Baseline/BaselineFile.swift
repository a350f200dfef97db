import PlanModel
import PlanYAML

/// The baseline file: JSON, one entry per line, sorted, so that a diff shows exactly
/// which accepted diagnostics were added or fixed. Read with the positioned YAML loader
/// (JSON is YAML), so a hand-edited mistake gets a line and column; a block-style YAML
/// file of the same shape reads too.
///
/// ```json
/// {
///   "planlint-baseline": 1,
///   "entries": [
///     {"file": "Plans/08-ibaraki.yaml", "rule": "period-window", "pointer": "/period", "count": 1}
///   ]
/// }
/// ```
public enum BaselineFile {
    public static let version = 1

    public static func write(_ baseline: Baseline) -> String {
        let lines = baseline.entries.map { e in
            "    {\"file\": \(JSON.string(e.file)), \"rule\": \(JSON.string(e.rule)), \"pointer\": \(JSON.string(e.pointer)), "
                + "\"count\": \(e.count)}"
        }
        return "{\n  \"planlint-baseline\": \(version),\n  \"entries\": [\n" + lines.joined(separator: ",\n")
            + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    /// Reads a baseline; a problem is a `SetupError` naming the file, line and column.
    public static func read(text: String, origin: String) throws -> Baseline {
        let document = YAMLLoader.load(text)
        let c = DecodeContext()
        c.report(document.issues)
        if let problem = RuleFileReader.error(c, origin) { throw problem }
        guard let root = document.root else {
            throw SetupError(file: origin, message: "empty baseline file (write one with planlint baseline --output FILE)")
        }
        guard let f = c.mapping(root, "", known: ["planlint-baseline", "entries"], required: ["planlint-baseline", "entries"])
        else { throw RuleFileReader.error(c, origin) ?? SetupError(file: origin, message: "expected a mapping") }
        if let n = f["planlint-baseline"], let v = c.integer(n, "/planlint-baseline"), v != version {
            let at = n.range.start
            throw SetupError(file: origin, line: at.line, column: at.column,
                             message: "baseline format \(v) is not supported (this planlint reads \(version))")
        }
        var entries: [BaselineEntry] = []
        for (item, pointer) in f["entries"].flatMap({ c.list($0, "/entries") }) ?? [] {
            guard let e = c.mapping(item, pointer, known: ["file", "rule", "pointer", "count"],
                                    required: ["file", "rule", "pointer", "count"]),
                  let file = e["file"].flatMap({ c.text($0, pointer + "/file") }),
                  let rule = e["rule"].flatMap({ c.text($0, pointer + "/rule") }),
                  let target = e["pointer"].flatMap({ c.text($0, pointer + "/pointer") }),
                  let count = e["count"].flatMap({ c.integer($0, pointer + "/count") })
            else { continue }
            guard count >= 1 else {
                let at = e.sources.of("count", or: e.source).range.start
                throw SetupError(file: origin, line: at.line, column: at.column, message: "count must be 1 or more")
            }
            entries.append(BaselineEntry(key: BaselineKey(file: file, rule: rule, pointer: target), count: count))
        }
        if let problem = RuleFileReader.error(c, origin) { throw problem }
        return Baseline(entries: entries)
    }
}
