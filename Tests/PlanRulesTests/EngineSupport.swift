import PlanModel
@testable import PlanRules

/// Lints a plan written as YAML with the shipped catalogue (and an optional planlint.yaml
/// text) on the examples' date, and returns the diagnostics of the given checks' rules.
func diagnostics(of checks: [any PlanCheck.Type], in yaml: String, config: String? = nil,
                 language: Language = .en) throws -> [Diagnostic] {
    var configuration = Configuration()
    if let config { configuration = try ConfigurationReader.read(text: config, origin: "test config") }
    let engine = Engine(catalogue: shippedCatalogue, configuration: configuration, language: language,
                        today: ExampleRunner.exampleDate)
    let rules = Set(checks.map { $0.id })
    return engine.lint(bytes: Array(yaml.utf8), path: "test.yaml").diagnostics.filter { rules.contains($0.rule) }
}
