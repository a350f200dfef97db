import PlanImport
import PlanModel
import PlanEncoding

/// Runs a rule's examples, for the catalogue tests and for `planlint explain`.
public enum ExampleRunner {
    /// The date examples are run on, so that waiver examples do not age.
    public static let exampleDate = CalendarDate(year: 2025, month: 4, day: 1)

    /// The diagnostics of `rule` that linting `example` produces.
    public static func diagnostics(of rule: String, in example: RuleExample, catalogue: Catalogue,
                                   language: Language = .en) throws -> [Diagnostic] {
        var configuration = Configuration()
        if let text = example.config {
            configuration = try ConfigurationReader.read(text: text, origin: "example config")
            try configuration.validate(against: catalogue)
        }
        let source = example.source.map { SourceDocument(text: $0, path: "source.txt") }
        let engine = Engine(catalogue: catalogue, configuration: configuration, language: language, today: exampleDate,
                            source: source)
        return engine.lint(bytes: bytes(of: example), path: "example.yaml").diagnostics.filter { $0.rule == rule }
    }

    /// The example's plan saved in its `encoding` (UTF-8 when it names none, or none iconv
    /// can write the plan in).
    public static func bytes(of example: RuleExample) -> [UInt8] {
        guard var name = example.encoding else { return Array(example.plan.utf8) }
        let bom = name.hasSuffix("-BOM")
        if bom { name.removeLast(4) }
        guard let encoding = DetectedEncoding(rawValue: name),
              let bytes = EncodedText.encode(example.plan, as: encoding, byteOrderMark: bom) else {
            return Array(example.plan.utf8)
        }
        return bytes
    }
}
