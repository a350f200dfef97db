import PlanImport
import PlanModel

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
        return engine.lint(bytes: Array(example.plan.utf8), path: "example.yaml").diagnostics.filter { $0.rule == rule }
    }
}
